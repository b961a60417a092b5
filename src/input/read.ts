/**
 * Stage `input`: reading an input's bytes from a path or standard input. I/O stays here.
 */
import { readFile, stat } from 'node:fs/promises';
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
  try {
    return { name, bytes: await readFile(name) };
  } catch (err) {
    throw fsError(err);
  }
}

function tooLarge(size: number, maxBytes: number): NewscleanError {
  return new NewscleanError('too_large', `${size} bytes, over the limit of ${maxBytes} bytes (--max-bytes)`);
}

function fsError(err: unknown): NewscleanError {
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
export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
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
