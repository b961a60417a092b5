#!/usr/bin/env node
// Body benchmark: newsclean's HTML extractor vs @mozilla/readability on jsdom, same run, same pages.
// usage: npm run bench:html -- [--engines newsclean,readability-jsdom,readability-linkedom]
//                              [--worst N] [--ids a,b] [--rounds N]
// Prints F1/precision/recall/accuracy (../shared/bench/score.mjs), ms/page median and p95,
// pages/s, the speed ratio against readability-jsdom, and the peak RSS.
// Each engine runs in its own child process, one after the other, so that each peak RSS is
// that engine's own (jsdom alone peaks above 1 GB on these pages). Timing covers
// extractHtml(html) only: gunzip and charset decoding are done beforehand, outside the clock.
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SHARED, argv, loadPages, score, stats, writeJsonl } from './lib/pages.mjs';

const { opt } = argv();
const dir = join(SHARED, 'bench/articles/html');
const gold = join(SHARED, 'bench/articles/gold.jsonl');
const only = opt('--ids') ? new Set(opt('--ids').split(',')) : undefined;
const rounds = Number(opt('--rounds', '1'));

async function child(engine) {
  const { extractHtml } = await import('../dist/html/index.js');
  const pages = loadPages(dir, only);
  for (const p of pages.slice(0, 10)) extractHtml(p.html, { engine }); // warm-up (JIT, data files)
  const times = [];
  const records = [];
  for (const p of pages) {
    let best = Infinity;
    let art;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      art = extractHtml(p.html, { engine });
      best = Math.min(best, performance.now() - t0);
    }
    times.push(best);
    records.push({ id: p.id, body: art.paragraphs.join('\n\n'), ms: +best.toFixed(2) });
  }
  const pred = writeJsonl(`html-${engine}.jsonl`, records);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ engine, pred, n: pages.length, ...stats(times), rssMb }));
}

function main() {
  const engines = opt('--engines', 'newsclean,readability-jsdom').split(',');
  const worst = Number(opt('--worst', '0'));
  const self = fileURLToPath(import.meta.url);
  const passthru = process.argv.slice(2).filter((a, i, all) => a !== '--engines' && all[i - 1] !== '--engines');
  const results = [];
  for (const engine of engines) {
    const out = execFileSync(process.execPath, [self, '--child', engine, ...passthru], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    const r = JSON.parse(out);
    results.push({ ...r, ...score('score.mjs', gold, r.pred, ['--worst', String(worst)]) });
  }
  const base = results.find((r) => r.engine === 'readability-jsdom');
  console.log(`pages ${results[0]?.n ?? 0}  (timing: extractHtml only; each engine in its own process, run one after the other)`);
  for (const r of results) {
    const ratio = base && r !== base ? `  ${(base.median / r.median).toFixed(1)}x faster than readability-jsdom (median)` : '';
    console.log(`${r.engine.padEnd(21)} F1 ${r.f1.toFixed(3)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  acc ${r.accuracy.toFixed(3)}` +
      `  | ms/page median ${r.median.toFixed(2)}  p95 ${r.p95.toFixed(2)}  pages/s ${(r.n / (r.total / 1000)).toFixed(1)}  peak RSS ${r.rssMb.toFixed(0)} MB${ratio}`);
    for (const w of r.worst ?? []) console.log(`   worst ${w.id.slice(0, 16)}  P ${w.precision.toFixed(3)}  R ${w.recall.toFixed(3)}`);
  }
}

if (opt('--child')) await child(opt('--child'));
else main();
