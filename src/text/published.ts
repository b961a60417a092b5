/**
 * Stage `fields` (text path): the publication date printed near the headline
 * ("Published: Jun. 4, 2025", "Pubblicato il 12 marzo 2025", "Veröffentlicht am 14.11.2024").
 * Only full dates count: a printed date without a year would have to be guessed.
 */
import { parseDate } from '../fields/index.js';
import type { ClassifiedBlock } from './classify.js';

/** Categories of the lines that carry a page's publication date. */
const DATE_LINES = new Set(['meta-label', 'date-stamp', 'byline']);
/** Blocks above the headline searched for the date line (kicker, breadcrumbs). */
const ABOVE_HEADLINE = 3;
/** Characters of a line searched for a date. */
const SCAN_CHARS = 120;
/** A year as printed in a full date. */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Finds the publication date in the meta lines around the headline and the top of the article.
 * @param blocks classified blocks
 * @param from first block to search (a few blocks above the headline)
 * @param to last block to search (just inside the article region)
 * @param opts `language` for numeric date order, `referenceDate` (YYYY-MM-DD)
 * @returns `YYYY-MM-DD`, or null when no full date is printed there
 */
export function findPublished(blocks: ClassifiedBlock[], from: number, to: number, opts: { language?: string; referenceDate?: string }): string | null {
  for (let i = Math.max(0, from - ABOVE_HEADLINE); i <= to && i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.category || !DATE_LINES.has(b.category)) continue;
    const date = dateIn(b.text, opts);
    if (date) return date;
  }
  return null;
}

/** The first full date in a line, tried at each word start. */
export function dateIn(line: string, opts: { language?: string; referenceDate?: string }): string | null {
  const s = line.slice(0, SCAN_CHARS);
  if (!YEAR.test(s)) return null;
  for (let i = 0; i < s.length; i++) {
    if ((i > 0 && WORD_CHAR.test(s[i - 1]!)) || !WORD_CHAR.test(s[i]!)) continue;
    const rest = s.slice(i);
    const date = parseDate(rest, opts);
    if (date && YEAR.test(rest.slice(0, 40))) return date;
  }
  return null;
}
