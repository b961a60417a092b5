/**
 * Stage `fields` (text path): the headline. The printed `<h1>` of a page is, in a dump, a
 * title-like line just above the article — usually with a byline or date line under it and
 * the first paragraph soon after — and, in BeautifulSoup dumps, a part of the page `<title>`
 * that opens the dump. Every title-like line near the article region is a candidate; each
 * gets a few shallow features (length, distance to the region, meta lines around it, echo of
 * the page title or of a breadcrumb) and the best weighted sum wins. The weights live in
 * `data/text/headline.json`; `bench/fit-headline.mjs` fits them.
 */
import { loadData } from '../data.js';
import { findSource, parseByline, parseDateline } from '../fields/index.js';
import type { ClassifiedBlock } from './classify.js';
import type { Line } from './lines.js';
import { isBareName, prefixedName } from './byline.js';
import { isWordAt } from './features.js';
import type { BlockMeta } from './meta.js';
import type { Region } from './region.js';

interface HeadlineData {
  /** Blocks above the region start read for candidates. */
  lookback: number;
  /** Blocks at the top of the region read for candidates. */
  regionTop: number;
  /** Most words of a headline. */
  maxWords: number;
  /** Blocks below a candidate searched for its byline or date line. */
  metaWindow: number;
  /** Words of the article's lead that candidates are compared with. */
  leadWords: number;
  /** Most words of a line at the top of the region taken as a headline candidate (longer: an unpunctuated lead). */
  regionTopMaxWords: number;
  /** Most words of a question at the top of the region taken as a headline candidate. */
  questionMaxWords: number;
  /** Blocks above the page's first date line read for candidates when it lies above the window. */
  dateWindow: number;
  /** Weight of each feature (see {@link FEATURES}). */
  weights: Record<string, number>;
}

/** The chosen headline and where it is. */
export interface HeadlineChoice {
  /** Block index of the headline line (0 for the page title of a BeautifulSoup dump). */
  index: number;
  /** The headline text, site suffix removed. */
  text: string;
  /** Why this line (for `--explain`). */
  reason: string;
  /** When the headline is the first (last) line of a block that a converter joined from several lines: the rest of that block (a byline, a date, a kicker). */
  rest: string | null;
}

/** What {@link findHeadline} reads. */
export interface HeadlineInput {
  /** The classified blocks of the dump. */
  blocks: readonly ClassifiedBlock[];
  /** The article region (the headline is looked for above it and at its top). */
  region: Region;
  /** The dump's first line: the page `<title>` in BeautifulSoup dumps (null when empty). */
  title: string | null;
  /** Dates and bylines of the blocks. */
  meta: BlockMeta;
  /** The dump's lines, to recover the first line of a block a converter joined with the next one. */
  lines?: readonly Line[];
  /** The whole normalised dump, searched for other occurrences of a candidate. */
  text?: string;
}

/** Where a candidate comes from. */
export type CandidateKind = 'block' | 'first-line' | 'last-line' | 'title';

/** One headline candidate with its features (for {@link findHeadline} and the fitting script). */
export interface HeadlineCandidate {
  index: number;
  kind: CandidateKind;
  text: string;
  /** The rest of a joined block, for `first-line` candidates. */
  rest: string | null;
  /** Feature values by name (see {@link FEATURES}). */
  features: Record<string, number>;
}

/**
 * The features of a candidate, with what they measure. Names are the keys of the weights in
 * `data/text/headline.json`.
 */
export const FEATURES: Record<string, string> = {
  bias: 'constant 1 (every candidate)',
  words: 'word count / 10, capped at 2',
  oneWord: 'a single word',
  fewWords: 'two or three words',
  manyWords: 'words beyond 15, / 5',
  distance: 'blocks other than meta lines between the candidate and the region start, / 5 (capped at 3)',
  inRegion: 'the candidate is inside the article region (at its top)',
  metaNext: 'the next block is a byline or date line',
  metaSoon: 'a byline or date line 2–4 blocks below, with no paragraph between',
  dateAbove: 'a date line right above (1–2 blocks)',
  bodyNext: 'the first block below that is no meta line is a paragraph (good, ≥ 12 words)',
  nearest: 'the nearest title-like line above the region',
  rank: 'rank by distance among the lines above the region, / 5 (capped at 1)',
  longest: 'the longest title-like line among the 8 blocks above the region',
  eqTitle: 'equal to the page title (less its site part)',
  inTitle: 'a part of the page title: share of the title words it covers',
  hasTitle: 'holds the whole page title and more',
  fromTitle: 'the page title itself (first line of the dump, less its site part)',
  titleCut: 'the page title had a " | Site" part removed',
  caps: 'written in capitals',
  question: 'ends with ? or !',
  period: 'ends with a full stop',
  colon: 'holds ": " (kicker: title)',
  crumb: 'a breadcrumb trail (two or more » › > / separators)',
  crumbEcho: 'equal to the last part of a breadcrumb trail nearby',
  good: 'the classifier kept the block as running text',
  shortRun: 'the classifier dropped it as one of a run of short blocks',
  teaser: 'the classifier dropped it as a teaser',
  lowerStart: 'starts with a lower-case letter',
  repeated: 'the same text is another block of the dump',
  pipes: 'holds " | "',
  digitStart: 'starts with a digit',
  stopwords: 'stop-word share',
  firstLine: 'the first line of a block a converter joined with the next line',
  lastLine: 'the last line of a block a converter joined with the line before (a kicker, a date)',
  bodyOverlap: 'share of its words (4+ letters) that the first 250 words of the article use',
  titleOverlap: 'share of its words (3+ letters) that the page title uses',
  nextLonger: 'the next block is a longer line (a standfirst under a headline)',
  prevShorter: 'the block above is a shorter title-like line (a kicker over a headline)',
  words4to6: '4 to 6 words',
  words7to10: '7 to 10 words',
  words11to14: '11 to 14 words',
  dekShape: '12 words or more under a shorter title-like line (a standfirst)',
  hasDate: 'holds a full date',
  titleLead: 'the page title: share of its words (4+ letters) that the first 250 words of the article use',
  personName: 'a person\'s name alone (a known first name and capitalised words): a byline or caption',
  byFirstDate: 'by the first date line of the page, far above the article region',
  echo: 'the text occurs again elsewhere in the dump (a breadcrumb, a share link, a footer)',
  afterNav: 'the nearest block above is a menu item, a label or a breadcrumb (the top of the article head)',
  belowTitle: 'the nearest block above is a title-like line of 4 or more words (a standfirst or caption under a headline)',
  blankBefore: 'a blank line precedes it (browser copies put blank lines around <p>, not around headings)',
  blankAfter: 'a blank line follows it',
  caption: 'marked as an image caption or photo credit (`Foto:`, `(Bild: …)`, `©`, data/text/captions.json)',
};

// " | Site", " - Site", " – Site", " — Site", " :: Site", " · Site", " » Site" at the end.
const SITE_SUFFIX = /\s+(?:\||-|–|—|::|·|»|•|│)\s+([^|–—·»•│]{1,60})$/u;
// Inside the page, only " | Site" is taken as a site part: a dash may belong to the headline.
const PIPE_SUFFIX = /\s+\|\s+([^|]{1,60})$/u;
// A date or time stamp: "19 jun 2024 11:05", "14.11.2024, 16:20 Uhr".
const STAMP = /^\W*(?:\d{1,4}[./\- ]\w{1,10}[./\- ]\d{2,4}|\d{1,2}:\d{2})\b/u;
// A breadcrumb separator between spaces.
const CRUMB_SEPARATOR = /\s[»›>/\\]\s/gu;
// Quotes and dashes compared as one character when matching the page title.
const QUOTES = /[„“”"«»‚‘’'`´]/gu;
const DASHES = /[–—]/gu;
const SPACE_RUN = /\s+/gu;
const ODD_SPACING = /\s\s|[^\S ]/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\d/u;
const CLAUSE_END = /[,;:]$/u;
const HAS_LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]+/gu;
const SURROGATE = /[\uD800-\uDFFF]/;
const ENDS_EXCLAIM = /[?!]["'”’»]?$/u;
const ENDS_NOT_PERIOD = /[?!…]["'”’»]?$/u;

/** Distance given to candidates outside the window above the region. */
const MAX_DISTANCE = 15;

/** Longest text {@link stripSiteSuffix} strips a site part from. */
const MAX_TITLE_CHARS = 400;
/** Characters at the end of a title that hold its site part (60) with the separator around it. */
const SUFFIX_WINDOW = 72;

/**
 * Every regex of this module that may search a whole line, for the ReDoS test; the site-suffix
 * patterns only ever read the last 72 characters of a title. @internal
 */
export const PATTERNS: readonly RegExp[] = [STAMP, CRUMB_SEPARATOR, QUOTES, DASHES, SPACE_RUN, ODD_SPACING, LOWER_START, DIGIT_START, CLAUSE_END, HAS_LETTER, ENDS_EXCLAIM, ENDS_NOT_PERIOD, WORD];

/** Categories of the lines between a headline and its body: they do not count as distance. */
const SKIPPABLE = new Set(['byline', 'date-stamp', 'meta-label', 'photo-credit', 'share', 'advert']);
/** Categories of the lines that mark the head of an article (a byline, a date line). */
const ANCHORS = new Set(['byline', 'date-stamp']);

/**
 * Strips a trailing " | Site" part when it is short (≤ 5 words), as page titles carry it.
 * @param pipesOnly only strip a `|` part (for lines inside the page, where a dash may belong to the headline)
 * @returns the title without the site part (unchanged when there is none)
 */
export function stripSiteSuffix(title: string, pipesOnly = false): string {
  let t = title.trim();
  // A title is short; the suffix patterns backtrack over long runs of spaces, so longer text is left as it is.
  if (t.length > MAX_TITLE_CHARS) return t;
  for (let k = 0; k < 3; k++) {
    // The site part is at most 60 characters: the pattern only reads the end of the title.
    const tail = t.slice(-SUFFIX_WINDOW);
    const m = (pipesOnly ? PIPE_SUFFIX : SITE_SUFFIX).exec(tail);
    const at = m ? t.length - tail.length + m.index : -1;
    if (!m || (m[1] ?? '').split(' ').filter(Boolean).length > 5 || at < 10) break;
    t = t.slice(0, at).trim();
  }
  return t;
}

/** Text as compared with the page title: one space, one kind of quote and dash, lower case. */
function comparable(s: string): string {
  const t = s.replace(QUOTES, '"').replace(DASHES, '-');
  // Single plain spaces stay as they are: rebuild the string only for runs and other spaces.
  return (ODD_SPACING.test(t) ? t.replace(SPACE_RUN, ' ') : t).trim().toLowerCase();
}

/** The lower-cased words of `s` with at least `min` characters. */
function wordsOf(s: string, min: number): string[] {
  const lower = s.toLowerCase();
  const out: string[] = [];
  // A surrogate pair is one character to WORD but two units to the character table: keep the regex there.
  if (SURROGATE.test(lower)) {
    for (const m of lower.matchAll(WORD)) if (m[0].length >= min) out.push(m[0]);
    return out;
  }
  // The character table scan finds the same runs as WORD, without a match object per word.
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isWordAt(lower, i)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= min) out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Share of `words` (those of at least `min` characters) that are in `vocabulary`; 0 when it has none. */
function overlap(words: readonly string[], min: number, vocabulary: ReadonlySet<string>): number {
  let all = 0;
  let n = 0;
  for (const w of words) {
    if (w.length < min) continue;
    all++;
    if (vocabulary.has(w)) n++;
  }
  return all ? n / all : 0;
}

/** The words of the first `limit` words of the region's good blocks (the article's lead). */
function leadVocabulary(blocks: readonly ClassifiedBlock[], region: Region, limit: number): Set<string> {
  const out = new Set<string>();
  let n = 0;
  for (let i = region.start; i <= region.end && n < limit; i++) {
    const b = blocks[i]!;
    if (b.cls !== 'good' || b.features.words < 8) continue;
    // A word is at most a few dozen characters: a paragraph's first `limit * 12` characters hold its first `limit` words.
    for (const w of wordsOf(b.text.slice(0, limit * 12), 4)) {
      out.add(w);
      if (++n >= limit) break;
    }
  }
  return out;
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (w) n++;
  return n;
}

/**
 * A dateline on its own line (`MADRID, 29 (EUROPA PRESS)`), a credit (`Le Courrier des Dunes
 * avec AFP`) or a byline looks like a title but belongs to the field layer.
 */
function isFieldLine(text: string): boolean {
  const d = parseDateline(text);
  return (d !== null && d.bodyStart >= text.trimEnd().length) || findSource(text) !== null || parseByline(text) !== null;
}

function crumbSeparators(text: string): number {
  CRUMB_SEPARATOR.lastIndex = 0;
  let n = 0;
  while (CRUMB_SEPARATOR.exec(text) !== null) n++;
  return n;
}

/** The last part of a breadcrumb trail (`Home » News » Title` → `Title`), or null. */
function crumbTail(text: string): string | null {
  if (crumbSeparators(text) < 2) return null;
  CRUMB_SEPARATOR.lastIndex = 0;
  let last = 0;
  for (let m = CRUMB_SEPARATOR.exec(text); m; m = CRUMB_SEPARATOR.exec(text)) last = m.index + m[0].length;
  const tail = text.slice(last).trim();
  return tail || null;
}

/** True when a block can be read as a headline line at all. */
function titleShaped(b: ClassifiedBlock, maxWords: number): boolean {
  const f = b.features;
  if (b.category || f.words < 1 || f.words > maxWords || f.chars > 300) return false;
  if (CLAUSE_END.test(b.text) || !HAS_LETTER.test(b.text) || f.truncated) return false;
  return !STAMP.test(b.text) && f.digitRatio <= 0.3;
}

/** Facts about the blocks around the region that the features share. */
class Neighbourhood {
  private readonly anchor = new Map<number, boolean>();

  constructor(private readonly input: HeadlineInput) {}

  /** A byline or date line. */
  isAnchor(i: number): boolean {
    let v = this.anchor.get(i);
    if (v === undefined) {
      const b = this.input.blocks[i];
      v = b !== undefined && ((b.category !== null && ANCHORS.has(b.category)) || (b.features.words <= 24 && (this.input.meta.date(i) !== null || prefixedName(b.text) !== undefined)));
      this.anchor.set(i, v);
    }
    return v;
  }

  /** A line that may stand between a headline and its body without counting as distance. */
  isSkippable(i: number): boolean {
    const b = this.input.blocks[i];
    if (!b) return false;
    return (b.category !== null && SKIPPABLE.has(b.category)) || b.rule === 'standfirst' || this.isAnchor(i);
  }
}

/**
 * Lists the headline candidates with their features.
 * @param input blocks, region, page title, block meta facts and (optionally) the dump's lines
 * @param checkFieldLines leave out byline, dateline and credit lines (`false`: the caller checks
 *   them, e.g. only on the best-scoring candidates, as {@link findHeadline} does)
 * @param costly compute the costly features (`personName`, `echo`); `false` leaves them 0 for
 *   the caller to add with {@link addCostlyFeatures} on the best candidates only
 * @returns candidates in no particular order (empty when the region is empty)
 */
export function headlineCandidates(input: HeadlineInput, checkFieldLines = true, costly = true): HeadlineCandidate[] {
  const d = loadData<HeadlineData>('text/headline');
  const { blocks, region } = input;
  if (region.end < region.start) return [];
  const near = new Neighbourhood(input);
  const title = input.title ? stripSiteSuffix(input.title) : null;
  const titleCmp = title ? comparable(title) : null;
  const fullTitleCmp = input.title ? comparable(input.title) : null;
  const titleWords = title ? wordCount(title) : 0;

  // Candidate blocks: above the region (nearest first), then the top of the region.
  const from = Math.max(1, region.start - d.lookback);
  const above: number[] = [];
  for (let i = region.start - 1; i >= from; i--) if (titleShaped(blocks[i]!, d.maxWords)) above.push(i);
  const top: number[] = [];
  // Title-like lines that open the region (no paragraph above them in it), when it goes on below.
  // A question may be a headline; a full stop ends a paragraph.
  for (let i = region.start; i < Math.min(region.end, region.start + d.regionTop); i++) {
    const b = blocks[i]!;
    if (!titleShaped(b, d.regionTopMaxWords) || (b.features.endsSentence && !(ENDS_NOT_PERIOD.test(b.text) && b.features.words <= d.questionMaxWords))) break;
    top.push(i);
  }
  // The first full date of the page, when it lies above the window: a headline may stand by it
  // when the region found is not the article (a short article under a long list).
  const dated: number[] = [];
  let firstDate = -1;
  for (let i = 1; i < from && firstDate < 0; i++) if (input.meta.date(i)) firstDate = i;
  if (firstDate >= 0) {
    for (let i = Math.max(1, firstDate - d.dateWindow); i <= Math.min(from - 1, firstDate + 1); i++) if (titleShaped(blocks[i]!, d.maxWords)) dated.push(i);
  }

  // Texts that occur as several blocks, and breadcrumb tails, in the window.
  const seen = new Map<string, number>();
  const tails = new Set<string>();
  const lo = Math.max(0, from - 5);
  const hi = Math.min(blocks.length - 1, region.start + d.regionTop + 5);
  for (let i = lo; i <= hi; i++) {
    const t = blocks[i]!.text;
    seen.set(t, (seen.get(t) ?? 0) + 1);
    const tail = crumbTail(t);
    if (tail) tails.add(comparable(tail));
  }

  // nonSkippable[k]: blocks in [from + k, region.start) that are no meta line (the distance of a candidate at from + k - 1).
  const nonSkippable = new Array<number>(region.start - from + 2).fill(0);
  for (let j = region.start - 1; j >= from; j--) nonSkippable[j - from] = nonSkippable[j - from + 1]! + (near.isSkippable(j) ? 0 : 1);
  const lead = leadVocabulary(blocks, region, d.leadWords);
  const titleVocabulary = new Set(input.title ? wordsOf(input.title, 3) : []);
  let longestWords = 0;
  for (const i of above) if (region.start - i <= 8) longestWords = Math.max(longestWords, blocks[i]!.features.words);

  const out: HeadlineCandidate[] = [];
  const add = (i: number, kind: CandidateKind, text: string, rest: string | null, rank: number): void => {
    const b = blocks[i]!;
    const f = b.features;
    const words = kind === 'block' ? f.words : wordCount(text);
    const cmp = comparable(text);
    const own = wordsOf(text, 3);
    const distance = i >= region.start ? i - region.start : i >= from ? nonSkippable[i - from + 1]! : MAX_DISTANCE;
    let metaSoon = 0;
    let bodyNext = 0;
    for (let j = i + 1; j < blocks.length && j <= i + d.metaWindow; j++) {
      if (near.isAnchor(j)) {
        if (j > i + 1) metaSoon = 1;
        continue;
      }
      if (near.isSkippable(j)) continue;
      const n = blocks[j]!;
      if (n.cls === 'good' && n.features.words >= 12) bodyNext = 1;
      break;
    }
    const prevShorter = i > 0 && titleShaped(blocks[i - 1]!, d.maxWords) && blocks[i - 1]!.features.words < words;
    const metaNext = (rest !== null && near.isAnchor(i)) || near.isAnchor(i + 1) ? 1 : 0;
    const dateAbove = i - 1 >= 0 && (input.meta.date(i - 1) !== null || (i - 2 >= 0 && input.meta.date(i - 2) !== null)) ? 1 : 0;
    const eqTitle = titleCmp !== null && (cmp === titleCmp || cmp === fullTitleCmp || comparable(stripSiteSuffix(text)) === titleCmp) ? 1 : 0;
    const inTitle = !eqTitle && fullTitleCmp !== null && titleWords > 0 && words >= 2 && fullTitleCmp.includes(cmp) ? Math.min(1, words / titleWords) : 0;
    const hasTitle = !eqTitle && titleCmp !== null && titleWords >= 3 && cmp.length > titleCmp.length && cmp.includes(titleCmp) ? 1 : 0;
    // One object literal with every key, no spread: V8 keeps it on a fast, shared shape.
    out.push({
      index: i,
      kind,
      text,
      rest,
      features: {
        bias: 1,
        words: Math.min(words, 20) / 10,
        oneWord: words === 1 ? 1 : 0,
        fewWords: words === 2 || words === 3 ? 1 : 0,
        manyWords: Math.max(0, words - 15) / 5,
        distance: Math.min(distance, 15) / 5,
        inRegion: i >= region.start ? 1 : 0,
        metaNext,
        metaSoon: metaNext ? 0 : metaSoon,
        dateAbove,
        bodyNext,
        nearest: rank === 0 ? 1 : 0,
        rank: Math.min(rank < 0 ? 5 : rank, 5) / 5,
        longest: i < region.start && region.start - i <= 8 && f.words === longestWords ? 1 : 0,
        eqTitle,
        inTitle,
        hasTitle,
        fromTitle: 0,
        titleCut: 0,
        caps: f.capsRatio >= 0.8 && words >= 2 ? 1 : 0,
        question: ENDS_EXCLAIM.test(text) ? 1 : 0,
        period: f.endsSentence && !ENDS_NOT_PERIOD.test(text) ? 1 : 0,
        colon: text.includes(': ') ? 1 : 0,
        crumb: crumbSeparators(text) >= 2 ? 1 : 0,
        crumbEcho: tails.has(cmp) && crumbSeparators(text) < 2 ? 1 : 0,
        good: b.cls === 'good' ? 1 : 0,
        shortRun: b.rule === 'short-run' ? 1 : 0,
        teaser: b.rule === 'teaser' ? 1 : 0,
        lowerStart: LOWER_START.test(text) ? 1 : 0,
        repeated: (seen.get(b.text) ?? 0) > 1 ? 1 : 0,
        pipes: text.includes(' | ') ? 1 : 0,
        digitStart: DIGIT_START.test(text) ? 1 : 0,
        stopwords: f.stopDensity,
        firstLine: kind === 'first-line' ? 1 : 0,
        lastLine: kind === 'last-line' ? 1 : 0,
        byFirstDate: i < from ? 1 : 0,
        personName: costly && isPersonName(text, words) ? 1 : 0,
        bodyOverlap: overlap(own, 4, lead),
        titleOverlap: overlap(own, 3, titleVocabulary),
        nextLonger: nextLonger(blocks, i, words, d.maxWords) ? 1 : 0,
        prevShorter: prevShorter ? 1 : 0,
        words4to6: words >= 4 && words <= 6 ? 1 : 0,
        words7to10: words >= 7 && words <= 10 ? 1 : 0,
        words11to14: words >= 11 && words <= 14 ? 1 : 0,
        dekShape: prevShorter && words >= 12 ? 1 : 0,
        hasDate: kind === 'block' && input.meta.date(i) !== null ? 1 : 0,
        afterNav: afterNav(blocks, i, d.maxWords) ? 1 : 0,
        belowTitle: i > 0 && !prevShorter && titleShaped(blocks[i - 1]!, d.maxWords) && blocks[i - 1]!.features.words >= 4 && !blocks[i - 1]!.features.endsSentence ? 1 : 0,
        caption: isCaption(text) ? 1 : 0,
        blankBefore: b.blankBefore ? 1 : 0,
        blankAfter: kind === 'block' && blocks[i + 1]?.blankBefore ? 1 : 0,
        echo: costly && isEcho(input, text) ? 1 : 0,
      },
    });
  };

  const lineSet = lazyLineSet(input.lines);
  const consider = (i: number, rank: number): void => {
    const b = blocks[i]!;
    if (checkFieldLines && isFieldLine(b.text)) return;
    add(i, 'block', stripSiteSuffix(b.text, true), null, rank);
    if (b.lines > 1) {
      const first = firstLineOf(b.text, lineSet());
      if (first && !STAMP.test(first) && !CLAUSE_END.test(first) && !(checkFieldLines && isFieldLine(first))) add(i, 'first-line', stripSiteSuffix(first, true), b.text.slice(first.length).trim(), rank);
      const last = lastLineOf(b.text, lineSet());
      if (last && wordCount(last) >= 2 && !(checkFieldLines && isFieldLine(last))) add(i, 'last-line', stripSiteSuffix(last, true), b.text.slice(0, b.text.length - last.length).trim(), rank);
    }
  };
  above.forEach((i, rank) => consider(i, rank));
  for (const i of top) consider(i, -1);
  for (const i of dated) consider(i, -1);

  // The page title (BeautifulSoup dumps open with it).
  if (title && input.title && region.start > 0 && blocks[0] && titleShaped(blocks[0], d.maxWords) && !isFieldLine(input.title)) {
    const words = wordCount(title);
    out.push({
      index: 0,
      kind: 'title',
      text: title,
      rest: null,
      features: {
        bias: 1,
        words: Math.min(words, 20) / 10,
        oneWord: words === 1 ? 1 : 0,
        fewWords: words === 2 || words === 3 ? 1 : 0,
        manyWords: Math.max(0, words - 15) / 5,
        distance: 3,
        rank: 1,
        fromTitle: 1,
        titleCut: title.length < input.title.trim().length ? 1 : 0,
        caps: blocks[0].features.capsRatio >= 0.8 && words >= 2 ? 1 : 0,
        pipes: title.includes(' | ') ? 1 : 0,
        lowerStart: LOWER_START.test(title) ? 1 : 0,
        repeated: [...above, ...top].some((i) => comparable(blocks[i]!.text) === titleCmp) ? 1 : 0,
        words4to6: words >= 4 && words <= 6 ? 1 : 0,
        words7to10: words >= 7 && words <= 10 ? 1 : 0,
        words11to14: words >= 11 && words <= 14 ? 1 : 0,
        titleLead: overlap(wordsOf(title, 4), 4, lead),
      },
    });
  }
  return out;
}

/** The nearest block above `i` is a menu item, a label or a breadcrumb: at most 3 words, a navigation category, or crumbs. */
function afterNav(blocks: readonly ClassifiedBlock[], i: number, maxWords: number): boolean {
  const p = blocks[i - 1];
  if (!p) return true;
  if (p.category === 'navigation' || p.category === 'section-label' || p.rule === 'menu-bar') return true;
  return (p.features.words <= 3 && !p.features.endsSentence) || crumbSeparators(p.text) >= 2 || (!titleShaped(p, maxWords) && p.cls !== 'good');
}

/** Any caption mark of data/text/captions.json, as one pattern: a line is scanned once, not once a mark. */
const CAPTION_MARK = new RegExp(
  loadData<{ markers: string[] }>('text/captions').markers.map((m) => m.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

/** True when a line carries a caption or photo-credit mark (data/text/captions.json). */
function isCaption(text: string): boolean {
  return CAPTION_MARK.test(text.toLowerCase());
}

/** A person's name alone (the byline under a headline, not a headline). */
function isPersonName(text: string, words: number): boolean {
  return words <= 4 && isBareName(text);
}

/** The line is printed again elsewhere in the dump (a headline repeated in a share box or the title). */
function isEcho(input: HeadlineInput, text: string): boolean {
  return input.text !== undefined && text.length >= 12 && occursTwice(input.text, text);
}

/**
 * Adds the costly features to a candidate listed with `costly = false`.
 * @returns the same candidate, its `personName` and `echo` features set
 */
export function addCostlyFeatures(c: HeadlineCandidate, input: HeadlineInput): HeadlineCandidate {
  if (c.kind === 'title') return c;
  const words = c.kind === 'block' ? input.blocks[c.index]!.features.words : wordCount(c.text);
  c.features.personName = isPersonName(c.text, words) ? 1 : 0;
  c.features.echo = isEcho(input, c.text) ? 1 : 0;
  return c;
}

/** True when `needle` occurs at least twice in `haystack`. */
function occursTwice(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first >= 0 && haystack.indexOf(needle, first + 1) >= 0;
}

/** The block under `i` (past a photo credit) is longer than `words` words and no meta line. */
function nextLonger(blocks: readonly ClassifiedBlock[], i: number, words: number, maxWords: number): boolean {
  let j = i + 1;
  if (blocks[j]?.category === 'photo-credit') j++;
  const n = blocks[j];
  return n !== undefined && !n.category && n.features.words > words && (n.cls === 'good' || titleShaped(n, maxWords));
}

/** A lazily built set of the dump's line texts. */
function lazyLineSet(lines: readonly Line[] | undefined): () => ReadonlySet<string> {
  let set: Set<string> | undefined;
  return () => {
    if (!set) {
      set = new Set();
      for (const l of lines ?? []) if (l.text && l.text.length <= 300) set.add(l.text);
    }
    return set;
  };
}

/** Characters after which a converter may have joined two lines without a space. */
const GLUE_AFTER = '"“”«»\'’)]';

/**
 * The first line of a block a converter joined from several lines: the longest proper prefix of
 * the block text that is a line of the dump, cut at a space or after a closing quote.
 */
function firstLineOf(text: string, lines: ReadonlySet<string>): string | null {
  let best: string | null = null;
  for (let k = 1; k < text.length - 1 && k <= 300; k++) {
    const atSpace = text[k] === ' ';
    if (!atSpace && !GLUE_AFTER.includes(text[k - 1]!)) continue;
    const prefix = text.slice(0, k);
    if (lines.has(prefix)) best = prefix;
  }
  return best;
}

/**
 * The last line of a block a converter joined from several lines: the longest proper suffix of
 * the block text that is a line of the dump, starting after a space or a closing quote.
 */
function lastLineOf(text: string, lines: ReadonlySet<string>): string | null {
  for (let k = 1; k < text.length - 1; k++) {
    if (text.length - k > 300) continue;
    const atSpace = text[k - 1] === ' ';
    if (!atSpace && !GLUE_AFTER.includes(text[k - 1]!)) continue;
    const suffix = text.slice(k);
    if (lines.has(suffix)) return suffix;
  }
  return null;
}

/** Weighted sum of a candidate's features. */
function scoreOf(c: HeadlineCandidate, weights: Record<string, number>): number {
  const { keys, values } = weightedKeys(c, weights);
  const f = c.features;
  let s = 0;
  // In the features' own key order, as a plain sum over all of them would add (zero terms add nothing).
  for (let j = 0; j < keys.length; j++) s += values[j]! * f[keys[j]!]!;
  return s;
}

interface WeightedKeys {
  weights: Record<string, number>;
  keys: string[];
  values: number[];
}
/** Per candidate shape (title, or a line of the dump), its features with a non-zero weight. */
const weighted = new Map<boolean, WeightedKeys>();

/**
 * The features of `c` that have a non-zero weight, in the order of its features object: every
 * candidate of a shape is built by the same object literal, so the list is made once a shape.
 */
function weightedKeys(c: HeadlineCandidate, weights: Record<string, number>): WeightedKeys {
  const shape = c.kind === 'title';
  let w = weighted.get(shape);
  if (!w || w.weights !== weights) {
    const keys = Object.keys(c.features).filter((k) => (weights[k] ?? 0) !== 0);
    w = { weights, keys, values: keys.map((k) => weights[k]!) };
    weighted.set(shape, w);
  }
  return w;
}

/** The two features that raised a candidate's score most, for `--explain`. */
function why(c: HeadlineCandidate, weights: Record<string, number>): string {
  const parts = Object.entries(c.features)
    .map(([k, v]) => [k, (weights[k] ?? 0) * v] as const)
    .filter(([k, x]) => k !== 'bias' && x > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([k]) => FEATURES[k] ?? k);
  return parts.length ? parts.join('; ') : 'best-scoring title-like line';
}

/**
 * Chooses the headline: the best-scoring candidate of {@link headlineCandidates}.
 * @returns the choice, or null when no line qualifies (no region, or no title-like line near it)
 */
export function findHeadline(input: HeadlineInput): HeadlineChoice | null {
  const { weights } = loadData<HeadlineData>('text/headline');
  // The costly features (a name list, a search of the whole dump) and the field-line check
  // run on the best candidates only: their weights are too small to lift one from further down.
  const scored = headlineCandidates(input, false, false).map((c) => ({ c, score: scoreOf(c, weights) }));
  scored.sort((a, b) => b.score - a.score);
  const top = scored.slice(0, COSTLY_CANDIDATES).map(({ c }) => {
    const full = addCostlyFeatures(c, input);
    return { c: full, score: scoreOf(full, weights) };
  });
  top.sort((a, b) => b.score - a.score);
  const best = [...top, ...scored.slice(COSTLY_CANDIDATES)].find((x) => x.c.kind === 'title' || !isFieldLine(x.c.text));
  if (!best) return null;
  const { c } = best;
  return { index: c.index, text: c.text, reason: `headline (${c.kind}, score ${best.score.toFixed(1)}): ${why(c, weights)}`, rest: c.rest };
}

/** Candidates that get the costly features (the best by the cheap ones). */
const COSTLY_CANDIDATES = 4;

/** Categories of the meta lines between a headline (and standfirst) and the body. */
const META = new Set(['byline', 'date-stamp', 'meta-label']);

/**
 * The standfirst (dek): one or two short good blocks at the top of the region that a
 * byline or date line follows before the body starts — "headline, standfirst, byline,
 * date, body", the usual order of a news page. The standfirst is not body.
 * @param blocks classified blocks
 * @param regionStart first block of the article region
 * @param regionEnd last block of the article region
 * @returns indices of the standfirst blocks (empty when there is none)
 */
export function findStandfirst(blocks: readonly ClassifiedBlock[], regionStart: number, regionEnd: number): number[] {
  const t = loadData<{ standfirstMaxWords: number; standfirstMaxBlocks: number }>('text/thresholds');
  const lead: number[] = [];
  for (let i = regionStart; i < blocks.length && i <= regionStart + t.standfirstMaxBlocks + 2; i++) {
    const b = blocks[i]!;
    if (b.category && META.has(b.category)) {
      // The body must go on below the meta line, inside the region.
      const next = blocks.slice(i + 1, regionEnd + 1).find((x) => x.cls === 'good');
      return lead.length && next ? lead : [];
    }
    if (b.cls !== 'good') continue;
    if (b.features.words > t.standfirstMaxWords || lead.length >= t.standfirstMaxBlocks) return [];
    lead.push(i);
  }
  return [];
}
