/**
 * `--glob PATTERN`: which files of a walked directory are inputs (picomatch syntax).
 * A pattern without `/` is matched against the file's base name, one with `/` against its path
 * below the directory given on the command line.
 */
import picomatch from 'picomatch';
import { DEFAULT_GLOB } from './sniff.js';

/**
 * Compiles a pattern into a test of a relative path.
 * @param pattern a picomatch glob, e.g. `*.html` or `2024/**\/*.txt`
 * @returns a function of a `/`-separated path below the walked directory
 */
export function globMatcher(pattern: string): (relPath: string) => boolean {
  const isMatch = picomatch(pattern, { nocase: pattern === DEFAULT_GLOB });
  if (pattern.includes('/')) return isMatch;
  return (relPath) => isMatch(relPath.slice(relPath.lastIndexOf('/') + 1));
}
