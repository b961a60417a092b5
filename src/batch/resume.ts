/**
 * `--resume FILE` with JSON Lines output: the inputs already in FILE (a record's `id`, else its
 * `input`) are skipped. A run cut off hard (kill -9, power loss) may leave a half-written last
 * line; it is cut off FILE first (its input is then done again), so appending to FILE
 * (`>> FILE`, or `-o FILE` with `--resume FILE`) keeps one record per line.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { resumeKey } from '../input/item.js';
import { splitLines } from '../input/ndjson.js';
import { KeySet } from './keyset.js';

/** What {@link readResumeKeys} found. */
export interface ResumeState {
  /** Keys of the records in the file (see `resumeKey`). */
  keys: KeySet;
  /** Bytes of an incomplete last line cut off the file (0 when none). */
  cutBytes: number;
  /** Lines that are not records (not JSON, or without `input`), left in place. */
  badLines: number;
}

/** Longest line read from FILE, in bytes; longer lines count as bad. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

/**
 * Reads the keys of the records in an earlier run's output. A missing file is an empty one.
 * @throws the file system's error when the file exists but cannot be read or repaired
 */
export async function readResumeKeys(file: string): Promise<ResumeState> {
  const keys = new KeySet();
  let cutBytes;
  try {
    cutBytes = await cutIncompleteLastLine(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { keys, cutBytes: 0, badLines: 0 };
    throw err;
  }
  let badLines = 0;
  for await (const line of splitLines(createReadStream(file), MAX_LINE_BYTES)) {
    if (line.text !== null && !line.text.trim()) continue;
    const record = parse(line.text);
    if (record) keys.add(resumeKey(record));
    else badLines++;
  }
  return { keys, cutBytes, badLines };
}

function parse(text: string | null): { name: string; id?: string | number } | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as { input?: unknown; id?: unknown };
    if (typeof value?.input !== 'string') return null;
    const id = value.id;
    return typeof id === 'string' || typeof id === 'number' ? { name: value.input, id } : { name: value.input };
  } catch {
    return null;
  }
}

/**
 * Truncates a file after its last newline when it does not end in one.
 * @returns bytes removed
 */
export async function cutIncompleteLastLine(file: string): Promise<number> {
  const handle = await open(file, 'r+');
  try {
    const { size } = await handle.stat();
    const block = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - block.length);
      const { bytesRead } = await handle.read(block, 0, end - start, start);
      const nl = block.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (nl >= 0) {
        const keep = start + nl + 1;
        if (keep < size) await handle.truncate(keep);
        return size - keep;
      }
      end = start;
    }
    if (size > 0) await handle.truncate(0);
    return size;
  } finally {
    await handle.close();
  }
}
