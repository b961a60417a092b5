/**
 * No regex of the text path's metadata finders (headline, date, byline) backtracks
 * catastrophically: each finder gets 100,000-character adversarial lines and dumps, and all
 * calls together finish well within a second.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { PATTERNS as BYLINE_PATTERNS, prefixedName } from '../../src/text/byline.js';
import { PATTERNS as HEADLINE_PATTERNS, stripSiteSuffix } from '../../src/text/headline.js';
import { PATTERNS as META_PATTERNS, findLineDate } from '../../src/text/meta.js';

const N = 100_000;
const UNITS = ['A', 'a ', ' ', '1', '1.', ' | ', ' - ', ' » ', 'Von ', 'By A ', '©', '19.10.', 'A/', '"', ' — A'];
const fill = (unit: string): string => Buffer.from(unit.repeat(Math.ceil(N / unit.length)).slice(0, N)).toString();
const LINES = UNITS.map(fill);

describe('text-path metadata regexes', () => {
  it('every pattern searches a 100,000-character adversarial line quickly', () => {
    const t0 = performance.now();
    for (const re of [...BYLINE_PATTERNS, ...HEADLINE_PATTERNS, ...META_PATTERNS]) {
      for (const s of LINES) {
        re.lastIndex = 0;
        re.exec(s);
      }
    }
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('the finders stay fast on adversarial lines and dumps', () => {
    const t0 = performance.now();
    for (const s of LINES) {
      findLineDate(s, { shortYear: true });
      prefixedName(s);
      stripSiteSuffix(s);
    }
    for (const s of LINES.slice(0, 6)) {
      try {
        clean(`${s}\n\n${s}\n\n${s}`, { format: 'text', referenceDate: '2024-06-30' });
      } catch {
        // no article in some of them: only the time counts
      }
    }
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
