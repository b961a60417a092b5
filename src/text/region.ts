/**
 * Stage `region`: the article is chosen as a whole — the contiguous run of blocks with the
 * largest total weight (maximum-subsequence segmentation, Pasternack & Roth 2009,
 * "Extracting article text from the web with maximum subsequence segmentation").
 * Good blocks weigh their word count; boilerplate weighs against; section labels that open
 * a list of other articles (related, latest, comments, newsletter, legal) weigh heavily,
 * so the run rarely crosses them.
 */
import { loadData } from '../data.js';
import type { ClassifiedBlock } from './classify.js';

/** The article region: block indices `[start, end]`, inclusive; `start > end` when empty. */
export interface Region {
  start: number;
  end: number;
}

interface Weights {
  weightBoundary: number;
  weightComments: number;
  weightTeaserMin: number;
  weightBadPerWord: number;
  weightBadMin: number;
  weightShort: number;
  maxGap: number;
  anchorWindow: number;
  weightAnchor: number;
  minMerge: number;
  mergeParagraphWords: number;
}

/** Categories after which the article is usually over. */
const BOUNDARY = new Set(['section-label', 'comments', 'newsletter', 'legal', 'author-box', 'tags']);

/** Weight of one block in the region search (positive = article-like). */
export function blockWeight(b: ClassifiedBlock, w: Weights): number {
  if (b.cls === 'good') return b.features.words;
  if (b.category === 'comments' || b.category === 'comment-item') return -w.weightComments;
  if (b.category && BOUNDARY.has(b.category)) return -w.weightBoundary;
  if (b.rule === 'teaser') return -Math.max(b.features.words, w.weightTeaserMin);
  if (b.features.chars < 30) return -w.weightShort;
  return -Math.max(b.features.words * w.weightBadPerWord, w.weightBadMin);
}

/**
 * Finds the article region: the maximal-sum runs of block weights (Kadane's algorithm) are
 * the candidates; each is widened across small gaps, then scored by its weight plus an
 * anchor bonus when a byline or date line sits just above it (the head of a news story).
 * @returns the region; empty (`start = 0, end = -1`) when no block weighs positive
 */
export function selectRegion(blocks: ClassifiedBlock[]): Region {
  const w = loadData<Weights>('text/thresholds');
  const weights = blocks.map((b) => blockWeight(b, w));
  let best: Region = { start: 0, end: -1 };
  let bestScore = 0;
  for (const seg of segments(weights)) {
    const region = mergeNeighbours(blocks, seg, w);
    let score = 0;
    for (let i = region.start; i <= region.end; i++) score += weights[i]!;
    if (hasAnchor(blocks, region.start, w.anchorWindow)) score += w.weightAnchor;
    if (score > bestScore) {
      bestScore = score;
      best = region;
    }
  }
  return best;
}

/** Maximal-sum runs: each run ends where the running sum peaks before it falls to zero. */
function segments(weights: number[]): Region[] {
  const out: Region[] = [];
  let sum = 0;
  let start = 0;
  let peak = 0;
  let peakEnd = -1;
  weights.forEach((x, i) => {
    if (sum <= 0) {
      if (peak > 0) out.push({ start, end: peakEnd });
      sum = 0;
      peak = 0;
      start = i;
    }
    sum += x;
    if (sum > peak) {
      peak = sum;
      peakEnd = i;
    }
  });
  if (peak > 0) out.push({ start, end: peakEnd });
  return out;
}

/** A byline or date line among the `window` blocks above `start`, with no running text between. */
function hasAnchor(blocks: ClassifiedBlock[], start: number, window: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - window; i--) {
    const b = blocks[i]!;
    if (b.category === 'byline' || b.category === 'date-stamp') return true;
    if (b.cls === 'good') return false;
  }
  return false;
}

/** Categories that never lie inside an article: a gap holding one is not bridged. */
const HARD_GAP = new Set(['comments', 'comment-item', 'comments-text', 'legal', 'author-box', 'tags']);

/**
 * Bridges small gaps: an inline "Related" box, an embedded tweet's "Image copyright" lines
 * or a share bar can split an article in two. A neighbouring run of running text joins
 * the region when the gap is at most `maxGap` blocks, holds no hard boundary, and the
 * run weighs at least `minMerge` words with one real paragraph in it.
 */
function mergeNeighbours(blocks: ClassifiedBlock[], region: Region, w: Weights): Region {
  if (region.end < region.start) return region;
  let { start, end } = region;
  for (let changed = true; changed;) {
    changed = false;
    const right = neighbourRun(blocks, end + 1, 1, w);
    if (right !== null) {
      end = right;
      changed = true;
    }
    const left = neighbourRun(blocks, start - 1, -1, w);
    if (left !== null) {
      start = left;
      changed = true;
    }
  }
  return { start, end };
}

/** The far end of a run of good blocks beyond a small gap, or null when it does not qualify. */
function neighbourRun(blocks: ClassifiedBlock[], from: number, step: 1 | -1, w: Weights): number | null {
  let i = from;
  let gap = 0;
  while (i >= 0 && i < blocks.length && blocks[i]!.cls !== 'good') {
    const c = blocks[i]!.category;
    if ((c && HARD_GAP.has(c)) || ++gap > w.maxGap) return null;
    i += step;
  }
  if (gap === 0 || i < 0 || i >= blocks.length) return null;
  let sum = 0;
  let paragraph = false;
  let far = i;
  for (let j = i; j >= 0 && j < blocks.length && blocks[j]!.cls === 'good'; j += step) {
    sum += blocks[j]!.features.words;
    paragraph ||= blocks[j]!.features.words >= w.mergeParagraphWords && blocks[j]!.features.endsSentence;
    far = j;
  }
  return sum >= w.minMerge && paragraph ? far : null;
}
