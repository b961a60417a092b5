/**
 * No regex of the field layer backtracks catastrophically (issue 5): every regex-bearing function
 * gets 100,000-character adversarial lines (runs of capitals, digits, commas, dashes, parentheses,
 * spaces, dots, dateline and credit fragments); all calls together finish within 50 ms.
 */
import { describe, expect, it } from 'vitest';
import { extractFields, findSource, isPhotoCredit, matchCreditLine, parseByline, parseDate, parseDateline } from '../../src/fields/index.js';
import { PATTERNS as BYLINE_PATTERNS } from '../../src/fields/byline.js';
import { PATTERNS as DATELINE_PATTERNS } from '../../src/fields/dateline.js';
import { PATTERNS as DATE_PATTERNS, scanDate } from '../../src/fields/dates.js';
import { PATTERNS as LINE_PATTERNS } from '../../src/fields/lines.js';
import { PATTERNS as PLACE_PATTERNS, scanPlace } from '../../src/fields/place.js';
import { PATTERNS as SOURCE_PATTERNS } from '../../src/fields/source.js';
import { PATTERNS as TEXT_PATTERNS } from '../../src/fields/text.js';

const N = 100_000;

/** A flat (not rope) string of N characters, so that no call pays V8's one-off flattening. */
function fill(unit: string): string {
  return Buffer.from(unit.repeat(Math.ceil(N / unit.length)).slice(0, N)).toString();
}

const UNITS = [
  'A', 'A ', 'AB, ', '1', '1,', '-', '(', '( A', ' ', 'A.', 'N.Y. ', 'de ', 'A-', 'A/', 'Aa ', '19 GIU ', '19.06.', '1/1/',
  '(ANSA) - ', 'ROMA, 19 GIU - ', 'By A ', '© ', ' (Agenzie)', 'Fonte: ', 'A (', 'A [', ')', '.-', ' — ', 'A\n',
];
const ADVERSARIAL = UNITS.map(fill);
/** For the regexes one by one: runs of each character class the patterns quantify. */
const RUN_UNITS = ['A', 'a', 'A ', ' ', '1', '1,', '-', '(', 'A.', 'de ', 'Aa ', ' — ', 'A\n'];
const RUNS = RUN_UNITS.map(fill);

const OPTS = { referenceDate: '2024-06-20', language: 'it' };

const FUNCTIONS: Array<[string, (s: string) => unknown]> = [
  ['parseDateline', (s) => parseDateline(s, OPTS)],
  ['parseDate', (s) => parseDate(s, OPTS)],
  ['findSource', (s) => findSource(s, OPTS)],
  ['parseByline', (s) => parseByline(s)],
  ['matchCreditLine', (s) => matchCreditLine(s)],
  ['isPhotoCredit', (s) => isPhotoCredit(s)],
  ['scanDate (whole line)', (s) => scanDate(s, 0, 'it')],
  ['scanPlace (whole line)', (s) => scanPlace(s, 0)],
  ['extractFields', (s) => extractFields({ paragraphs: [s, s], leading: [s], trailing: [s], ...OPTS })],
];

const PATTERNS = [...BYLINE_PATTERNS, ...DATELINE_PATTERNS, ...DATE_PATTERNS, ...LINE_PATTERNS, ...PLACE_PATTERNS, ...SOURCE_PATTERNS, ...TEXT_PATTERNS];

/** Best of three rounds of `work`, in ms, so that a garbage-collection pause does not count as backtracking. */
function bestOfThree(work: () => void): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * One search with `re` over `s`: a sticky regex at the start (how the code uses them), any other
 * from every start position until a match — a failing search tries them all, which is where
 * backtracking would show. (Splits run the same search; their cost beyond it is output size.)
 */
function exercise(re: RegExp, s: string): void {
  re.lastIndex = 0;
  re.exec(s);
}

describe('adversarial 100,000-character lines', () => {
  it('every regex of the layer, on its own, finishes within 50 ms in total on each line', () => {
    expect(PATTERNS.length).toBeGreaterThan(20);
    for (const re of PATTERNS) for (const u of RUN_UNITS) exercise(re, u.repeat(1000 / u.length));
    const perLine = RUNS.map((s, k) => ({ unit: RUN_UNITS[k], ms: bestOfThree(() => PATTERNS.forEach((re) => exercise(re, s))) }));
    const worst = perLine.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`${PATTERNS.length} regexes on each of ${RUNS.length} lines: worst line ${JSON.stringify(worst.unit)} ${worst.ms.toFixed(1)} ms`);
    expect(worst.ms).toBeLessThan(50);
  });

  it('every regex-bearing function finishes within 50 ms in total', () => {
    // Warm up (JIT) on 1,000-character versions: the test is about growth, not first-call cost.
    for (let k = 0; k < 3; k++) for (const [, f] of FUNCTIONS) for (const u of UNITS) f(u.repeat(1000 / u.length));
    // Best of three rounds, so that a garbage-collection pause does not count as backtracking.
    let total = Infinity;
    let perFunction: string[] = [];
    for (let round = 0; round < 3; round++) {
      const times: string[] = [];
      const t0 = performance.now();
      for (const [name, f] of FUNCTIONS) {
        const t = performance.now();
        for (const s of ADVERSARIAL) f(s);
        times.push(`${name} ${(performance.now() - t).toFixed(1)} ms`);
      }
      const elapsed = performance.now() - t0;
      if (elapsed < total) [total, perFunction] = [elapsed, times];
    }
    console.log(`${FUNCTIONS.length * ADVERSARIAL.length} calls on 100,000-character lines: ${total.toFixed(1)} ms (${perFunction.join(', ')})`);
    expect(total).toBeLessThan(50);
  });
});
