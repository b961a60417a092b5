/**
 * Source credits (shared/datelines.md §5): closing credit lines (`(con fonte AdnKronos)`,
 * `Fonte: ANSA`, `Quelle: dpa`, `© dpa-infocom, dpa:…`, `— Associated Press`, `With reporting by
 * Reuters`, `(Agencias)`, `Com Lusa`, `Bron: ANP`, `(ats)`, `AAP`, CP's `This report by The
 * Canadian Press was first published…`), a credit closing the last paragraph (`… bilancio.
 * (Agenzie)`), and — through {@link findSource} — dateline agencies and bylines.
 *
 * Photo credits (`Foto: ANSA`, `Photo: AP Photo/…`, `Bild: dpa`, `(Foto: EFE)`, a bare `© ANSA`)
 * never count, nor do agencies mentioned inside a sentence: only whole credit lines and the edges
 * of a paragraph are read. Wording: `data/fields/credit-phrases.json`, `data/fields/photo-credits.json`.
 */
import { loadData } from '../data.js';
import { type Agency, agencyAtStart, agencyInParens, agencyNamed } from './agencies.js';
import { parseByline, parseInfixCredit } from './byline.js';
import { type DatelineOptions, parseDateline } from './dateline.js';
import { scanDate } from './dates.js';
import { MAX_CREDIT_LINE, endsLikeSentence, phraseList, startsWithPhrase } from './text.js';

/** A credit found by {@link findSource}. */
export interface SourceMatch {
  /** Canonical agency (datelines.md §6), e.g. `AdnKronos`. */
  source: string;
  /** The credit span as printed: the dateline text, the credit line or the byline line. */
  text: string;
  /** Where the credit was: an opening dateline, a credit line, or a byline. */
  kind: 'dateline' | 'credit' | 'byline';
}

interface CreditFile {
  sourcePrefixes: string[];
  leadPhrases: string[];
  sentencePhrases: string[];
  copyrightMarks: string[];
  endMarks: string[];
  staffCredits: string[];
}

const credits = loadData<CreditFile>('fields/credit-phrases');
const SOURCE_PREFIXES = phraseList(credits.sourcePrefixes);
const LEAD_PHRASES = phraseList(credits.leadPhrases);
const SENTENCE_PHRASES = phraseList(credits.sentencePhrases);
const COPYRIGHT_MARKS = phraseList(credits.copyrightMarks);
const END_MARKS = phraseList(credits.endMarks);
const STAFF_CREDITS = phraseList(credits.staffCredits);
/** Longest line read as a staff credit (characters). */
const MAX_STAFF_CREDIT = 300;
const PHOTO_PREFIXES = phraseList(loadData<{ prefixes: string[] }>('fields/photo-credits').prefixes);

const DASH_LEAD = /^[-–—―]{1,3}\s*/;
const OPENERS = /^\(\s*/;
/** Between agencies of a list (`Reuters, AFP`, `ANP/RTR`, `EFE y Europa Press`); parts are trimmed after. */
const LIST_SPLIT = /[,/;&]|\s(?:e|y|and|und|et|en)\s/;
const EDITOR_TAG = /^\p{Ll}{1,5}$/u;
const YEAR_LEAD = /^\s*(?:(?:19|20)\d\d\s+)?/;
const TEXT_COPYRIGHT_TAIL = /^\s*(?:(?:19|20)\d\d\s*)?[,.:;]\s*\S/;
/** Longest paragraph tail read for a closing `(Agency)`. */
const SUFFIX_CHARS = 48;
/** Longest agency list read after a credit phrase (`Reuters, AFP, dpa`). */
const MAX_LIST = 80;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [DASH_LEAD, OPENERS, LIST_SPLIT, EDITOR_TAG, YEAR_LEAD, TEXT_COPYRIGHT_TAIL];

/** Removes one pair of outer parentheses and a final period: `(ANSA).` → `ANSA`. */
function core(s: string): string {
  let t = s.endsWith('.') ? s.slice(0, -1).trimEnd() : s;
  if (t.startsWith('(') && t.endsWith(')')) t = t.slice(1, -1).trim();
  return t;
}

/** `ANSA`, `Reuters, AFP`, `ANP/RTR`, `ats/abc` (editor initials after the agency): the first agency, or null. */
function agencyList(s: string): Agency | null {
  const whole = agencyNamed(s);
  if (whole || s.length > MAX_LIST) return whole;
  const slash = s.indexOf('/');
  const tags = slash > 0 ? s.slice(slash + 1).split('/') : [];
  const list = tags.length > 0 && tags.every((t) => EDITOR_TAG.test(t)) ? s.slice(0, slash) : s;
  const parts = list.split(LIST_SPLIT);
  const first = agencyNamed(parts[0] ?? '');
  return first && parts.every((p) => agencyNamed(p)) ? first : null;
}

/** `©`/`Copyright` line: `text` when more follows the holder (`© dpa-infocom, dpa:…`), `photo` for a bare `© ANSA`. */
function copyright(s: string): { kind: 'text' | 'photo'; agency: Agency } | null {
  const mark = startsWithPhrase(s, COPYRIGHT_MARKS);
  if (!mark) return null;
  const rest = s.slice(mark.length).replace(YEAR_LEAD, '');
  const hit = agencyAtStart(rest);
  if (!hit) return null;
  return { kind: TEXT_COPYRIGHT_TAIL.test(rest.slice(hit.text.length)) ? 'text' : 'photo', agency: hit.agency };
}

function photoPrefixed(s: string): boolean {
  return startsWithPhrase(s.replace(OPENERS, ''), PHOTO_PREFIXES) !== null;
}

/**
 * True when the line is a photo or video credit or caption credit (`Foto: ANSA`, `(Foto: EFE)`,
 * `Photo: AP Photo/…`, `-foto … -`, a bare `© ANSA`): such a line never gives the source.
 */
export function isPhotoCredit(line: string): boolean {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_CREDIT_LINE) return false;
  return photoPrefixed(s) || copyright(s)?.kind === 'photo';
}

/**
 * True for the closing line that names a story's reporters and editors (`Reporting by Jane Doe;
 * Editing by John Roe`, `data/fields/credit-phrases.json` `staffCredits`): not body, no source.
 */
export function isStaffCredit(line: string): boolean {
  const s = line.trim();
  return s.length <= MAX_STAFF_CREDIT && startsWithPhrase(s, STAFF_CREDITS) !== null;
}

/** True when the line is a wire end mark (`(Schluss)`, APA), optionally followed by editor initials. */
export function isEndMark(line: string): boolean {
  const s = line.trim();
  return s.length <= 40 && startsWithPhrase(s, END_MARKS) !== null;
}

function prefixed(c: string): Agency | null {
  const p = startsWithPhrase(c, SOURCE_PREFIXES);
  if (!p) return null;
  const rest = c.slice(p.length).trimStart();
  return rest.startsWith(':') ? agencyList(rest.slice(1).trim()) : null;
}

function lead(c: string): Agency | null {
  const p = startsWithPhrase(c, LEAD_PHRASES);
  return p ? agencyList(c.slice(p.length).trim()) : null;
}

function sentence(s: string): Agency | null {
  const p = startsWithPhrase(s, SENTENCE_PHRASES);
  return p ? (agencyAtStart(s.slice(p.length).trimStart())?.agency ?? null) : null;
}

/** Options of {@link matchCreditLine}. */
export interface CreditLineOptions {
  /**
   * Accept a line that is only an agency name, without parentheses or wording (`AAP`, `Reuters`,
   * `ats/abc`). Default true; false for blocks outside the article, where such a line is more
   * often a photo credit or a teaser's byline (`By` / `REUTERS`).
   */
  bare?: boolean;
}

/**
 * Reads a whole line as a closing (or opening) credit line.
 * @returns the canonical agency and the line as printed (`kind: 'credit'`), or null for any
 * other line, a photo credit, or a line over 240 characters
 */
export function matchCreditLine(line: string, opts: CreditLineOptions = {}): SourceMatch | null {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_CREDIT_LINE || photoPrefixed(s)) return null;
  const copy = copyright(s);
  if (copy) return copy.kind === 'text' ? { source: copy.agency.canonical, text: s, kind: 'credit' } : null;
  const c = core(s);
  const agency =
    (opts.bare !== false || s.startsWith('(') ? agencyList(c) : null) ??
    (DASH_LEAD.test(s) ? agencyNamed(core(s.replace(DASH_LEAD, ''))) : null) ??
    prefixed(c) ??
    lead(c) ??
    sentence(s) ??
    parseInfixCredit(c)?.hit.agency ??
    creditStamp(s) ??
    null;
  return agency ? { source: agency.canonical, text: s, kind: 'credit' } : null;
}

/** An image's alt text as w3m and lynx print it, opening a line (`[Associated] `, `[logo] `). */
const IMAGE_ALT = /^\[[^\[\]]{1,40}\]\s*/;

/** What may follow the date of a credit stamp: a time (`9:02 AM`, `at 14.30 CET`), nothing else. */
const STAMP_TIME = /^[\s,]*(?:(?:at|um|alle|à|a las|às)\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s*[aApP]\.?\s?[mM]\.?)?(?:\s+[A-Z]{2,5}\b)?)?[\s,]*/;

/**
 * A wire credit stamp over a story: an agency's name, then the story's full date and perhaps
 * its time, and nothing else (`Associated Press November 19, 2019, 9:02 AM`); a page that
 * prints it twice (screen and print layouts) gives the stamp twice on one line. Measured on
 * browser copy-paste dumps of sports and news portals that carry AP and Reuters copy.
 */
function creditStamp(line: string): Agency | null {
  // A text browser prints the agency's logo as its alt text in brackets first (`[Associated] …`).
  const s = line.replace(IMAGE_ALT, '');
  const hit = agencyAtStart(s);
  if (!hit) return null;
  const rest = s.slice(hit.text.length).replace(/^[\s,|·•—–-]+/, '');
  const date = scanDate(rest, 0);
  if (!date || date.year === null || date.month === null || date.day === null) return null;
  const tail = rest.slice(date.end);
  const after = tail.slice(STAMP_TIME.exec(tail)?.[0].length ?? 0);
  if (after === '' || creditStamp(after)?.canonical === hit.agency.canonical) return hit.agency;
  return null;
}

/** A credit closing a paragraph: `… di bilancio. (Agenzie)`. */
export interface CreditSuffix extends SourceMatch {
  /** Length of the paragraph text before the credit (trimmed), i.e. where to cut. */
  cut: number;
}

/**
 * Finds `(Agency)` closing a paragraph after a finished sentence (`… fortgesetzt werden. (Agenturen)`),
 * for agencies that close their copy so (`closingParen` in `data/fields/agencies.json`); a final
 * `(AP)` ends a photo caption. Reads only the last 48 characters.
 */
export function matchCreditSuffix(paragraph: string): CreditSuffix | null {
  const t = paragraph.trimEnd();
  const end = t.endsWith(').') ? t.length - 1 : t.length;
  if (t.charAt(end - 1) !== ')') return null;
  const from = Math.max(0, end - SUFFIX_CHARS);
  const open = t.slice(from, end - 1).lastIndexOf('(') + from;
  if (open < from) return null;
  const agency = agencyInParens(t.slice(open + 1, end - 1));
  const before = t.slice(0, open).trimEnd();
  if (!agency?.closingParen || before.length === 0 || !endsLikeSentence(before)) return null;
  return { source: agency.canonical, text: t.slice(open), kind: 'credit', cut: before.length };
}

/**
 * Finds the agency a text credits: a dateline at its start, a byline line, a credit line, or a
 * credit closing it. Agencies merely mentioned (`Reuters reported…`, `secondo l'ANSA`) and
 * photo credits do not count.
 *
 * - `(con fonte AdnKronos)` → `{source: 'AdnKronos', text: '(con fonte AdnKronos)', kind: 'credit'}`
 * - `© dpa-infocom, dpa:240930-930-248117/1` → `dpa` (credit); `Foto: ANSA` → null
 * - `WASHINGTON (AP) — …` → `{source: 'Associated Press', text: 'WASHINGTON (AP)', kind: 'dateline'}`
 * - `By JANE DOE Associated Press` → `Associated Press` (byline)
 *
 * @param text one line or paragraph
 * @param opts passed to the dateline parser (reference date, language)
 * @throws TypeError when `opts.referenceDate` is not `YYYY-MM-DD…`
 */
export function findSource(text: string, opts: DatelineOptions = {}): SourceMatch | null {
  const s = text.trim();
  if (isPhotoCredit(s)) return null;
  const dl = parseDateline(s, opts);
  if (dl?.source) return { source: dl.source, text: dl.text, kind: 'dateline' };
  const by = parseByline(s);
  if (by?.source) return { source: by.source, text: s, kind: 'byline' };
  const line = matchCreditLine(s);
  if (line) return line;
  const suffix = matchCreditSuffix(s);
  return suffix ? { source: suffix.source, text: suffix.text, kind: 'credit' } : null;
}
