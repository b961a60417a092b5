/**
 * `--resume FILE` with JSON Lines output: the inputs already in FILE (a record's `id`, else its
 * `input`) are skipped. A run cut off hard (kill -9, power loss) may leave a half-written last
 * line; it is cut off FILE first (its input is then done again), so appending to FILE
 * (`>> FILE`, or `-o FILE` with `--resume FILE`) keeps one record per line.
 */
import { createReadStream } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { resumeKey } from '../input/item.js';
import { splitLines } from '../input/ndjson.js';
import { KeySet } from './keyset.js';

/** What {@link readResumeKeys} found. */
export interface ResumeState {
  /** Keys of the records in the file (see `resumeKey`). */
  keys: KeySet;
  /** Bytes of an incomplete last line cut off the file (0 when none). */
  cutBytes: number;
}

/** Longest line read from FILE, in bytes; longer lines count as bad. */
const MAX_LINE_BYTES = 256 * 1024 * 1024;

/** How a line that newsclean writes begins: an error or article record leads with `id` or `input`. */
const RECORD_START = /^\s*\{\s*"(?:id|input)"\s*:/;

/**
 * FILE is not the JSON Lines output of a newsclean run (a page given by mistake, say
 * `--resume page.txt`): refused before anything in it is changed.
 */
export class ResumeFileError extends Error {
  constructor(file: string, why: string) {
    super(`--resume ${file} is not the JSON Lines output of an earlier run (${why}); nothing was changed`);
    this.name = 'ResumeFileError';
  }
}

/**
 * Reads the keys of the records in an earlier run's output, then cuts off its incomplete last
 * line, if any (that input is done again). A missing file is an empty one. The file is checked
 * before it is changed: every complete line must be a record, and an incomplete last line must
 * begin like one.
 * @throws ResumeFileError when FILE is not such output
 * @throws the file system's error when the file exists but cannot be read or repaired
 */
export async function readResumeKeys(file: string): Promise<ResumeState> {
  const keys = new KeySet();
  let open: boolean;
  try {
    open = await endsInsideLine(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { keys, cutBytes: 0 };
    throw err;
  }
  let badLines = 0;
  // A line's key counts once the next line shows it was complete.
  let previous: { record: ReturnType<typeof parse>; text: string | null; number: number } | null = null;
  for await (const line of splitLines(createReadStream(file), MAX_LINE_BYTES)) {
    if (line.text !== null && !line.text.trim()) continue;
    if (previous) badLines += settle(previous.record, keys);
    previous = { record: parse(line.text), text: line.text, number: line.number };
  }
  if (previous && !open) badLines += settle(previous.record, keys);
  if (badLines) throw new ResumeFileError(file, `${badLines} of its lines are not records`);
  if (open && previous && !RECORD_START.test(previous.text ?? '')) throw new ResumeFileError(file, `its last line, ${previous.number}, is not a record`);
  const cutBytes = open ? await cutIncompleteLastLine(file) : 0;
  return { keys, cutBytes };
}

/** Adds a complete line's key; 1 when the line is not a record. */
function settle(record: ReturnType<typeof parse>, keys: KeySet): number {
  if (!record) return 1;
  keys.add(resumeKey(record));
  return 0;
}

/** True when a file's last byte is not a newline (an interrupted write); false when empty. */
async function endsInsideLine(file: string): Promise<boolean> {
  const handle = await openFile(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    await handle.close();
  }
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
  const handle = await openFile(file, 'r+');
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
