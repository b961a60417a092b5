#!/usr/bin/env node
// bench:text — newsclean's text path on the four dump styles of shared/bench/textdumps,
// side by side with a C4-style line filter (Raffel et al. 2020, the C4 cleaning rules: keep
// lines that end in terminal punctuation and have at least 3 words; drop lines naming
// javascript or cookies), scored by shared/bench/score.mjs on all pages and on the manifest.
//
// Then the start-up check: a fresh `newsclean page.txt` (the built command, output discarded)
// against `node -e 0`, alternated, medians over --starts runs each.
//
// usage: npm run bench:text [-- --converters chromium,bs4] [--rounds N] [--starts N]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clean } from '../dist/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = resolve(ROOT, '../shared/bench');
const OUT = join(ROOT, '.bench-out');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const converters = opt('--converters', 'chromium,w3m,lynx,bs4').split(',');
const rounds = Number(opt('--rounds', '3'));
const starts = Number(opt('--starts', '30'));

/** The C4-style baseline, per line. */
function c4(text) {
  return text.split('\n').map((l) => l.trim())
    .filter((l) => /[.!?"”’']$/.test(l) && l.split(/\s+/).length >= 3 && !/javascript|cookie/i.test(l))
    .join('\n\n');
}

function score(pred, ids) {
  const a = ['--gold', join(BENCH, 'articles/gold.jsonl'), '--pred', pred, '--json'];
  if (ids) a.push('--ids', ids);
  return JSON.parse(execFileSync(process.execPath, [join(BENCH, 'score.mjs'), ...a], { encoding: 'utf8' }));
}

/** Runs `fn` over all docs `rounds` times after one warm-up pass; returns ms per page. */
function timeIt(docs, fn) {
  for (const d of docs) fn(d.text);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const d of docs) fn(d.text);
  return (performance.now() - t0) / (rounds * docs.length);
}

mkdirSync(OUT, { recursive: true });
const rows = [];
for (const conv of converters) {
  const dir = join(BENCH, 'textdumps', conv);
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  const systems = {
    newsclean: (text) => {
      try { return clean(text, { format: 'text' }).body; } catch { return ''; }
    },
    'c4-filter': c4,
  };
  for (const [name, fn] of Object.entries(systems)) {
    const pred = join(OUT, `text-${conv}-${name}.jsonl`);
    writeFileSync(pred, docs.map((d) => JSON.stringify({ id: d.id, body: fn(d.text) })).join('\n') + '\n');
    const ms = timeIt(docs, fn);
    const all = score(pred);
    const man = score(pred, join(BENCH, 'textdumps/manifest', `${conv}.txt`));
    rows.push({ conv, name, all, man, ms });
  }
}

const f3 = (x) => x.toFixed(3);
console.log('converter  system      F1     P      R    | manifest F1   P      R    (n)  | ms/page  pages/s');
for (const r of rows) {
  console.log(`${r.conv.padEnd(10)} ${r.name.padEnd(10)} ${f3(r.all.f1)}  ${f3(r.all.precision)}  ${f3(r.all.recall)} |          ${f3(r.man.f1)}  ${f3(r.man.precision)}  ${f3(r.man.recall)} (${r.man.n}) | ${r.ms.toFixed(2).padStart(6)}  ${Math.round(1000 / r.ms).toString().padStart(6)}`);
}
for (const conv of converters) {
  const [n, c] = ['newsclean', 'c4-filter'].map((s) => rows.find((r) => r.conv === conv && r.name === s));
  console.log(`${conv}: newsclean − C4 = ${(n.all.f1 - c.all.f1).toFixed(3)} F1 (all pages), ${(n.man.f1 - c.man.f1).toFixed(3)} (manifest)`);
}
console.log(`(in-process, one thread, after a warm-up pass; ${rounds} timed rounds; predictions in ${OUT})`);

/** Wall time of one process run, in ms. */
function wall(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.status !== 0 && args[0] !== '-e') throw new Error(`newsclean ${args.slice(1).join(' ')} exited ${r.status}`);
  return performance.now() - t0;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

// Fresh processes: `node -e 0` and the command on one chromium dump each time, alternated so that
// both see the same machine load.
const startDir = join(BENCH, 'textdumps', 'chromium');
const startPages = readdirSync(startDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(startDir, f));
const bin = join(ROOT, 'bin', 'newsclean.cjs');
const bare = [];
const cmd = [];
for (let i = 0; i < starts + 3; i++) {
  const b = wall(['-e', '0']);
  const c = wall([bin, startPages[i % startPages.length]]);
  if (i >= 3) bare.push(b), cmd.push(c); // the first runs warm the file cache
}
console.log(`fresh process: newsclean page.txt ${median(cmd).toFixed(1)} ms, node -e 0 ${median(bare).toFixed(1)} ms (medians of ${starts}) → ${(median(cmd) / median(bare)).toFixed(2)}× (goal: at most 2×)`);
