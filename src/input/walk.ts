/**
 * Walking a directory tree for inputs, depth first, without listing it whole in memory: a
 * directory's entries are sorted by name when it has at most {@link SORTED_ENTRIES} of them,
 * and taken in the file system's order when it has more (a folder of two million pages).
 * Hidden entries (`.name`) are skipped, symbolic links to files are followed, symbolic links
 * to directories are not (no cycles).
 */
import type { Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fsError } from './read.js';
import type { ErrorInfo } from './item.js';

/** Entries of one directory sorted before they are visited; larger directories stream unsorted. */
export const SORTED_ENTRIES = 10_000;

/** A file found by {@link walkFiles}, or a directory or link that could not be read. */
export type WalkEntry = { path: string; rel: string[] } | { path: string; rel: string[]; error: ErrorInfo };

/** Options of {@link walkFiles}. */
export interface WalkOptions {
  /** Keeps a file whose `/`-separated path below the root is given (see `glob.ts`). */
  match: (relPath: string) => boolean;
  /** A directory (device and inode) never entered, e.g. `--out-dir` inside an input tree. */
  exclude?: { dev: number; ino: number };
}

/**
 * Yields the files below a directory.
 * @param root the directory as given (paths yielded start with it)
 * @returns entries with `rel`, the path segments below `root`; unreadable directories and
 *   broken links come as entries with an `error` instead of failing the walk
 */
export async function* walkFiles(root: string, opts: WalkOptions): AsyncGenerator<WalkEntry> {
  yield* walkDir(root, [], opts);
}

async function* walkDir(dir: string, rel: string[], opts: WalkOptions): AsyncGenerator<WalkEntry> {
  let handle;
  try {
    handle = await opendir(dir);
  } catch (err) {
    yield { path: dir, rel, error: toInfo(err) };
    return;
  }
  const pending: Dirent[] = [];
  let streaming = false;
  try {
    for await (const entry of handle) {
      if (entry.name.startsWith('.')) continue;
      if (streaming) {
        yield* visit(entry, dir, rel, opts);
      } else {
        pending.push(entry);
        if (pending.length > SORTED_ENTRIES) {
          streaming = true;
          for (const e of pending.splice(0)) yield* visit(e, dir, rel, opts);
        }
      }
    }
  } catch (err) {
    yield { path: dir, rel, error: toInfo(err) };
  }
  pending.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of pending) yield* visit(e, dir, rel, opts);
}

async function* visit(entry: Dirent, dir: string, rel: string[], opts: WalkOptions): AsyncGenerator<WalkEntry> {
  const path = join(dir, entry.name);
  const segments = [...rel, entry.name];
  if (entry.isDirectory()) {
    if (opts.exclude && (await isExcluded(path, opts.exclude))) return;
    yield* walkDir(path, segments, opts);
    return;
  }
  if (!opts.match(segments.join('/'))) return;
  let special = !entry.isFile() && !entry.isSymbolicLink();
  if (entry.isSymbolicLink()) {
    try {
      const target = await stat(path);
      if (target.isDirectory()) return; // links to folders are not followed (no cycles)
      special = !target.isFile();
    } catch (err) {
      yield { path, rel: segments, error: toInfo(err) };
      return;
    }
  }
  // A FIFO, socket or device named like a page is an input that cannot be read: reading a FIFO
  // could wait forever, so it is reported, not read (a FIFO given as an argument is read).
  if (special) yield { path, rel: segments, error: { code: 'unreadable', message: 'not a regular file (a FIFO, socket or device); not read inside a folder' } };
  else yield { path, rel: segments };
}

async function isExcluded(path: string, exclude: { dev: number; ino: number }): Promise<boolean> {
  try {
    const s = await stat(path);
    return s.dev === exclude.dev && s.ino === exclude.ino;
  } catch {
    return false;
  }
}

function toInfo(err: unknown): ErrorInfo {
  const e = fsError(err);
  return { code: e.code, message: e.message };
}
