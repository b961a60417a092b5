/**
 * The command line's inputs as one stream of items, in command-line order: files, directories
 * (walked, filtered by `--glob`), `-` for standard input, gzip-compressed files, WARC files
 * (one item per page record), and FIFOs such as `<(zcat pages.warc.gz)`. Nothing is read ahead:
 * a page file's bytes are read only when its item is about to be cleaned (`{file}` content).
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { kindFromHead, kindFromName, SNIFF_HEAD_BYTES, type FileKind } from './sniff.js';
import type { ErrorInfo, InputItem } from './item.js';
import { peekStream } from './peek.js';
import { fsError, readHead, readStream } from './read.js';
import { walkFiles } from './walk.js';
import { warcItems } from './warc.js';

/** Options of {@link expandInputs}. */
export interface SourceOptions {
  /** Size limit of one page, in bytes (`--max-bytes`). */
  maxBytes: number;
  /** Which files of a walked directory are inputs (see `glob.ts`). */
  match: (relPath: string) => boolean;
  /** A directory never walked into (device and inode of `--out-dir`). */
  exclude?: { dev: number; ino: number };
  /** What `-` reads (standard input, or a stream already peeked at). */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Told of a directory argument that holds no input file (it yields no item). */
  onEmptyDirectory?: (dir: string) => void;
}

/**
 * Expands command-line inputs into items.
 * @param args paths and `-`, as given
 * @returns items in order; an input that cannot be read is an item with an `error`, never a throw
 */
export async function* expandInputs(args: string[], opts: SourceOptions): AsyncGenerator<InputItem> {
  for (const arg of args) {
    if (arg === '-') {
      yield* streamItems(opts.stdin, '-', ['stdin'], opts);
      continue;
    }
    const key = [basename(arg) || arg];
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      yield errorItem(arg, key, err);
      continue;
    }
    if (info.isDirectory()) {
      const root = treeRoot(arg);
      let found = 0;
      for await (const entry of walkFiles(arg, opts)) {
        found++;
        const entryKey = [...root, ...entry.rel];
        if ('error' in entry) yield { name: entry.path, key: entryKey, content: { error: entry.error } };
        else yield* fileItems(entry.path, entryKey, opts);
      }
      if (!found) opts.onEmptyDirectory?.(arg);
    } else if (info.isFile()) {
      yield* fileItems(arg, key, opts);
    } else {
      yield* streamItems(createReadStream(arg), arg, key, opts);
    }
  }
}

/**
 * The key segments that lead the files of a walked directory, as `cp -r DIR OUT/` places them:
 * the directory's own name, or nothing for `.`, `..` and `/`.
 */
export function treeRoot(dir: string): string[] {
  const name = basename(dir);
  return name && name !== '.' && name !== '..' ? [name] : [];
}

/** The kind of a regular file: from its name, else from its first bytes. */
export async function fileKind(path: string): Promise<FileKind> {
  return kindFromName(path) ?? kindFromHead(await readHead(path, SNIFF_HEAD_BYTES));
}

async function* fileItems(path: string, key: string[], opts: SourceOptions): AsyncGenerator<InputItem> {
  let kind: FileKind;
  try {
    kind = await fileKind(path);
  } catch (err) {
    yield errorItem(path, key, err);
    return;
  }
  if (kind === 'page') {
    yield { name: path, key, content: { file: path } };
    return;
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    yield errorItem(path, key, err);
    return;
  }
  const stream = handle.createReadStream();
  try {
    yield* warcItems(stream, { name: path, key, maxBytes: opts.maxBytes });
  } finally {
    stream.destroy();
  }
}

/** Standard input or a FIFO: a WARC stream, or one page. */
async function* streamItems(stream: AsyncIterable<Uint8Array | string>, name: string, key: string[], opts: SourceOptions): AsyncGenerator<InputItem> {
  let peeked;
  try {
    peeked = await peekStream(stream, SNIFF_HEAD_BYTES);
  } catch (err) {
    yield errorItem(name, key, err);
    return;
  }
  if (kindFromHead(peeked.head) === 'warc') {
    yield* warcItems(peeked.rest, { name, key, maxBytes: opts.maxBytes });
    return;
  }
  try {
    yield { name, key, content: { bytes: await readStream(peeked.rest, opts.maxBytes) } };
  } catch (err) {
    yield errorItem(name, key, err);
  }
}

function errorItem(name: string, key: string[], err: unknown): InputItem {
  const e = fsError(err);
  const error: ErrorInfo = { code: e.code, message: e.message };
  return { name, key, content: { error } };
}

/**
 * Counts the inputs that {@link expandInputs} will yield, for a progress bar's total, without
 * reading any file: null when the count cannot be known that way (standard input, a FIFO, a WARC
 * file, whose records are inputs). Files whose name tells nothing count as pages.
 */
export async function countInputs(args: string[], opts: Pick<SourceOptions, 'match' | 'exclude'>): Promise<number | null> {
  let count = 0;
  for (const arg of args) {
    if (arg === '-') return null;
    let info;
    try {
      info = await stat(arg);
    } catch {
      count++;
      continue;
    }
    if (info.isDirectory()) {
      for await (const entry of walkFiles(arg, opts)) {
        if (!('error' in entry) && kindFromName(entry.path) === 'warc') return null;
        count++;
      }
    } else if (!info.isFile() || kindFromName(arg) === 'warc') {
      return null;
    } else {
      count++;
    }
  }
  return count;
}
