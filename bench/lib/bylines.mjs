#!/usr/bin/env node
// Debug aid: prints the byline-like elements of one metadata-suite page (source, role/excluded
// flags, text, cleaned value) and the chosen byline.
// usage: node bench/lib/bylines.mjs SUITE ID
import { join } from 'node:path';
import { collectPage } from '../../dist/html/metadata/collect.js';
import { cleanByline } from '../../dist/html/metadata/clean.js';
import { extractMetadata } from '../../dist/html/metadata/index.js';
import { parseHtml } from '../../dist/html/dom.js';
import { boilerplateReason } from '../../dist/html/hints.js';
import { SHARED, loadPages, readJsonl } from './pages.mjs';

const [suite, id] = process.argv.slice(2);
const base = join(SHARED, 'bench/metadata', suite);
const g = readJsonl(join(base, 'gold.jsonl')).find((x) => x.id === id);
const [p] = loadPages(join(base, 'html'), new Set([id]));
const f = collectPage(parseHtml(p.html));
for (const n of f.bylines) {
  const cls = `${n.el.name}.${(n.el.attribs.class ?? '').trim().split(/\s+/).slice(0, 3).join('.')}`;
  const hints = [];
  for (let e = n.el; e && e.type === 'tag'; e = e.parent) { const r = boilerplateReason(e); if (r) hints.push(`${e.name}:${r.rule}`); }
  console.log(`${n.source.padEnd(15)} ${n.role ? 'R' : ' '} [${hints.join(' ')}] <${cls}> ${JSON.stringify(n.text).slice(0, 90)} -> ${JSON.stringify(cleanByline(n.text.split('\n')[0]))}`);
}
const m = extractMetadata(parseHtml(p.html), { url: g?.url });
console.log('chosen', JSON.stringify(m.byline), m.provenance.byline, '| gold', JSON.stringify(g?.author ?? g?.byline));
