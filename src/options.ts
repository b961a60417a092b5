/**
 * Checks of what a caller passes to `clean()`, shared with the command line (which turns the
 * same failures into usage errors): a misuse is reported at once with what was expected, never
 * as a crash deep inside the pipeline or a record that silently carries a bad value.
 */
import { loadData } from './data.js';
import { isKnownEncoding } from './decode/charset.js';
import { normalizeLanguage } from './language/index.js';
import type { CleanOptions } from './types.js';

/** True for a real calendar date written `YYYY-MM-DD` (`2024-02-30` is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

let languages: Set<string> | null = null;

/**
 * The ISO 639-1 code of a language tag newsclean knows (`en`, `pt-BR` → `pt`), or null.
 * The known codes are `data/language/iso639.json`.
 */
export function knownLanguage(tag: string): string | null {
  languages ??= new Set(Object.values(loadData<Record<string, string>>('language/iso639')));
  const code = normalizeLanguage(tag);
  return code && languages.has(code) ? code : null;
}

/** An absolute URL as the WHATWG URL parser writes it, or null when `value` is not one. */
export function absoluteUrl(value: string): string | null {
  try {
    return new URL(value).href;
  } catch {
    return null;
  }
}

/**
 * Refuses a bad input or option of `clean()`.
 * @throws TypeError when `input` is neither a string nor a Uint8Array (a Buffer is one), when
 *   `opts` is not an object, or its `input` (the record's name) not a string
 * @throws RangeError naming the option, for a `format` other than `text`/`html`, a
 *   `referenceDate` that is not a `YYYY-MM-DD` date, a `language` newsclean does not know, a
 *   `url` that is not absolute, an unknown `encoding` (the size limit is checked by `checkSize`)
 */
export function checkCleanArguments(input: unknown, opts: CleanOptions): void {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError(`clean: the page must be a string or a Uint8Array (a Buffer), got ${input === null ? 'null' : typeof input}`);
  }
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) {
    throw new TypeError(`clean: the options must be an object, got ${opts === null ? 'null' : Array.isArray(opts) ? 'an array' : typeof opts}`);
  }
  if (opts.input !== undefined && typeof opts.input !== 'string') throw new TypeError(`clean: input (the record's name) must be a string, got ${typeof opts.input}`);
  if (opts.format !== undefined && opts.format !== 'text' && opts.format !== 'html') {
    throw new RangeError(`format must be "text" or "html", got ${JSON.stringify(opts.format)}`);
  }
  if (opts.referenceDate !== undefined && !isIsoDate(opts.referenceDate)) {
    throw new RangeError(`referenceDate must be a date as YYYY-MM-DD, got ${JSON.stringify(opts.referenceDate)}`);
  }
  if (opts.language !== undefined && !knownLanguage(opts.language)) {
    throw new RangeError(`language must be an ISO 639-1 code newsclean knows (en, it, de…), got ${JSON.stringify(opts.language)}`);
  }
  if (opts.url !== undefined && !absoluteUrl(opts.url)) {
    throw new RangeError(`url must be an absolute URL, got ${JSON.stringify(opts.url)}`);
  }
  // A misspelt encoding is a misuse whatever the input (a string needs no decoding, but says so).
  if (opts.encoding !== undefined && !isKnownEncoding(opts.encoding)) throw new RangeError(`unknown encoding: ${opts.encoding}`);
}
