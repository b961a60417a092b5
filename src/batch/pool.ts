/**
 * The worker pool (piscina): `--jobs N` threads, each running `worker.js` from `dist/`, with a
 * time limit per input. A task still running at the limit is aborted, which terminates its
 * thread (piscina starts a fresh one), so a pathological page costs one error record, not a
 * stuck worker. piscina is imported only when a batch run starts.
 */
import type { ErrorInfo } from '../input/item.js';
import { renderError } from '../output/render.js';
import { errorRecord } from './records.js';
import { CLOCK_KIB, CLOCK_SLOTS, CLOCK_STARTED } from './clock.js';
import type { CleanTask, TaskResult } from './task.js';
import { packageFile } from '../data.js';

/** What {@link CleanPool.run} resolves to for a task dropped because the run is stopping. */
export const DROPPED = Symbol('dropped');

/** A started pool. */
export interface CleanPool {
  /**
   * Cleans one input in a worker. Never rejects: a timeout or a crashed worker gives the
   * input's error record (`timeout`, `internal`). `task.bytes` is transferred to the worker: its
   * buffer must hold nothing else (no view into a larger buffer), and is unusable afterwards.
   * @param stop aborted when the run stops (Ctrl-C, `--fail-fast`): a task under way finishes and
   *   its answer is dropped
   * @returns the worker's result, or {@link DROPPED}
   */
  run(task: CleanTask, stop: AbortSignal): Promise<TaskResult | typeof DROPPED>;
  /** Ends every thread. */
  destroy(): Promise<void>;
}

/** Options of {@link createPool}. */
export interface PoolOptions {
  /** Worker threads (`--jobs`). */
  jobs: number;
  /** Time limit of one input, in milliseconds (`--timeout-ms`), counted from the moment its worker starts cleaning it. */
  timeoutMs: number;
}

/**
 * Old-generation heap limit of one worker thread, in MB. Without it V8 sizes a thread's heap from
 * the machine's memory and collects lazily: jsdom threads of the interim HTML path grow to
 * 700–800 MB each, which on a many-core machine (one thread per core) would be no bound at all.
 * A page that needs more fails alone (its thread is replaced), as an `internal` error record.
 */
export const WORKER_HEAP_MB = 512;

/**
 * The time limit of one page, in ms: `timeoutMs` for each started MiB of the page (at least
 * one). Cleaning time grows about linearly with size, so a limit that catches a pathological
 * 50 KB page in seconds would otherwise fail every large but ordinary page that `--max-bytes` lets in.
 * @param bytes the page's size (0 while unknown)
 */
export function timeLimit(timeoutMs: number, bytes: number): number {
  return timeoutMs * Math.max(1, Math.ceil(bytes / (1024 * 1024)));
}

const TIMEOUT = 'timeout';
/** How often a task not yet started by its (starting) thread is looked at, in ms. */
const START_POLL_MS = 50;
/** Longest a thread may take to start, read and decompress its page before the task counts as timed out, in ms (beyond the limit). */
const START_GRACE_MS = 30_000;

/**
 * Starts the pool's threads.
 * The caller hands over at most `jobs` tasks at a time, so a task starts as it is handed over
 * and its time limit measures cleaning, not waiting.
 */
export async function createPool(opts: PoolOptions): Promise<CleanPool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina<CleanTask, TaskResult>({
    filename: packageFile('dist/batch/worker.js').href,
    minThreads: opts.jobs,
    maxThreads: opts.jobs,
    concurrentTasksPerWorker: 1,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // A thread that answers a task just ended by its time limit makes piscina emit 'error' with
  // nothing waiting for the answer: the input is already accounted for, so only other errors
  // are told.
  pool.on('error', (err: Error) => {
    if (!/^Unexpected message from Worker/.test(err.message)) process.stderr.write(`newsclean: worker pool: ${err.message.split('\n')[0]}\n`);
  });
  const base = Date.now();
  const failed = (task: CleanTask, error: ErrorInfo): TaskResult => ({ text: renderError(errorRecord(task, error), task.render), error });
  return {
    async run(task, stop) {
      if (stop.aborted) return DROPPED;
      // A stop (Ctrl-C, --fail-fast, a failed output) lets the task finish and drops its answer:
      // ending a thread mid-task could catch it inside zlib, which aborts the whole process
      // (see worker.ts); a task takes milliseconds, and at most its time limit.
      const controller = new AbortController();
      // The limit counts from the moment the worker starts cleaning, the page read and
      // decompressed (it notes it in `clock`); a thread that replaces one ended by a timeout
      // first loads its modules.
      const clock = new Int32Array(new SharedArrayBuffer(4 * CLOCK_SLOTS));
      const handedOver = Date.now();
      const limitNow = (): number => timeLimit(opts.timeoutMs, Atomics.load(clock, CLOCK_KIB) * 1024);
      let timer: NodeJS.Timeout;
      const check = (): void => {
        const started = Atomics.load(clock, CLOCK_STARTED);
        const now = Date.now();
        if (started === 0) {
          if (now - handedOver >= opts.timeoutMs + START_GRACE_MS) controller.abort(TIMEOUT);
          else timer = setTimeout(check, START_POLL_MS);
          return;
        }
        const elapsed = now - base - started;
        const limit = limitNow();
        if (elapsed >= limit) controller.abort(TIMEOUT);
        else timer = setTimeout(check, limit - elapsed);
      };
      timer = setTimeout(check, opts.timeoutMs);
      try {
        // The page's bytes are moved, not copied: the main thread feeds every worker.
        const transferList = task.bytes && !(task.bytes.buffer instanceof SharedArrayBuffer) ? [task.bytes.buffer] : [];
        const result = await pool.run({ ...task, clock: clock.buffer as SharedArrayBuffer, clockBase: base }, { signal: controller.signal, transferList });
        return stop.aborted ? DROPPED : result;
      } catch (err) {
        if (controller.signal.reason === TIMEOUT) {
          const limit = limitNow();
          const why = limit > opts.timeoutMs ? `${limit} ms: --timeout-ms ${opts.timeoutMs} for each started MiB of the page` : `${limit} ms (--timeout-ms)`;
          return failed(task, { code: 'timeout', message: `took longer than ${why}` });
        }
        if (stop.aborted) return DROPPED;
        return failed(task, { code: 'internal', message: `worker failed: ${err instanceof Error ? err.message : String(err)}` });
      } finally {
        clearTimeout(timer);
      }
    },
    destroy: () => pool.destroy(),
  };
}
