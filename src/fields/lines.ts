/**
 * What a short line at the start of an article is, when it is not body: a byline, a credit, a
 * publication-time line, a photo credit, or a kicker/headline ({@link isKicker}).
 */
import { parseByline } from './byline.js';
import { scanDate } from './dates.js';
import { startsWithPublished } from './published.js';
import { isPhotoCredit, matchCreditLine } from './source.js';
import { MAX_CREDIT_LINE, SPACES, endsLikeSentence, hasLetter, hasLower, hasUpper } from './text.js';

/** Kinds of non-body lines found at the start of an article. */
export type LeadingKind = 'byline' | 'credit' | 'published' | 'photo' | 'kicker';

/** Most words in an all-caps headline line. */
const MAX_KICKER_WORDS = 30;
/** Most words in a mixed-case kicker line (`AP Top 25: Unbeaten teams hold the top three spots`). */
const MAX_TITLE_KICKER_WORDS = 12;
/** Most characters after a date on a bare date line (`19 jun 2024 11:05`). */
const MAX_AFTER_DATE = 16;
/** A line ending like this continues into the next one (`Here's why:`), it is no headline. */
const CLAUSE_ENDS = ':;,';
const CAPITALISED = /^["“«'‘(]?\p{Lu}/u;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [CAPITALISED];

/** `Published: Jun. 4, 2025`, `Publié le 26/11/2024 à 09:14`, or a bare date (and time) line. */
export function isPublishedLine(line: string, language?: string): boolean {
  const s = line.trim();
  if (s.length > MAX_CREDIT_LINE) return false;
  if (startsWithPublished(s)) return true;
  const d = scanDate(s, 0, language);
  return d !== null && d.month !== null && s.length - d.end <= MAX_AFTER_DATE;
}

/**
 * A headline or kicker line: no closing punctuation, and either all capitals (`STORM CUTS POWER
 * TO 40,000 HOMES`) or at most 12 words in title case or around a colon (`AP Top 25: Unbeaten
 * teams hold the top three spots`). A sentence-case line without a period stays body.
 */
export function isKicker(line: string): boolean {
  const s = line.trim();
  if (endsLikeSentence(s) || CLAUSE_ENDS.includes(s.charAt(s.length - 1))) return false;
  const words = s.split(SPACES).filter(hasLetter);
  if (words.length < 2 || words.length > MAX_KICKER_WORDS) return false;
  if (!hasLower(s)) return hasUpper(s);
  if (words.length > MAX_TITLE_KICKER_WORDS) return false;
  const capitalised = words.filter((w) => CAPITALISED.test(w)).length;
  return s.includes(': ') || capitalised * 2 > words.length;
}

/**
 * Classifies a line that may precede an article's body.
 * @returns the kind of non-body line, or null when the line may be body
 */
export function leadingKind(line: string, language?: string): LeadingKind | null {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_CREDIT_LINE) return null;
  if (isPhotoCredit(s)) return 'photo';
  if (matchCreditLine(s)) return 'credit';
  if (parseByline(s)) return 'byline';
  if (isPublishedLine(s, language)) return 'published';
  return isKicker(s) ? 'kicker' : null;
}
