/**
 * Stage `fields` (text path): the headline — the title line of the article, typically the
 * longest title-like line just before the dateline or the first body paragraph. A page-title
 * line ending in " | Site" or " - Site" (BeautifulSoup dumps start with the `<title>`) is the
 * headline less the site part.
 */
import { loadData } from '../data.js';
import { findSource, parseByline, parseDateline } from '../fields/index.js';
import type { ClassifiedBlock } from './classify.js';

interface Thresholds {
  headlineMaxWords: number;
  headlineMinWords: number;
  headlineLookback: number;
}

/** The chosen headline and where it is. */
export interface HeadlineChoice {
  /** Block index of the headline line. */
  index: number;
  /** The headline text, site suffix removed. */
  text: string;
  /** Why this line (for `--explain`). */
  reason: string;
}

// " | Site", " - Site", " – Site", " — Site", " :: Site", " · Site", " » Site" at the end.
const SITE_SUFFIX = /\s+(?:\||-|–|—|::|·|»)\s+([^|–—·»]{1,60})$/u;
// Inside the page, only " | Site" is taken as a site part: a dash may belong to the headline.
const PIPE_SUFFIX = /\s+\|\s+([^|]{1,60})$/u;
// A date or time stamp: "19 jun 2024 11:05", "14.11.2024, 16:20 Uhr".
const STAMP = /^\W*(?:\d{1,4}[./\- ]\w{1,10}[./\- ]\d{2,4}|\d{1,2}:\d{2})\b/u;

/**
 * Strips a trailing " | Site" part when it is short (≤ 5 words), as page titles carry it.
 * @param pipesOnly only strip a `|` part (for lines inside the page, where a dash may belong to the headline)
 * @returns the title without the site part (unchanged when there is none)
 */
export function stripSiteSuffix(title: string, pipesOnly = false): string {
  let t = title.trim();
  for (let k = 0; k < 3; k++) {
    const m = (pipesOnly ? PIPE_SUFFIX : SITE_SUFFIX).exec(t);
    if (!m || (m[1] ?? '').split(/\s+/).length > 5 || m.index < 10) break;
    t = t.slice(0, m.index).trim();
  }
  return t;
}

/**
 * Chooses the headline among the title-like blocks before the article region.
 * @param blocks classified blocks
 * @param regionStart index of the first block of the article region
 * @param pageTitle the dump's first line when it may be the page `<title>` (or null)
 * @returns the choice, or null when no block qualifies
 */
export function findHeadline(blocks: ClassifiedBlock[], regionStart: number, pageTitle: string | null): HeadlineChoice | null {
  const t = loadData<Thresholds>('text/thresholds');
  const title = pageTitle ? stripSiteSuffix(pageTitle) : null;
  const from = Math.max(0, regionStart - t.headlineLookback);
  // Lines above the region first; the region's own top lines only when none qualifies
  // (the region may have taken in a headline that sits right above the first paragraph).
  const best = bestTitle(blocks, regionStart - 1, from, regionStart, title, t) ?? bestTitle(blocks, leadingTitleEnd(blocks, regionStart), regionStart, regionStart, title, t);
  if (best) return { index: best.b.index, text: stripSiteSuffix(best.b.text, best.b.index !== 0), reason: best.why };
  const first = blocks[0];
  if (title && first && regionStart > 0 && !first.category && first.features.titleLike && first.features.words >= t.headlineMinWords && !isFieldLine(first.text)) {
    return { index: 0, text: title, reason: 'page title (first line of the dump)' };
  }
  return null;
}

/**
 * A dateline on its own line (`MADRID, 29 (EUROPA PRESS)`), a credit (`Le Courrier des Dunes
 * avec AFP`) or a byline looks like a title but belongs to the field layer.
 */
function isFieldLine(text: string): boolean {
  const d = parseDateline(text);
  return (d !== null && d.bodyStart >= text.trimEnd().length) || findSource(text) !== null || parseByline(text) !== null;
}

/** The best-scoring title-like block in `[from, to]` (scanned from `to` down), or null. */
function bestTitle(blocks: ClassifiedBlock[], to: number, from: number, regionStart: number, title: string | null, t: Thresholds): { score: number; b: ClassifiedBlock; why: string } | null {
  let best: { score: number; b: ClassifiedBlock; why: string } | null = null;
  for (let i = to; i >= from; i--) {
    const b = blocks[i]!;
    const f = b.features;
    if (b.category || !f.titleLike || f.words < t.headlineMinWords || f.words > t.headlineMaxWords) continue;
    if (STAMP.test(b.text) || f.digitRatio > 0.3 || isFieldLine(b.text)) continue;
    const distance = Math.abs(regionStart - i);
    const matchesTitle = title !== null && (b.text === title || stripSiteSuffix(b.text) === title);
    // Headlines run 4–20 words; longer title-like lines are usually an unpunctuated lead.
    const score = Math.min(f.words, 14) - 0.5 * distance + (matchesTitle ? 10 : 0) - (f.words < 4 ? 4 : 0) - Math.max(0, f.words - 20) * 0.5;
    if (!best || score > best.score) {
      best = { score, b, why: matchesTitle ? 'title-like line equal to the page title' : `longest title-like line near the article (${f.words} words)` };
    }
  }
  return best;
}

/**
 * Index of the last block at the top of the region that may still be the headline:
 * title-like lines without a sentence end, followed by more of the region.
 */
function leadingTitleEnd(blocks: ClassifiedBlock[], regionStart: number): number {
  let i = regionStart;
  while (i < regionStart + 2 && blocks[i]?.features.titleLike && !blocks[i]!.features.endsSentence && blocks[i + 1]?.cls === 'good') i++;
  return i - 1;
}

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
export function findStandfirst(blocks: ClassifiedBlock[], regionStart: number, regionEnd: number): number[] {
  const t = loadData<Thresholds & { standfirstMaxWords: number; standfirstMaxBlocks: number }>('text/thresholds');
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
