/**
 * The `newsclean` command: parses arguments, cleans each input, writes records.
 * Data goes to stdout (or `-o FILE`), messages to stderr; the exit code is set, not forced:
 * 0 all inputs cleaned, 1 some input failed, 2 usage error.
 */
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { cleanDetailed, type ExplainEntry } from '../clean.js';
import { toErrorInfo } from '../errors.js';
import { readInput } from '../input/read.js';
import { toJsonLine, toPrettyJson } from '../output/serialize.js';
import type { CleanOptions } from '../types.js';
import { createProgram, type CliOptions } from './program.js';

/** Exit codes of the command. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Runs the command.
 * @param argv arguments after the executable and script (`process.argv.slice(2)`)
 * @returns the exit code
 */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram(packageVersion());
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  const opts = program.opts<CliOptions>();
  let inputs = program.args;
  if (!inputs.length) {
    if (process.stdin.isTTY) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    process.stderr.write('newsclean: standard input ("-") can be read only once\n');
    return EXIT.usage;
  }
  return run(inputs, opts);
}

async function run(inputs: string[], opts: CliOptions): Promise<number> {
  const out = opts.output ? createWriteStream(opts.output) : process.stdout;
  const lineMode = opts.ndjson || inputs.length > 1;
  // chalk and the explain renderer load only for --explain.
  const explain = opts.explain ? await explainRenderer(out === process.stdout ? process.stdout : {}, opts.color) : null;
  let failed = 0;
  for (const name of inputs) {
    const text = await processOne(name, opts, lineMode, explain);
    if (text.failed) failed++;
    if (text.output && !out.write(text.output)) await once(out, 'drain');
  }
  if (out !== process.stdout) await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return failed ? EXIT.inputFailed : EXIT.ok;
}

type ExplainRenderer = (input: string, entries: ExplainEntry[]) => string;

async function explainRenderer(stream: { isTTY?: boolean }, color: boolean): Promise<ExplainRenderer> {
  const [{ chalkFor }, { renderExplain }] = await Promise.all([import('../output/colour.js'), import('../output/explain.js')]);
  const c = chalkFor(stream, { color });
  return (input, entries) => renderExplain(input, entries, c);
}

async function processOne(name: string, opts: CliOptions, lineMode: boolean, explain: ExplainRenderer | null): Promise<{ output: string; failed: boolean }> {
  try {
    const raw = await readInput(name, opts.maxBytes);
    const cleanOpts: CleanOptions = { input: name };
    if (opts.inputFormat !== 'auto') cleanOpts.format = opts.inputFormat;
    if (opts.referenceDate) cleanOpts.referenceDate = opts.referenceDate;
    if (opts.language) cleanOpts.language = opts.language;
    if (opts.url) cleanOpts.url = opts.url;
    const result = cleanDetailed(raw.bytes, cleanOpts);
    if (explain) return { output: explain(name, result.explain), failed: false };
    return { output: lineMode ? toJsonLine(result.record) : toPrettyJson(result.record), failed: false };
  } catch (err) {
    const error = toErrorInfo(err);
    process.stderr.write(`newsclean: ${name}: ${error.message} [${error.code}]\n`);
    // In a multi-input run the error record keeps one line per input on stdout.
    return { output: lineMode && !opts.explain ? toJsonLine({ input: name, error }) : '', failed: true };
  }
}
