/**
 * `InputItem`: one input of a run — a file, standard input, a WARC member or an `--ndjson-in`
 * line — named for the records and not yet cleaned. Items flow from `input/sources.ts` to the
 * batch runner; a file's bytes are read only when the item is about to be cleaned.
 */
import type { ErrorCode } from '../errors.js';
import type { InputFormat } from '../types.js';

/** A failure as written into an error record. */
export interface ErrorInfo {
  code: ErrorCode;
  message: string;
}

/**
 * What an item holds:
 * - `file`: a path still to be read (with `--max-bytes`), possibly gzip-compressed;
 * - `bytes`: content already read (standard input, a WARC payload), possibly gzip-compressed;
 * - `text`: decoded content (an `--ndjson-in` line);
 * - `error`: the input could not be read or parsed; it becomes an error record.
 */
export type ItemContent = { file: string } | { bytes: Uint8Array } | { text: string } | { error: ErrorInfo };

/** One input of a run. */
export interface InputItem {
  /** The record's `input`: a path, `-`, `path#offset` for a WARC member, the id of an `--ndjson-in` line. */
  name: string;
  /** The `id` of an `--ndjson-in` line, copied into its output record. */
  id?: string | number;
  /**
   * Where the item sits in its input tree, as path segments, unsanitised: a walked file's path
   * below its directory argument (led by the directory's name), a file argument's base name,
   * `[...warc, offset]` for a WARC member, `[id]` for a line. `--out-dir` maps it to a file and
   * `--shard` hashes it (so a slice does not depend on where the tree is mounted).
   */
  key: string[];
  /** The page URL when known from outside the page (a WARC record's target URI, a line's `url`). */
  url?: string;
  /** `YYYY-MM-DD` to resolve partial dates, when known from outside the page (a WARC-Date). */
  referenceDate?: string;
  /** The format when known from outside the content (a WARC record's type, a line's `html`/`text` key). */
  format?: InputFormat;
  content: ItemContent;
}

/** The key that `--resume FILE` matches against records: the id when there is one, else the input name. */
export function resumeKey(item: { name: string; id?: string | number }): string {
  // The id 7 and the id "7" are two inputs (JSON keeps the difference, and so does the key).
  if (typeof item.id === 'number') return `id#${item.id}`;
  return item.id !== undefined ? `id:${item.id}` : `input:${item.name}`;
}
