/**
 * Misuse of the library is refused at once, naming what was expected (`src/options.ts`).
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { absoluteUrl, isIsoDate, knownLanguage } from '../src/options.js';
import type { CleanOptions } from '../src/types.js';

const PAGE = 'Titolo\n\nIl governo ha approvato mercoledì un decreto che prevede nuovi fondi per la città di Genova, ha detto il ministro.\n';

describe('clean() arguments', () => {
  it.each([null, undefined, 42, {}, ['<p>x</p>']])('refuses a page that is %j with a TypeError', (input) => {
    expect(() => clean(input as unknown as string)).toThrow(new TypeError(`clean: the page must be a string or a Uint8Array (a Buffer), got ${input === null ? 'null' : typeof input}`));
  });

  it.each([
    [null, 'clean: the options must be an object, got null'],
    ['html', 'clean: the options must be an object, got string'],
    [{ input: 5 }, 'clean: input (the record\'s name) must be a string, got number'],
  ])('refuses options %j with a TypeError', (opts, message) => {
    expect(() => clean(PAGE, opts as unknown as CleanOptions)).toThrow(new TypeError(message));
  });

  it.each([
    [{ format: 'xml' }, 'format must be "text" or "html", got "xml"'],
    [{ referenceDate: '2024-02-30' }, 'referenceDate must be a date as YYYY-MM-DD, got "2024-02-30"'],
    [{ referenceDate: '19/06/2024' }, 'referenceDate must be a date as YYYY-MM-DD, got "19/06/2024"'],
    [{ language: 'zz' }, 'language must be an ISO 639-1 code newsclean knows (en, it, de…), got "zz"'],
    [{ url: 'not a url' }, 'url must be an absolute URL, got "not a url"'],
    [{ url: '/news/1' }, 'url must be an absolute URL, got "/news/1"'],
    [{ encoding: 'x-no-such-charset' }, 'unknown encoding: x-no-such-charset'],
  ])('refuses the option %j with a RangeError', (opts, message) => {
    expect(() => clean(PAGE, opts as CleanOptions)).toThrow(new RangeError(message));
  });

  it('takes good values as before', () => {
    const record = clean(Buffer.from(PAGE), { format: 'text', referenceDate: '2024-02-29', language: 'it-IT', url: 'https://example.org/a', encoding: 'utf-8' });
    expect([record.format, record.language, record.url]).toEqual(['text', 'it', 'https://example.org/a']);
  });
});

describe('the checks the command line shares', () => {
  it('isIsoDate takes real calendar dates only', () => {
    expect(['2024-02-29', '1999-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2023-02-29', '2024-13-01', '2024-6-1', '20240601', ''].map(isIsoDate)).toEqual([false, false, false, false, false]);
  });

  it('knownLanguage normalises tags and refuses unknown codes', () => {
    expect(['pt-BR', 'EN', 'de_AT', 'zz', 'english'].map(knownLanguage)).toEqual(['pt', 'en', 'de', null, null]);
  });

  it('absoluteUrl normalises an absolute URL and refuses anything else', () => {
    expect(absoluteUrl('HTTPS://Example.org/a b')).toBe('https://example.org/a%20b');
    expect(absoluteUrl('example.org/a')).toBeNull();
  });
});
