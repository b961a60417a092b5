/**
 * Dateline detection at the start of a paragraph (shared/datelines.md §2, §3, §8):
 *
 * ```
 * [(AGENCY) [SEP]] PLACE[, QUALIFIER]{0,2}[, DATE] [(AGENCY)] SEP Body…     place first
 * (AGENCY) SEP Body…  |  AGENCY SEP Body…                                    agency alone
 * DATE (AGENCY) SEP Body…                                                   date first (UPI)
 * PLACE, DATE (AGENCY) [SEP] ⏎                                             own line (Europa Press)
 * ```
 *
 * PLACE may carry a parenthesised qualifier (`Halle (Saale)`, `Amaravati (AP), …`) or a bracketed
 * country (`New Delhi [India]`). SEP is a dash (` - `, ` – `, ` — `, ` -- `, glued `ALGER-` or
 * `(AP)—The`), `.-` (EFE), `:`/`.` right after the agency (ANI, epd), `.` after a bare place in
 * German (`Hamburg.`), or nothing after PTI, IANS and KNA when the body follows with a capital.
 * Only the first 240 characters are parsed; every step is a bounded sticky match, so the parse
 * is linear and fast.
 */
import type { Dateline } from '../types.js';
import { loadData } from '../data.js';
import { type Agency, agencyInParens, agencyNamed } from './agencies.js';
import { type DateScan, type Ymd, isCalendarWord, parseReference, resolveDate, scanDate } from './dates.js';
import { scanPlace } from './place.js';
import { startsWithPublished } from './published.js';
import { HEAD_CHARS, charAt, endsLikeSentence, hasLower, isDigit, isLower, isUpper, skipSpaces } from './text.js';

/** A dateline found at the start of a paragraph. */
export interface DatelineMatch extends Dateline {
  /** Canonical agency named in the dateline (`(AP)` → `Associated Press`), or null. */
  source: string | null;
  /**
   * Offset in the input where the body begins, after the separator and spaces. Equals the
   * input's length when the dateline is the whole paragraph (`MADRID, 19 (EUROPA PRESS)`).
   */
  bodyStart: number;
}

/** Options of {@link parseDateline}. */
export interface DatelineOptions {
  /** `YYYY-MM-DD` that partial dates resolve against (see `parseDate`). Default: today (UTC). */
  referenceDate?: string;
  /** ISO 639-1 code: numeric date order, and `Hamburg.`-style periods in German. */
  language?: string;
}

interface SyntaxFile {
  dashes: string[];
  gluedDashes: string[];
  dotDash: string;
  agencySeparators: string[];
  periodPlaceLanguages: string[];
}

const SYNTAX = loadData<SyntaxFile>('fields/dateline-syntax');
const DASHES = [...SYNTAX.dashes].sort((a, b) => b.length - a.length);
const GLUED_DASHES = new Set(SYNTAX.gluedDashes);
const AGENCY_SEPARATORS = new Set(SYNTAX.agencySeparators);
const PERIOD_PLACE_LANGUAGES = new Set(SYNTAX.periodPlaceLanguages);

/** Longest `(…)` content read as an agency. */
const MAX_PAREN = 40;
/** How far into the body a lowercase letter must appear (an all-caps run is a headline). */
const BODY_LOWERCASE_WITHIN = 40;
/** A bare place (`LONDON —`) needs a finished sentence after it, not `Blog - Latest News`: this many words… */
const MIN_BODY_WORDS = 4;
/** …within this many characters. */
const BODY_WORDS_WITHIN = 80;
/** What may open a body: a letter, digit, quote or opening punctuation. */
const BODY_OPENERS = '"“«‘\'¿¡(„';
const BARE_AGENCY_RE = /\p{L}[\p{L}-]{1,24}/uy;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [BARE_AGENCY_RE];

type SepKind = 'dash' | 'dotDash' | 'agencySep' | 'period' | 'end' | 'none';

interface Sep {
  kind: SepKind;
  /** Index in the text where the body starts (text length on an own-line dateline). */
  bodyStart: number;
}

interface Ctx {
  text: string;
  head: string;
  language: string | undefined;
  reference: Ymd;
}

/** What a candidate dateline holds, before the separator and body checks. */
interface Candidate {
  start: number;
  end: number;
  location: [number, number] | null;
  date: DateScan | null;
  agency: Agency | null;
  /** The span ends with the agency's closing parenthesis. */
  endsWithParen: boolean;
}

function isSpaceOrEnd(s: string, i: number): boolean {
  return i >= s.length || skipSpaces(s, i) > i;
}

function separatorAt(ctx: Ctx, i: number): Sep {
  const { head, text } = ctx;
  const j = skipSpaces(head, i);
  if (j >= text.length) return { kind: 'end', bodyStart: text.length };
  const after = (k: number, kind: SepKind): Sep | null =>
    isSpaceOrEnd(text, k) ? { kind, bodyStart: skipSpaces(text, k) } : null;
  if (head.startsWith(SYNTAX.dotDash, i)) {
    const sep = after(i + SYNTAX.dotDash.length, 'dotDash');
    if (sep) return sep;
  }
  for (const d of DASHES) {
    if (head.startsWith(d, j)) {
      const sep = after(j + d.length, 'dash') ?? (GLUED_DASHES.has(d) ? { kind: 'dash' as const, bodyStart: j + d.length } : null);
      if (sep) return sep;
      break;
    }
  }
  const ch = head.charAt(i);
  if (AGENCY_SEPARATORS.has(ch)) {
    const sep = after(i + 1, ch === '.' ? 'period' : 'agencySep');
    if (sep) return sep;
  }
  return { kind: 'none', bodyStart: j };
}

/** True when `s` opens (after spaces) with a dateline dash: the rest of a dateline a converter broke off. */
export function startsWithDash(s: string): boolean {
  const i = skipSpaces(s, 0);
  return DASHES.some((d) => s.startsWith(d, i));
}

/** A body begins with a capital, digit or quote and is not an all-caps run (a headline). */
function bodyLooksRight(text: string, i: number): boolean {
  const first = charAt(text, i);
  if (!(isUpper(first) || isDigit(first) || BODY_OPENERS.includes(first))) return false;
  const limit = Math.min(text.length, i + BODY_LOWERCASE_WITHIN);
  for (let k = i; k < limit; k++) if (isLower(text.charAt(k))) return true;
  return false;
}

function separatorAllowed(ctx: Ctx, c: Candidate, sep: Sep): boolean {
  switch (sep.kind) {
    case 'dash':
    case 'dotDash':
      return true;
    case 'agencySep':
      return c.endsWithParen;
    case 'period':
      return c.endsWithParen || (c.agency === null && c.date === null && PERIOD_PLACE_LANGUAGES.has(ctx.language ?? ''));
    case 'none':
      return c.endsWithParen && c.agency !== null && c.agency.noSeparator;
    case 'end':
      return true;
  }
}

/**
 * Own line (nothing after the dateline in this paragraph): needs a place, a date and an agency
 * (`MADRID, 19 (EUROPA PRESS)`); `Jane Doe (AAP)` is a byline, `Roma, 19 giugno 2024` a time line.
 */
function ownLineAllowed(c: Candidate): boolean {
  return c.location !== null && c.date !== null && c.agency !== null;
}

/** True when at least `n` words start at `i` (read within a short window). */
function hasWords(text: string, i: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  const limit = Math.min(text.length, i + BODY_WORDS_WITHIN);
  for (let k = i; k < limit && words < n; k++) {
    const space = skipSpaces(text, k) > k;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words >= n;
}

function accept(ctx: Ctx, c: Candidate): DatelineMatch | null {
  const sep = separatorAt(ctx, c.end);
  if (!separatorAllowed(ctx, c, sep)) return null;
  const ownLine = sep.bodyStart >= ctx.text.length;
  if (ownLine ? !ownLineAllowed(c) : !bodyLooksRight(ctx.text, sep.bodyStart)) return null;
  const bare = c.agency === null && c.date === null;
  if (bare && !(hasWords(ctx.text, sep.bodyStart, MIN_BODY_WORDS) && endsLikeSentence(ctx.text))) return null;
  let date: string | null = null;
  if (c.date) {
    date = resolveDate(c.date, ctx.reference);
    if (date === null) return null;
  }
  return {
    text: ctx.head.slice(c.start, c.end),
    location: c.location ? ctx.head.slice(c.location[0], c.location[1]) : null,
    date,
    source: c.agency ? c.agency.canonical : null,
    bodyStart: sep.bodyStart,
  };
}

/** `(AGENCY)` at `i`: the agency and the index after `)`. */
function parenAgency(head: string, i: number): { agency: Agency; end: number } | null {
  if (head[i] !== '(') return null;
  const close = head.indexOf(')', i + 1);
  if (close < 0 || close - i - 1 > MAX_PAREN) return null;
  const agency = agencyInParens(head.slice(i + 1, close));
  return agency ? { agency, end: close + 1 } : null;
}

/**
 * A parenthesis that belongs to the place: a Title-case place (`Halle (Saale)`, `Frankfurt (Oder)`),
 * or an agency code that a comma or another parenthesis follows, i.e. a state qualifier
 * (`Amaravati (AP), Jul 12 (PTI)`, AP = Andhra Pradesh, datelines.md §4).
 * @returns the index after `)`, or null
 */
function parenQualifierEnd(head: string, i: number): number | null {
  if (head[i] !== ' ' || head[i + 1] !== '(') return null;
  const close = head.indexOf(')', i + 2);
  if (close < 0 || close - i - 2 > MAX_PAREN) return null;
  const content = head.slice(i + 2, close);
  if (agencyInParens(content)) {
    const next = skipSpaces(head, close + 1);
    return head[next] === ',' || head[next] === '(' ? close + 1 : null;
  }
  return scanPlace(content, 0) === content.length && hasLower(content) ? close + 1 : null;
}

/** Date after a comma: a bare day number only counts when an agency follows (checked by the caller). */
function commaDate(ctx: Ctx, i: number): DateScan | null {
  const d = scanDate(ctx.head, skipSpaces(ctx.head, i + 1), ctx.language);
  return d && (d.month !== null || d.weekday !== null || d.day !== null) ? d : null;
}

/** A place is not an agency (`AGI -`), a weekday or month (`Wednesday, 20th November`), or a time line (`Published Wed, Nov 20`). */
function isPlaceName(place: string): boolean {
  return !agencyNamed(place) && !isCalendarWord(place.split(' ', 1)[0] ?? '') && !startsWithPublished(place);
}

function placeFirst(ctx: Ctx, at: number, start: number, lead: Agency | null): DatelineMatch | null {
  const { head } = ctx;
  let locEnd = scanPlace(head, at);
  if (locEnd === null || !isPlaceName(head.slice(at, locEnd))) return null;
  locEnd = parenQualifierEnd(head, locEnd) ?? locEnd;
  let end = locEnd;
  let date: DateScan | null = null;
  for (let qualifiers = 0; head[end] === ','; ) {
    date = commaDate(ctx, end);
    if (date) {
      end = date.end;
      break;
    }
    const q = qualifiers < 2 ? scanPlace(head, skipSpaces(head, end + 1)) : null;
    if (q === null) break;
    locEnd = end = q;
    qualifiers++;
  }
  const paren = parenAgency(head, skipSpaces(head, end));
  if (date && date.month === null && date.weekday === null && !paren) return null;
  return accept(ctx, {
    start,
    end: paren ? paren.end : end,
    location: [at, locEnd],
    date,
    agency: lead ?? paren?.agency ?? null,
    endsWithParen: paren !== null,
  });
}

function dateFirst(ctx: Ctx, at: number): DatelineMatch | null {
  const date = scanDate(ctx.head, at, ctx.language);
  if (!date || date.month === null) return null;
  const paren = parenAgency(ctx.head, skipSpaces(ctx.head, date.end));
  if (!paren) return null;
  return accept(ctx, { start: at, end: paren.end, location: null, date, agency: paren.agency, endsWithParen: true });
}

/** `(ANSA) - ROMA, 19 GIU -`, `(DIRE) Roma, 19 giu. -`, `(Bloomberg) --`, `AGI -`. */
function agencyFirst(ctx: Ctx, at: number): DatelineMatch | null {
  const { head } = ctx;
  let lead = parenAgency(head, at);
  if (!lead) {
    BARE_AGENCY_RE.lastIndex = at;
    const word = BARE_AGENCY_RE.exec(head);
    const agency = word ? agencyNamed(word[0]) : null;
    if (!word || !agency) return null;
    lead = { agency, end: at + word[0].length };
  }
  const isParen = head[at] === '(';
  const sep = separatorAt(ctx, lead.end);
  if (!isParen && sep.kind !== 'dash') return null;
  const innerAt = sep.kind === 'dash' ? sep.bodyStart : skipSpaces(head, lead.end);
  const inner = innerAt < head.length ? placeFirst(ctx, innerAt, at, lead.agency) : null;
  if (inner) return inner;
  const bare: Candidate = { start: at, end: lead.end, location: null, date: null, agency: lead.agency, endsWithParen: isParen };
  return sep.kind === 'end' ? null : accept(ctx, bare);
}

/**
 * Detects a dateline at the start of `text` (a paragraph).
 *
 * Examples (shared/datelines.md):
 * - `WASHINGTON (AP) — The…` → `{text: 'WASHINGTON (AP)', location: 'WASHINGTON', date: null, source: 'Associated Press', bodyStart: 18}`
 * - `LONDON, Nov 29 (Reuters) - …` → text `LONDON, Nov 29 (Reuters)`, date resolved against the reference
 * - `(ANSA) - ROMA, 19 GIU - …` → text `(ANSA) - ROMA, 19 GIU`, location `ROMA`, source `ANSA`
 * - `MADRID, 19 (EUROPA PRESS)` alone → the whole text, date = latest 19th on or before the reference, bodyStart = text.length
 * - `Mumbai, June 19 (IANS) The…` (no separator), `New Delhi [India], June 19 (ANI): …`, `Hannover (epd). Die…`
 * - `PYONGYANG, 19 giugno 2024 – Durante…` → location `PYONGYANG`, date `2024-06-19`, source null
 *
 * A dateline with neither agency nor date (`LONDON — …`, `Buenos Aires.- …`) counts only before
 * a finished sentence of at least four words (not `Blog - Latest News`); one on its own line needs
 * an agency and a date. Rejects the hard negatives of §4: a capitalised place starting a sentence
 * (`ROMA è…`, `Paris, the organisers said…`), dates inside sentences, all-caps headlines, `(AP)`
 * not followed by a separator, a bare `(Belga)` credit line, time lines (`Published Wed, Nov 20`).
 *
 * @param text a paragraph; its first 240 characters are parsed (and its end checked for a bare place)
 * @returns the dateline with offsets into `text`, or null when the paragraph does not open with one
 * @throws TypeError when `opts.referenceDate` is not `YYYY-MM-DD…`
 */
export function parseDateline(text: string, opts: DatelineOptions = {}): DatelineMatch | null {
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const ctx: Ctx = { text, head, language: opts.language, reference: parseReference(opts.referenceDate) };
  const at = skipSpaces(head, 0);
  if (at >= head.length) return null;
  return agencyFirst(ctx, at) ?? placeFirst(ctx, at, at, null) ?? dateFirst(ctx, at);
}
