/**
 * Stage `fields` (text path): the publication date. A page prints it on a meta line by the
 * headline ("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", "Published: Jun. 4, 2025",
 * "06.11.23"): the first full date from the headline down to the top of the article, then
 * just above the headline (a date over a kicker). When the head prints none, the first full
 * date on a short line of the dump stands in: most pages show their date near the top, above
 * teasers and archives. Only full dates count — a date without its year would be a guess — and
 * never one later than the reference date or before 1990 (no web page is older).
 */
import { loadData } from '../data.js';
import type { ClassifiedBlock } from './classify.js';
import type { HeadlineChoice } from './headline.js';
import { type BlockMeta, findLineDate, headIndex } from './meta.js';
import type { Region } from './region.js';

interface PublishedData {
  /** Blocks below the region start still read as the article head. */
  belowRegion: number;
  /** Blocks above the headline read for a date over it. */
  aboveHeadline: number;
  /** Earliest year taken for a publication date. */
  minYear: number;
}

/** What {@link findPublished} reads. */
export interface PublishedInput {
  /** The classified blocks of the dump. */
  blocks: readonly ClassifiedBlock[];
  /** The article region. */
  region: Region;
  /** The headline chosen (its `rest` is read first), or null. */
  headline: HeadlineChoice | null;
  /** Dates of the blocks. */
  meta: BlockMeta;
  /** `YYYY-MM-DD`: dates after it are misreadings (a teaser's, an event's), never taken. */
  referenceDate: string;
  /** ISO 639-1 code (numeric date order), if known. */
  language?: string;
}

/** The date found and where. */
export interface PublishedDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Block index of the line that prints it. */
  index: number;
  /** Why this date (for `--explain`). */
  reason: string;
}

/**
 * Finds the publication date of a dump.
 * @returns the date, or null when no full date is printed on a short line (or all are in the future)
 */
export function findPublished(input: PublishedInput): PublishedDate | null {
  const d = loadData<PublishedData>('text/published');
  const { blocks, region, headline, meta, referenceDate } = input;
  const ok = (date: string | undefined): date is string => date !== undefined && date <= referenceDate && Number(date.slice(0, 4)) >= d.minYear;
  if (region.end < region.start) return null;
  const head = headIndex(headline, region);
  if (headline?.rest) {
    const found = findLineDate(headline.rest, { ...(input.language ? { language: input.language } : {}), shortYear: true });
    if (ok(found?.date)) return { date: found.date, index: headline.index, reason: 'date on the headline line' };
  }
  const last = Math.min(blocks.length - 1, region.start + d.belowRegion);
  for (let i = head; i <= last; i++) {
    const date = meta.date(i)?.date;
    if (ok(date)) return { date, index: i, reason: 'first date under the headline' };
  }
  for (let i = head - 1; i >= Math.max(0, head - d.aboveHeadline); i--) {
    const date = meta.date(i)?.date;
    if (ok(date)) return { date, index: i, reason: 'date just above the headline' };
  }
  for (let i = 0; i < blocks.length; i++) {
    const date = meta.date(i)?.date;
    if (ok(date)) return { date, index: i, reason: 'first date of the page (none by the headline)' };
  }
  return null;
}
