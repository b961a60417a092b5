/**
 * gzip-compressed inputs, recognised by their magic bytes (`1f 8b`), whatever their name.
 */
import { createRequire } from 'node:module';
import { NewscleanError } from '../errors.js';

// zlib is loaded on the first gzip input: a plain page never pays for it at start-up.
const require = createRequire(import.meta.url);
let zlibModule: typeof import('node:zlib') | undefined;
const zlib = (): typeof import('node:zlib') => (zlibModule ??= require('node:zlib') as typeof import('node:zlib'));

/** Bytes of compressed data that {@link gunzipHead} decompresses. */
export const GZIP_HEAD_BYTES = 512;

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip data (all members, as `zcat` does); other bytes are returned unchanged.
 * @param maxBytes size limit of the decompressed data, in bytes
 * @throws NewscleanError `too_large` (decompressed data over `maxBytes`), `unreadable` (truncated or corrupt data)
 */
export function gunzipIfCompressed(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (!isGzip(bytes)) return bytes;
  try {
    return zlib().gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw new NewscleanError('too_large', `decompresses to more than the limit of ${maxBytes} bytes (--max-bytes)`);
    }
    const why = code === 'Z_BUF_ERROR' ? 'truncated' : 'corrupt';
    throw new NewscleanError('unreadable', `${why} gzip data (${(err as Error).message})`);
  }
}

/**
 * The first bytes of what gzip data decompresses to, from its first bytes alone (for sniffing).
 * @param head the start of a file; only its first {@link GZIP_HEAD_BYTES} bytes are used
 * @returns the decompressed start (possibly empty), or null when `head` is not gzip data
 */
export function gunzipHead(head: Uint8Array): Uint8Array | null {
  if (!isGzip(head)) return null;
  try {
    // deflate expands at most ~1032:1, so 512 input bytes stay well under the 1 MiB cap.
    return zlib().gunzipSync(head.subarray(0, GZIP_HEAD_BYTES), { finishFlush: zlib().constants.Z_SYNC_FLUSH, maxOutputLength: 1024 * 1024 });
  } catch {
    return null;
  }
}
