#!/usr/bin/env node
// fit-headline — fits the feature weights of the text path's headline choice
// (src/text/headline.ts, data/text/headline.json) on the chromium and bs4 dumps of
// ../shared/bench/textdumps-meta: a conditional logit (softmax over each page's candidates,
// the candidate equal to the gold headline as the answer), L2-regularised, by gradient descent.
// Pages where no candidate is right are left out. It reports accuracy on the headline manifests
// with the current weights, the fitted weights, and a 2-fold cross-validation by page
// (the same page's dumps always in the same fold) as an estimate on unseen pages.
//
// usage: npm run build && node bench/fit-headline.mjs [--l2 0.001] [--iters 3000] [--write]
//   --cache FILE  keep the candidates' features in FILE and reuse them (while only weights change)
//   --write  store the fitted weights (rounded to 0.1) in data/text/headline.json
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { extractText } from '../dist/text/index.js';
import { headlineCandidates, FEATURES } from '../dist/text/headline.js';
import { splitLines, normalizeText } from '../dist/text/lines.js';
import { BlockMeta } from '../dist/text/meta.js';
import { SHARED, argv, readJsonl } from './lib/pages.mjs';

const { opt, flag } = argv();
const L2 = Number(opt('--l2', '0.001'));
const ITERS = Number(opt('--iters', '3000'));
const BASE = join(SHARED, 'bench/textdumps-meta');
const DATA = new URL('../data/text/headline.json', import.meta.url);
const gold = new Map(readJsonl(join(BASE, 'gold.jsonl')).map((g) => [g.id, g]));
const NAMES = Object.keys(FEATURES);

// The scorer's headline comparison (shared/bench/score-meta.mjs): NFC, whitespace, short " | Site" tail.
const ws = (s) => String(s).normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
const SUFFIX_SEP = /\s+(?:\||-|–|—|·|::|»)\s+(?!.*\s(?:\||-|–|—|·|::|»)\s)(.+)$/u;
function trimSuffix(s) {
  for (let k = 0; k < 3; k++) {
    const m = s.match(SUFFIX_SEP);
    if (!m) return s;
    const head = s.slice(0, m.index).trim();
    if (!head || m[1].trim().split(/\s+/).length > 5) return s;
    s = head;
  }
  return s;
}
const same = (a, b) => trimSuffix(ws(a)) === trimSuffix(ws(b));

/** Every page of one converter: its candidates (feature vectors) and which are right. */
function pagesOf(conv) {
  const manifest = new Set(readFileSync(join(BASE, 'manifest', conv, 'headline.txt'), 'utf8').split('\n').filter(Boolean));
  const out = [];
  for (const [id, g] of gold) {
    if (!g.headline) continue;
    const text = readFileSync(join(BASE, conv, `${id}.txt`), 'utf8');
    const art = extractText(text);
    const normalized = normalizeText(text);
    const lines = splitLines(normalized);
    const title = lines.find((l) => l.text)?.text ?? null;
    const cands = headlineCandidates({ blocks: art.blocks, region: art.region, title, meta: new BlockMeta(art.blocks, art.language ?? undefined), lines, text: normalized });
    out.push({
      id, conv, manifest: manifest.has(id),
      x: cands.map((c) => NAMES.map((n) => c.features[n] ?? 0)),
      y: cands.map((c) => same(c.text, g.headline)),
    });
  }
  return out;
}

function accuracy(pages, w, onlyManifest = true) {
  let n = 0;
  let ok = 0;
  for (const p of pages) {
    if (onlyManifest && !p.manifest) continue;
    n++;
    let best = -1;
    let bestS = -Infinity;
    p.x.forEach((x, i) => {
      const s = x.reduce((a, v, k) => a + v * w[k], 0);
      if (s > bestS) { bestS = s; best = i; }
    });
    if (best >= 0 && p.y[best]) ok++;
  }
  return n ? ok / n : 0;
}

function loss(train, w) {
  let sum = 0;
  for (const p of train) {
    const s = p.x.map((x) => x.reduce((a, v, k) => a + v * w[k], 0));
    const m = Math.max(...s);
    const z = s.reduce((a, v) => a + Math.exp(v - m), 0);
    const rz = s.reduce((a, v, i) => a + (p.y[i] ? Math.exp(v - m) : 0), 0);
    sum -= Math.log(rz / z);
  }
  return sum / train.length;
}

function fit(pages) {
  const train = pages.filter((p) => p.y.some(Boolean));
  const w = new Float64Array(NAMES.length);
  const lr = 0.5;
  for (let it = 0; it < ITERS; it++) {
    const grad = new Float64Array(NAMES.length);
    for (const p of train) {
      const s = p.x.map((x) => x.reduce((a, v, k) => a + v * w[k], 0));
      const m = Math.max(...s);
      const e = s.map((v) => Math.exp(v - m));
      const z = e.reduce((a, b) => a + b, 0);
      const right = p.y.map((y) => (y ? 1 : 0));
      const rz = e.reduce((a, v, i) => a + v * right[i], 0);
      // gradient of -log(sum over right candidates of softmax)
      p.x.forEach((x, i) => {
        const coef = e[i] / z - (right[i] ? e[i] / rz : 0);
        for (let k = 0; k < x.length; k++) grad[k] += coef * x[k];
      });
    }
    for (let k = 0; k < w.length; k++) w[k] -= lr * (grad[k] / train.length + L2 * w[k]);
    if (process.env.FIT_DEBUG && it % 500 === 0) console.log('iteration', it, 'loss', loss(train, w).toFixed(4));
  }
  return [...w];
}

const fold = (id) => createHash('md5').update(id).digest()[0] % 2;
const cache = opt('--cache');
let pages;
if (cache && existsSync(cache)) pages = JSON.parse(readFileSync(cache, 'utf8'));
else {
  pages = [...pagesOf('chromium'), ...pagesOf('bs4')];
  if (cache) writeFileSync(cache, JSON.stringify(pages));
}
const current = JSON.parse(readFileSync(DATA, 'utf8'));
const wNow = NAMES.map((n) => current.weights[n] ?? 0);
const report = (label, w) => {
  const by = (c) => pages.filter((p) => p.conv === c);
  console.log(`${label.padEnd(22)} chromium ${(100 * accuracy(by('chromium'), w)).toFixed(1)}%  bs4 ${(100 * accuracy(by('bs4'), w)).toFixed(1)}%  (manifest)`);
};
report('current weights', wNow);
const reachable = (c) => { const ps = pages.filter((p) => p.conv === c && p.manifest); return ps.filter((p) => p.y.some(Boolean)).length / ps.length; };
console.log(`right answer among the candidates: chromium ${(100 * reachable('chromium')).toFixed(1)}%  bs4 ${(100 * reachable('bs4')).toFixed(1)}%`);
const w = fit(pages);
report('fitted (all pages)', w);
for (const k of [0, 1]) {
  const wk = fit(pages.filter((p) => fold(p.id) !== k));
  const test = pages.filter((p) => fold(p.id) === k);
  const by = (c) => test.filter((p) => p.conv === c);
  console.log(`cross-validation fold ${k}: chromium ${(100 * accuracy(by('chromium'), wk)).toFixed(1)}%  bs4 ${(100 * accuracy(by('bs4'), wk)).toFixed(1)}%  (held-out pages, manifest)  vs current ${(100 * accuracy(by('chromium'), wNow)).toFixed(1)}% / ${(100 * accuracy(by('bs4'), wNow)).toFixed(1)}%`);
}
const rounded = Object.fromEntries(NAMES.map((n, k) => [n, Math.round(w[k] * 10) / 10]));
console.log(JSON.stringify(rounded));
if (flag('--write')) {
  current.weights = rounded;
  writeFileSync(DATA, JSON.stringify(current, null, 2) + '\n');
  console.log(`written to ${DATA.pathname}`);
}
