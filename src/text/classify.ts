/**
 * Stage `classify`: blocks → content or boilerplate, each decision with its rule and reason.
 *
 * 1. Initial class per block (jusText, Pomikálek 2011): boilerplate phrase lists first,
 *    then length and stop-word density → good / near-good / short / bad.
 * 2. Teaser runs: "title + snippet… + Read more" groups and truncated snippets are bad.
 * 3. Context (jusText's second pass): a short or near-good block takes the class of
 *    its neighbours; runs of short blocks (menus, tag lists) stay bad.
 */
import { loadData } from '../data.js';
import type { Block } from './blocks.js';
import { blockFeatures, caseGlueAt, type BlockFeatures } from './features.js';
import { matchBlock } from './phrases.js';

/** jusText's block classes. */
export type BlockClass = 'good' | 'near-good' | 'short' | 'bad';

/** A block with its features and the classifier's decision. */
export interface ClassifiedBlock extends Block {
  features: BlockFeatures;
  cls: BlockClass;
  /** Stable rule name, e.g. `share`, `teaser`, `stopwords`, `context`. */
  rule: string;
  /** One-line reason for `--explain`. */
  reason: string;
  /** Phrase category when a boilerplate list matched (`section-label`, `read-more`…). */
  category: string | null;
}

interface Thresholds {
  shortChars: number;
  lengthLow: number;
  lengthHigh: number;
  stopwordsLow: number;
  stopwordsHigh: number;
  maxMatchChars: number;
  shortRun: number;
  commentMarkers: number;
  gluedTeasers: number;
}

/**
 * Classifies every block.
 * @param blocks output of `buildBlocks`
 * @param stopwords stop words of the document language; when empty (no list for the
 *   language), sentence punctuation and length stand in for stop-word density
 */
export function classifyBlocks(blocks: Block[], stopwords: ReadonlySet<string>): ClassifiedBlock[] {
  const t = loadData<Thresholds>('text/thresholds');
  const out = blocks.map((b) => {
    // Both the features and the phrase match read the block lower-cased.
    const lower = b.text.toLowerCase();
    return initialClass(b, blockFeatures(b.text, stopwords, lower), stopwords.size > 0, t, lower);
  });
  markTeasers(out);
  markGluedTeasers(out, t.gluedTeasers);
  markCommentZone(out, t.commentMarkers);
  markShortRuns(out, t.shortRun);
  resolveContext(out);
  return out;
}

function decide(b: Block, features: BlockFeatures, cls: BlockClass, rule: string, reason: string, category: string | null = null): ClassifiedBlock {
  return { index: b.index, text: b.text, lines: b.lines, blankBefore: b.blankBefore, listItem: b.listItem, features, cls, rule, reason, category };
}

function initialClass(b: Block, f: BlockFeatures, haveStopwords: boolean, t: Thresholds, lower: string): ClassifiedBlock {
  const phrase = matchBlock(b.text, f.words, t.maxMatchChars, lower);
  if (phrase) {
    return decide(b, f, 'bad', phrase.category, `${phrase.kind} match "${phrase.phrase}" (${phrase.category})`, phrase.category);
  }
  if (f.pipes >= 2 && f.words / (f.pipes + 1) <= 4) return decide(b, f, 'bad', 'menu-bar', `${f.pipes + 1} short items separated by |`);
  if (f.chars < t.lengthLow) {
    return f.words <= 2 || f.chars < t.shortChars
      ? decide(b, f, 'short', 'short', `${f.chars} characters`)
      : decide(b, f, f.endsSentence ? 'near-good' : 'short', 'short', `${f.chars} characters < ${t.lengthLow}`);
  }
  const density = haveStopwords ? f.stopDensity : f.endsSentence ? t.stopwordsHigh : 0;
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  if (density >= t.stopwordsHigh) {
    return f.chars > t.lengthHigh || f.endsSentence
      ? decide(b, f, 'good', 'stopwords', `${f.words} words, stop words ${pct(density)}`)
      : decide(b, f, 'near-good', 'stopwords', `${f.chars} characters, stop words ${pct(density)}, no sentence end`);
  }
  if (density >= t.stopwordsLow) return decide(b, f, 'near-good', 'stopwords', `stop words ${pct(density)} (between thresholds)`);
  return decide(b, f, 'bad', 'low-stopwords', `stop words ${pct(density)} < ${pct(t.stopwordsLow)}: list or label text`);
}

/**
 * Teaser lists: a "Read more" link closes a teaser made of a title and a snippet;
 * a truncated snippet (`…`) after a title is a teaser even without the link.
 */
function markTeasers(blocks: ClassifiedBlock[]): void {
  const teaser = (b: ClassifiedBlock | undefined, why: string): void => {
    if (!b || b.category) return;
    Object.assign(b, { cls: 'bad', rule: 'teaser', reason: why });
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prev = blocks[i - 1];
    if (b.category === 'read-more' && b.features.words <= 4) {
      if (prev && (prev.features.truncated || prev.features.titleLike)) {
        teaser(prev, 'snippet of a teaser closed by a "read more" link');
        const title = blocks[i - 2];
        if (title?.features.titleLike && prev.features.truncated) teaser(title, 'title of a teaser closed by a "read more" link');
      }
    } else if (b.features.truncated && !b.category) {
      if (prev?.features.titleLike && prev.cls !== 'good') {
        teaser(b, 'truncated snippet after a title');
        teaser(prev, 'title of a truncated teaser snippet');
      } else if (b.features.chars < 400 && prev?.cls !== 'good' && blocks[i + 1]?.cls !== 'good') {
        // Between paragraphs, a trailing ellipsis is style, not a cut-off teaser.
        teaser(b, 'truncated snippet');
      }
    }
  }
}

// A capitalised (title-case) word, after at most one opening quote or bracket.
const TITLE_WORD = /^["'“‘(]?[\p{Lu}\d$]/u;
/** A glued title has at least this many words, every word of 4+ letters capitalised (title case). */
const GLUED_TITLE_WORDS = 3;
const SIGNIFICANT_WORD = 4;
/** Characters of a block searched for the glue (a title is shorter). */
const GLUE_HEAD = 160;

/**
 * Index where a title-case title ends glued to the next sentence, or -1: where a browser copy
 * glues a teaser's title to its snippet ("…Student-AthleteA 24-year-old").
 */
function gluedTitleEnd(text: string): number {
  for (let at = caseGlueAt(text, 1, GLUE_HEAD); at >= 0; at = caseGlueAt(text, at + 1, GLUE_HEAD)) {
    const words = text.slice(0, at).split(' ').filter(Boolean);
    const titleCase = words.every((w) => w.length < SIGNIFICANT_WORD || TITLE_WORD.test(w));
    if (words.length >= GLUED_TITLE_WORDS && titleCase) return at;
  }
  return -1;
}

/**
 * Teaser lists copied from a browser glue each title to its snippet. A glued block alone may be
 * a brand name in running text ("MacBook"); a run of `minRun` glued blocks, with at most one
 * other block between two of them, is a teaser list, and each of its glued blocks is dropped.
 */
function markGluedTeasers(blocks: ClassifiedBlock[], minRun: number): void {
  const glued = blocks.filter((b) => !b.category && b.features.words >= 8 && b.features.titleStart && gluedTitleEnd(b.text) > 0).map((b) => b.index);
  let start = 0;
  for (let i = 1; i <= glued.length; i++) {
    if (i < glued.length && glued[i]! - glued[i - 1]! <= 2) continue;
    if (i - start >= minRun) {
      for (const k of glued.slice(start, i)) Object.assign(blocks[k]!, { cls: 'bad', rule: 'teaser', reason: `title glued to its snippet, one of ${i - start} in a row` });
    }
    start = i;
  }
}

/**
 * A comment section: from the first to the last comment marker (author headers such as
 * "alex says:", "Rating: 7 Votes", "Reply"), and the comment after the last marker, when
 * the page has at least `minMarkers` of them. Comment text reads like article text, so
 * only its markers give it away.
 */
function markCommentZone(blocks: ClassifiedBlock[], minMarkers: number): void {
  const markers = blocks.filter((b) => b.category === 'comment-item').map((b) => b.index);
  if (markers.length < minMarkers) return;
  let end = markers[markers.length - 1]!;
  while (end + 1 < blocks.length && blocks[end + 1]!.cls !== 'bad' && !blocks[end + 1]!.category) end++;
  for (let i = markers[0]! + 1; i <= end; i++) {
    const b = blocks[i]!;
    if (!b.category) Object.assign(b, { cls: 'bad', rule: 'comment-zone', reason: `inside a comment section (${markers.length} comment markers)`, category: 'comments-text' });
  }
}

/** Runs of `minRun` or more short blocks are menus, tag lists or link lists, whatever surrounds them. */
function markShortRuns(blocks: ClassifiedBlock[], minRun: number): void {
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && blocks[i]!.cls === 'short') continue;
    if (i - start >= minRun) {
      for (let j = start; j < i; j++) Object.assign(blocks[j]!, { cls: 'bad', rule: 'short-run', reason: `one of ${i - start} short blocks in a row (menu or link list)` });
    }
    start = i + 1;
  }
}

/** Boilerplate that sites put inside the article flow, skipped when looking for a block's neighbours. */
const INLINE_FURNITURE = new Set(['advert', 'photo-credit']);

/**
 * jusText's context pass: near-good blocks become good unless both neighbours are bad;
 * short blocks become good only between good neighbours (e.g. a subheading).
 * Neighbours are the nearest blocks that are neither short nor near-good.
 */
function resolveContext(blocks: ClassifiedBlock[]): void {
  const settled = blocks.map((b) => b.cls);
  const neighbour = (i: number, step: 1 | -1): BlockClass => {
    for (let j = i + step; j >= 0 && j < blocks.length; j += step) {
      // An advert or photo credit set inside the article says nothing about its neighbours.
      if (INLINE_FURNITURE.has(blocks[j]!.category ?? '')) continue;
      const c = settled[j]!;
      if (c === 'good' || c === 'bad') return c;
    }
    return 'bad';
  };
  const next = settled.map((c, i) => {
    if (c === 'near-good') return neighbour(i, -1) === 'bad' && neighbour(i, 1) === 'bad' ? 'bad' : 'good';
    if (c === 'short') return neighbour(i, -1) === 'good' && neighbour(i, 1) === 'good' ? 'good' : 'bad';
    return c;
  });
  blocks.forEach((b, i) => {
    const was = b.cls;
    const now = next[i]!;
    if (was !== now) Object.assign(b, { cls: now, rule: 'context', reason: `${was} block between ${neighbour(i, -1)} and ${neighbour(i, 1)} neighbours → ${now}` });
  });
}
