#!/usr/bin/env node
// Held-out-style check on ../shared/bench/snippets (622 multilingual pages with must-contain /
// must-not-contain segments): runs the newsclean HTML extractor over every page and scores it
// with ../shared/bench/score-snippets.mjs (trafilatura's own metric).
// usage: node bench/lib/snippets.mjs [--engine newsclean] [--worst N] [--ids a,b]
import { join } from 'node:path';
import { extractHtml } from '../../dist/html/index.js';
import { SHARED, argv, loadPages, score, writeJsonl } from './pages.mjs';

const { opt } = argv();
const engine = opt('--engine', 'newsclean');
const worst = opt('--worst');
const only = opt('--ids') ? new Set(opt('--ids').split(',')) : undefined;
const base = join(SHARED, 'bench/snippets');
const gold = join(base, 'gold.jsonl');
const records = loadPages(join(base, 'html'), only).map((p) => ({ id: p.id, body: extractHtml(p.html, { engine }).paragraphs.join('\n\n') }));
const pred = writeJsonl(`snippets-${engine}.jsonl`, records);
const r = score('score-snippets.mjs', gold, pred);
const all = r.all ?? r;
console.log(`snippets ${engine}: F1 ${all.f1.toFixed(3)}  P ${all.precision.toFixed(3)}  R ${all.recall.toFixed(3)}  acc ${all.accuracy.toFixed(3)}` +
  Object.entries(r.by_lang ?? {}).filter(([, v]) => (v.pages ?? v.n ?? 0) >= 16).map(([k, v]) => `  ${k} ${v.f1.toFixed(3)}`).join(''));
if (worst) console.log(score('score-snippets.mjs', gold, pred, ['--worst', worst], false));
