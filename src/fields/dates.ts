/**
 * Dates as printed in datelines, in en it es pt fr de nl: month names and abbreviations (with
 * and without dots, any case), weekday names, day-month-year and month-day orders, numeric
 * dates by language, and resolution of partial dates against a reference date
 * (shared/datelines.md §1).
 *
 * Why not chrono-node: measured on the gold dateline spans of datelines.jsonl (v2.10.3, each
 * case's own locale) it resolves 89/92 dates (it misses the Europa Press day-only form
 * `MADRID, 19`) and it misses `19 sept` in Spanish, at ~50 µs a call; and it is a free-text
 * finder, while a dateline needs an anchored grammar that says where the date ends. The
 * grammar below needs the month tables anyway, so it resolves the date itself.
 */
import { loadData } from '../data.js';
import { HEAD_CHARS, charAt, isDigit, isWordChar, phraseList, restIsBlank } from './text.js';

/** The pieces of a printed date; null where the text does not print them. */
export interface DateParts {
  year: number | null;
  /** 1–12 */
  month: number | null;
  /** 1–31 */
  day: number | null;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number | null;
}

/** A date found at a position of a string: its parts and the index just after it. */
export interface DateScan extends DateParts {
  end: number;
}

/** Options of {@link parseDate}. */
export interface DateOptions {
  /** `YYYY-MM-DD` (a longer ISO string is cut to its date) that partial dates resolve against. Default: today (UTC). */
  referenceDate?: string;
  /** ISO 639-1 code; decides the order of numeric dates (`en` month first, others day first). */
  language?: string;
}

interface SyntaxFile {
  dayPrefixes: string[];
  dateLinkers: string[];
  ordinals: string[];
  timeWords: string[];
  timeSuffixes: string[];
  numericOrder: Record<string, 'MDY' | 'DMY'>;
  defaultNumericOrder: 'MDY' | 'DMY';
}

/** Merges per-language word tables into one map; a spelling with two meanings is a data bug. */
function mergeTables(name: string, tables: Record<string, Record<string, number>>): Map<string, number> {
  const merged = new Map<string, number>();
  for (const [lang, table] of Object.entries(tables)) {
    for (const [word, value] of Object.entries(table)) {
      const prev = merged.get(word);
      if (prev !== undefined && prev !== value) throw new Error(`data/fields/${name}.json: "${word}" (${lang}) is ${value} and ${prev}`);
      merged.set(word, value);
    }
  }
  return merged;
}

const MONTHS = mergeTables('months', loadData<{ months: Record<string, Record<string, number>> }>('fields/months').months);
const WEEKDAYS = mergeTables('weekdays', loadData<{ weekdays: Record<string, Record<string, number>> }>('fields/weekdays').weekdays);
const SYNTAX = loadData<SyntaxFile>('fields/dateline-syntax');
const DAY_PREFIXES = new Set(SYNTAX.dayPrefixes);
const DATE_LINKERS = new Set(SYNTAX.dateLinkers);
const ORDINALS = [...SYNTAX.ordinals].sort((a, b) => b.length - a.length);
const TIME_WORDS = phraseList(SYNTAX.timeWords);
const TIME_SUFFIXES = [...SYNTAX.timeSuffixes].sort((a, b) => b.length - a.length);

/** The run of letters and hyphens at a position; a month or weekday word starts it. */
const WORD_RUN_RE = /[\p{L}-]*/uy;
/**
 * A month or weekday word at the start of its run: at most 20 letters (one inner hyphen), not
 * followed by another letter. Inside a run `[^-]` is a letter: this is
 * `\p{L}{1,20}(?:-\p{L}{1,20})?(?!\p{L})` with one Unicode class instead of three (see
 * `fields/place.ts`: each costs about a millisecond to compile in a fresh process).
 */
const WORD_RE = /^[^-]{1,20}(?:-[^-]{1,20})?(?![^-])/u;
const DAY_RE = /\d{1,2}(?!\d)/y;
const YEAR_RE = /(?:19|20)\d\d(?!\d)/y;
const NUMERIC_RE = /(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y;
const ISO_RE = /((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/y;
const TIME_RE = /\d{1,2}[:.h]\d\d(?!\d)/y;
const REFERENCE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [WORD_RUN_RE, WORD_RE, DAY_RE, YEAR_RE, NUMERIC_RE, ISO_RE, TIME_RE, REFERENCE_RE];

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** Skips spaces, tabs and no-break spaces (not line breaks: a date does not span lines). */
function skipInline(s: string, i: number): number {
  let j = i;
  while (j < s.length && (s[j] === ' ' || s[j] === '\t' || s[j] === '\u00a0' || s[j] === '\u202f')) j++;
  return j;
}

/** The word at `i` (letters, one inner hyphen), lowercased, with its end. */
function wordAt(s: string, i: number): { lower: string; end: number } | null {
  const run = sticky(WORD_RUN_RE, s, i)![0];
  const m = run ? WORD_RE.exec(run) : null;
  if (!m) return null;
  return { lower: m[0].toLowerCase(), end: i + m[0].length };
}

/** True when `word` (any case, a final dot ignored) is a month or weekday name of any of the languages. */
export function isCalendarWord(word: string): boolean {
  const w = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
  return MONTHS.has(w) || WEEKDAYS.has(w);
}

/** A month word at `i` (with its abbreviation dot, if any). */
function monthAt(s: string, i: number): { month: number; end: number } | null {
  const w = wordAt(s, i);
  const month = w ? MONTHS.get(w.lower) : undefined;
  if (!w || month === undefined) return null;
  return { month, end: s[w.end] === '.' ? w.end + 1 : w.end };
}

/** A four-digit year at `i`, after an optional comma and `de` (`, 2024`, ` de 2023`). */
function yearAfter(s: string, i: number): { year: number; end: number } | null {
  let j = s[i] === ',' ? i + 1 : i;
  j = skipInline(s, j);
  const linker = wordAt(s, j);
  if (linker && DATE_LINKERS.has(linker.lower)) j = skipInline(s, linker.end);
  const m = sticky(YEAR_RE, s, j);
  return m ? { year: Number(m[0]), end: j + 4 } : null;
}

function ordinalEnd(s: string, i: number): number {
  for (const o of ORDINALS) {
    if (s.startsWith(o, i) && !isWordChar(charAt(s, i + o.length))) return i + o.length;
  }
  return i;
}

/** `19 giugno 2024`, `15. Sep`, `7 de diciembre`, `1er juin`, or the bare day `19`. */
function dayFirst(s: string, i: number): DateScan | null {
  const d = sticky(DAY_RE, s, i);
  if (!d) return null;
  const day = Number(d[0]);
  const afterDigits = i + d[0].length;
  let j = skipInline(s, ordinalEnd(s, afterDigits));
  const linker = wordAt(s, j);
  if (linker && DATE_LINKERS.has(linker.lower)) j = skipInline(s, linker.end);
  const m = monthAt(s, j);
  if (!m) return { year: null, month: null, day, weekday: null, end: afterDigits };
  const y = yearAfter(s, m.end);
  return { year: y ? y.year : null, month: m.month, day, weekday: null, end: y ? y.end : m.end };
}

/** `Nov 29`, `Jan. 2`, `February 8, 2023`, `JUN 19`. */
function monthFirst(s: string, i: number): DateScan | null {
  const m = monthAt(s, i);
  if (!m) return null;
  const j = skipInline(s, m.end);
  if (j === m.end) return null;
  const d = sticky(DAY_RE, s, j);
  if (!d) return null;
  const afterDay = ordinalEnd(s, j + d[0].length);
  const y = yearAfter(s, afterDay);
  return { year: y ? y.year : null, month: m.month, day: Number(d[0]), weekday: null, end: y ? y.end : afterDay };
}

/** `05/06/2024`, `19.06.2024`, `19-06-2024`, `2024-06-19`; the language decides `6/5/2024`. */
function numeric(s: string, i: number, language: string | undefined): DateScan | null {
  const iso = sticky(ISO_RE, s, i);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), weekday: null, end: i + iso[0].length };
  const m = sticky(NUMERIC_RE, s, i);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const yy = m[4] ?? '';
  const year = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
  const order = (language && SYNTAX.numericOrder[language]) || SYNTAX.defaultNumericOrder;
  let [month, day] = order === 'MDY' ? [a, b] : [b, a];
  if (month > 12 && day <= 12) [month, day] = [day, month];
  return { year, month, day, weekday: null, end: i + m[0].length };
}

/** An optional time after a date: `ore 14:30`, `16:20 Uhr`, `10:42 a.m.`. */
function timeEnd(s: string, i: number): number {
  let j = skipInline(s, i);
  if (j === i) return i;
  const lower = s.slice(j, j + 8).toLowerCase();
  const word = TIME_WORDS.find((w) => lower.startsWith(w) && !isWordChar(charAt(lower, w.length)));
  if (word) j = skipInline(s, j + word.length);
  const t = sticky(TIME_RE, s, j);
  if (!t) return i;
  let end = j + t[0].length;
  const k = skipInline(s, end);
  const suffix = TIME_SUFFIXES.find((x) => s.startsWith(x, k) && !isWordChar(charAt(s, k + x.length)));
  if (suffix) end = k + suffix.length;
  return end;
}

function withTime(scan: DateScan | null, s: string): DateScan | null {
  return scan && (scan.month !== null || scan.weekday !== null) ? { ...scan, end: timeEnd(s, scan.end) } : scan;
}

function dayMonth(s: string, i: number, language: string | undefined): DateScan | null {
  let j = i;
  const prefix = wordAt(s, j);
  if (prefix && DAY_PREFIXES.has(prefix.lower)) {
    const k = skipInline(s, prefix.end);
    if (k > prefix.end && isDigit(s.charAt(k))) j = k;
  }
  return withTime(numeric(s, j, language) ?? dayFirst(s, j) ?? monthFirst(s, j), s);
}

/**
 * Reads a date that starts exactly at `i`: an optional weekday (and comma), then a numeric
 * date, day-first or month-first date with optional year and time; or a weekday alone; or a
 * bare day number (`day` set, `month` null — only the caller knows whether that is a date).
 * Linear: a fixed number of sticky matches of bounded length.
 * @returns the parts and the index after the date (after its time, if printed), or null
 */
export function scanDate(s: string, i: number, language?: string): DateScan | null {
  const w = wordAt(s, i);
  const weekday = w ? WEEKDAYS.get(w.lower) : undefined;
  if (!w || weekday === undefined) return dayMonth(s, i, language);
  const j = skipInline(s, s[w.end] === ',' ? w.end + 1 : w.end);
  const full = j > w.end ? dayMonth(s, j, language) : null;
  if (full && full.month !== null) return { ...full, weekday };
  return { year: null, month: null, day: null, weekday, end: w.end };
}

/** A calendar date: year, month 1–12, day 1–31 (a parsed reference date). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isoOfDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Parses a reference date.
 * @param ref `YYYY-MM-DD` or a longer ISO 8601 string; undefined means today (UTC)
 * @throws TypeError when `ref` does not start with `YYYY-MM-DD` (a caller bug)
 */
export function parseReference(ref: string | undefined): Ymd {
  if (ref === undefined) {
    const now = new Date();
    return { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
  }
  const m = REFERENCE_RE.exec(ref);
  if (!m) throw new TypeError(`referenceDate must be YYYY-MM-DD, got ${JSON.stringify(ref.slice(0, 40))}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** Day and month without year: the year that puts the date nearest the reference (the earlier on a tie). */
function nearestYear(month: number, day: number, ref: Ymd): string | null {
  const refN = dayNumber(ref.y, ref.m, ref.d);
  let best: { n: number; diff: number } | null = null;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    if (day > daysInMonth(y, month)) continue;
    const n = dayNumber(y, month, day);
    const diff = Math.abs(n - refN);
    if (!best || diff < best.diff) best = { n, diff };
  }
  return best ? isoOfDayNumber(best.n) : null;
}

/** Day number only (Europa Press `MADRID, 19`): the latest such day on or before the reference. */
function latestDay(day: number, ref: Ymd): string | null {
  let y = ref.y;
  let m = ref.m;
  for (let k = 0; k < 13; k++) {
    if (day <= daysInMonth(y, m) && (k > 0 || day <= ref.d)) return iso(y, m, day);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return null;
}

/** Weekday only (`LONDON, Tuesday`): the latest such weekday on or before the reference. */
function latestWeekday(weekday: number, ref: Ymd): string {
  const refN = dayNumber(ref.y, ref.m, ref.d);
  const refWeekday = new Date(refN * 86_400_000).getUTCDay();
  return isoOfDayNumber(refN - ((refWeekday - weekday + 7) % 7));
}

/**
 * Resolves printed date parts to `YYYY-MM-DD` (shared/datelines.md §1): a full date as printed
 * (the weekday is ignored: the date wins); no year → the nearest year; day only → the latest
 * such day on or before the reference; weekday only → the latest such weekday on or before it.
 * @returns ISO date, or null when the parts are not a valid date (31 June, month without day)
 */
export function resolveDate(parts: DateParts, ref: Ymd): string | null {
  const { year, month, day, weekday } = parts;
  if (month !== null && day !== null) {
    if (month < 1 || month > 12 || day < 1) return null;
    if (year === null) return nearestYear(month, day, ref);
    return day <= daysInMonth(year, month) ? iso(year, month, day) : null;
  }
  if (day !== null) return day >= 1 && day <= 31 ? latestDay(day, ref) : null;
  if (weekday !== null) return latestWeekday(weekday, ref);
  return null;
}

/**
 * Parses a date written at the start of `text` (after spaces) into `YYYY-MM-DD`.
 *
 * Accepts month names and abbreviations of en it es pt fr de nl, with or without dot, any case
 * (`19 GIU`, `Jun.`, `févr.`, `Jänner`, `mrt`); day-month and month-day orders (`19 giugno
 * 2024`, `Nov 29`, `February 8, 2023`, `15. Sep`, `7 de diciembre de 2024`, `le 8 octobre`);
 * an optional weekday before (`mercoledì 19 giugno 2024`, `Mittwoch, 23. April 2025`) or a
 * weekday alone (`Tuesday`); numeric dates in the language's order (`05/06/2024` is 5 June in
 * it/es/pt/fr/de/nl, `6/5/2024` is 5 June in en; `19.06.2024`, `19-06-2024`, `2024-06-19`);
 * a bare day number only when it is the whole text. Text after the date is ignored.
 *
 * Partial dates resolve against `opts.referenceDate` as {@link resolveDate} says; e.g.
 * `parseDate('Dec 31', {referenceDate: '2025-01-02'})` → `'2024-12-31'`,
 * `parseDate('Tuesday', {referenceDate: '2024-06-19'})` → `'2024-06-18'`.
 *
 * @returns `YYYY-MM-DD`, or null when the text does not start with a valid date
 * @throws TypeError when `opts.referenceDate` is not `YYYY-MM-DD…`
 */
export function parseDate(text: string, opts: DateOptions = {}): string | null {
  const ref = parseReference(opts.referenceDate);
  const s = text.trimStart().slice(0, HEAD_CHARS);
  const scan = scanDate(s, 0, opts.language);
  if (!scan) return null;
  if (scan.month === null && scan.day !== null && !restIsBlank(s, scan.end)) return null;
  return resolveDate(scan, ref);
}
