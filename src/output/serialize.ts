/**
 * Stage `output`: records → JSON text.
 */
import type { ArticleRecord, ErrorRecord } from '../types.js';

/** One record as pretty-printed JSON (2-space indent), ending in a newline. */
export function toPrettyJson(record: ArticleRecord | ErrorRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}

/** One record as a single JSON line (JSON Lines / NDJSON), ending in a newline. */
export function toJsonLine(record: ArticleRecord | ErrorRecord): string {
  return JSON.stringify(record) + '\n';
}
