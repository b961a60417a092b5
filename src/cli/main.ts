/**
 * The `newsclean` command: parses arguments, then cleans in this process (one page, `--explain`)
 * or hands the inputs to the batch runner (`batch/run.ts`, loaded only then).
 * Data goes to stdout (or `-o FILE`, `--out-dir DIR`), messages to stderr; the exit code is set,
 * not forced: 0 all inputs cleaned, 1 some input failed, 2 usage error, 130 interrupted (Ctrl-C),
 * 143 terminated (SIGTERM).
 */
import { readFileSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, resolve, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import { CommanderError } from 'commander';
import { peekStream } from '../input/peek.js';
import { kindFromHead, SNIFF_HEAD_BYTES } from '../input/sniff.js';
import { fileKind } from '../input/sources.js';
import { createProgram, type CliOptions } from './program.js';
import { outputSpec, runSequential } from './single.js';
import { packageFile } from '../data.js';

/** Exit codes of the command. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function usageError(message: string): number {
  process.stderr.write(`newsclean: ${message}\n(run newsclean --help for usage)\n`);
  return EXIT.usage;
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
  if (typeof opts.resume === 'string' && opts.outDir) {
    // `--resume` takes no FILE with --out-dir: what followed it is an input (`--resume pages/`).
    inputs = [opts.resume, ...inputs];
    opts.resume = true;
  }
  if (opts.resume === true && !opts.outDir) return usageError('--resume needs FILE, the JSON Lines output of the earlier run (or --out-dir)');
  if (opts.outDir && opts.output) return usageError('-o and --out-dir cannot be combined');
  if (opts.explain && (opts.outDir || opts.ndjsonIn)) return usageError('--explain cannot be combined with --out-dir or --ndjson-in');
  if (opts.explain && (opts.format || opts.fields || opts.ndjson || opts.array)) return usageError('--explain prints the decisions, not a record: --format, --fields, --ndjson and --array do not apply');
  if (opts.ndjsonIn) {
    if (inputs.some((i) => i !== '-')) return usageError('--ndjson-in reads standard input; give no input paths');
    return batch([], opts, process.stdin);
  }
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
  const outputProblem = await checkOutputs(inputs, opts);
  if (outputProblem) return usageError(outputProblem);
  let stdin: AsyncIterable<Uint8Array | string> = process.stdin;
  if (opts.explain) {
    // The decisions are those of one page: a folder or a WARC file holds many.
    for (const input of inputs) {
      if (input !== '-' && !(await isOnePage(input))) return usageError(`--explain shows the decisions on one page; ${input} is a folder or a WARC file (give its pages one by one)`);
    }
    return sequential(inputs, opts, stdin);
  }
  if (inputs.length === 1 && !opts.outDir && !opts.resume && !opts.shard) {
    const [input] = inputs as [string];
    let single: boolean;
    if (input === '-') {
      const peeked = await peekStream(process.stdin, SNIFF_HEAD_BYTES);
      stdin = peeked.rest;
      single = kindFromHead(peeked.head) === 'page';
    } else {
      single = await isOnePage(input);
    }
    if (single) return sequential(inputs, opts, stdin);
  }
  return batch(inputs, opts, stdin);
}

/** The in-process path; `--no-error-exit` turns its "some input failed" into 0. */
async function sequential(inputs: string[], opts: CliOptions, stdin: AsyncIterable<Uint8Array | string>): Promise<number> {
  const code = await runSequential(inputs, opts, stdin);
  return opts.errorExit ? code : EXIT.ok;
}

/**
 * What is wrong with `-o FILE`, `--out-dir DIR` or `--resume FILE` before anything runs, or null:
 * an output that is an input (it would be destroyed), a folder given as a file or the reverse, a
 * missing parent folder.
 */
async function checkOutputs(inputs: string[], opts: CliOptions): Promise<string | null> {
  const kind = async (path: string): Promise<'file' | 'dir' | 'none'> => {
    try {
      return (await stat(path)).isDirectory() ? 'dir' : 'file';
    } catch {
      return 'none';
    }
  };
  if (opts.output) {
    const out = await realPath(opts.output);
    for (const input of inputs) {
      if (input === '-') continue;
      const path = await realPath(input);
      if (path === out || (await sameFile(input, opts.output))) return `-o ${opts.output} would write over the input ${input}`;
      if (out.startsWith(path + sep)) return `-o ${opts.output} lies inside the input folder ${input}; write it elsewhere`;
    }
    if ((await kind(out)) === 'dir') return `-o ${opts.output} is a directory; give a file (or use --out-dir)`;
    if ((await kind(dirname(out))) !== 'dir') return `-o ${opts.output}: the folder ${dirname(opts.output)} does not exist`;
  }
  if (opts.outDir) {
    if ((await kind(opts.outDir)) === 'file') return `--out-dir ${opts.outDir} is a file, not a folder`;
    try {
      const { makeDirectory } = await import('../batch/outdir.js');
      await makeDirectory(opts.outDir);
    } catch (err) {
      return `--out-dir ${opts.outDir} cannot be created (${(err as Error).message})`;
    }
    // Records written next to inputs could take an input's name (`a.txt` → `a.txt.json`, itself an input).
    const outDir = await realPath(opts.outDir);
    for (const input of inputs) {
      if (input === '-') continue;
      const path = await realPath(input);
      if (path === outDir || path.startsWith(outDir + sep)) return `--out-dir ${opts.outDir} holds the input ${input}, whose files its records could replace; give the records a folder of their own`;
    }
  }
  if (typeof opts.resume === 'string' && (await kind(opts.resume)) === 'dir') return `--resume ${opts.resume} is a folder; --resume FILE names the JSON Lines output of the earlier run (or use --out-dir DIR --resume)`;
  return null;
}

/** A path with its links resolved, as far as it exists (a file still to be made: its folder's real path). */
async function realPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(resolve(path));
    try {
      return resolve(await realpath(parent), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** True when two existing paths are one file (a hard link, a symbolic link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** True unless the path is a directory or a WARC file (a missing path is one failing page). */
async function isOnePage(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return false;
    return !info.isFile() || (await fileKind(path)) === 'page';
  } catch {
    return true;
  }
}

async function batch(inputs: string[], opts: CliOptions, stdin: AsyncIterable<Uint8Array | string>): Promise<number> {
  const { runBatch } = await import('../batch/run.js');
  const clean: { format?: 'text' | 'html'; referenceDate?: string; language?: string; url?: string; encoding?: string; fixMojibake?: boolean } = {};
  if (opts.inputFormat !== 'auto') clean.format = opts.inputFormat;
  if (opts.encoding) clean.encoding = opts.encoding;
  if (!opts.fixMojibake) clean.fixMojibake = false;
  if (opts.referenceDate) clean.referenceDate = opts.referenceDate;
  if (opts.language) clean.language = opts.language;
  if (opts.url) clean.url = opts.url;
  try {
    const code = await runBatch(
      {
        inputs,
        ndjsonIn: opts.ndjsonIn === true,
        glob: opts.glob,
        ...(opts.outDir ? { outDir: opts.outDir } : {}),
        ...(opts.output ? { output: opts.output } : {}),
        ...(opts.resume ? { resume: opts.resume } : {}),
        ...(opts.shard ? { shard: opts.shard } : {}),
        jobs: opts.jobs ?? availableParallelism(),
        ordered: !opts.unordered,
        timeoutMs: opts.timeoutMs,
        failFast: opts.failFast === true,
        inputErrorsFail: opts.errorExit,
        quiet: opts.quiet === true,
        maxBytes: opts.maxBytes,
        clean,
        render: outputSpec(opts, true, opts.output ? {} : process.stdout),
        ...(opts.array && (opts.format ?? (opts.ndjson ? 'ndjson' : 'json')) === 'json' ? { array: true } : {}),
      },
      { stdin, stdout: process.stdout, stderr: process.stderr },
    );
    return code;
  } finally {
    // A run stopped while standard input was still being read: let the process end.
    process.stdin.destroy();
  }
}
