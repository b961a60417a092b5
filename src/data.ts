/**
 * Loader for the data files in `data/` (word lists, agency names, month names…).
 * Data is data: code never hides a word list inside a function (STYLE.md).
 */
import { readFileSync } from 'node:fs';

/**
 * Package root: `src/..` when run from sources, `dist/..` when built (this module always sits
 * one level below the root, also inside the command's bundle `dist/cli.js`).
 */
const ROOT = new URL('..', import.meta.url);

/**
 * URL of a file of the package, from its root.
 * @param path e.g. `package.json`, `dist/stopwords.json`, `dist/batch/worker.js`
 */
export function packageFile(path: string): URL {
  return new URL(path, ROOT);
}

const cache = new Map<string, unknown>();

/**
 * Reads and parses `data/<name>.json` once per process.
 * @param name path below `data/` without `.json`, e.g. `agencies` or `boilerplate/en`
 * @throws Error when the file is missing or not JSON (a packaging bug, not a bad input)
 */
export function loadData<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(`data/${name}.json`, ROOT), 'utf8'));
    cache.set(name, value);
  }
  return value as T;
}
