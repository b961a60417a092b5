/**
 * `--out-dir DIR`: one `.json` file per input, at the input's place in its tree
 * (`DIR/pages/2024/a.html.json`, `DIR/crawl.warc.gz/1234.json`, `DIR/<id>.json`), written
 * atomically (a temporary file in the same directory, then a rename), so a file that exists is
 * complete. Names coming from data (ids, member names) cannot leave DIR: each key segment is
 * escaped so it is one plain file name.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';

/** Longest file name made from one key segment, in bytes, before `.json` (file systems allow 255). */
export const MAX_NAME_BYTES = 200;

/**
 * One key segment as a safe file name: `%`, `/`, `\`, NUL and control characters are escaped
 * as `%XX`, as is a leading `.` (no `.`, `..` or hidden files); an empty segment becomes `%`;
 * a name over {@link MAX_NAME_BYTES} bytes is cut and ends in `~` and 16 hex digits of its SHA-1.
 * Distinct segments give distinct names.
 */
export function safeName(segment: string): string {
  let name = segment.replace(/[%/\\\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  if (name.startsWith('.')) name = `%2E${name.slice(1)}`;
  if (!name) return '%';
  if (Buffer.byteLength(name) <= MAX_NAME_BYTES) return name;
  const digest = createHash('sha1').update(segment).digest('hex').slice(0, 16);
  return `${cutUtf8(name, MAX_NAME_BYTES - 17)}~${digest}`;
}

/** The longest start of `text` that fits in `bytes` UTF-8 bytes, without splitting a character. */
function cutUtf8(text: string, bytes: number): string {
  let out = '';
  let size = 0;
  for (const ch of text) {
    size += Buffer.byteLength(ch);
    if (size > bytes) break;
    out += ch;
  }
  return out;
}

/**
 * The output file of an input.
 * @param outDir the `--out-dir` directory
 * @param key the input's key (see `InputItem.key`)
 * @param extension the output format's file extension (`.json`, `.txt`, `.md`)
 * @returns a path inside `outDir`, ending in `extension`
 * @throws Error if the path would leave `outDir` (cannot happen with {@link safeName}; checked anyway)
 */
export function outputPath(outDir: string, key: readonly string[], extension = '.json'): string {
  const names = (key.length ? key : ['']).map(safeName);
  names[names.length - 1] += extension;
  const path = join(outDir, ...names);
  const rel = relative(outDir, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`output path ${JSON.stringify(path)} leaves ${outDir}`);
  return path;
}

let temporaries = 0;

/**
 * Writes a file atomically: the text goes to a temporary file beside it, which is then renamed
 * over the target; missing directories are made. An interrupted write leaves at most a hidden
 * `.newsclean-*.tmp` file, never a partial target.
 * @throws the file system's error (the temporary file is removed)
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await makeDirectory(dir);
  const temporary = join(dir, `.newsclean-${process.pid}-${temporaries++}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}

/**
 * `mkdir -p`: creates a directory and its missing parents. Node 20's `mkdir(…, {recursive})`
 * loops forever where creating a directory fails with ENOENT although its parent exists
 * (inside `/proc`); this one gives up with that error.
 * @throws the file system's error (ENOENT, ENOTDIR, EACCES, EROFS…)
 */
export async function makeDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      if (!(await stat(dir)).isDirectory()) throw err;
      return;
    }
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw err;
    await makeDirectory(parent);
    try {
      await mkdir(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again; // another writer made it: fine
    }
  }
}

/** True when `path` holds a whole record (for `--resume` with `--out-dir`). */
export async function isCompleteOutput(path: string, json = true): Promise<boolean> {
  try {
    // Text and Markdown files are written atomically: one that exists is complete.
    if (!json) return (await readFile(path, 'utf8')).length > 0;
    const value: unknown = JSON.parse(await readFile(path, 'utf8'));
    // An error record is not done: the input is tried again (a time limit or a full disk may have passed).
    return typeof value === 'object' && value !== null && typeof (value as { input?: unknown }).input === 'string' && !('error' in value);
  } catch {
    return false;
  }
}
