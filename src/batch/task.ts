/**
 * What a worker thread does with one input: bytes or text in, the finished record text out.
 * Kept apart from `worker.ts` so it can be tested without threads. Nothing here throws: a
 * failure comes back as the input's error record.
 */
import { clean } from '../clean.js';
import { toErrorInfo } from '../errors.js';
import { gunzipIfCompressed } from '../input/gzip.js';
import type { ErrorInfo } from '../input/item.js';
import type { CleanOptions, InputFormat } from '../types.js';
import { errorRecord, recordText, withId } from './records.js';

/** One input for a worker; structured-cloned to the thread. */
export interface CleanTask {
  /** The record's `input`. */
  name: string;
  /** The `id` of an `--ndjson-in` line. */
  id?: string | number;
  /** The page as read, possibly gzip-compressed (one of `bytes`, `text`). */
  bytes?: Uint8Array;
  /** The page as text (one of `bytes`, `text`). */
  text?: string;
  url?: string;
  referenceDate?: string;
  language?: string;
  format?: InputFormat;
  /** Size limit of the decompressed page, in bytes. */
  maxBytes: number;
  /** Indent the record (a file of its own) instead of one line. */
  pretty: boolean;
}

/** A worker's answer: the record text (ending in a newline), and the failure when it is an error record. */
export interface TaskResult {
  text: string;
  error?: ErrorInfo;
}

/**
 * Cleans one input.
 * @returns the article record's text, or the error record's text and the error
 */
export function runCleanTask(task: CleanTask): TaskResult {
  try {
    const opts: CleanOptions = { input: task.name };
    if (task.url) opts.url = task.url;
    if (task.referenceDate) opts.referenceDate = task.referenceDate;
    if (task.language) opts.language = task.language;
    if (task.format) opts.format = task.format;
    const input = task.text ?? gunzipIfCompressed(task.bytes ?? new Uint8Array(), task.maxBytes);
    return { text: recordText(withId(clean(input, opts), task.id), task.pretty) };
  } catch (err) {
    const error = toErrorInfo(err);
    return { text: recordText(errorRecord(task, error), task.pretty), error };
  }
}
