/**
 * The no-invention invariant (issue 7), on plain-text input with mojibake repair off: every
 * word of `body`, `headline`, `byline` and `dateline.text` occurs in the input (after the text
 * path's own normalisation, `normalizeText`), and inside a paragraph newsclean removes and
 * reorders nothing: each body paragraph's words are a run of consecutive words of the input.
 * Words are `[\p{L}\p{N}_]+` runs, as the benchmark scorer counts them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/text/lines.js';
import { cleanChecked, mutate, mutations, SEED, textDump, textDumpWithWidgets, textPages, words } from './arbitraries.js';

/**
 * Why the record breaks the invariant for this input, or '' when it holds.
 * @param contiguous each body paragraph must be a run of consecutive input words (else: the
 *   same words in the same order, with others possibly between them)
 */
function invention(input: string, contiguous = true): string {
  const r = cleanChecked(input, { format: 'text', fixMojibake: false });
  if (typeof r === 'string') return '';
  const source = words(normalizeText(input));
  const known = new Set(source);
  const fields: Array<[string, string | null | undefined]> = [['body', r.body], ['headline', r.headline], ['byline', r.byline], ['dateline', r.dateline?.text]];
  for (const [name, value] of fields) {
    for (const w of words(value ?? '')) if (!known.has(w)) return `${name} has the word ${JSON.stringify(w)}, not in the input`;
  }
  // Positions of each word in the input, to find a paragraph's run.
  const at = new Map<string, number[]>();
  source.forEach((w, i) => (at.get(w) ?? at.set(w, []).get(w)!).push(i));
  for (const p of r.body.split('\n\n')) {
    const ws = words(p);
    if (!ws.length) continue;
    const ok = contiguous ? (at.get(ws[0]!) ?? []).some((start) => ws.every((w, k) => source[start + k] === w)) : inOrder(ws, source);
    if (!ok) return `body paragraph is not ${contiguous ? 'a run' : 'an ordered subsequence'} of the input's words: ${JSON.stringify(p.slice(0, 120))}`;
  }
  return '';
}

/** True when `ws` occur in `source` in this order (others may lie between). */
function inOrder(ws: string[], source: string[]): boolean {
  let i = 0;
  for (const w of source) if (w === ws[i] && ++i === ws.length) return true;
  return i === ws.length;
}

const TEXT_PAGES = textPages();

describe('no invention on plain text (fixMojibake off)', () => {
  it('generated dumps (1,000 cases)', () => {
    fc.assert(fc.property(textDump, (s) => {
      expect(invention(s)).toBe('');
    }), { seed: SEED, numRuns: 1000 });
  }, 180_000);

  it('generated dumps with text-browser widgets, which are removed but never reorder anything (500 cases)', () => {
    fc.assert(fc.property(textDumpWithWidgets, (s) => {
      expect(invention(s, false)).toBe('');
    }), { seed: SEED, numRuns: 500 });
  }, 180_000);

  it('mutated real dumps (400 cases)', () => {
    fc.assert(fc.property(fc.constantFrom(...TEXT_PAGES), mutations, (page, ms) => {
      expect(invention(mutate(page.bytes, ms).toString('utf8'))).toBe('');
    }), { seed: SEED, numRuns: 400 });
  }, 180_000);

  it('the real dumps themselves', () => {
    for (const page of TEXT_PAGES) expect(invention(page.bytes.toString('utf8')), page.name).toBe('');
  });
});
