#!/usr/bin/env node
// Debug aid: per-stage timing of the newsclean HTML engine on the article benchmark (best of
// N rounds per page, so that load from other processes matters less), slowest pages first.
// usage: node bench/lib/stages.mjs [--rounds 3] [--top 15]
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHtml } from '../../dist/html/dom.js';
import { extractMetadata } from '../../dist/html/metadata/index.js';
import { extractBody } from '../../dist/html/body.js';
import { extractHtml } from '../../dist/html/index.js';
import { SHARED, argv, loadPages, stats } from './pages.mjs';

const { opt } = argv();
const rounds = Number(opt('--rounds', '3'));
const top = Number(opt('--top', '15'));
const pages = loadPages(join(SHARED, 'bench/articles/html'));
for (const p of pages.slice(0, 10)) extractHtml(p.html);
const rows = [];
for (const p of pages) {
  const best = { parse: Infinity, meta: Infinity, body: Infinity, total: Infinity };
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const doc = parseHtml(p.html);
    const t1 = performance.now();
    const m = extractMetadata(doc, {});
    const t2 = performance.now();
    extractBody(doc, m.headline, m.standfirst);
    const t3 = performance.now();
    best.parse = Math.min(best.parse, t1 - t0);
    best.meta = Math.min(best.meta, t2 - t1);
    best.body = Math.min(best.body, t3 - t2);
    const t4 = performance.now();
    extractHtml(p.html);
    best.total = Math.min(best.total, performance.now() - t4);
  }
  rows.push({ id: p.id.slice(0, 12), kb: Math.round(p.html.length / 1024), ...best });
}
const s = stats(rows.map((r) => r.total));
console.log(`total median ${s.median.toFixed(2)}  p95 ${s.p95.toFixed(2)}  | parse median ${stats(rows.map((r) => r.parse)).median.toFixed(2)}  meta ${stats(rows.map((r) => r.meta)).median.toFixed(2)}  body ${stats(rows.map((r) => r.body)).median.toFixed(2)}`);
rows.sort((a, b) => b.total - a.total);
for (const r of rows.slice(0, top)) console.log(`${r.id} ${String(r.kb).padStart(5)} KB  total ${r.total.toFixed(1).padStart(6)}  parse ${r.parse.toFixed(1).padStart(5)}  meta ${r.meta.toFixed(1).padStart(5)}  body ${r.body.toFixed(1).padStart(5)}`);
