#!/usr/bin/env node
// Debug aid: lists the misses of one metadata field in one suite, as the scorer counts them,
// with the predicted value's provenance, from the last bench:meta run
// (.bench-out/meta-<suite>-newsclean.jsonl).
// usage: node bench/lib/metamiss.mjs SUITE FIELD [--ids FILE]
import { join } from 'node:path';
import { OUT, SHARED, readJsonl, score } from './pages.mjs';

const [suite, field] = process.argv.slice(2);
const idsAt = process.argv.indexOf('--ids');
const predPath = join(OUT, `meta-${suite}-newsclean.jsonl`);
const pred = new Map(readJsonl(predPath).map((r) => [r.id, r]));
const r = score('score-meta.mjs', join(SHARED, 'bench/metadata', suite, 'gold.jsonl'), predPath, ['--worst', '100000', ...(idsAt > 0 ? ['--ids', process.argv[idsAt + 1]] : [])]);
const misses = r.fields[field].misses;
const bySource = new Map();
for (const m of misses) {
  const src = pred.get(m.id)?.provenance?.[field] ?? '-';
  bySource.set(src, (bySource.get(src) ?? 0) + 1);
  console.log(`${m.id.slice(0, 40).padEnd(40)} [${src}]\n   gold ${JSON.stringify(m.gold).slice(0, 160)}\n   pred ${JSON.stringify(m.pred).slice(0, 160)}`);
}
console.log(`${misses.length} misses of ${r.fields[field].n};`, [...bySource].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', '));
