/**
 * What a worker thread does with one input: bytes or text in, the finished record text out.
 * Kept apart from `worker.ts` so it can be tested without threads. Nothing here throws: a
 * failure comes back as the input's error record.
 */
import { cleanDetailed } from '../clean.js';
import { toErrorInfo } from '../errors.js';
import { gunzipIfCompressed } from '../input/gzip.js';
import { readFileInput } from '../input/read.js';
import { absoluteUrl } from '../options.js';
import type { ErrorInfo } from '../input/item.js';
import type { CleanOptions, InputFormat } from '../types.js';
import { renderError, renderRecord, type RenderSpec } from '../output/render.js';
import { errorRecord, withId } from './records.js';

/** One input for a worker; structured-cloned to the thread. */
export interface CleanTask {
  /** The record's `input`. */
  name: string;
  /** The `id` of an `--ndjson-in` line. */
  id?: string | number;
  /** A page file that the worker reads, possibly gzip-compressed (one of `file`, `bytes`, `text`). */
  file?: string;
  /** The page as read, possibly gzip-compressed (one of `file`, `bytes`, `text`). */
  bytes?: Uint8Array;
  /** The page as text (one of `file`, `bytes`, `text`). */
  text?: string;
  url?: string;
  referenceDate?: string;
  language?: string;
  format?: InputFormat;
  /** Size limit of the decompressed page, in bytes. */
  maxBytes: number;
  /** Charset forced by `--encoding`. */
  encoding?: string;
  /** False with `--no-fix-mojibake`. */
  fixMojibake?: boolean;
  /** How the record is written (`--format`, `--fields`…; pretty JSON for a file of its own). */
  render: RenderSpec;
  /**
   * Where the worker notes when it starts cleaning (ms since `clockBase`, at `CLOCK_STARTED`)
   * and the page's size (KiB, at `CLOCK_KIB`; `clock.ts`), as an `Int32Array` over shared memory: the
   * time limit counts cleaning, not a fresh thread's start-up, and grows with the page.
   */
  clock?: SharedArrayBuffer;
  /** The pool's time origin for `clock`, in ms since the epoch. */
  clockBase?: number;
}

/** A worker's answer: the record text (ending in a newline), and the failure when it is an error record. */
export interface TaskResult {
  text: string;
  error?: ErrorInfo;
}

/**
 * Cleans one input.
 * @param onSize told the page's size (bytes once read and decompressed; characters for text) just
 *   before it is cleaned: the time limit starts then, and grows with the size (`pool.ts`)
 * @returns the article record's text, or the error record's text and the error
 */
export function runCleanTask(task: CleanTask, onSize?: (bytes: number) => void): TaskResult {
  try {
    const opts: CleanOptions = { input: task.name };
    // A URL from a WARC record or an input line that is not absolute is not the page's URL.
    if (task.url && absoluteUrl(task.url)) opts.url = task.url;
    if (task.referenceDate) opts.referenceDate = task.referenceDate;
    if (task.language) opts.language = task.language;
    if (task.format) opts.format = task.format;
    if (task.encoding) opts.encoding = task.encoding;
    if (task.fixMojibake === false) opts.fixMojibake = false;
    opts.maxBytes = task.maxBytes;
    const raw = task.file !== undefined ? readFileInput(task.file, task.maxBytes) : task.bytes;
    const input = task.text ?? gunzipIfCompressed(raw ?? new Uint8Array(), task.maxBytes);
    onSize?.(typeof input === 'string' ? input.length : input.byteLength);
    const result = cleanDetailed(input, opts);
    return { text: renderRecord(withId(result.record, task.id), task.render, result.blocks) };
  } catch (err) {
    const error = toErrorInfo(err);
    return { text: renderError(errorRecord(task, error), task.render), error };
  }
}
