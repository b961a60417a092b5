/**
 * Stage `fields` (text path), shared by the headline, date and byline finders: what a block
 * near the top of an article says about it — a printed full date, a byline. Computed lazily
 * per block and cached, so each finder can look around the headline without re-parsing.
 */
import { parseReference, resolveDate, scanDate, type Ymd } from '../fields/dates.js';
import type { ClassifiedBlock } from './classify.js';
import type { HeadlineChoice } from './headline.js';
import type { Region } from './region.js';

/** A full date (day, month and year all printed) found in a line. */
export interface LineDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Offsets of the printed date in the line (UTF-16 units, end exclusive). */
  start: number;
  end: number;
  /** The year was printed with two digits (`19.10.19`). */
  shortYear: boolean;
}

/** Characters of a block searched for a date: a meta line holds its date near the start. */
const SCAN_CHARS = 160;
/** A digit pair: a line without one holds no full date. */
const TWO_DIGITS = /\d\d/;
/** A four-digit year between 1900 and 2099. */
const YEAR4 = /(?:19|20)\d\d/;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [TWO_DIGITS, YEAR4];

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The first full date printed in a line: `19. Oktober 2019`, `Oct. 24, 2023`, `24.10.2023`,
 * `2019-10-16`, `Samstag, 19. Oktober 2019 um 11:14 Uhr`; a numeric date with a two-digit
 * year (`06.11.23`) only when `shortYear` allows it. Month and weekday names are those of
 * `data/fields/months.json` and `weekdays.json`; numeric order by `language` (shared/datelines.md §3).
 * A date glued to a word before it (`macbacchi28.09.19`) counts; a date without its year never does.
 * @param line one block's text (only its first 160 characters are read)
 * @param opts.language ISO 639-1 code (numeric date order); opts.shortYear: accept `dd.mm.yy`
 * @returns the date (a valid calendar day: 31 June is none) and where it is, or null
 */
export function findLineDate(line: string, opts: { language?: string; shortYear?: boolean } = {}): LineDate | null {
  const s = line.length > SCAN_CHARS ? line.slice(0, SCAN_CHARS) : line;
  if (!TWO_DIGITS.test(s)) return null;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!isAlnum(code)) continue;
    const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
    // A word start, or digits glued to the letters before them.
    if (isAlnum(prev) && !(isDigitCode(code) && !isDigitCode(prev))) continue;
    const scan = scanDate(s, i, opts.language);
    if (!scan || scan.year === null || scan.month === null || scan.day === null) continue;
    const shortYear = !YEAR4.test(s.slice(i, scan.end));
    if (shortYear && !opts.shortYear) continue;
    const date = resolveDate(scan, REFERENCE);
    if (date) return { date, start: i, end: scan.end, shortYear };
  }
  return null;
}

/** Any reference: a date with its year printed resolves to itself. */
const REFERENCE: Ymd = parseReference('2000-01-01');

/**
 * Lazily computed meta facts about the blocks of one dump.
 * Dates are read only from blocks of at most `maxWords` words (meta lines, not paragraphs).
 */
export class BlockMeta {
  private readonly dates = new Map<number, LineDate | null>();

  /**
   * @param blocks the classified blocks of the dump
   * @param language ISO 639-1 code of the dump (numeric date order), if known
   */
  private readonly shortOpts: { language?: string; shortYear: boolean };
  private readonly longOpts: { language?: string; shortYear: boolean };

  constructor(readonly blocks: readonly ClassifiedBlock[], readonly language: string | undefined) {
    this.shortOpts = language ? { language, shortYear: true } : { shortYear: true };
    this.longOpts = language ? { language, shortYear: false } : { shortYear: false };
  }

  /**
   * The full date printed in block `i` when it is a short line (≤ 24 words), else null;
   * two-digit years count on lines of at most 8 words (`19.10.19, 18:56`).
   */
  date(i: number): LineDate | null {
    const cached = this.dates.get(i);
    if (cached !== undefined) return cached;
    const b = this.blocks[i];
    let found: LineDate | null = null;
    if (b && b.features.words <= 24) {
      found = findLineDate(b.text, b.features.words <= 8 ? this.shortOpts : this.longOpts);
    }
    this.dates.set(i, found);
    return found;
  }
}

/** Blocks above the region taken as the article head when the headline is the page title (no headline line found in the page). */
const TITLE_HEAD_BLOCKS = 8;

/**
 * The block from which the byline and date finders read the article head: the headline line,
 * or — when the headline is the page title of a BeautifulSoup dump (or there is none) — a few
 * blocks above the region, where the page's own headline line would be.
 */
export function headIndex(headline: HeadlineChoice | null, region: Region): number {
  if (headline && headline.index > 0) return headline.index;
  return Math.max(0, region.start - (headline ? TITLE_HEAD_BLOCKS : 1));
}
