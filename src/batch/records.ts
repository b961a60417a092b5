/**
 * The records a batch run writes: the article record or the error record of each input
 * (`schema/record.schema.json`), led by the input's `id` under `--ndjson-in`.
 */
import type { ErrorInfo } from '../input/item.js';
import type { ArticleRecord, ErrorRecord } from '../types.js';

/** An output record: an article or an error, with the `id` of its `--ndjson-in` line when it has one. */
export type OutputRecord = (ArticleRecord | ErrorRecord) & { id?: string | number };

/**
 * Puts `id` first in a record when there is one.
 * @returns the record itself when `id` is undefined, else a copy led by `id`
 */
export function withId<R extends ArticleRecord | ErrorRecord>(record: R, id: string | number | undefined): R & { id?: string | number } {
  return id === undefined ? record : { id, ...record };
}

/** The error record of an input. */
export function errorRecord(input: { name: string; id?: string | number }, error: ErrorInfo): ErrorRecord & { id?: string | number } {
  return withId({ input: input.name, error: { code: error.code, message: error.message } }, input.id);
}

