/**
 * The input size limit (issue 7, `limits.ts`): `maxBytes` in bytes, a string measured as UTF-8,
 * default 20 MiB; over it, `too_large`.
 */
import { describe, expect, it } from 'vitest';
import { checkSize, DEFAULT_MAX_BYTES } from '../../src/limits.js';
import { clean, DEFAULT_MAX_BYTES as exported } from '../../src/index.js';

const PAGE = 'Titolo\n\nIl governo ha approvato mercoledì un decreto che prevede nuovi fondi per la città di Genova, ha detto il ministro.\n';

describe('maxBytes', () => {
  it('defaults to 20 MiB', () => {
    expect(DEFAULT_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(exported).toBe(DEFAULT_MAX_BYTES);
  });

  it('refuses bytes over the limit and takes bytes at the limit', () => {
    const bytes = Buffer.from(PAGE);
    expect(() => clean(bytes, { maxBytes: bytes.length - 1 })).toThrow(expect.objectContaining({
      code: 'too_large',
      message: `${bytes.length} bytes, over the limit of ${bytes.length - 1} bytes (--max-bytes)`,
    }));
    expect(clean(bytes, { maxBytes: bytes.length }).body).toBe(PAGE.split('\n')[2]);
  });

  it('measures a string as UTF-8', () => {
    const utf8 = Buffer.byteLength(PAGE);
    expect(utf8).toBe(PAGE.length + 2);
    expect(() => checkSize(PAGE, PAGE.length)).toThrow(expect.objectContaining({ code: 'too_large', message: `${utf8} bytes, over the limit of ${PAGE.length} bytes (--max-bytes)` }));
    expect(() => checkSize(PAGE, utf8)).not.toThrow();
    expect(() => checkSize('x'.repeat(101), 100)).toThrow(expect.objectContaining({ message: 'at least 101 bytes, over the limit of 100 bytes (--max-bytes)' }));
  });

  it('refuses a limit that is not a positive integer (misuse)', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Infinity]) expect(() => clean(PAGE, { maxBytes: bad })).toThrow(RangeError);
  });
});
