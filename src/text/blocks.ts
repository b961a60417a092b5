/**
 * Stage `blocks`: normalised lines → blocks (one logical paragraph each).
 *
 * Converters break paragraphs in their own ways (shared/bench/textdumps/README.md):
 * lynx hard-wraps near 1,000 columns; BeautifulSoup's `get_text("\n")` breaks a sentence
 * at every inline tag (link, `<em>`); text browsers prefix list items with bullets.
 * This stage re-joins what a converter broke inside a sentence and keeps real breaks.
 */
import { loadData } from '../data.js';
import { isLetterAt } from './features.js';
import type { Line } from './lines.js';

/** One logical paragraph of the dump. */
export interface Block {
  /** Position in the document, 0-based. */
  index: number;
  /** The paragraph text, whitespace-normalised. */
  text: string;
  /** Number of dump lines joined into this block. */
  lines: number;
  /** A blank line (or the start of the dump) precedes the block. */
  blankBefore: boolean;
  /** The block was a list item (`•`, `*`, `+` bullet in w3m/lynx dumps). */
  listItem: boolean;
}

interface Thresholds {
  hardWrapColumns: number;
}

// List bullets of w3m (`•`), lynx (`*`, `+`, `o`) and browser copies (`·`, `◦`, `▪`).
const BULLET = /^(?:[•*+·◦▪■□►▸‣○●☆★◆◇]|o(?= \S))\s+/u;
// Widgets text browsers print for form controls and images: `(BUTTON)`, `[Search ]`, `[IMG]`.
const WIDGET = /\((?:BUTTON|RADIO|CHECKBOX|submit|reset)\)|\[(?:IMG|INLINE|LINK|BUTTON|image|img|logo|icon|[\w.-]*\d+x\d+[\w.-]*|[^\]\n]{0,40}? )\]/gi;
// lynx prints `<link rel=alternate>` as a `#alternate` line.
const LINK_LINE = /^#(?:alternate|search|top)\b/i;
const HAS_WORD = /[\p{L}\p{N}]/u;
// Sentence-final punctuation (with closing quotes/brackets after it).
const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*$/u;
// A next line that starts with these continues the previous sentence.
const CONTINUES = /^[,.;:!?)\]}»”’%\p{Ll}]/u;
// A next line that starts with closing punctuation continues the sentence.
const CLOSING_START = /^[,.;:!?)\]}»”’%]/u;
/** Word characters of {@link lastWordOf}: letters (by the character table) and this apostrophe. */
const APOSTROPHE = "'".charCodeAt(0);
const OPENING_END = /[(\[{«“‘]$/u;
// A line of closing punctuation only.
const CLOSING_ONLY = /^[,.;:!?)\]}»”’…]{1,3}$/u;
// A line that ends with these cannot end a sentence.
const OPEN_END = /[,(\[{«“‘\-–/&+]$/u;

/**
 * Groups lines into blocks.
 * @param lines output of `splitLines`
 * @param stopwords lower-cased stop words of the dump's language (a sentence cannot end on one)
 * @returns blocks in document order, `index` = position
 */
export function buildBlocks(lines: Line[], stopwords: ReadonlySet<string>): Block[] {
  const { hardWrapColumns } = loadData<Thresholds>('text/thresholds');
  const blocks: Block[] = [];
  let blank = true;
  let prevRaw = 0;
  for (const line of lines) {
    const text = cleanLine(line.text);
    const last = blocks[blocks.length - 1];
    // BeautifulSoup puts the full stop after a link on a line of its own.
    if (!text && last && !blank && CLOSING_ONLY.test(line.text)) {
      last.text += line.text;
      continue;
    }
    if (!text) {
      // A line of widgets or bullets only is a separator, not a paragraph break.
      if (!line.text) blank = true;
      prevRaw = 0;
      continue;
    }
    const bullet = BULLET.exec(text);
    const body = bullet ? text.slice(bullet[0].length) : text;
    if (last && !bullet && (
      (prevRaw >= hardWrapColumns && !blank) ||
      (!blank && continuesSentence(last.text, body, stopwords))
    )) {
      last.text = joinText(last.text, body);
      last.lines += 1;
    } else {
      blocks.push({ index: blocks.length, text: body, lines: 1, blankBefore: blank, listItem: bullet !== null });
    }
    blank = false;
    prevRaw = line.rawLength;
  }
  return blocks;
}

/** Drops converter widgets and link lines; returns '' when nothing readable is left. */
function cleanLine(text: string): string {
  if (LINK_LINE.test(text)) return '';
  const cleaned = text.includes('[') || text.includes('(') ? text.replace(WIDGET, ' ').replace(/ {2,}/g, ' ').trim() : text;
  return HAS_WORD.test(cleaned) ? cleaned : '';
}

/**
 * True when `next` continues the sentence that `prev` left open (an inline-tag break):
 * `next` starts lower-case or with closing punctuation, or `prev` ends on a comma,
 * an opening bracket or a stop word, which no sentence ends on.
 */
function continuesSentence(prev: string, next: string, stopwords: ReadonlySet<string>): boolean {
  if (ENDS_SENTENCE.test(prev.slice(-16))) return false;
  if (CLOSING_START.test(next)) return true;
  if (OPEN_END.test(prev.slice(-4))) return true;
  const lastWord = lastWordOf(prev);
  const stop = lastWord !== '' && stopwords.has(lastWord);
  if (CONTINUES.test(next)) return stop || hasWords(prev, 3);
  return stop && lastWord.length <= 3 && hasWords(prev, 4);
}

/** The last word of a text, lower-cased ('' when it ends in a non-letter). */
function lastWordOf(text: string): string {
  const tail = text.slice(-40);
  let i = tail.length;
  while (i > 0 && (isLetterAt(tail, i - 1) || tail.charCodeAt(i - 1) === APOSTROPHE)) i--;
  return tail.slice(i).toLowerCase();
}

/** At least `n` words (space-separated runs), without counting them all. */
function hasWords(text: string, n: number): boolean {
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0 && words < n; i = text.indexOf(' ', i + 1)) words++;
  return words >= n;
}

/** Joins two pieces of a broken sentence: no space before closing punctuation. */
function joinText(prev: string, next: string): string {
  return CLOSING_START.test(next) || OPENING_END.test(prev.slice(-2)) ? prev + next : `${prev} ${next}`;
}
