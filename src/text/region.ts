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
  weightTeaserMin: number;
  weightBadPerWord: number;
  weightBadMin: number;
  weightShort: number;
}

/** Categories after which the article is usually over. */
const BOUNDARY = new Set(['section-label', 'comments', 'newsletter', 'legal', 'author-box', 'tags']);

/** Weight of one block in the region search (positive = article-like). */
export function blockWeight(b: ClassifiedBlock, w: Weights): number {
  if (b.cls === 'good') return b.features.words;
  if (b.category && BOUNDARY.has(b.category)) return -w.weightBoundary;
  if (b.rule === 'teaser') return -Math.max(b.features.words, w.weightTeaserMin);
  if (b.features.chars < 30) return -w.weightShort;
  return -Math.max(b.features.words * w.weightBadPerWord, w.weightBadMin);
}

/**
 * Finds the article region (Kadane's algorithm over block weights).
 * @returns the region; empty (`start = 0, end = -1`) when no block weighs positive
 */
export function selectRegion(blocks: ClassifiedBlock[]): Region {
  const w = loadData<Weights>('text/thresholds');
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  blocks.forEach((b, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += blockWeight(b, w);
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  });
  return { start: bestStart, end: bestEnd };
}
