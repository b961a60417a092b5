/**
 * The sequential path, in this process: one input (pretty JSON, as newsclean has always done
 * for a single page), or `--explain` for a person. It loads neither the worker pool nor the
 * batch machinery, so `newsclean page.txt` starts fast.
 */
import { createWriteStream } from 'node:fs';
import { cleanDetailed, NoArticleError, type ExplainEntry } from '../clean.js';
import { toErrorInfo } from '../errors.js';
import { gunzipIfCompressed } from '../input/gzip.js';
import { readInput, readStream } from '../input/read.js';
import { colourLevel } from '../output/colour.js';
import { guardedWriter } from '../output/writer.js';
import { isJsonFormat, prepareRender, renderError, renderRecord, type RenderSpec } from '../output/render.js';
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
  // A write error (disk full, a file that cannot be opened) ends the run with one line, no trace.
  const writer = guardedWriter(out, out !== process.stdout);
  const spec = outputSpec(opts, inputs.length > 1, out === process.stdout ? process.stdout : {});
  await prepareRender(spec);
  // chalk and the explain renderer load only for --explain.
  const explain = opts.explain ? await explainRenderer(out === process.stdout ? process.stdout : {}, opts.color) : null;
  const array = opts.array === true && spec.format === 'json';
  let failed = 0;
  let written = 0;
  try {
    for (const name of inputs) {
      const text = await processOne(name, opts, spec, explain, stdin);
      if (text.failed) failed++;
      if (!text.output) continue;
      const piece = array ? `${written ? ',\n' : '[\n'}${text.output.trimEnd()}` : text.output;
      written++;
      await writer.write(piece);
    }
    if (array) await writer.write(written ? '\n]\n' : '[]\n');
    await writer.end();
  } catch (err) {
    process.stderr.write(`newsclean: cannot write ${opts.output ?? 'to standard output'}: ${(err as Error).message}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

/**
 * The render spec of the command line: `--format` (`--ndjson` is `ndjson`), `--fields`,
 * `--no-body`; colour and width of `pretty` from the output stream (colour only on a terminal,
 * never with NO_COLOR or --no-color).
 * @param several several records go to the stream (JSON: one line each; text: separator lines)
 * @param stream the output stream (`{}` for a file)
 */
export function outputSpec(opts: CliOptions, several: boolean, stream: { isTTY?: boolean; columns?: number }): RenderSpec {
  const format = opts.format ?? (opts.ndjson ? 'ndjson' : 'json');
  const spec: RenderSpec = {
    format,
    lines: several || opts.ndjson === true,
    separators: several && !isJsonFormat(format),
    body: opts.body,
    colorLevel: format === 'pretty' ? colourLevel(stream, { color: opts.color }) : 0,
    width: stream.isTTY && stream.columns ? stream.columns : DEFAULT_WIDTH,
  };
  if (opts.fields) spec.fields = opts.fields;
  return spec;
}

/** Wrap width of `--format pretty` when the output is not a terminal (columns). */
const DEFAULT_WIDTH = 80;

type ExplainRenderer = (input: string, entries: ExplainEntry[]) => string;

async function explainRenderer(stream: { isTTY?: boolean }, color: boolean): Promise<ExplainRenderer> {
  const { chalkFor, renderExplain } = await import('../output/explain.js');
  const c = chalkFor(stream, { color });
  return (input, entries) => renderExplain(input, entries, c);
}

async function processOne(
  name: string,
  opts: CliOptions,
  spec: RenderSpec,
  explain: ExplainRenderer | null,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<{ output: string; failed: boolean }> {
  try {
    const raw = name === '-' ? await readStream(stdin, opts.maxBytes) : (await readInput(name, opts.maxBytes)).bytes;
    const bytes = gunzipIfCompressed(raw, opts.maxBytes);
    const cleanOpts: CleanOptions = { input: name, maxBytes: opts.maxBytes };
    if (opts.inputFormat !== 'auto') cleanOpts.format = opts.inputFormat;
    if (opts.referenceDate) cleanOpts.referenceDate = opts.referenceDate;
    if (opts.language) cleanOpts.language = opts.language;
    if (opts.url) cleanOpts.url = opts.url;
    if (opts.encoding) cleanOpts.encoding = opts.encoding;
    if (!opts.fixMojibake) cleanOpts.fixMojibake = false;
    const result = cleanDetailed(bytes, cleanOpts);
    if (explain) return { output: explain(name, result.explain), failed: false };
    return { output: renderRecord(result.record, spec, result.blocks), failed: false };
  } catch (err) {
    const error = toErrorInfo(err);
    process.stderr.write(`newsclean: ${name}: ${error.message} [${error.code}]\n`);
    // No article: the decisions still say why each block was dropped.
    if (explain && err instanceof NoArticleError) return { output: explain(name, err.explain), failed: true };
    // In a multi-input JSON run, or an --array, the error record keeps one record per input on stdout.
    return { output: (spec.lines || (opts.array === true && spec.format === 'json')) && !explain ? renderError({ input: name, error }, spec) : '', failed: true };
  }
}
