/**
 * Body extraction, newsclean engine. Steps, in order:
 * 1. `clean`     — drop scripts, hidden elements and boilerplate containers (clean.ts);
 * 2. `blocks`    — serialise the cleaned page into text blocks with link statistics (serialize.ts);
 * 3. `container` — pick the maximum-weight subtree as the article container (score.ts);
 * 4. `filter`    — drop link lists, ad labels and the repeated headline inside it (filter.ts);
 * 5. `context`   — keep a few short blocks just before and after it (`leading`, `trailing`).
 */
import type { Decision } from '../types.js';
import { cleanDocument } from './clean.js';
import type { Document } from './dom.js';
import { filterBlocks } from './filter.js';
import { bestContainer, isBodyEdge, isInside, SCORE } from './score.js';
import { serializeBlocks, type Block } from './serialize.js';

/** Output of {@link extractBody}. */
export interface BodyResult {
  /** Body blocks in reading order. */
  blocks: Block[];
  /** Up to `context_blocks` short blocks just before the container, nearest last. */
  leading: string[];
  /** Up to `context_blocks` short blocks just after the container, nearest first. */
  trailing: string[];
  decisions: Decision[];
}

function context(blocks: readonly Block[], from: number, step: 1 | -1): string[] {
  const out: string[] = [];
  for (let i = from; i >= 0 && i < blocks.length && out.length < SCORE.context_blocks; i += step) {
    const b = blocks[i] as Block;
    if (b.chars <= SCORE.context_max_chars) out.push(b.text);
  }
  return step === -1 ? out.reverse() : out;
}

/**
 * Extracts the article body from a parsed page. Mutates `doc` (cleaning), so run the
 * metadata extractors first.
 * @param doc the parsed page
 * @param headline the page headline, when known (dropped from the body)
 * @param standfirst the page's summary, when known (dropped from the body's opening blocks when it stands apart)
 */
export function extractBody(doc: Document, headline: string | null, standfirst: string | null = null): BodyResult {
  const decisions = cleanDocument(doc);
  const all = serializeBlocks(doc);
  const best = bestContainer(all, doc);
  if (!best) return { blocks: [], leading: [], trailing: [], decisions };
  let first = -1;
  let last = -1;
  for (let i = 0; i < all.length; i++) {
    if (isInside((all[i] as Block).el, best.el)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  const inRange = first < 0 ? [] : all.slice(first, last + 1);
  const { kept, decisions: dropped } = filterBlocks(inRange, headline, standfirst);
  // Kickers, bylines and dates at the container's edges belong to the context, not the body.
  let start = 0;
  let end = kept.length;
  while (start < end && !isBodyEdge(kept[start] as Block)) start++;
  while (end > start && !isBodyEdge(kept[end - 1] as Block)) end--;
  const before = [...(first > 0 ? context(all, first - 1, -1) : []), ...kept.slice(0, start).map((b) => b.text)];
  const after = [...kept.slice(end).map((b) => b.text), ...(last >= 0 ? context(all, last + 1, 1) : [])];
  return {
    blocks: kept.slice(start, end),
    leading: before.slice(-SCORE.context_blocks),
    trailing: after.slice(0, SCORE.context_blocks),
    decisions: [...decisions, ...dropped],
  };
}
