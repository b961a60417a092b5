/**
 * What a file is, from its name and, when the name does not tell, its first bytes:
 * a page (HTML or text, possibly gzip-compressed) or a WARC file (possibly gzip-compressed).
 */
import { gunzipHead } from './gzip.js';

/** Extensions of pages and text dumps: such files are read as one input each, without sniffing. */
const PAGE_EXTENSIONS = ['html', 'htm', 'xhtml', 'shtml', 'txt', 'text'];
/** Extensions of WARC files (`.wet` is Common Crawl's text extract). */
const WARC_EXTENSIONS = ['warc', 'wet'];

/** The default `--glob`: pages, text dumps and WARC files, optionally gzip-compressed, in any letter case. */
export const DEFAULT_GLOB = `*.{${[...PAGE_EXTENSIONS, ...WARC_EXTENSIONS].join(',')}}{,.gz}`;

const PAGE_NAME = new RegExp(`\\.(?:${PAGE_EXTENSIONS.join('|')})(?:\\.gz)?$`, 'i');
const WARC_NAME = new RegExp(`\\.(?:${WARC_EXTENSIONS.join('|')})(?:\\.gz)?$`, 'i');

/** How a file is to be read. */
export type FileKind = 'page' | 'warc';

/**
 * The kind a file name tells, or null when only the content can tell.
 * @param name a path or base name
 */
export function kindFromName(name: string): FileKind | null {
  if (PAGE_NAME.test(name)) return 'page';
  if (WARC_NAME.test(name)) return 'warc';
  return null;
}

/** Bytes of a file's start that {@link kindFromHead} needs. */
export const SNIFF_HEAD_BYTES = 512;

const WARC_MAGIC = 'WARC/';

/**
 * The kind of a file from its first bytes: a WARC file starts with `WARC/` (a gzip-compressed
 * one decompresses to that); anything else is read as a page.
 * @param head at least the first {@link SNIFF_HEAD_BYTES} bytes, or the whole file when shorter
 */
export function kindFromHead(head: Uint8Array): FileKind {
  const start = gunzipHead(head) ?? head;
  if (start.length < WARC_MAGIC.length) return 'page';
  for (let i = 0; i < WARC_MAGIC.length; i++) if (start[i] !== WARC_MAGIC.charCodeAt(i)) return 'page';
  return 'warc';
}
