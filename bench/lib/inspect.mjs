#!/usr/bin/env node
// Debug aid: shows, for one benchmark page, which predicted blocks are in the gold body (+)
// or not (-), and which gold paragraphs the prediction misses (MISS).
// usage: node bench/lib/inspect.mjs ID_PREFIX [PRED.jsonl]
import { readJsonl, SHARED, OUT } from './pages.mjs';
import { join } from 'node:path';

const [prefix, predPath = join(OUT, 'html-newsclean.jsonl')] = process.argv.slice(2);
const gold = readJsonl(join(SHARED, 'bench/articles/gold.jsonl')).find((g) => g.id.startsWith(prefix));
const pred = readJsonl(predPath).find((r) => r.id === gold.id);
const toks = (t) => (t.match(/[\p{L}\p{N}_]+/gu) ?? []);
const sh = (t) => { const k = toks(t); const s = new Set(); for (let i = 0; i + 3 < k.length; i++) s.add(k.slice(i, i + 4).join(' ')); if (k.length && k.length < 4) s.add(k.join(' ')); return s; };
const G = sh(gold.body);
const P = sh(pred.body);
const frac = (set, ref) => { if (!set.size) return 1; let n = 0; for (const x of set) if (ref.has(x)) n++; return n / set.size; };
console.log(gold.url);
for (const b of pred.body.split('\n\n')) {
  const f = frac(sh(b), G);
  console.log(`${f > 0.5 ? '+' : '-'} ${b.slice(0, 160).replace(/\n/g, ' / ')}`);
}
for (const g of gold.body.split('\n\n')) if (frac(sh(g), P) < 0.5) console.log(`MISS ${g.slice(0, 160)}`);
