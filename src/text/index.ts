/**
 * The plain-text path: a dump → blocks → classified blocks → article region → headline.
 * Field extraction (dateline, source, byline) is applied by the orchestrator (`clean.ts`),
 * shared with the HTML path.
 */
import { loadData } from '../data.js';
import { chooseLanguage, normalizeLanguage } from '../language/index.js';
import { buildBlocks } from './blocks.js';
import { classifyBlocks, type ClassifiedBlock } from './classify.js';
import { findHeadline, findStandfirst, type HeadlineChoice } from './headline.js';
import { normalizeText, splitLines, type Line } from './lines.js';
import { BlockMeta } from './meta.js';
import { type BylineFound, findByline } from './byline.js';
import { findPublished } from './published.js';
import { selectRegion, type Region } from './region.js';

export type { ClassifiedBlock } from './classify.js';

/** What the text path finds in a dump, before field extraction. */
export interface TextArticle {
  /** Publication date printed near the headline (`YYYY-MM-DD`), or null. */
  published: string | null;
  /** The byline printed in the article head (its `byline` null for a desk credit), or null. */
  byline: BylineFound | null;
  /** The standfirst (dek) under the headline, or null. */
  standfirst: string | null;
  /** ISO 639-1 language of the article text, or null. */
  language: string | null;
  headline: HeadlineChoice | null;
  /** Every block with its decision. */
  blocks: ClassifiedBlock[];
  region: Region;
  /** Texts of the good blocks of the region, in order. */
  paragraphs: string[];
  /** Texts of the blocks between the headline and the region, nearest last. */
  leading: string[];
  /** Texts of the blocks after the region. */
  trailing: string[];
}

interface Thresholds {
  trailingBlocks: number;
  leadingBlocks: number;
  lengthHigh: number;
}

/**
 * Runs the text path on a dump.
 * @param text the dump as a string (any line endings)
 * @param opts.language ISO 639-1 hint used when detection gives nothing
 * @param opts.referenceDate `YYYY-MM-DD` against which printed dates are read
 */
export function extractText(text: string, opts: { language?: string; referenceDate?: string } = {}): TextArticle {
  const t = loadData<Thresholds>('text/thresholds');
  const normalized = normalizeText(text);
  const lines = splitLines(normalized);
  const { language, stopwords } = chooseLanguage(languageSample(lines, t.lengthHigh), normalizeLanguage(opts.language));
  const blocks = classifyBlocks(buildBlocks(lines, stopwords), stopwords);
  let region = selectRegion(blocks);
  if (region.end < region.start && rescueSentences(blocks)) region = selectRegion(blocks);
  const meta = new BlockMeta(blocks, language ?? undefined);
  const headline = findHeadline({ blocks, region, title: pageTitle(lines), meta, lines, text: normalized });
  // A headline found inside the region is not body, nor is the standfirst under it.
  if (headline && headline.index >= region.start) region.start = headline.index + 1;
  const standfirst = region.end >= region.start ? findStandfirst(blocks, region.start, region.end) : [];
  for (const i of standfirst) Object.assign(blocks[i]!, { cls: 'bad', rule: 'standfirst', reason: 'standfirst: a short lead above the byline or date line' });
  const inRegion = blocks.slice(region.start, region.end + 1);
  const published = findPublished({
    blocks, region, headline, meta,
    referenceDate: opts.referenceDate ?? new Date().toISOString().slice(0, 10),
    ...(language ? { language } : {}),
  });
  const byline = findByline({ blocks, region, headline, meta, stopwords });
  const leadFrom = Math.max(headline ? headline.index + 1 : 0, region.start - t.leadingBlocks);
  return {
    language,
    headline,
    published: published?.date ?? null,
    byline,
    standfirst: standfirst.length ? standfirst.map((i) => blocks[i]!.text).join(' ') : null,
    blocks,
    region,
    paragraphs: dropRepeats(inRegion.filter((b) => b.cls === 'good')),
    leading: blocks.slice(leadFrom, region.start).map((b) => b.text),
    trailing: blocks.slice(region.end + 1, region.end + 1 + t.trailingBlocks).map((b) => b.text),
  };
}

/** Least words of a sentence that a short document keeps (see {@link rescueSentences}). */
const RESCUE_MIN_WORDS = 5;

/**
 * A short document (a wire snippet, one paragraph) has no neighbours to vouch for its text,
 * and the context rule counts the document's edges as boilerplate. When nothing is good,
 * its complete sentences that no boilerplate list matched are kept.
 * @returns true when some block was rescued
 */
function rescueSentences(blocks: ClassifiedBlock[]): boolean {
  let rescued = false;
  for (const b of blocks) {
    if (b.category || b.rule === 'teaser' || !b.features.endsSentence || b.features.words < RESCUE_MIN_WORDS) continue;
    Object.assign(b, { cls: 'good', rule: 'short-document', reason: 'a complete sentence in a document with no other running text' });
    rescued = true;
  }
  return rescued;
}

/** Characters that identify a long paragraph when looking for repeats. */
const REPEAT_PREFIX = 60;

/**
 * Marks and drops repeated paragraphs: dumps often hold a page's article twice or three times
 * (a print or AMP copy, a pull quote), and a repeat is never new text.
 */
function dropRepeats(good: ClassifiedBlock[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  // Copies may be re-joined differently at inline breaks: compare whole short blocks, and
  // the first REPEAT_PREFIX characters of long ones.
  const key = (text: string): string => (text.length > REPEAT_PREFIX ? text.slice(0, REPEAT_PREFIX) : text);
  for (const b of good) {
    if (b.features.chars >= 20 && seen.has(key(b.text))) {
      Object.assign(b, { cls: 'bad', rule: 'repeat', reason: 'the same paragraph already appears earlier in the article' });
      continue;
    }
    seen.add(key(b.text));
    out.push(b.text);
  }
  return out;
}

/** Number of spaces in a text. */
function spaces(text: string): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * Long lines of running text carry the article's language; menus and labels often carry
 * another, and long lines without spaces are URLs or encoded data.
 */
function languageSample(lines: Line[], minChars: number): string {
  const prose = (l: Line): boolean => l.text.length >= minChars && spaces(l.text) + 1 >= l.text.length / 20;
  const long = lines.filter(prose).map((l) => l.text).join('\n');
  return long.length >= 200 ? long : lines.map((l) => l.text).join('\n');
}

/** The first line of a dump is the page `<title>` in BeautifulSoup dumps; elsewhere it rarely matches anything. */
function pageTitle(lines: Line[]): string | null {
  return lines.find((l) => l.text)?.text ?? null;
}
