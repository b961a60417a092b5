/**
 * Finds the article container: every text block gets a value (prose → its length; link lists
 * and short fragments → a penalty), every element the sum of the values of the blocks below it,
 * and the element with the highest sum wins (ties go to the deepest). This is a maximum-weight
 * subtree: it grows to take in prose split across sibling wrappers and stops where the link
 * lists and fragments around the article cost more than they add.
 */
import { loadData } from '../data.js';
import type { Element, ParentNode } from './dom.js';
import type { Block } from './serialize.js';

interface ScoreData {
  _note: string;
  link_density_max: number;
  link_penalty_per_char: number;
  link_block_penalty: number;
  prose_min_chars: number;
  prose_min_chars_with_punct: number;
  short_block_penalty: number;
  context_blocks: number;
  context_max_chars: number;
  teaser_lookback: number;
  teaser_max_chars: number;
  edge_min_sentence_chars: number;
}
/** The scorer's thresholds (`data/html/score.json`). */
export const SCORE: ScoreData = loadData<ScoreData>('html/score');
/** Sentence-final punctuation (Latin, CJK, Arabic, Devanagari) possibly followed by a closing quote/bracket. */
const SENTENCE_END = /[.!?…。！？؟।]["'”’»)\]]*$/u;

/** Share of a block's characters inside links (0 when it has none). */
export function linkDensity(b: Block): number {
  return b.rawChars > 0 ? b.linkChars / b.rawChars : 0;
}

/**
 * The value a block adds to every container it sits in.
 * @returns its prose length (> 0), `0` for headings, or a penalty (< 0)
 */
export function blockValue(b: Block): number {
  const ld = linkDensity(b);
  if (ld > SCORE.link_density_max) return -(b.chars * SCORE.link_penalty_per_char + SCORE.link_block_penalty);
  if (b.chars >= SCORE.prose_min_chars || (b.chars >= SCORE.prose_min_chars_with_punct && SENTENCE_END.test(b.text))) {
    return b.chars * (1 - ld);
  }
  return b.kind === 'heading' ? 0 : -SCORE.short_block_penalty;
}

/**
 * Teaser excerpts: a prose block that follows a linked heading within `teaser_lookback` blocks
 * (only short fragments in between, like a kicker or a date) is the summary of another page.
 * @returns one flag per block
 */
export function teaserFlags(blocks: readonly Block[]): boolean[] {
  const flags = new Array<boolean>(blocks.length).fill(false);
  let sinceLinkedHeading = Infinity;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const ld = linkDensity(b);
    if (b.kind === 'heading' && ld > SCORE.link_density_max) {
      sinceLinkedHeading = 0;
      continue;
    }
    sinceLinkedHeading++;
    if (b.chars < SCORE.prose_min_chars_with_punct) continue;
    if (sinceLinkedHeading <= SCORE.teaser_lookback && b.chars <= SCORE.teaser_max_chars) flags[i] = true;
    sinceLinkedHeading = Infinity;
  }
  return flags;
}

/**
 * True for blocks that may open or close the body: prose, list items, table rows, quotes,
 * and short sentences. Kickers, bylines, dates and labels are not (they go to `leading`/`trailing`).
 */
export function isBodyEdge(b: Block): boolean {
  if (b.kind === 'li' || b.kind === 'row' || b.kind === 'pre') return true;
  if (blockValue(b) > 0) return true;
  return b.kind !== 'heading' && b.chars >= SCORE.edge_min_sentence_chars && SENTENCE_END.test(b.text);
}

function depth(el: Element): number {
  let d = 0;
  for (let p = el.parent; p; p = p.parent) d++;
  return d;
}

/** The winning container and its score. */
export interface Candidate {
  el: Element;
  score: number;
}

/**
 * Picks the article container among the ancestors of the blocks.
 * @param blocks all text blocks of the cleaned page, in document order
 * @param root the element not to climb above (usually the document)
 * @returns the best container, or `null` when no element scores above 0
 */
export function bestContainer(blocks: readonly Block[], root: ParentNode): Candidate | null {
  const sums = new Map<Element, number>();
  const teasers = teaserFlags(blocks);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const v = teasers[i] ? -SCORE.short_block_penalty : blockValue(b);
    if (v === 0) continue;
    for (let e: ParentNode | null = b.el; e && e !== root; e = e.parent) {
      if (e.type !== 'tag') break;
      sums.set(e as Element, (sums.get(e as Element) ?? 0) + v);
    }
  }
  let best: Candidate | null = null;
  let bestDepth = -1;
  for (const [el, score] of sums) {
    if (score <= 0) continue;
    if (!best || score > best.score) {
      best = { el, score };
      bestDepth = -1;
    } else if (score === best.score) {
      if (bestDepth < 0) bestDepth = depth(best.el);
      const d = depth(el);
      if (d > bestDepth) {
        best = { el, score };
        bestDepth = d;
      }
    }
  }
  return best;
}

/** True when `el` is `container` or lies below it. */
export function isInside(el: Element, container: Element): boolean {
  for (let e: ParentNode | null = el; e; e = e.parent) if (e === container) return true;
  return false;
}
