/**
 * Stage `input`: reading an input's bytes from a path or standard input. I/O stays here.
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { NewscleanError } from '../errors.js';

/** An input's bytes and the name it goes by in records (`-` for stdin). */
export interface RawInput {
  name: string;
  bytes: Uint8Array;
}

/** Default size limit of one input, in bytes (20 MiB). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads one input.
 * @param name a file path, or `-` for standard input
 * @param maxBytes size limit in bytes
 * @throws NewscleanError `not_found`, `is_directory`, `unreadable`, `too_large`
 */
export async function readInput(name: string, maxBytes = DEFAULT_MAX_BYTES): Promise<RawInput> {
  if (name === '-') return { name, bytes: await readStream(process.stdin, maxBytes) };
  let info;
  try {
    info = await stat(name);
  } catch (err) {
    throw fsError(err);
  }
  if (info.isDirectory()) throw new NewscleanError('is_directory', 'is a directory, not a page');
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  // A device or a named pipe has no size to check first (`/dev/zero` never ends): read up to the limit.
  if (!info.isFile()) return { name, bytes: await readStream(createReadStream(name), maxBytes) };
  try {
    return { name, bytes: await readFile(name) };
  } catch (err) {
    throw fsError(err);
  }
}

/**
 * Reads one page file synchronously: what a batch worker thread does with a `{file}` input, so
 * that the main thread, which feeds every worker, spends no time on page reads.
 * @param path a file path
 * @param maxBytes size limit in bytes
 * @throws NewscleanError `not_found`, `is_directory`, `unreadable`, `too_large`
 */
export function readFileInput(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw fsError(err);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new NewscleanError('is_directory', 'is a directory, not a page');
    if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    return info.isFile() ? readFileSync(fd) : readUpTo(fd, maxBytes);
  } catch (err) {
    throw fsError(err);
  } finally {
    closeSync(fd);
  }
}

/** Reads a device or a named pipe (no size to check first) to its end, refusing more than `maxBytes`. */
function readUpTo(fd: number, maxBytes: number): Uint8Array {
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk);
    if (n === 0) return Buffer.concat(chunks, size);
    size += n;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    chunks.push(chunk.subarray(0, n));
  }
}

function tooLarge(size: number, maxBytes: number): NewscleanError {
  return new NewscleanError('too_large', `${size} bytes, over the limit of ${maxBytes} bytes (--max-bytes)`);
}

/**
 * Reads the first bytes of a file (for sniffing its kind).
 * @param path a file path
 * @param n bytes wanted; fewer come back when the file is shorter
 * @throws NewscleanError `not_found`, `is_directory`, `unreadable`
 */
export async function readHead(path: string, n: number): Promise<Buffer> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(n);
      const { bytesRead } = await handle.read(buffer, 0, n, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    throw fsError(err);
  }
}

/** Maps a file system error to a `NewscleanError` (`not_found`, `is_directory`, `unreadable`). */
export function fsError(err: unknown): NewscleanError {
  if (err instanceof NewscleanError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new NewscleanError('not_found', 'no such file');
  if (code === 'EISDIR') return new NewscleanError('is_directory', 'is a directory, not a page');
  if (code === 'EACCES' || code === 'EPERM') return new NewscleanError('unreadable', 'permission denied');
  return new NewscleanError('unreadable', (err as Error).message);
}

/**
 * Reads a whole stream, refusing more than `maxBytes`.
 * @throws NewscleanError `too_large`, `unreadable`
 */
export async function readStream(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' || !Buffer.isBuffer(chunk) ? Buffer.from(chunk) : chunk;
      size += buf.length;
      if (size > maxBytes) throw tooLarge(size, maxBytes);
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof NewscleanError) throw err;
    throw new NewscleanError('unreadable', (err as Error).message);
  }
  return Buffer.concat(chunks);
}
