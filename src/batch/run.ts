/**
 * The batch runner: every input of the command line (or every `--ndjson-in` line) through the
 * worker pool, with bounded memory, into JSON Lines or `--out-dir`.
 *
 * The flow, for each input in order:
 * 1. `source`   items from `input/sources.ts` or `input/ndjson.ts`, pulled one at a time
 * 2. `select`   `--shard` keeps its slice; `--resume` skips inputs already done
 * 3. `load`     a file's bytes are read (at most `jobs` inputs wait loaded for a worker)
 * 4. `clean`    in a worker thread, with the `--timeout-ms` limit
 * 5. `order`    results wait for earlier inputs (unless `--unordered`)
 * 6. `write`    to the sink; an error record also gives one line on standard error
 *
 * Back-pressure: at most `window` inputs are under way between steps 3 and 6; a slow reader of
 * the output stops the reading of inputs. Ctrl-C (SIGINT) or SIGTERM stops the reading, drops
 * the inputs being cleaned (a `--resume` run does them again), writes every finished record,
 * and returns 130 (143 for SIGTERM); a second signal exits at once.
 */
import { mkdir, stat } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { performance } from 'node:perf_hooks';
import { globMatcher } from '../input/glob.js';
import { resumeKey, type ErrorInfo, type InputItem, type ItemContent } from '../input/item.js';
import { ndjsonItems } from '../input/ndjson.js';
import { readInput } from '../input/read.js';
import { countInputs, expandInputs } from '../input/sources.js';
import { toErrorInfo } from '../errors.js';
import type { InputFormat } from '../types.js';
import { Reorderer } from './order.js';
import { createPool, DROPPED, type CleanPool } from './pool.js';
import { createProgress } from './progress.js';
import { errorRecord, recordText } from './records.js';
import { isCompleteOutput, outputPath } from './outdir.js';
import { readResumeKeys } from './resume.js';
import { inShard, type Shard } from './shard.js';
import { dirSink, lineSink, type Sink } from './sinks.js';
import { Slots } from './slots.js';
import { formatSummary, type RunStats } from './summary.js';
import type { CleanTask } from './task.js';

/** Options of a batch run (the command line's, parsed). */
export interface BatchOptions {
  /** Paths and `-`, as given; unused with `ndjsonIn`. */
  inputs: string[];
  /** Read JSON Lines pages from standard input (`--ndjson-in`). */
  ndjsonIn: boolean;
  /** `--glob` for walked directories. */
  glob: string;
  /** `--out-dir`: one file per input instead of JSON Lines. */
  outDir?: string;
  /** `-o FILE`: JSON Lines into FILE instead of standard output. */
  output?: string;
  /** `--resume`: the earlier JSON Lines output, or true with `outDir`. */
  resume?: string | true;
  /** `--shard i/n`. */
  shard?: Shard;
  /** Worker threads (`--jobs`). */
  jobs: number;
  /** Input order (default) or `--unordered`. */
  ordered: boolean;
  /** `--timeout-ms`: time limit of one input, in milliseconds. */
  timeoutMs: number;
  /** `--fail-fast`: stop at the first failed input. */
  failFast: boolean;
  /** `--quiet`: no progress bar and no summary. */
  quiet: boolean;
  /** `--max-bytes`: size limit of one page, in bytes. */
  maxBytes: number;
  /** Cleaning options from the command line; they win over what the input itself tells (WARC date, line kind). */
  clean: { format?: InputFormat; referenceDate?: string; language?: string; url?: string };
}

/** The process's streams (injectable for tests). */
export interface BatchIo {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Exit codes of a batch run. */
export const BATCH_EXIT = { ok: 0, inputFailed: 1, sigint: 130, sigterm: 143 } as const;

/** A finished input: its record text, and its failure when the record is an error record. */
interface Done {
  item: InputItem;
  text: string;
  error?: ErrorInfo;
}

/**
 * Runs a batch.
 * @returns the exit code: 0 every input cleaned, 1 some input failed (or the output failed, or a
 *   directory argument held no input file), 130/143 stopped by SIGINT/SIGTERM
 */
export async function runBatch(opts: BatchOptions, io: BatchIo): Promise<number> {
  const started = performance.now();
  const pretty = opts.outDir !== undefined;
  const stats: RunStats = { records: 0, errors: 0, skipped: 0 };
  let exclude: { dev: number; ino: number } | undefined;
  if (opts.outDir) {
    await mkdir(opts.outDir, { recursive: true });
    const s = await stat(opts.outDir);
    exclude = { dev: s.dev, ino: s.ino };
  }
  const isDone = await resumeTest(opts, io.stderr);
  const sink: Sink = opts.outDir ? dirSink(opts.outDir) : await lineSink(opts.output, io.stdout, typeof opts.resume === 'string' && opts.output !== undefined && samePath(opts.output, opts.resume));
  const progress = await createProgress(io.stderr, !opts.quiet && io.stderr.isTTY === true);
  const match = globMatcher(opts.glob);
  if (!opts.ndjsonIn && !opts.shard && !opts.quiet && io.stderr.isTTY) {
    countInputs(opts.inputs, { match, ...(exclude ? { exclude } : {}) }).then((n) => progress.setTotal(n), () => {});
  }
  const pool: CleanPool = await createPool({ jobs: opts.jobs, timeoutMs: opts.timeoutMs });

  const stop = new AbortController();
  let stopReason: string | undefined;
  let exitCode: number | undefined;
  const requestStop = (reason: string, code?: number): void => {
    if (stop.signal.aborted) return;
    stopReason = reason;
    exitCode = code;
    stop.abort();
  };
  const onSignal = (signal: 'SIGINT' | 'SIGTERM'): void => {
    const code = signal === 'SIGINT' ? BATCH_EXIT.sigint : BATCH_EXIT.sigterm;
    if (stop.signal.aborted && stopReason === signal) process.exit(code); // a second signal: at once
    requestStop(signal, code);
  };
  const onSigint = (): void => onSignal('SIGINT');
  const onSigterm = (): void => onSignal('SIGTERM');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  const stopped = new Promise<null>((done) => stop.signal.addEventListener('abort', () => done(null), { once: true }));

  const window = new Slots(16 + 16 * opts.jobs);
  const loaded = new Slots(opts.jobs);
  const workers = new Slots(opts.jobs);
  const reorder = new Reorderer<Done | null>(opts.ordered);
  let writes = Promise.resolve();

  const write = async (done: Done): Promise<void> => {
    let error = done.error;
    try {
      await sink.write(done.item, done.text);
    } catch (err) {
      if (!sink.perInput) {
        progress.log(`newsclean: cannot write the output: ${(err as Error).message}\n`);
        requestStop('an output error', BATCH_EXIT.inputFailed);
        return;
      }
      error = { code: 'unreadable', message: `cannot write its output: ${(err as Error).message}` };
    }
    if (error) {
      stats.errors++;
      progress.log(`newsclean: ${done.item.name}: ${error.message} [${error.code}]\n`);
      if (opts.failFast) requestStop('--fail-fast');
    } else {
      stats.records++;
    }
    showCounts();
  };
  const showCounts = (): void => progress.update({ done: stats.records + stats.errors + stats.skipped, errors: stats.errors, skipped: stats.skipped });

  const failed = (item: InputItem, error: ErrorInfo): Done => ({ item, text: recordText(errorRecord(item, error), pretty), error });

  /** Steps 3–4 for one input; releases its `loaded` slot once it is handed to a worker or done. */
  const clean = async (item: InputItem): Promise<Done | null> => {
    const content = await load(item.content, opts.maxBytes);
    if ('error' in content) {
      loaded.release();
      return failed(item, content.error);
    }
    await workers.acquire();
    loaded.release();
    try {
      if (stop.signal.aborted) return null;
      const result = await pool.run(taskFor(item, content, opts, pretty), stop.signal);
      return result === DROPPED ? null : { item, ...result };
    } finally {
      workers.release();
    }
  };

  /** Steps 3–6 for one input. */
  const handle = async (seq: number, item: InputItem): Promise<void> => {
    let done: Done | null;
    try {
      done = await clean(item);
    } catch (err) {
      done = failed(item, toErrorInfo(err));
    }
    for (const due of reorder.put(seq, done)) {
      if (due) writes = writes.then(() => write(due)).finally(() => window.release());
      else window.release();
    }
  };

  let emptyDirectories = 0;
  const onEmptyDirectory = (dir: string): void => {
    emptyDirectories++;
    progress.log(`newsclean: ${dir}: no input file in this directory (--glob ${opts.glob}) [is_directory]\n`);
  };
  const source = opts.ndjsonIn
    ? ndjsonItems(io.stdin, opts.maxBytes)
    : expandInputs(opts.inputs, { maxBytes: opts.maxBytes, match, stdin: io.stdin, onEmptyDirectory, ...(exclude ? { exclude } : {}) });
  const iterator = source[Symbol.asyncIterator]();
  const underWay = new Set<Promise<void>>();
  let seq = 0;
  try {
    for (;;) {
      if ((await Promise.race([acquireBoth(window, loaded), stopped])) === null) break;
      const next = await Promise.race([iterator.next(), stopped]);
      if (next === null || next.done) {
        window.release();
        loaded.release();
        break;
      }
      const item = next.value;
      let skip = opts.shard !== undefined && !inShard(item.key, opts.shard);
      if (!skip && isDone && (await isDone(item))) {
        skip = true;
        stats.skipped++;
        showCounts();
      }
      if (skip) {
        window.release();
        loaded.release();
        continue;
      }
      const p = handle(seq++, item);
      underWay.add(p);
      void p.finally(() => underWay.delete(p));
    }
    if (stop.signal.aborted) void iterator.return?.(undefined).catch(() => {});
    await Promise.all(underWay);
    await writes;
    await sink.close();
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    await pool.destroy();
    progress.stop();
  }
  if (!opts.quiet && io.stderr.isTTY) io.stderr.write(formatSummary(stats, performance.now() - started, stopReason));
  if (exitCode !== undefined) return exitCode;
  return stats.errors || emptyDirectories ? BATCH_EXIT.inputFailed : BATCH_EXIT.ok;
}

/** Takes a slot of each, in order. */
async function acquireBoth(a: Slots, b: Slots): Promise<true> {
  await a.acquire();
  await b.acquire();
  return true;
}

/** An item's content with its file read; a failure to read becomes error content. */
async function load(content: ItemContent, maxBytes: number): Promise<Exclude<ItemContent, { file: string }>> {
  if (!('file' in content)) return content;
  try {
    return { bytes: (await readInput(content.file, maxBytes)).bytes };
  } catch (err) {
    return { error: toErrorInfo(err) };
  }
}

/** The worker task of an input. Command-line options win over what the input tells. */
function taskFor(item: InputItem, content: { bytes: Uint8Array } | { text: string }, opts: BatchOptions, pretty: boolean): CleanTask {
  const task: CleanTask = { name: item.name, maxBytes: opts.maxBytes, pretty, ...content };
  if (item.id !== undefined) task.id = item.id;
  const url = item.url ?? opts.clean.url;
  if (url) task.url = url;
  const referenceDate = opts.clean.referenceDate ?? item.referenceDate;
  if (referenceDate) task.referenceDate = referenceDate;
  if (opts.clean.language) task.language = opts.clean.language;
  const format = opts.clean.format ?? item.format;
  if (format) task.format = format;
  return task;
}

/** The `--resume` test of an input, or null without `--resume`. */
async function resumeTest(opts: BatchOptions, stderr: NodeJS.WritableStream): Promise<((item: InputItem) => Promise<boolean>) | null> {
  if (!opts.resume) return null;
  if (opts.outDir) {
    const outDir = opts.outDir;
    return (item) => isCompleteOutput(outputPath(outDir, item.key));
  }
  if (opts.resume === true) return null;
  const state = await readResumeKeys(opts.resume);
  if (state.cutBytes) stderr.write(`newsclean: --resume: cut an incomplete last line (${state.cutBytes} bytes) off ${opts.resume}\n`);
  if (state.badLines) stderr.write(`newsclean: --resume: ${state.badLines} lines of ${opts.resume} are not records; ignored\n`);
  return async (item) => state.keys.has(resumeKey(item));
}

function samePath(a: string, b: string): boolean {
  return resolvePath(a) === resolvePath(b);
}
