/**
 * Is it an article? The last check of the HTML path: a page with no article (navigation only,
 * a section page of teaser links and a cookie notice) leaves a body of link texts and notices,
 * which the record refuses as `no_article`, as the text path does for the same dump.
 * Thresholds: `data/html/article.json`.
 */
import { loadData } from '../data.js';
import { matchBlock } from '../text/phrases.js';
import { linkDensity, SCORE } from './score.js';
import type { Block } from './serialize.js';

interface ArticleData {
  min_words: number;
  max_link_share: number;
  phrase_max_chars: number;
}
const DATA = loadData<ArticleData>('html/article');

/** A sentence mark anywhere in a block (Latin, CJK, Arabic, Devanagari, Armenian). */
const SENTENCE_MARK = /[.!?…。！？؟।։]/u;
/** Han and kana characters: a script written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const SPACES = /\s+/u;

/** Words of a text: whitespace-separated tokens, a Han or kana character counting as half a word. */
function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  return text.split(SPACES).filter(Boolean).length + unspaced / 2;
}

/**
 * Words of running text in a body block: its word count when it has few links, a sentence mark
 * (or `2 × min_words` words without one: scripts and pages that end sentences otherwise) and no
 * boilerplate phrase (`We use cookies…`); else 0. Its element does not matter: some pages set
 * their paragraphs in headings.
 */
export function runningWords(b: Pick<Block, 'text' | 'linkChars' | 'rawChars'>): number {
  if (linkDensity(b as Block) > SCORE.link_density_max) return 0;
  const words = wordCount(b.text);
  if (!SENTENCE_MARK.test(b.text) && words < 2 * DATA.min_words) return 0;
  return matchBlock(b.text, Math.round(words), DATA.phrase_max_chars) ? 0 : words;
}

/**
 * Why a body is not an article, or null when it is one: it needs `min_words` words of running
 * text ({@link runningWords}; one sentence of reasonable length, or the short sentences of a
 * page of facts such as `Kameras: Widelux.`), and at most `max_link_share` of its characters in links.
 * @param blocks the body blocks with their link statistics
 * @returns a reason for `no_article` (`no block reads as running text`, `the body is nearly all link text`), or null
 */
export function notArticleReason(blocks: readonly Pick<Block, 'text' | 'linkChars' | 'rawChars'>[]): string | null {
  if (blocks.length === 0) return 'no body text';
  const raw = blocks.reduce((n, b) => n + b.rawChars, 0);
  const links = blocks.reduce((n, b) => n + b.linkChars, 0);
  if (raw > 0 && links / raw > DATA.max_link_share) return 'the body is nearly all link text';
  let words = 0;
  for (const b of blocks) {
    words += runningWords(b);
    if (words >= DATA.min_words) return null;
  }
  return 'no block reads as running text';
}
