/**
 * Field extraction shared by the text and HTML paths (issue 5): dateline, source (wire agency
 * or credited origin) and byline, and their removal from the body.
 *
 * Steps of {@link extractFields}, in order:
 * 1. `dateline` — the first of the opening paragraphs that starts with a dateline
 *    (`dateline.ts`); the paragraphs before it are kicker/byline/time lines and are dropped.
 *    Else a dateline in the block just before the region (own line, or broken before its
 *    dash), and leading byline, credit, time and kicker lines are dropped.
 * 2. `closing` — credit lines, photo credits and wire end marks at the end are dropped
 *    (`source.ts`); a credit closing the last paragraph (`… (Agenzie)`) is cut.
 * 3. `captions` — photo-credit lines inside the body are dropped.
 * 4. `edges` — the blocks before and after the region are read for a byline and credits.
 *
 * Source precedence: dateline agency, leading lines, closing credits, leading blocks, trailing blocks.
 * Conventions: shared/datelines.md.
 */
import type { Dateline, Decision } from '../types.js';
import { parseByline } from './byline.js';
import { type DatelineMatch, type DatelineOptions, parseDateline, startsWithDash } from './dateline.js';
import { type LeadingKind, leadingKind } from './lines.js';
import { isEndMark, isPhotoCredit, isStaffCredit, matchCreditLine, matchCreditSuffix } from './source.js';
import { endsLikeSentence } from './text.js';

export { CANONICAL_AGENCIES } from './agencies.js';
export { type BylineMatch, parseByline, readsAsSentence, splitCredit } from './byline.js';
export { type DateOptions, type DateParts, type Ymd, parseDate, parseReference, resolveDate } from './dates.js';
export { type DatelineMatch, type DatelineOptions, parseDateline } from './dateline.js';
export { type CreditLineOptions, type SourceMatch, findSource, isPhotoCredit, matchCreditLine } from './source.js';

/** Input of {@link extractFields}. */
export interface FieldsInput {
  /**
   * Candidate article paragraphs in reading order. The first ones may be a kicker,
   * headline, byline or publication-date line; the last ones may be credit lines
   * (`(con fonte AdnKronos)`, `Quelle: dpa`).
   */
  paragraphs: string[];
  /** Blocks just before the article region (bylines, "Par X avec AFP"), nearest last. */
  leading?: string[];
  /** Blocks just after the article region, searched for closing credit lines only. */
  trailing?: string[];
  /** `YYYY-MM-DD` used to resolve partial dates. */
  referenceDate?: string;
  /** ISO 639-1 hint. */
  language?: string;
}

/** Output of {@link extractFields}. */
export interface FieldsResult {
  /** The opening dateline (or the place closing an Agência Brasil-style credit line), or null. */
  dateline: Dateline | null;
  /** Canonical agency credited by the dateline, a byline or a credit line (datelines.md §6), or null. */
  source: string | null;
  /** Author name(s) as printed, without `By`/`di`/`Von`… and the agency; null for desks and publications. */
  byline: string | null;
  /** The body paragraphs: dateline cut from the first, credit and byline lines removed. */
  body: string[];
  /** What was removed and why (for `--explain`), one entry per removal, step `fields`. */
  decisions: Decision[];
}

/** Stable rule names of the decisions {@link extractFields} records. */
export const FIELD_RULES = {
  /** Dateline cut from the start of the first body paragraph. */
  dateline: 'dateline',
  /** A paragraph that is only a dateline (`MADRID, 19 (EUROPA PRESS)`). */
  datelineLine: 'dateline-line',
  /** A line before the dateline that is none of the kinds below. */
  beforeDateline: 'before-dateline',
  byline: 'byline-line',
  credit: 'credit-line',
  /** `(Agency)` cut from the end of the last paragraph. */
  creditSuffix: 'credit-suffix',
  published: 'published-line',
  kicker: 'kicker-line',
  photo: 'photo-caption',
  endMark: 'end-mark',
  staffCredit: 'reporting-line',
} as const;

const KIND_RULES: Record<LeadingKind, { rule: string; reason: string }> = {
  byline: { rule: FIELD_RULES.byline, reason: 'byline line before the body' },
  credit: { rule: FIELD_RULES.credit, reason: 'credit line naming the source' },
  published: { rule: FIELD_RULES.published, reason: 'publication-time line before the body' },
  photo: { rule: FIELD_RULES.photo, reason: 'photo credit' },
  kicker: { rule: FIELD_RULES.kicker, reason: 'kicker or headline line before the body' },
};

/** Paragraphs read for an opening dateline. */
const DATELINE_SCAN = 8;
/** A paragraph this long is body: no dateline is looked for after it. */
const BODY_PARAGRAPH = 300;
/** Longest paragraph read as the first half of a broken dateline (or an own-line one before the region). */
const MAX_BROKEN_DATELINE = 80;
/** Blocks before the region read for an own-line dateline. */
const DATELINE_BLOCKS_BEFORE = 3;
/** Most leading non-body lines dropped when there is no dateline. */
const MAX_LEADING = 5;
/** Most closing lines dropped. */
const MAX_CLOSING = 6;
/** Edge blocks, and lines in them, read for credits. */
const EDGE_BLOCKS = 40;
const EDGE_LINES = 200;
/** A photo-credit paragraph inside the body is at most this long. */
const MAX_CAPTION = 160;

/** What the edges of the article credit, by place. */
interface Credits {
  leading: string | null;
  closing: string | null;
  leadingBlocks: string | null;
  trailingBlocks: string | null;
  byline: string | null;
  bylineLocation: string | null;
}

function decision(rule: string, reason: string, text: string): Decision {
  return { step: 'fields', rule, reason, text };
}

/** An opening dateline: where it is, how many paragraphs it takes, and the body text after it. */
interface FoundDateline {
  index: number;
  /** 1, or 2 when a converter broke the dateline before its separator. */
  paragraphs: number;
  match: DatelineMatch;
  /** What follows the dateline in its paragraph(s); empty when the dateline stands alone. */
  rest: string;
}

/** A dateline at the start of paragraph `i`, or of paragraphs `i` and `i + 1` joined when `i + 1` opens with its dash. */
function datelineAt(paras: string[], i: number, opts: DatelineOptions): FoundDateline | null {
  const p = paras[i] ?? '';
  const next = paras[i + 1];
  if (next !== undefined && p.length <= MAX_BROKEN_DATELINE && startsWithDash(next)) {
    const joined = `${p.trimEnd()} ${next.trimStart()}`;
    const m = parseDateline(joined, opts);
    if (m && m.bodyStart > p.length) return { index: i, paragraphs: 2, match: m, rest: joined.slice(m.bodyStart) };
  }
  const m = parseDateline(p, opts);
  return m ? { index: i, paragraphs: 1, match: m, rest: p.slice(m.bodyStart) } : null;
}

/**
 * The opening dateline: the first paragraph among the first 8 whose dateline names an agency or
 * a date; a bare place (`LONDON —`, which parseDateline only accepts before a finished
 * sentence) only when no sentence came before it.
 */
function findDateline(paras: string[], opts: DatelineOptions): FoundDateline | null {
  let sentenceSeen = false;
  for (let i = 0; i < Math.min(paras.length, DATELINE_SCAN); i++) {
    const p = paras[i] ?? '';
    const found = datelineAt(paras, i, opts);
    if (found && (found.match.source || found.match.date || !sentenceSeen)) return found;
    if (p.length >= BODY_PARAGRAPH) break;
    if (endsLikeSentence(p) && leadingKind(p, opts.language) === null) sentenceSeen = true;
  }
  return null;
}

/**
 * A dateline standing in the blocks just before the region, where a text pipeline puts a line
 * that is not running text: broken before the dash that opens the first paragraph (the nearest
 * block: `ST. JOSEPH, Mich. (AP)` ⏎ `— Michigan…`), or on its own line with agency and date
 * (one of the 3 nearest blocks, past a share bar: `VALENCIA, 8 (EUROPA PRESS)`).
 * @returns the dateline and the first paragraph's text after it (null when nothing is cut), or null
 */
function datelineBefore(input: FieldsInput, opts: DatelineOptions): { match: DatelineMatch; first: string | null } | null {
  const leading = input.leading ?? [];
  for (let k = 1; k <= Math.min(leading.length, DATELINE_BLOCKS_BEFORE); k++) {
    const block = (leading[leading.length - k] ?? '').trim();
    if (block.length > MAX_BROKEN_DATELINE) break;
    const found = datelineAt(k === 1 ? [block, ...input.paragraphs.slice(0, 1)] : [block], 0, opts);
    if (!found?.match.source) continue;
    if (found.paragraphs === 2) return { match: found.match, first: found.rest };
    if (found.rest.trim() === '') return { match: found.match, first: null };
  }
  return null;
}

/** How many leading lines (byline, credit, time, photo, kicker) open `paras` before the body, when there is no dateline. */
function leadingLines(paras: string[], language?: string): number {
  let n = 0;
  while (n < Math.min(paras.length - 1, MAX_LEADING) && leadingKind(paras[n] ?? '', language)) n++;
  return n;
}

/** Reads a line before the body for a byline and a credit. */
function noteLeadingLine(line: string, kind: LeadingKind | null, credits: Credits): void {
  if (kind === 'credit') credits.leading ??= matchCreditLine(line)?.source ?? null;
  if (kind !== 'byline') return;
  const by = parseByline(line);
  if (!by) return;
  credits.byline ??= by.byline;
  credits.leading ??= by.source;
  credits.bylineLocation ??= by.location;
}

function dropLeading(paras: string[], upTo: number, credits: Credits, decisions: Decision[], language?: string): void {
  for (let i = 0; i < upTo; i++) {
    const p = paras[i] ?? '';
    const kind = leadingKind(p, language);
    noteLeadingLine(p, kind, credits);
    const r = kind ? KIND_RULES[kind] : { rule: FIELD_RULES.beforeDateline, reason: 'line before the dateline' };
    decisions.push(decision(r.rule, r.reason, p));
  }
}

/** Drops closing credit lines, photo credits and end marks from `body` (in place), and cuts a closing `(Agency)`. */
function dropClosing(body: string[], credits: Credits, decisions: Decision[]): void {
  for (let n = 0; n < MAX_CLOSING && body.length > 1; n++) {
    const p = body[body.length - 1] ?? '';
    const credit = matchCreditLine(p);
    if (credit) {
      credits.closing ??= credit.source;
      decisions.push(decision(FIELD_RULES.credit, 'closing credit line naming the source', p));
    } else if (isPhotoCredit(p)) {
      decisions.push(decision(FIELD_RULES.photo, 'photo credit after the body', p));
    } else if (isEndMark(p)) {
      decisions.push(decision(FIELD_RULES.endMark, 'wire end mark', p));
    } else if (isStaffCredit(p)) {
      decisions.push(decision(FIELD_RULES.staffCredit, 'closing line naming the reporters and editors', p));
    } else break;
    body.pop();
  }
  const last = body[body.length - 1];
  const suffix = last === undefined ? null : matchCreditSuffix(last);
  if (suffix && last !== undefined) {
    credits.closing ??= suffix.source;
    body[body.length - 1] = last.slice(0, suffix.cut);
    decisions.push(decision(FIELD_RULES.creditSuffix, 'credit closing the last paragraph', suffix.text));
  }
}

function dropCaptions(body: string[], decisions: Decision[]): string[] {
  return body.filter((p) => {
    const caption = p.length <= MAX_CAPTION && isPhotoCredit(p);
    if (caption) decisions.push(decision(FIELD_RULES.photo, 'photo credit inside the body', p));
    return !caption;
  });
}

/** Lines of a block from the last one backwards, without splitting the whole block. */
function* linesBackwards(block: string): Generator<string> {
  let end = block.length;
  while (end > 0) {
    const start = block.lastIndexOf('\n', end - 1) + 1;
    yield block.slice(start, end);
    end = start - 1;
  }
}

/**
 * Non-empty lines of edge blocks, at most 40 blocks and 200 lines. `nearestLast`: the blocks
 * come before the article, so read them from the last line backwards (nearest first).
 */
function* edgeLines(blocks: readonly string[], nearestLast: boolean): Generator<string> {
  let n = 0;
  const ordered = nearestLast ? blocks.slice(-EDGE_BLOCKS).reverse() : blocks.slice(0, EDGE_BLOCKS);
  for (const b of ordered) {
    for (const l of nearestLast ? linesBackwards(b) : b.split('\n', EDGE_LINES)) {
      if (!l.trim()) continue;
      if (n++ >= EDGE_LINES) return;
      yield l;
    }
  }
}

/** Longest block right under the article read as a bare closing credit (characters). */
const BARE_CREDIT_CHARS = 40;

/** Reads the blocks around the region: credits after it (first in reading order), bylines and credits before it (nearest first). */
function readEdges(input: FieldsInput, credits: Credits): void {
  // A bare agency line right under the article (`AAP`, `(Belga)`) closes it; further
  // down, bare names are photo credits and teaser bylines.
  const adjacent = input.trailing?.[0]?.trim();
  if (adjacent && !adjacent.includes('\n') && adjacent.length <= BARE_CREDIT_CHARS) {
    credits.trailingBlocks = matchCreditLine(adjacent, { bare: true })?.source ?? null;
  }
  for (const l of credits.trailingBlocks ? [] : edgeLines(input.trailing ?? [], false)) {
    const c = matchCreditLine(l, { bare: false });
    if (c) {
      credits.trailingBlocks = c.source;
      break;
    }
  }
  for (const l of edgeLines(input.leading ?? [], true)) {
    credits.leadingBlocks ??= matchCreditLine(l, { bare: false })?.source ?? null;
    const by = parseByline(l);
    if (!by) continue;
    credits.byline ??= by.byline;
    credits.leadingBlocks ??= by.source;
    credits.bylineLocation ??= by.location;
  }
}

/**
 * Step `dateline`: finds the opening dateline (in the paragraphs, else just before them) and
 * drops what precedes the body; records what leading lines credit.
 * @returns the body paragraphs so far and the dateline, if any
 */
function openBody(input: FieldsInput, opts: DatelineOptions, credits: Credits, decisions: Decision[]): { body: string[]; match: DatelineMatch | null } {
  const paras = input.paragraphs;
  const found = findDateline(paras, opts);
  if (found) {
    dropLeading(paras, found.index, credits, decisions, input.language);
    const after = paras.slice(found.index + found.paragraphs);
    const ownLine = found.rest.trim() === '';
    decisions.push(decision(ownLine ? FIELD_RULES.datelineLine : FIELD_RULES.dateline, 'dateline opening the story', found.match.text));
    return { body: ownLine ? after : [found.rest, ...after], match: found.match };
  }
  const before = datelineBefore(input, opts);
  if (before?.first != null) {
    decisions.push(decision(FIELD_RULES.dateline, 'dateline broken off before the first paragraph', before.match.text));
    return { body: [before.first, ...paras.slice(1)], match: before.match };
  }
  const start = leadingLines(paras, input.language);
  dropLeading(paras, start, credits, decisions, input.language);
  return { body: paras.slice(start), match: before?.match ?? null };
}

/**
 * Finds dateline, source and byline in an article's paragraphs and removes them from the body.
 *
 * @param input paragraphs in reading order, the blocks around them, reference date and language
 * @returns the fields, the body paragraphs (dateline cut from the first, leading byline/time/
 * kicker lines and closing credit lines removed; other paragraphs unchanged) and one decision per removal
 * @throws TypeError when `input.referenceDate` is not `YYYY-MM-DD…`
 */
export function extractFields(input: FieldsInput): FieldsResult {
  const opts: DatelineOptions = { referenceDate: input.referenceDate, language: input.language };
  const decisions: Decision[] = [];
  const credits: Credits = { leading: null, closing: null, leadingBlocks: null, trailingBlocks: null, byline: null, bylineLocation: null };

  const opened = openBody(input, opts, credits, decisions);
  const body = opened.body;
  dropClosing(body, credits, decisions);
  const kept = dropCaptions(body, decisions);
  readEdges(input, credits);

  const m = opened.match;
  const dateline: Dateline | null = m
    ? { text: m.text, location: m.location, date: m.date }
    : credits.bylineLocation
      ? { text: credits.bylineLocation, location: credits.bylineLocation, date: null }
      : null;
  const source = m?.source ?? credits.leading ?? credits.closing ?? credits.leadingBlocks ?? credits.trailingBlocks;
  return { dateline, source, byline: credits.byline, body: kept, decisions };
}
