/**
 * Property tests (issue 7): whatever the input — arbitrary strings, arbitrary bytes, real pages
 * cut, duplicated, shuffled, with tags unbalanced or random bytes inserted — `clean()` returns a
 * schema-valid record or throws a typed `NewscleanError` (never `internal`), within
 * {@link SLOW_MS}. Fixed seed, so a failure is reproduced by running the suite again; fast-check
 * prints the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyBytes, anyString, cleanChecked, htmlPages, mutate, mutations, SEED, textPages } from './arbitraries.js';

const TEXT_PAGES = textPages();
const HTML_PAGES = htmlPages();

describe('clean() holds on any input', () => {
  it('arbitrary strings (1,000 cases)', () => {
    fc.assert(fc.property(anyString, (s) => {
      cleanChecked(s);
    }), { seed: SEED, numRuns: 1000 });
  }, 120_000);

  it('arbitrary bytes, also after a BOM, a binary signature or a charset declaration (1,000 cases)', () => {
    fc.assert(fc.property(anyBytes, (b) => {
      cleanChecked(b);
    }), { seed: SEED, numRuns: 1000 });
  }, 120_000);

  it(`mutated real text dumps (${TEXT_PAGES.length} pages, 600 cases)`, () => {
    expect(TEXT_PAGES.length).toBeGreaterThanOrEqual(7);
    fc.assert(fc.property(fc.constantFrom(...TEXT_PAGES), mutations, (page, ms) => {
      cleanChecked(mutate(page.bytes, ms), { input: page.name });
    }), { seed: SEED, numRuns: 600 });
  }, 180_000);

  it(`mutated real HTML pages (${HTML_PAGES.length} pages, 300 cases)`, () => {
    fc.assert(fc.property(fc.constantFrom(...HTML_PAGES), mutations, (page, ms) => {
      cleanChecked(mutate(page.bytes, ms), { input: page.name });
    }), { seed: SEED, numRuns: 300 });
  }, 180_000);
});
