#!/usr/bin/env node
// Debug aid: prints the cleaned DOM of one page as an indented outline of elements
// (tag.class#id) with the start of their direct text, for the ancestors of text blocks.
// usage: node bench/lib/outline.mjs FILE.html.gz [maxDepth] [grep]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeBytes } from '../../dist/decode/charset.js';
import { parseHtml, isElement } from '../../dist/html/dom.js';
import { cleanDocument } from '../../dist/html/clean.js';

const [file, maxDepth = '40'] = process.argv.slice(2);
const doc = parseHtml(decodeBytes(gunzipSync(readFileSync(file))).text);
if (!process.argv.includes('--raw')) cleanDocument(doc);
const txt = (el) => el.children.filter((c) => c.type === 'text').map((c) => c.data).join(' ').replace(/\s+/g, ' ').trim();
const total = (el) => { let n = 0; const w = (e) => { for (const c of e.children) { if (c.type === 'text') n += c.data.trim().length; else if (isElement(c)) w(c); } }; w(el); return n; };
const walk = (el, d) => {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const t = total(c);
    if (t === 0) continue;
    const cls = (c.attribs.class ?? '').trim().split(/\s+/).slice(0, 3).join('.');
    const id = c.attribs.id ? `#${c.attribs.id}` : '';
    const own = txt(c);
    console.log(`${'  '.repeat(d)}${c.name}${cls ? '.' + cls : ''}${id} [${t}] ${own.slice(0, 70)}`);
    if (d < Number(maxDepth)) walk(c, d + 1);
  }
};
walk(doc, 0);
