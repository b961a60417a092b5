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
import { stat } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { performance } from 'node:perf_hooks';
import { globMatcher } from '../input/glob.js';
import { resumeKey, type ErrorInfo, type InputItem, type ItemContent } from '../input/item.js';
import { ndjsonItems } from '../input/ndjson.js';
import { countInputs, expandInputs } from '../input/sources.js';
import { toErrorInfo } from '../errors.js';
import type { InputFormat } from '../types.js';
import { Reorderer } from './order.js';
import { createPool, DROPPED, type CleanPool } from './pool.js';
import { createProgress, type Progress } from './progress.js';
import { renderError, type RenderSpec } from '../output/render.js';
import { errorRecord } from './records.js';
import { isCompleteOutput, makeDirectory, outputPath } from './outdir.js';
import { readResumeKeys, ResumeFileError } from './resume.js';
import { inShard, type Shard } from './shard.js';
import { dirSink, lineSink, type Sink } from './sinks.js';
import { FORMAT_EXTENSION } from '../output/formats.js';
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
  /** Exit 1 when an input failed (false with `--no-error-exit`: its error record is the report). */
  inputErrorsFail: boolean;
  /** `--quiet`: no progress bar and no summary. */
  quiet: boolean;
  /** `--max-bytes`: size limit of one page, in bytes. */
  maxBytes: number;
  /** Cleaning options from the command line; they win over what the input itself tells (WARC date, line kind). */
  clean: { format?: InputFormat; referenceDate?: string; language?: string; url?: string; encoding?: string; fixMojibake?: boolean };
  /**
   * How records are written to the stream (one line each for JSON, `==> input <==` lines
   * between text records); under `--out-dir` each file holds one record without separators.
   */
  render: RenderSpec;
  /** `--array`: the JSON records of the stream as one JSON array. */
  array?: boolean;
}

/** The render spec of one record: the stream's, or one file's of its own under `--out-dir`. */
function recordSpec(opts: BatchOptions): RenderSpec {
  return opts.outDir ? { ...opts.render, lines: false, separators: false } : opts.render;
}

/** The process's streams (injectable for tests). */
export interface BatchIo {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Exit codes of a batch run. */
export const BATCH_EXIT = { ok: 0, inputFailed: 1, usage: 2, sigint: 130, sigterm: 143 } as const;

/** A finished input: its record text, and its failure when the record is an error record. */
interface Done {
  item: InputItem;
  text: string;
  error?: ErrorInfo;
}

/**
 * Runs a batch.
 * @returns the exit code: 0 every input cleaned, 1 the output failed, or some input failed or a
 *   directory argument held no input file (unless `inputErrorsFail` is false), 130/143 stopped
 *   by SIGINT/SIGTERM
 * @throws only for a failure outside the inputs (e.g. `--out-dir` cannot be made)
 */
export async function runBatch(opts: BatchOptions, io: BatchIo): Promise<number> {
  let exclude: { dev: number; ino: number } | undefined;
  if (opts.outDir) {
    await makeDirectory(opts.outDir);
    const s = await stat(opts.outDir);
    exclude = { dev: s.dev, ino: s.ino };
  }
  let isDone;
  try {
    isDone = await resumeTest(opts, io.stderr);
  } catch (err) {
    if (!(err instanceof ResumeFileError)) throw err;
    io.stderr.write(`newsclean: ${err.message}\n(an input right after --resume is taken for FILE: write --resume=FILE, or put --resume after the inputs)\n`);
    return BATCH_EXIT.usage;
  }
  const append = typeof opts.resume === 'string' && opts.output !== undefined && resolvePath(opts.output) === resolvePath(opts.resume);
  const sink = opts.outDir ? dirSink(opts.outDir, FORMAT_EXTENSION[opts.render.format]) : await lineSink(opts.output, io.stdout, append, opts.array === true);
  const showBar = !opts.quiet && io.stderr.isTTY === true;
  const progress = await createProgress(io.stderr, showBar);
  const match = globMatcher(opts.glob);
  if (showBar && !opts.ndjsonIn && !opts.shard) {
    countInputs(opts.inputs, { match, ...(exclude ? { exclude } : {}) }).then((n) => progress.setTotal(n), () => {});
  }
  const pool = await createPool({ jobs: opts.jobs, timeoutMs: opts.timeoutMs });
  const run = new BatchRun(opts, io, { sink, progress, pool, isDone });
  const source = opts.ndjsonIn
    ? ndjsonItems(io.stdin, opts.maxBytes)
    : expandInputs(opts.inputs, { maxBytes: opts.maxBytes, match, stdin: io.stdin, onEmptyDirectory: (dir) => run.emptyDirectory(dir), ...(exclude ? { exclude } : {}) });
  return run.run(source);
}

/** What a run writes to, cleans with and skips. */
interface RunParts {
  sink: Sink;
  progress: Progress;
  pool: CleanPool;
  isDone: ((item: InputItem) => Promise<boolean>) | null;
}

/** One batch run: the steps of the module comment, and the state they share. */
class BatchRun {
  readonly #opts: BatchOptions;
  readonly #io: BatchIo;
  readonly #parts: RunParts;
  readonly #started = performance.now();
  readonly #stats: RunStats = { records: 0, errors: 0, skipped: 0 };
  #emptyDirectories = 0;
  readonly #stop = new AbortController();
  #stopReason: string | undefined;
  #exitCode: number | undefined;
  /** The output stream failed (reported once). */
  #outputFailed = false;
  /** Inputs between `load` and `write`: bounds memory and the order buffer. */
  readonly #window: Slots;
  /** Inputs loaded and waiting for a worker. */
  readonly #loaded: Slots;
  readonly #workers: Slots;
  readonly #reorder: Reorderer<Done | null>;
  #writes = Promise.resolve();
  readonly #underWay = new Set<Promise<void>>();

  constructor(opts: BatchOptions, io: BatchIo, parts: RunParts) {
    this.#opts = opts;
    this.#io = io;
    this.#parts = parts;
    this.#window = new Slots(16 + 16 * opts.jobs);
    this.#loaded = new Slots(opts.jobs);
    this.#workers = new Slots(opts.jobs);
    this.#reorder = new Reorderer(opts.ordered);
  }

  /** Tells of a directory argument without input files (an error line; exit 1). */
  emptyDirectory(dir: string): void {
    this.#emptyDirectories++;
    this.#parts.progress.log(`newsclean: ${dir}: no input file in this directory (--glob ${this.#opts.glob}) [is_directory]\n`);
  }

  /** Runs every input of the source; see {@link runBatch} for the exit code. */
  async run(source: AsyncIterable<InputItem>): Promise<number> {
    const onSigint = (): void => this.#signal('SIGINT', BATCH_EXIT.sigint);
    const onSigterm = (): void => this.#signal('SIGTERM', BATCH_EXIT.sigterm);
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    const iterator = source[Symbol.asyncIterator]();
    try {
      try {
        await this.#readInputs(iterator);
      } catch (err) {
        // A bug, not a bad input (those are error items): report it, and still write what is done.
        this.#parts.progress.log(`newsclean: internal error while reading inputs: ${(err as Error).message}\n`);
        this.#requestStop('an internal error', BATCH_EXIT.inputFailed);
      }
      if (this.#stop.signal.aborted) void iterator.return?.(undefined).catch(() => {});
      await Promise.all(this.#underWay);
      await this.#writes;
      await this.#closeSink();
    } finally {
      process.off('SIGINT', onSigint);
      process.off('SIGTERM', onSigterm);
      await this.#parts.pool.destroy();
      this.#parts.progress.stop();
    }
    const { quiet, inputErrorsFail } = this.#opts;
    if (!quiet && this.#io.stderr.isTTY) this.#io.stderr.write(formatSummary(this.#stats, performance.now() - this.#started, this.#stopReason));
    if (this.#exitCode !== undefined) return this.#exitCode;
    return (this.#stats.errors || this.#emptyDirectories) && inputErrorsFail ? BATCH_EXIT.inputFailed : BATCH_EXIT.ok;
  }

  /** Flushes the output; a failure then (a full disk) is reported like one during the run. */
  async #closeSink(): Promise<void> {
    try {
      await this.#parts.sink.close();
    } catch (err) {
      if (this.#outputFailed) return; // already reported
      this.#parts.progress.log(`newsclean: cannot write the output: ${(err as Error).message}\n`);
      this.#requestStop('an output error', BATCH_EXIT.inputFailed);
    }
  }

  #signal(signal: string, code: number): void {
    if (this.#stop.signal.aborted && this.#stopReason === signal) process.exit(code); // a second signal: at once
    this.#requestStop(signal, code);
  }

  /** Stops reading inputs and drops those being cleaned; what is finished is still written. */
  #requestStop(reason: string, code?: number): void {
    if (this.#stop.signal.aborted) return;
    this.#stopReason = reason;
    this.#exitCode = code;
    this.#stop.abort();
  }

  /** Steps 1–2: hands each selected input to {@link #handle}, until the inputs end or the run stops. */
  async #readInputs(iterator: AsyncIterator<InputItem>): Promise<void> {
    const { shard } = this.#opts;
    const { isDone } = this.#parts;
    let seq = 0;
    for (;;) {
      if ((await unlessStopped(acquireBoth(this.#window, this.#loaded), this.#stop.signal)) === null) return;
      const next = await unlessStopped(iterator.next(), this.#stop.signal);
      if (next === null) return;
      let skip = next.done === true || (shard !== undefined && !inShard(next.value.key, shard));
      if (!skip && isDone && (await isDone(next.value))) {
        skip = true;
        this.#stats.skipped++;
        this.#showCounts();
      }
      if (skip) {
        this.#window.release();
        this.#loaded.release();
        if (next.done) return;
        continue;
      }
      const p = this.#handle(seq++, next.value as InputItem);
      this.#underWay.add(p);
      void p.finally(() => this.#underWay.delete(p));
    }
  }

  /** Steps 3–6 for one input. */
  async #handle(seq: number, item: InputItem): Promise<void> {
    let done: Done | null;
    try {
      done = await this.#clean(item);
    } catch (err) {
      done = this.#failed(item, toErrorInfo(err));
    }
    for (const due of this.#reorder.put(seq, done)) {
      if (due) this.#writes = this.#writes.then(() => this.#write(due)).finally(() => this.#window.release());
      else this.#window.release();
    }
  }

  /** Steps 3–4; gives back the input's `loaded` slot once it has a worker or is done. */
  async #clean(item: InputItem): Promise<Done | null> {
    // A page file is read by its worker (`task.ts`): the main thread feeds every worker.
    const content = item.content;
    if ('error' in content) {
      this.#loaded.release();
      return this.#failed(item, content.error);
    }
    await this.#workers.acquire();
    this.#loaded.release();
    try {
      if (this.#stop.signal.aborted) return null;
      const result = await this.#parts.pool.run(taskFor(item, content, this.#opts), this.#stop.signal);
      return result === DROPPED ? null : { item, ...result };
    } finally {
      this.#workers.release();
    }
  }

  #failed(item: InputItem, error: ErrorInfo): Done {
    return { item, text: renderError(errorRecord(item, error), recordSpec(this.#opts)), error };
  }

  /** Step 6. Never throws: a failed write fails its input (`--out-dir`) or stops the run. */
  async #write(done: Done): Promise<void> {
    const { sink, progress } = this.#parts;
    // After --fail-fast stopped the run, inputs that come later in the output are not written.
    if (this.#stop.signal.aborted && this.#stopReason === '--fail-fast') return;
    let error = done.error;
    try {
      await sink.write(done.item, done.text);
    } catch (err) {
      if (!sink.perInput) {
        if (this.#outputFailed) return;
        this.#outputFailed = true;
        progress.log(`newsclean: cannot write the output: ${(err as Error).message}\n`);
        this.#requestStop('an output error', BATCH_EXIT.inputFailed);
        return;
      }
      error = { code: 'output_failed', message: (err as Error).message };
    }
    if (error) {
      this.#stats.errors++;
      progress.log(`newsclean: ${done.item.name}: ${error.message} [${error.code}]\n`);
      if (this.#opts.failFast) this.#requestStop('--fail-fast');
    } else {
      this.#stats.records++;
    }
    this.#showCounts();
  }

  #showCounts(): void {
    const { records, errors, skipped } = this.#stats;
    this.#parts.progress.update({ done: records + errors + skipped, errors, skipped });
  }
}

/**
 * Waits for a promise, or for the run to stop (then null). Unlike `Promise.race` with one
 * long-lived "stopped" promise, it leaves no reaction behind: such reactions would keep every
 * input read so far alive until the end of the run.
 */
function unlessStopped<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | null> {
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(null);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

/** Takes a slot of each, in order. */
async function acquireBoth(a: Slots, b: Slots): Promise<true> {
  await a.acquire();
  await b.acquire();
  return true;
}

/** The worker task of an input. Command-line options win over what the input tells. */
function taskFor(item: InputItem, content: Exclude<ItemContent, { error: ErrorInfo }>, opts: BatchOptions): CleanTask {
  // Bytes are moved to the worker, not copied (`pool.ts`): a view into a larger buffer (a
  // stream chunk, Node's buffer pool) gets a buffer of its own first (a copy, unlike Buffer#slice).
  const page = 'bytes' in content && content.bytes.byteLength !== content.bytes.buffer.byteLength ? { bytes: new Uint8Array(content.bytes) } : content;
  const task: CleanTask = { name: item.name, maxBytes: opts.maxBytes, render: recordSpec(opts), ...page };
  if (opts.clean.encoding) task.encoding = opts.clean.encoding;
  if (opts.clean.fixMojibake === false) task.fixMojibake = false;
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
    const extension = FORMAT_EXTENSION[opts.render.format];
    return (item) => isCompleteOutput(outputPath(outDir, item.key, extension), extension === '.json');
  }
  if (opts.resume === true) return null;
  const state = await readResumeKeys(opts.resume);
  if (state.cutBytes) stderr.write(`newsclean: --resume: cut an incomplete last line (${state.cutBytes} bytes) off ${opts.resume}\n`);
  return async (item) => state.keys.has(resumeKey(item));
}
