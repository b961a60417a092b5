#!/usr/bin/env node
// Debug aid: runs the newsclean body extractor over the article benchmark and lists the kept
// blocks that are not in the gold body (precision losses) and the gold paragraphs that are
// missed (recall losses), largest first, with the element and ancestor classes, to find
// failure kinds across pages.
// usage: node bench/lib/extraneous.mjs [--miss] [--top N]
import { join } from 'node:path';
import { extractBody } from '../../dist/html/body.js';
import { extractMetadata } from '../../dist/html/metadata/index.js';
import { parseHtml } from '../../dist/html/dom.js';
import { SHARED, argv, loadPages, readJsonl } from './pages.mjs';

const { opt, flag } = argv();
const top = Number(opt('--top', '60'));
const gold = new Map(readJsonl(join(SHARED, 'bench/articles/gold.jsonl')).map((g) => [g.id, g]));
const toks = (t) => t.match(/[\p{L}\p{N}_]+/gu) ?? [];
const sh = (t) => { const k = toks(t); const s = new Set(); for (let i = 0; i + 3 < k.length; i++) s.add(k.slice(i, i + 4).join(' ')); if (k.length && k.length < 4) s.add(k.join(' ')); return s; };
const frac = (set, ref) => { if (!set.size) return 1; let n = 0; for (const x of set) if (ref.has(x)) n++; return n / set.size; };
const chain = (el) => { const c = []; for (let e = el; e && e.name && c.length < 5; e = e.parent) c.push(e.name + (e.attribs.class ? '.' + e.attribs.class.trim().split(/\s+/).slice(0, 2).join('.') : '') + (e.attribs.id ? '#' + e.attribs.id : '')); return c.join(' < '); };
const rows = [];
for (const p of loadPages(join(SHARED, 'bench/articles/html'))) {
  const g = gold.get(p.id);
  const doc = parseHtml(p.html);
  const m = extractMetadata(doc, {});
  const body = extractBody(doc, m.headline, m.standfirst);
  const G = sh(g.body);
  const predText = body.blocks.map((b) => b.text).join('\n\n');
  const P = sh(predText);
  const total = toks(g.body).length || 1;
  if (flag('--miss')) {
    for (const para of g.body.split('\n\n')) if (frac(sh(para), P) < 0.5) rows.push({ id: p.id, w: toks(para).length / total, text: para, where: '' });
  } else {
    const ptotal = toks(predText).length || 1;
    for (const b of body.blocks) if (frac(sh(b.text), G) < 0.5) rows.push({ id: p.id, w: toks(b.text).length / ptotal, text: b.text, where: `${b.kind} ${chain(b.el)}` });
  }
}
rows.sort((a, b) => b.w - a.w);
for (const r of rows.slice(0, top)) console.log(`${r.id.slice(0, 8)} ${(100 * r.w).toFixed(1).padStart(5)}% ${JSON.stringify(r.text.slice(0, 100))}\n        ${r.where}`);
console.log(`${rows.length} blocks; summed share ${rows.reduce((s, r) => s + r.w, 0).toFixed(2)} page-equivalents`);
