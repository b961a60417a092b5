import { loadData } from '../../data.js';

/**
 * Publication-date normalisation: many written forms → ISO 8601, keeping the page's own
 * offset (`2019-11-19T13:23:59-05:00` stays as is; no conversion to UTC), never inventing a
 * part that is not written (a value without a day is rejected, a value without a time stays a
 * bare `YYYY-MM-DD`), and never later than a reference date.
 */

/** ISO 8601 / RFC 3339 with optional time, seconds, fraction and offset; also `YYYY/MM/DD` and a space before the time. */
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|\s*(?:UTC|GMT))?)?\b/i;
/** Compact `YYYYMMDD` (Highwire/Parse.ly), optionally with `THHMMSS`. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/;
/** Day-first numeric dates: `19.11.2019`, `19/11/2019` (European order; the US order is ambiguous and not read). */
const DMY = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/;
/** Month names of several languages (`data/html/months.json`), name → 1..12. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(loadData<{ months: Record<string, string[]> }>('html/months').months).flatMap(([n, names]) => names.map((x) => [x, Number(n)] as [string, number])),
);
/** Month names as one alternation, longest first (`septembre` before `sep`). */
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/** Latin letters (ASCII and Latin-1/Extended-A/B): what may not touch a month name or a day number. */
const LETTER = 'A-Za-z\u00c0-\u024f';
/**
 * `19. November 2019`, `19 de noviembre de 2019`. Built from the month list with the plain `i`
 * flag, without Unicode property classes, which are costly to compile.
 */
const DAY_MONTH_YEAR = new RegExp(`(?<![${LETTER}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+)?(${MONTH_ALT})(?![${LETTER}])\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'i');
/** `November 19, 2019`, `Nov. 19th 2019`. */
const MONTH_DAY_YEAR = new RegExp(`(?<![${LETTER}])(${MONTH_ALT})(?![${LETTER}])\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i');
/** Day-first numeric date anywhere in a text: `16.10.2019`, `16/10/2019`. */
const DMY_IN_TEXT = /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])/;
/** A date inside a URL path: `/2019/10/16/`, `/2019-10-16-`. */
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/;
const TIME_AFTER = /\b(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|Z|[+-]\d{4})?\b/i;
const EPOCH = /^\d{10}(?:\d{3})?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function offset(raw: string | undefined): string {
  if (!raw) return '';
  const t = raw.trim().toUpperCase();
  if (t === 'Z' || t === 'UTC' || t === 'GMT') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(t);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

function build(y: number, m: number, d: number, hh?: string, mm?: string, ss?: string, off?: string): string | null {
  if (!validDay(y, m, d)) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined || mm === undefined) return day;
  const h = Number(hh);
  const mi = Number(mm);
  if (h > 23 || mi > 59) return day;
  return `${day}T${pad(h)}:${pad(mi)}:${ss ? pad(Number(ss)) : '00'}${offset(off)}`;
}

function month(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase());
}

/**
 * Parses one written date into ISO 8601.
 * @param raw e.g. `2019-11-19T13:23:59-05:00`, `2019-11-19 13:23`, `20191119`, `19.11.2019`,
 *   `Tue, 19 Nov 2019 13:23:59 GMT`, `November 19, 2019`, a Unix epoch in s or ms
 * @returns `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS[offset]`; `null` when no full date is written
 */
export function parseDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  let m = ISO.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7]);
  m = COMPACT.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
  if (EPOCH.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return build(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), String(d.getUTCHours()), String(d.getUTCMinutes()), String(d.getUTCSeconds()), 'Z');
  }
  m = DMY.exec(s);
  if (m) return build(Number(m[3]), Number(m[2]), Number(m[1]));
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  let rest = s;
  if ((m = DAY_MONTH_YEAR.exec(s)) && month(m[2] as string)) {
    [d, mo, y] = [Number(m[1]), month(m[2] as string), Number(m[3])];
    rest = s.slice(m.index + m[0].length);
  } else if ((m = MONTH_DAY_YEAR.exec(s)) && month(m[1] as string)) {
    [mo, d, y] = [month(m[1] as string), Number(m[2]), Number(m[3])];
    rest = s.slice(m.index + m[0].length);
  }
  if (y === undefined || mo === undefined || d === undefined) return null;
  const t = TIME_AFTER.exec(rest);
  return t ? build(y, mo, d, t[1], t[2], t[3], t[4]) : build(y, mo, d);
}

/**
 * Finds a written date inside running text (a dateline, a "Published on …" line).
 * @returns `YYYY-MM-DD[THH:MM…]` or `null`; day-first numeric forms are read as day.month.year
 */
export function findDateInText(text: string): string | null {
  if (text.length > 300) return null;
  const named = parseDate(text.replace(/^[^\d\p{L}]+/u, ''));
  if (named) return named;
  const m = DMY_IN_TEXT.exec(text);
  return m ? build(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** A date written in a URL path (`/2019/10/16/`), or `null`. */
export function dateFromUrl(url: string): string | null {
  const m = URL_DATE.exec(url);
  return m ? build(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * True when an ISO date is after the reference day (compared on the calendar day as written).
 * @param iso output of {@link parseDate}
 * @param referenceDate `YYYY-MM-DD` (or a longer ISO value; its first 10 characters count)
 */
export function isAfter(iso: string, referenceDate: string | undefined): boolean {
  if (!referenceDate) return false;
  return iso.slice(0, 10) > referenceDate.slice(0, 10);
}
