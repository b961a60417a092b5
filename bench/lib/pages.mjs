// Shared helpers of the benches: read gzipped pages, decode them, time things, run the scorers.
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { decodeBytes } from '../../dist/decode/charset.js';

export const SHARED = resolve(new URL('../../../shared', import.meta.url).pathname);
export const OUT = resolve(new URL('../../.bench-out', import.meta.url).pathname);

/** Reads a JSONL file into an array of objects. */
export const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Loads every `<id>.html.gz` of a folder, decoded: [{id, html, encoding}]. */
export function loadPages(dir, only) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
  const pages = [];
  for (const f of files) {
    const id = f.replace(/\.html\.gz$/, '');
    if (only && !only.has(id)) continue;
    const { text, encoding } = decodeBytes(gunzipSync(readFileSync(join(dir, f))));
    pages.push({ id, html: text, encoding });
  }
  return pages;
}

/** Median and p95 of a list of numbers. */
export function stats(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] ?? 0;
  return { median: q(0.5), p95: q(0.95), total: s.reduce((a, b) => a + b, 0) };
}

/** Writes JSONL records under .bench-out/ and returns the path. */
export function writeJsonl(name, records) {
  mkdirSync(OUT, { recursive: true });
  const p = join(OUT, name);
  writeFileSync(p, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return p;
}

/** Runs one of ../shared/bench/score*.mjs and returns its stdout (or parsed JSON with json=true). */
export function score(script, gold, pred, extra = [], json = true) {
  const args = [join(SHARED, 'bench', script), '--gold', gold, '--pred', pred, ...extra, ...(json ? ['--json'] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  return json ? JSON.parse(out) : out;
}

/** Tiny argv helper: opt('--x', dflt) and flag('--y'). */
export function argv() {
  const a = process.argv.slice(2);
  return {
    opt: (n, d) => { const i = a.indexOf(n); return i >= 0 ? a[i + 1] : d; },
    flag: (n) => a.includes(n),
  };
}
