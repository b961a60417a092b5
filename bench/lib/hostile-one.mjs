/**
 * Cleans one input in a fresh process and prints one JSON line: the outcome, the time spent
 * in `clean()` and the process's peak memory. Used by `bench/hostile.mjs`.
 *   node bench/lib/hostile-one.mjs FILE [OPTIONS_JSON]
 */
import { readFileSync } from 'node:fs';
import { clean } from '../../dist/index.js';

const [file, optsJson] = process.argv.slice(2);
const opts = { input: file, referenceDate: '2024-06-20', ...(optsJson ? JSON.parse(optsJson) : {}) };
const bytes = readFileSync(file);
const start = performance.now();
let outcome;
try {
  const r = clean(bytes, opts);
  outcome = { format: r.format, encoding: r.encoding, headline: r.headline, body: r.body.slice(0, 200), bodyChars: r.body.length, warnings: r.warnings };
} catch (err) {
  outcome = { error: err.code ?? `uncaught ${err.name}`, message: String(err.message).slice(0, 160) };
}
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), peakMB: Math.round(process.resourceUsage().maxRSS / 1024), ...outcome })}\n`);
