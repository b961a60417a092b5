/**
 * Block filters applied inside the chosen article container: link lists, ad labels, share
 * prompts and the headline itself never count as body.
 */
import { loadData } from '../data.js';
import type { Decision } from '../types.js';
import { linkDensity, SCORE, teaserFlags } from './score.js';
import type { Block } from './serialize.js';

interface PhraseData {
  _note: string;
  patterns: string[];
  sentences: string[];
  sentence_max_chars: number;
  related_headings: string[];
  related_tail_min_share: number;
}
const PHRASE_DATA = loadData<PhraseData>('html/phrases');
const PHRASES: readonly RegExp[] = PHRASE_DATA.patterns.map((p) => new RegExp(p, 'iu'));
/** Cookie notices and subscription calls, matched at the start of a block (`sentences`). */
const SENTENCES = new RegExp(`(?:${PHRASE_DATA.sentences.join(')|(?:')})`, 'iu');
/** A whole block that opens a related-articles / most-read / about-the-author section (`related_headings`). */
const RELATED_HEADING = new RegExp(`^(?:${PHRASE_DATA.related_headings.join('|')})$`, 'iu');
const EDGE_PUNCT = /^[\s:.!?|»›>→…-]+|[\s:.!?|»›>→…-]+$/gu;
const RELATED_HEADING_MAX_CHARS = 80;

/**
 * Where a related-articles section starts in the kept blocks: the first block that is such a
 * heading, when at least `related_tail_min_share` of the body's characters come before it (a
 * "Lesen Sie auch" line in the middle of a story leaves the story alone).
 * @returns the index of that block, or `blocks.length`
 */
export function relatedTail(blocks: readonly Block[]): number {
  const total = blocks.reduce((n, b) => n + b.chars, 0);
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (b.chars <= RELATED_HEADING_MAX_CHARS && before >= total * PHRASE_DATA.related_tail_min_share && RELATED_HEADING.test(b.text.replace(EDGE_PUNCT, ''))) return i;
    before += b.chars;
  }
  return blocks.length;
}
const TRAILING_PUNCT = /[\s:.!?|»›>→-]+$/u;

/** Why a block inside the article container is not body text, or `null` to keep it. */
export function dropReason(b: Block, headline: string | null): string | null {
  if (linkDensity(b) > SCORE.link_density_max) return 'link-block';
  if (b.chars <= 80) {
    const t = b.text.replace(TRAILING_PUNCT, '');
    for (const re of PHRASES) if (re.test(t) || re.test(b.text)) return 'boilerplate-phrase';
  }
  if (b.chars <= PHRASE_DATA.sentence_max_chars && SENTENCES.test(b.text)) return 'boilerplate-sentence';
  if (headline && b.kind === 'heading' && b.el.name === 'h1') return 'headline';
  if (headline && b.text === headline) return 'headline';
  return null;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The dek: a block that repeats the page's summary and does not share its parent with the
 * prose that follows (a first paragraph reused as the meta description does, and stays).
 * @param s the squashed summary (see {@link squash})
 */
function isStandfirst(b: Block, i: number, blocks: readonly Block[], s: string): boolean {
  if (!s || b.chars < 20 || b.chars < Math.min(s.length, 200)) return false;
  // Only the start matters (equal, or starting with the summary): a block much longer than the
  // summary cannot equal it, and only its start is squashed.
  const cut = s.length * 2 + 60;
  if (b.text.length > cut && s.length < 40) return false;
  const head = squash(b.text.slice(0, 24));
  if (!s.startsWith(head.slice(0, s.length))) return false;
  const t = squash(b.text.length > cut ? b.text.slice(0, cut) : b.text);
  if (!(t === s || (s.length >= 40 && t.startsWith(s.replace(/\.+$/, '').slice(0, Math.min(s.length, 200)))))) return false;
  const next = blocks.slice(i + 1).find((x) => x.chars >= SCORE.prose_min_chars);
  return next !== undefined && next.el.parent !== b.el.parent;
}

/**
 * Keeps the body blocks of a container's block range.
 * @param blocks the blocks inside the article container, in order
 * @param headline the page headline (to drop an `<h1>` repeated in the container)
 * @returns kept blocks and one decision per dropped block (step `filter`)
 */
export function filterBlocks(blocks: readonly Block[], headline: string | null, standfirst: string | null = null): { kept: Block[]; decisions: Decision[] } {
  const kept: Block[] = [];
  const decisions: Decision[] = [];
  const teasers = teaserFlags(blocks);
  const s = standfirst ? squash(standfirst) : '';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    const why = teasers[i] ? 'teaser' : dropReason(b, headline) ?? (isStandfirst(b, i, blocks, s) ? 'standfirst' : null);
    if (why) decisions.push({ step: 'filter', rule: why, reason: 'not article text', text: b.text.slice(0, 120) });
    else kept.push(b);
  }
  const tail = relatedTail(kept);
  for (const b of kept.slice(tail)) decisions.push({ step: 'filter', rule: 'related-section', reason: 'after a related-articles heading', text: b.text.slice(0, 120) });
  return { kept: kept.slice(0, tail), decisions };
}
