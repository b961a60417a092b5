/**
 * Character-level helpers shared by the field parsers. All of them look at one character or
 * scan forward without backtracking, so every caller stays linear in its input.
 */

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const DIGIT = /^\d$/;
const ANY_LETTER = /\p{L}/u;
const ANY_LOWER = /\p{Ll}/u;
const ANY_UPPER = /\p{Lu}/u;
/** Runs of whitespace, for splitting a line into words. */
export const SPACES = /\s+/;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [UPPER, LOWER, LETTER_OR_DIGIT, DIGIT, ANY_LETTER, ANY_LOWER, ANY_UPPER, SPACES];

/** True when `s` holds a letter. */
export function hasLetter(s: string): boolean {
  return ANY_LETTER.test(s);
}

/** True when `s` holds a lowercase letter. */
export function hasLower(s: string): boolean {
  return ANY_LOWER.test(s);
}

/** True when `s` holds an uppercase letter. */
export function hasUpper(s: string): boolean {
  return ANY_UPPER.test(s);
}

/** Longest prefix of a paragraph the dateline parsers look at (a dateline sits in the first ~150 characters). */
export const HEAD_CHARS = 240;

/** Longest line that may be a credit, byline or caption line; longer lines are body text. */
export const MAX_CREDIT_LINE = 240;

/** True when `ch` (one code point) is an uppercase letter. */
export function isUpper(ch: string): boolean {
  return UPPER.test(ch);
}

/** True when `ch` (one code point) is a lowercase letter. */
export function isLower(ch: string): boolean {
  return LOWER.test(ch);
}

/** True when `ch` is one ASCII digit. */
export function isDigit(ch: string): boolean {
  return DIGIT.test(ch);
}

/** True when `ch` is a letter or digit (used for word boundaries). */
export function isWordChar(ch: string): boolean {
  return ch !== '' && LETTER_OR_DIGIT.test(ch);
}

/** The code point starting at `i` (a surrogate pair counts as one character), or '' past the end. */
export function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** Index of the first character at or after `i` that is not a space, tab, no-break space or line break. */
export function skipSpaces(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 0x202f) break;
    j++;
  }
  return j;
}

/** True when `s` has nothing but whitespace from `i` on. */
export function restIsBlank(s: string, i: number): boolean {
  return skipSpaces(s, i) >= s.length;
}

const SENTENCE_ENDS = '.!?…。！？';
const CLOSERS = '"”»’\')';

/** True when `s` (trimmed) ends like a sentence: `.`, `!`, `?`, `…`, `。`, or a closing quote/bracket after one. */
export function endsLikeSentence(s: string): boolean {
  const t = s.trimEnd();
  const last = t.charAt(t.length - 1);
  if (SENTENCE_ENDS.includes(last)) return true;
  if (CLOSERS.includes(last)) return SENTENCE_ENDS.includes(t.charAt(t.length - 2));
  return false;
}

/**
 * Case-insensitive "starts with one of these phrases, followed by a non-letter" (or the end).
 * @param phrases lowercase phrases, longest first
 * @returns the phrase matched, or null
 */
export function startsWithPhrase(s: string, phrases: readonly string[]): string | null {
  // A credit line is tried against several lists in a row: lower-case it once.
  if (s !== lastLine) {
    lastLine = s;
    lastLower = s.slice(0, 64).toLowerCase();
  }
  const lower = lastLower;
  // Only phrases that start with the line's first character can match; their order is kept.
  // (An empty phrase, keyed NaN, matches any line: then the whole list is read.)
  const index = byFirstChar(phrases);
  const candidates = index.has(NaN) ? phrases : (index.get(lower.charCodeAt(0)) ?? NONE);
  for (const p of candidates) {
    if (lower.startsWith(p) && (p.length === 0 || !isWordChar(charAt(lower, p.length)) || !isWordChar(p.charAt(p.length - 1)))) {
      return p;
    }
  }
  return null;
}

let lastLine = '';
let lastLower = '';
const NONE: readonly string[] = [];
const phraseIndex = new WeakMap<readonly string[], Map<number, string[]>>();

/** A phrase list grouped by first UTF-16 unit, in list order; built once a list. */
function byFirstChar(phrases: readonly string[]): Map<number, string[]> {
  let index = phraseIndex.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) {
      const list = index.get(p.charCodeAt(0)) ?? [];
      list.push(p);
      index.set(p.charCodeAt(0), list);
    }
    phraseIndex.set(phrases, index);
  }
  return index;
}

/** Lowercases and sorts a word list longest first, for {@link startsWithPhrase}. */
export function phraseList(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
}
