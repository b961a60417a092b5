/**
 * Limits that keep the cost of one input bounded (numbers in `data/decode/limits.json`).
 *
 * | limit | default | over it | option |
 * |---|---|---|---|
 * | input size | 20 MiB | error `too_large` | `maxBytes` / `--max-bytes` |
 * | HTML nesting | 256 elements | deeper elements flattened, warning `deep_nesting_flattened` | — |
 * | time per input | none in-process | error `timeout` (the batch runner's worker limit) | `--timeout-ms` |
 *
 * `clean()` is synchronous and cannot be interrupted, so the time limit is the batch runner's;
 * in-process, every stage is kept linear in the input (bounded regexes, the nesting guard).
 */
import { loadData } from './data.js';
import { NewscleanError } from './errors.js';

interface LimitsData {
  maxBytes: number;
  maxDomDepth: number;
}

const DATA = loadData<LimitsData>('decode/limits');

/** Default size limit of one input, in bytes (20 MiB). */
export const DEFAULT_MAX_BYTES: number = DATA.maxBytes;

/** HTML nesting, in elements, beyond which elements are flattened (see `decode/depth.ts`). */
export const MAX_DOM_DEPTH: number = DATA.maxDomDepth;

/**
 * Size of an input in bytes: its length for bytes, its UTF-8 length for a string (computed
 * only when the string's length alone does not settle the comparison with `limit`).
 */
function byteSize(input: string | Uint8Array, limit: number): number {
  if (typeof input !== 'string') return input.byteLength;
  // UTF-8 takes 1 to 3 bytes per UTF-16 code unit.
  if (input.length > limit || input.length * 3 <= limit) return input.length;
  return Buffer.byteLength(input, 'utf8');
}

/**
 * Refuses an input larger than `maxBytes`.
 * @param input bytes, or a string (measured as UTF-8)
 * @param maxBytes limit in bytes (a positive integer); default {@link DEFAULT_MAX_BYTES}
 * @throws NewscleanError `too_large`
 * @throws RangeError when `maxBytes` is not a positive integer
 */
export function checkSize(input: string | Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new RangeError(`maxBytes must be a positive integer, got ${maxBytes}`);
  const size = byteSize(input, maxBytes);
  if (size > maxBytes) {
    // A long string is measured by its length alone: a lower bound of its UTF-8 size.
    const shown = typeof input === 'string' && size === input.length ? `at least ${size}` : String(size);
    throw new NewscleanError('too_large', `${shown} bytes, over the limit of ${maxBytes} bytes (--max-bytes)`);
  }
}
