/**
 * Shallow text features of a block, after jusText (Pomikálek 2011) and boilerpipe
 * (Kohlschütter et al. 2010, "Boilerplate detection using shallow text features").
 */

/** Per-block features used by the classifier. Lengths in characters. */
export interface BlockFeatures {
  /** Length in characters, a CJK character counting 2.5 (it carries about a word). */
  chars: number;
  /** Word count; in CJK scripts, which have no spaces, about one word per 2 characters. */
  words: number;
  /** Share of words that are stop words of the document's language (0..1). */
  stopDensity: number;
  /** Ends with sentence-final punctuation (`.`, `!`, `?`, `…`, `。`, closing quotes after them). */
  endsSentence: boolean;
  /** Upper-case letters / letters (0..1). */
  capsRatio: number;
  /** Digits and symbols / non-space characters (0..1). */
  digitRatio: number;
  /** Ends with `...` or `…` after a word: a truncated teaser snippet. */
  truncated: boolean;
  /** Number of ` | ` separators (menu bars, share bars, footers). */
  pipes: number;
  /** Starts with a capital letter or a digit (after at most one opening quote). */
  titleStart: boolean;
  /** Looks like a title: 2–30 words, no sentence-final period, starts with a capital or digit. */
  titleLike: boolean;
}

// A sentence end, possibly followed by closing quotes or a short credit: "… (Agenturen)".
const ENDS = /[.!?…。！？]["'”’»)\]]*(?:\s?\([^()]{1,30}\))?$/u;
const TRUNCATED = /[\p{L}\p{N},]\s?(?:\.\.\.|…)\s*$/u;
const OPENERS = '"\'“‘«¿¡';
// A title does not end like a clause or a sentence ("…werden. (Agenturen)" is a sentence).
const ENDS_CLAUSE = /[.:;,]["'”’»]?$|\.["'”’»]?\s?\([^()]{1,30}\)$/u;

// Character classes by UTF-16 code unit, filled on first sight (one regex test per distinct unit).
const SPACE = 1;
const LETTER = 2;
const UPPER = 4;
const SYMBOL = 8; // digits and symbols: not letter, punctuation or space
const CJK = 16;
const KNOWN = 32;
const DIGIT = 64;
const JOINER = 128; // apostrophes and hyphens join the parts of a word
/** Stop-word density is estimated on a block's first words: a long paragraph's share is stable by then. */
const DENSITY_WORDS = 80;
/** Longest stop word looked up, in UTF-16 units (the lists' longest entries are ~12). */
const MAX_STOPWORD = 16;
const charClass = new Uint8Array(65536);

function classOf(code: number): number {
  return charClass[code] || fillClass(code);
}

/** True when the UTF-16 unit at `i` is a letter or a digit (any script). */
export function isWordAt(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i)) & (LETTER | DIGIT)) !== 0;
}

/** True when the UTF-16 unit at `i` is a letter (any script). */
export function isLetterAt(text: string, i: number): boolean {
  return (classOf(text.charCodeAt(i)) & LETTER) !== 0;
}

function fillClass(code: number): number {
  const ch = String.fromCharCode(code);
  let c = KNOWN;
  if (/\s/u.test(ch)) c |= SPACE;
  else if (/\p{L}/u.test(ch)) {
    c |= LETTER;
    if (/\p{Lu}/u.test(ch)) c |= UPPER;
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(ch)) c |= CJK;
  } else if (/\p{N}/u.test(ch)) c |= SYMBOL | DIGIT;
  else if (!/\p{P}/u.test(ch)) c |= SYMBOL;
  if (/['’-]/u.test(ch)) c |= JOINER;
  charClass[code] = c;
  return c;
}

// ASCII is settled at load time, so the hot loop never leaves the table for it.
for (let code = 0; code < 128; code++) fillClass(code);

/**
 * Computes the features of one block.
 * @param text block text
 * @param stopwords lower-cased stop words of the document language (may be empty)
 * @param lowered `text.toLowerCase()` when the caller has it already
 */
export function blockFeatures(text: string, stopwords: ReadonlySet<string>, lowered?: string): BlockFeatures {
  const lower = lowered ?? text.toLowerCase();
  let words = 0;
  let stop = 0;
  let nonSpace = 0;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let cjk = 0;
  let wordStart = -1;
  // One pass: character classes and words (a word is a run of letters and digits, with
  // inner apostrophes and hyphens); only words short enough to be stop words are sliced.
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? charClass[text.charCodeAt(i)] || fillClass(text.charCodeAt(i)) : SPACE;
    const inWord = (c & (LETTER | DIGIT)) !== 0 || (wordStart >= 0 && (c & JOINER) !== 0 && i + 1 < text.length && (classOf(text.charCodeAt(i + 1)) & (LETTER | DIGIT)) !== 0);
    if (inWord) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      words++;
      if (words <= DENSITY_WORDS && i - wordStart <= MAX_STOPWORD && stopwords.has(lower.slice(wordStart, i))) stop++;
      wordStart = -1;
    }
    if (i === text.length || c & SPACE) continue;
    nonSpace++;
    if (c & LETTER) {
      letters++;
      if (c & UPPER) upper++;
      if (c & CJK) cjk++;
    } else if (c & SYMBOL) digits++;
  }
  // Anchored-at-end patterns run on the tail only: linear on any block length.
  const tail = text.length > 48 ? text.slice(-48) : text;
  const endsSentence = ENDS.test(tail) && !text.endsWith('...') && !text.endsWith('…');
  const n = cjk ? words + Math.round(cjk / 2) : words;
  const titleStart = startsLikeTitle(text);
  return {
    chars: text.length + Math.round(cjk * 1.5),
    words: n,
    stopDensity: words ? stop / Math.min(words, DENSITY_WORDS) : 0,
    endsSentence,
    capsRatio: letters ? upper / letters : 0,
    digitRatio: nonSpace ? digits / nonSpace : 0,
    truncated: (tail.includes('…') || tail.includes('...')) && TRUNCATED.test(tail),
    pipes: countOf(text, ' | '),
    titleStart,
    titleLike: titleStart && n >= 2 && n <= 30 && !ENDS_CLAUSE.test(tail),
  };
}

/** Non-overlapping occurrences of `needle` in `text`. */
function countOf(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Starts with a capital letter or a digit, after at most one opening quote. */
function startsLikeTitle(text: string): boolean {
  const at = OPENERS.includes(text[0] ?? '') ? 1 : 0;
  const c = classOf(text.charCodeAt(at));
  return (c & UPPER) !== 0 || (c & DIGIT) !== 0;
}

/** Closing characters after which a glued capital may start the next sentence. */
const GLUE_BEFORE = new Set([')'.charCodeAt(0), '?'.charCodeAt(0), '!'.charCodeAt(0), "'".charCodeAt(0), '’'.charCodeAt(0), '”'.charCodeAt(0)]);

/**
 * Index of the first capital letter glued to the end of a word: after a lower-case letter, a
 * digit or a closing mark, and followed by a lower-case letter or a space ("AthleteA 24",
 * "MichiganMichigan"). Scanned with the character table, from `from` (≥ 1) up to `to`.
 * @returns the capital's index, or -1
 */
export function caseGlueAt(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length - 1);
  for (let i = Math.max(1, from); i < end; i++) {
    const c = charClass[text.charCodeAt(i)] || fillClass(text.charCodeAt(i));
    if (!(c & UPPER)) continue;
    const prevCode = text.charCodeAt(i - 1);
    const prev = charClass[prevCode] || fillClass(prevCode);
    const glued = ((prev & LETTER) && !(prev & UPPER)) || (prev & DIGIT) || GLUE_BEFORE.has(prevCode);
    if (!glued) continue;
    const next = charClass[text.charCodeAt(i + 1)] || fillClass(text.charCodeAt(i + 1));
    if ((next & SPACE) || ((next & LETTER) && !(next & UPPER))) return i;
  }
  return -1;
}
