#!/usr/bin/env node
/**
 * `npm run bench:hostile`: time and peak memory of `clean()` on every input of the hostile
 * corpus (`fixtures/hostile/cases.json`), each in a fresh process so that peaks do not add up.
 * Budget (issue 7): no input over 5 s or 1 GB. Prints a Markdown table; exits 1 when an input
 * is over budget or its outcome differs from the one in `cases.json`.
 *
 *   npm run bench:hostile             # every case
 *   npm run bench:hostile -- nested   # cases whose file name contains "nested"
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, hostilePath, HOSTILE_DIR } from '../fixtures/hostile/generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ONE = join(ROOT, 'bench/lib/hostile-one.mjs');
const BUDGET_MS = 5000;
const BUDGET_MB = 1024;

const filter = process.argv[2] ?? '';
const { cases } = JSON.parse(readFileSync(join(HOSTILE_DIR, 'cases.json'), 'utf8'));
generate();

const expected = (c) => c.expect.error ?? `${c.expect.format}: ${JSON.stringify(c.expect.headline)?.slice(0, 40)}`;
function matches(c, r) {
  if (c.expect.error) return r.error === c.expect.error;
  return !r.error && r.format === c.expect.format && r.headline === c.expect.headline && r.body.startsWith(c.expect.bodyStart);
}

const rows = [];
let failed = 0;
for (const c of cases) {
  if (!c.file.includes(filter)) continue;
  const args = [ONE, hostilePath(c.file), ...(c.options ? [JSON.stringify(c.options)] : [])];
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = Math.round(performance.now() - started);
  let r;
  try {
    r = JSON.parse(run.stdout);
  } catch {
    r = { error: `crashed (exit ${run.status}): ${run.stderr.split('\n').slice(0, 2).join(' ')}`, ms: wall, peakMB: NaN };
  }
  const ok = matches(c, r);
  const over = r.ms > BUDGET_MS || !(r.peakMB <= BUDGET_MB);
  if (!ok || over) failed++;
  const got = r.error ?? `${r.format}: ${JSON.stringify(r.headline)?.slice(0, 40)}`;
  rows.push([`${relative(HOSTILE_DIR, hostilePath(c.file))}${c.options ? ` ${JSON.stringify(c.options)}` : ''}`, expected(c), ok ? 'as expected' : `GOT ${got}`, r.ms, wall, r.peakMB, over ? 'OVER' : 'ok']);
}

const header = ['input', 'expected', 'outcome', 'clean() ms', 'process ms', 'peak MB', `budget (${BUDGET_MS / 1000} s, ${BUDGET_MB / 1024} GB)`];
const line = (cells) => `| ${cells.join(' | ')} |`;
process.stdout.write(`${[line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')}\n`);
process.stdout.write(`\n${rows.length} inputs, ${failed} over budget or not as expected\n`);
process.exitCode = failed ? 1 : 0;
