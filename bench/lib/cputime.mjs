#!/usr/bin/env node
// Debug aid: per-page CPU time (process.cpuUsage, user + system) of extractHtml on the article
// benchmark, best of N rounds. On a shared machine wall-clock times grow with the load of other
// processes; CPU time much less so, so it estimates the quiet-machine figure.
// usage: node bench/lib/cputime.mjs [--rounds 3]
import { join } from 'node:path';
import { extractHtml } from '../../dist/html/index.js';
import { SHARED, argv, loadPages, stats } from './pages.mjs';

const { opt } = argv();
const rounds = Number(opt('--rounds', '3'));
const pages = loadPages(join(SHARED, 'bench/articles/html'));
for (const p of pages.slice(0, 10)) extractHtml(p.html);
const cpu = [];
for (const p of pages) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const u0 = process.cpuUsage();
    extractHtml(p.html);
    const u = process.cpuUsage(u0);
    best = Math.min(best, (u.user + u.system) / 1000);
  }
  cpu.push(best);
}
const s = stats(cpu);
console.log(`cpu ms/page median ${s.median.toFixed(2)}  p95 ${s.p95.toFixed(2)}  max ${Math.max(...cpu).toFixed(2)}  (best of ${rounds})`);
