#!/usr/bin/env node
// Debug aid: prints the blocks of one cleaned page with their value and link density.
// usage: node bench/lib/blocks.mjs FILE.html.gz
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../dist/decode/charset.js';
import { parseHtml } from '../../dist/html/dom.js';
import { cleanDocument } from '../../dist/html/clean.js';
import { serializeBlocks } from '../../dist/html/serialize.js';
import { blockValue, linkDensity, bestContainer } from '../../dist/html/score.js';

const doc = parseHtml(decodeBytes(gunzipSync(readFileSync(process.argv[2]))).text);
cleanDocument(doc);
const blocks = serializeBlocks(doc);
const best = bestContainer(blocks, doc);
console.log('best', best?.el.name, best?.el.attribs.class, best?.score);
for (const b of blocks) console.log(`${blockValue(b).toFixed(0).padStart(6)} ld=${linkDensity(b).toFixed(2)} ${b.kind} <${b.el.name}.${b.el.attribs.class ?? ''}> ${b.text.slice(0, 90).replace(/\n/g, ' / ')}`);
