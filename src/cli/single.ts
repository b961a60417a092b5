/**
 * The sequential path, in this process: one input (pretty JSON, as newsclean has always done
 * for a single page), or `--explain` for a person. It loads neither the worker pool nor the
 * batch machinery, so `newsclean page.txt` starts fast.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { cleanDetailed, type ExplainEntry } from '../clean.js';
import { toErrorInfo } from '../errors.js';
import { gunzipIfCompressed } from '../input/gzip.js';
import { readInput, readStream } from '../input/read.js';
import { toJsonLine, toPrettyJson } from '../output/serialize.js';
import type { CleanOptions } from '../types.js';
import type { CliOptions } from './program.js';

/**
 * Cleans the inputs one after the other.
 * One input gives pretty JSON (or one line with `--ndjson`); several give one line each, a failed
 * one an error record; `--explain` gives the decisions as text. Failures go to stderr as one line.
 * @param inputs paths and `-`
 * @param stdin what `-` reads
 * @returns 0 when every input was cleaned, 1 otherwise
 */
export async function runSequential(inputs: string[], opts: CliOptions, stdin: AsyncIterable<Uint8Array | string>): Promise<number> {
  const out = opts.output ? createWriteStream(opts.output) : process.stdout;
  const lineMode = opts.ndjson === true || inputs.length > 1;
  // chalk and the explain renderer load only for --explain.
  const explain = opts.explain ? await explainRenderer(out === process.stdout ? process.stdout : {}, opts.color) : null;
  let failed = 0;
  for (const name of inputs) {
    const text = await processOne(name, opts, lineMode, explain, stdin);
    if (text.failed) failed++;
    if (text.output && !out.write(text.output)) await once(out, 'drain');
  }
  if (out !== process.stdout) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return failed ? 1 : 0;
}

type ExplainRenderer = (input: string, entries: ExplainEntry[]) => string;

async function explainRenderer(stream: { isTTY?: boolean }, color: boolean): Promise<ExplainRenderer> {
  const [{ chalkFor }, { renderExplain }] = await Promise.all([import('../output/colour.js'), import('../output/explain.js')]);
  const c = chalkFor(stream, { color });
  return (input, entries) => renderExplain(input, entries, c);
}

async function processOne(
  name: string,
  opts: CliOptions,
  lineMode: boolean,
  explain: ExplainRenderer | null,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<{ output: string; failed: boolean }> {
  try {
    const raw = name === '-' ? await readStream(stdin, opts.maxBytes) : (await readInput(name, opts.maxBytes)).bytes;
    const bytes = gunzipIfCompressed(raw, opts.maxBytes);
    const cleanOpts: CleanOptions = { input: name };
    if (opts.inputFormat !== 'auto') cleanOpts.format = opts.inputFormat;
    if (opts.referenceDate) cleanOpts.referenceDate = opts.referenceDate;
    if (opts.language) cleanOpts.language = opts.language;
    if (opts.url) cleanOpts.url = opts.url;
    const result = cleanDetailed(bytes, cleanOpts);
    if (explain) return { output: explain(name, result.explain), failed: false };
    return { output: lineMode ? toJsonLine(result.record) : toPrettyJson(result.record), failed: false };
  } catch (err) {
    const error = toErrorInfo(err);
    process.stderr.write(`newsclean: ${name}: ${error.message} [${error.code}]\n`);
    // In a multi-input run the error record keeps one line per input on stdout.
    return { output: lineMode && !opts.explain ? toJsonLine({ input: name, error }) : '', failed: true };
  }
}
