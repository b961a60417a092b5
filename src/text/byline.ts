/**
 * Stage `fields` (text path): the byline — the author's name as printed on a meta line of the
 * article head. Three shapes, in dumps of any converter:
 *
 * 1. a byline word before the name (`Von Heike Buchter`, `By GRACE ZOKOVITCH | gzokovitch@…`,
 *    `Veröffentlicht am 19. Dezember 2022 von Creeny`, `Auteur : Kossivi Tiassou`), at the start
 *    of a line, after a separator or right after a printed date or time;
 * 2. a name on a date line (`Swantje Schemmerling | 06.11.23`, `HansEhrlich 17.10.2019, 13:56 Uhr`);
 * 3. a name alone on its line under the headline, next to the date line (`Boris T. Kaiser`).
 *
 * Names are kept as printed, without the byline word; desks (`Redaktion`, `Staff`) give none
 * (shared/datelines.md §7). Vocabulary: `data/text/byline.json`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadData, packageFile } from '../data.js';
import { isCalendarWord } from '../fields/dates.js';
import type { ClassifiedBlock } from './classify.js';
import type { HeadlineChoice } from './headline.js';
import { type BlockMeta, headIndex } from './meta.js';
import type { Region } from './region.js';

interface BylineWords {
  prefixes: string[];
  labels: string[];
  nameStops: string[];
  particles: string[];
  joiners: string[];
  desks: string[];
  roleWords: string[];
}

const WORDS = loadData<BylineWords>('text/byline');
/** Prefixes as lower-case token lists, longest first. */
const PREFIXES = [...WORDS.prefixes, ...WORDS.labels]
  .map((p) => p.toLowerCase().split(' '))
  .sort((a, b) => b.length - a.length);
/** First words of the byline words and labels, for a cheap test before tokenizing. */
const PREFIX_FIRST_WORDS = [...new Set(PREFIXES.map((p) => p[0]!.replace(/[:.]+$/, '')))].filter(Boolean);
/** Characters of a line in which a byline word is looked for before tokenizing. */
const PREFIX_HEAD_CHARS = 200;
const STOPS = new Set(WORDS.nameStops);
const PARTICLES = new Set(WORDS.particles);
const JOINERS = new Set(WORDS.joiners);
const DESKS = WORDS.desks;
const ROLE_WORDS = new Set(WORDS.roleWords);
/** Most capitalised words of one name (`Amelie Marie Nishizawa`). */
const MAX_RUN = 3;

/** A capitalised name word (`Heike`, `O'Brien`, `Boelen-Theile`, `Isabella.DiBiase`) or an initial (`T.`). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
/** A user name written in lower case (`flerche`, `reineckefuchs`, `c1ph4`). */
const USER_NAME = /^[\p{Ll}][\p{L}\p{N}_.-]{2,30}$/u;
/** A byline word glued to the name (`ByAlex Bozarjian`, chromium joins inline elements). */
const GLUED_PREFIX = /^(By|Von|Por|Par)(\p{Lu}\p{Ll}+)$/u;
/** Separators a converter glued to the words around them (`Foundation•15 January 2020`). */
const GLUED_SEPARATOR = /([|·•])/gu;
/** Tokens that separate the parts of a meta line. */
const SEPARATOR = /^[|·•/–—\-:,;]+$/u;
/** Punctuation that ends a name word (the name stops after it, or is trimmed). */
const TRAILING = /[|·•,;:!?)\]"“”»]+$/u;
const LEADING = /^["“„«(\[]+/u;
const HAS_DIGIT = /\d/u;
const SPACES = /\s+/u;
/** Separators between the parts of a meta line (`Name | 06.11.23`, `Paddy · April 19, 2019`). */
const PART_SPLIT = /\s[|·•/–—-]\s|[|·•]|,\s?/u;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [NAME_WORD, USER_NAME, GLUED_PREFIX, SEPARATOR, TRAILING, LEADING, HAS_DIGIT, SPACES, PART_SPLIT, GLUED_SEPARATOR];

/** Most words of a byline line (a name with a date, a role, categories). */
const MAX_LINE_WORDS = 30;
/** Tokens of a line read for a byline word. */
const PREFIX_TOKENS = 14;
/** Most words of a name (two names joined by `und`). */
const MAX_NAME_WORDS = 7;
/** Blocks below the region start still read as the article head. */
const BELOW_REGION = 4;
/** Blocks above the headline read for a byline over it. */
const ABOVE_HEADLINE = 2;
/** Blocks under the headline where a name alone on its line is taken for the byline. */
const NAME_BELOW_HEADLINE = 4;
/** Words of a paragraph after which no name alone is read as the byline. */
const PARAGRAPH_WORDS = 20;
/** Blocks under the article read for a closing credit line. */
const AFTER_REGION = 6;
/** Most words of a credit line inside or under the article. */
const CLOSING_LINE_WORDS = 12;

/** A byline found in a dump. */
export interface BylineFound {
  /** The name(s) as printed, or null for a desk credit (`von Redaktion`). */
  byline: string | null;
  /** Block index of the line. */
  index: number;
  /** Why (for `--explain`). */
  reason: string;
}

/** What {@link findByline} reads. */
export interface BylineInput {
  /** The classified blocks of the dump. */
  blocks: readonly ClassifiedBlock[];
  /** The article region. */
  region: Region;
  /** The headline chosen (its `rest` is read first), or null. */
  headline: HeadlineChoice | null;
  /** Dates of the blocks (a name beside a date line). */
  meta: BlockMeta;
  /** Stop words of the dump's language (a name holds none). */
  stopwords: ReadonlySet<string>;
}

function isDesk(name: string): boolean {
  const lower = name.toLowerCase();
  return DESKS.some((d) => lower === d || lower.startsWith(`${d} `) || lower.endsWith(` ${d}`));
}

/** Splits a line into tokens, a glued byline word (`ByAlex`) into two. */
function tokenize(line: string): string[] {
  const out: string[] = [];
  for (const t of line.trim().replace(GLUED_SEPARATOR, ' $1 ').split(SPACES)) {
    const g = GLUED_PREFIX.exec(t);
    if (g) out.push(g[1]!, g[2]!);
    else if (t.length > 1 && t.includes('/') && !t.includes('://')) {
      // `Peter Maahn/SP-X`: a slash between a name and a credit separates them.
      t.split('/').forEach((part, k) => {
        if (k > 0) out.push('/');
        if (part) out.push(part);
      });
    } else if (t) out.push(t);
  }
  return out;
}

function isCapital(t: string | undefined): boolean {
  return t !== undefined && NAME_WORD.test(t.replace(LEADING, '').replace(TRAILING, ''));
}

/**
 * Reads a name from `tokens[from]` on: capitalised words and initials, with particles and
 * joiners between them; a single lower-case user name when `userName` allows it.
 * @returns the name as printed, or null
 */
function readName(tokens: readonly string[], from: number, userName: boolean, stopwords: ReadonlySet<string>): string | null {
  const out: string[] = [];
  let words = 0;
  let run = 0;
  for (let k = from; k < tokens.length && words < MAX_NAME_WORDS; k++) {
    const raw = tokens[k]!;
    const t = raw.replace(LEADING, '');
    const clean = t.replace(TRAILING, '');
    // A user name may hold digits (`freeman1984`, `c1ph4`).
    if (out.length === 0 && userName && USER_NAME.test(clean) && !STOPS.has(clean) && !stopwords.has(clean)) {
      out.push(clean);
      break;
    }
    if (SEPARATOR.test(raw) || HAS_DIGIT.test(raw) || raw.includes('@')) break;
    const ends = clean.length < t.length;
    if (!clean) break;
    const lower = clean.toLowerCase();
    if (STOPS.has(lower) || stopwords.has(lower)) {
      if (!(out.length && (JOINERS.has(lower) || PARTICLES.has(clean)))) break;
    }
    if (out.length && (JOINERS.has(lower) || PARTICLES.has(clean)) && isCapital(tokens[k + 1])) {
      out.push(clean);
      if (JOINERS.has(lower)) run = 0;
      continue;
    }
    if (NAME_WORD.test(clean) && !isCalendarWord(clean) && !ROLE_WORDS.has(lower) && run < MAX_RUN) {
      out.push(clean);
      words++;
      run++;
      // `Daniel Braun, Davor Pasoski`: a comma goes on to a further name that opens with a first name.
      if (ends && t.endsWith(',') && isCapital(tokens[k + 1]) && isFirstName((tokens[k + 1] ?? '').replace(TRAILING, ''))) {
        out[out.length - 1] += ',';
        run = 0;
        continue;
      }
      if (ends) break;
      continue;
    }
    break;
  }
  while (out.length && (JOINERS.has(out[out.length - 1]!.toLowerCase()) || PARTICLES.has(out[out.length - 1]!))) out.pop();
  if (out.length && out[out.length - 1]!.endsWith(',')) out[out.length - 1] = out[out.length - 1]!.slice(0, -1);
  return out.length ? out.join(' ') : null;
}

/** The prefixes by their first word (a label's colon dropped), longest first. */
const BY_FIRST = new Map<string, string[][]>();
for (const p of PREFIXES) {
  const first = p[0]!.endsWith(':') ? p[0]!.slice(0, -1) : p[0]!;
  const list = BY_FIRST.get(first) ?? [];
  list.push(p);
  BY_FIRST.set(first, list);
}

/** The byline word that starts at `tokens[k]`, as a token count, or 0. */
function prefixAt(tokens: readonly string[], k: number): number {
  const first = (tokens[k] ?? '').toLowerCase();
  const candidates = BY_FIRST.get(first.endsWith(':') ? first.slice(0, -1) : first);
  if (!candidates) return 0;
  for (const p of candidates) {
    let ok = true;
    for (let j = 0; j < p.length && ok; j++) {
      const t = (tokens[k + j] ?? '').toLowerCase();
      const want = p[j]!;
      // A label's colon may be glued to the word (`Autor:`) or stand apart (`Auteur :`).
      ok = t === want || (j === p.length - 1 && (want.endsWith(':') ? t === want.slice(0, -1) && tokens[k + j + 1] === ':' : t === `${want}:`));
    }
    if (ok) return p.length + (p[p.length - 1]!.endsWith(':') && tokens[k + p.length] === ':' ? 1 : 0);
  }
  return 0;
}

/** True when the line ends with a byline word that may open a name (`Von`, `6. Dezember 2022 von`, `Autor:`). */
function endsWithPrefix(line: string): boolean {
  const tokens = tokenize(line);
  if (tokens.length > MAX_LINE_WORDS) return false;
  for (let k = Math.max(0, tokens.length - 3); k < tokens.length; k++) {
    const n = prefixAt(tokens, k);
    if (n && k + n === tokens.length && prefixAllowed(tokens, k)) return true;
  }
  return false;
}

/** A byline word may start at `tokens[k]`: at the start, after a separator, or after a date or time. */
function prefixAllowed(tokens: readonly string[], k: number): boolean {
  if (k === 0) return true;
  const prev = tokens[k - 1]!;
  return SEPARATOR.test(prev) || TRAILING.test(prev) || HAS_DIGIT.test(prev) || prev.toLowerCase() === 'uhr';
}

/**
 * Reads a byline word and the name after it in one line (`Von Heike Buchter` → `Heike Buchter`,
 * `Veröffentlicht am 19. Dezember 2022 von Creeny` → `Creeny`).
 * @param line one line, at most 30 words (longer lines are no byline lines)
 * @param stopwords stop words of the dump's language: no name starts with or holds one
 * @param atStart only a byline word that opens the line counts (for lines inside the article)
 * @returns the name (null for a desk), or undefined when the line has no byline word before a name
 */
export function prefixedName(line: string, stopwords: ReadonlySet<string> = new Set(), atStart = false): string | null | undefined {
  // Most lines hold no byline word at all: a substring test spares them the tokenizer.
  const head = line.slice(0, PREFIX_HEAD_CHARS).toLowerCase();
  if (!PREFIX_FIRST_WORDS.some((w) => head.includes(w))) return undefined;
  const tokens = tokenize(line);
  if (tokens.length > MAX_LINE_WORDS) return undefined;
  for (let k = 0; k < Math.min(tokens.length, atStart ? 1 : PREFIX_TOKENS); k++) {
    if (!prefixAllowed(tokens, k)) continue;
    const n = prefixAt(tokens, k);
    if (!n) continue;
    const label = PREFIXES.some((p) => p.length === n && p[n - 1]!.endsWith(':'));
    // A lower-case user name only where the byline word opens the line or follows a date.
    const name = readName(tokens, k + n, k === 0 || HAS_DIGIT.test(tokens[k - 1] ?? '') || label, stopwords);
    if (name) return isDesk(name) ? null : name;
  }
  return undefined;
}

// First names of en/de/fr/es/it/tr (gender-detection-from-name, ~100,000 names), loaded on first
// use: from the one-name-a-line copy made at build time (scripts/build-data.mjs), searched as bytes,
// else from the package itself (running from sources).
const require = createRequire(import.meta.url);
let firstNames: ((name: string) => boolean) | undefined;
/** Lookups answered by searching the text before the names are put in a set. */
const SET_AFTER_LOOKUPS = 50;

function loadFirstNames(): (name: string) => boolean {
  try {
    const bytes = readFileSync(packageFile('dist/first-names.txt'));
    // A byte search (~0.1 ms) serves a single page, and spares decoding the 0.5 MB file (~3 ms
    // of a fresh process); a long run builds the set once.
    let lookups = 0;
    let set: Set<string> | undefined;
    return (name) => {
      const key = name.toLowerCase();
      if (set) return set.has(key);
      if (++lookups > SET_AFTER_LOOKUPS) set = new Set(bytes.toString('utf8').split('\n'));
      return bytes.includes(`\n${key}\n`);
    };
  } catch {
    const { getGender } = require('gender-detection-from-name') as { getGender: (name: string) => string };
    return (name) => getGender(name) !== 'unknown';
  }
}

/** True when `word` is a known first name (`Oliver`, `Bettina`, `Swantje` is not). */
function isFirstName(word: string): boolean {
  firstNames ??= loadFirstNames();
  return !word.includes('\n') && firstNames(word);
}

/**
 * A person's name standing alone: 2–4 capitalised words (or initials), no stop or calendar
 * word, the first a known first name — without a byline word, German nouns (`Photovoltaik
 * Anforderungen`) would pass for names.
 */
export function isBareName(text: string, stopwords: ReadonlySet<string> = new Set(), needFirstName = true): boolean {
  const tokens = text.split(SPACES).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 4) return false;
  let names = 0;
  for (const t of tokens) {
    if (PARTICLES.has(t)) continue;
    if (!NAME_WORD.test(t) || stopwords.has(t.toLowerCase()) || isCalendarWord(t)) return false;
    names++;
  }
  // The first-name lists load on first use (~0.1 s): looked up last.
  return names >= 2 && !isDesk(text) && (!needFirstName || isFirstName(tokens[0]!));
}

/** A part of a meta line without its trailing counts (`Helmut Rubik 0` → `Helmut Rubik`). */
function dropNumbers(part: string): string {
  const tokens = part.trim().split(SPACES);
  while (tokens.length && HAS_DIGIT.test(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens.join(' ');
}

/** The name on a date line once the date (and separators, trailing counts) is taken out, or null. */
function nameBesideDate(text: string, meta: BlockMeta, i: number, stopwords: ReadonlySet<string>): string | null {
  const date = meta.date(i);
  if (!date) return null;
  const rest = `${text.slice(0, date.start)} | ${text.slice(date.end)}`;
  const parts = rest.split(PART_SPLIT).map(dropNumbers).filter((p) => p && !HAS_DIGIT.test(p));
  if (parts.length === 1 && isBareName(parts[0]!, stopwords, false)) return parts[0]!;
  const names = parts.filter((p) => isBareName(p, stopwords));
  return names.length === 1 ? names[0]! : null;
}

/**
 * The name after a byline word in block `i`, or across blocks `i` and `i + 1`: BeautifulSoup
 * puts the byline word and the linked name on lines of their own (`Von` ⏎ `Heike Buchter`).
 */
function nameIn(blocks: readonly ClassifiedBlock[], i: number, stopwords: ReadonlySet<string>, atStart: boolean): string | null | undefined {
  const b = blocks[i]!;
  const name = prefixedName(b.text, stopwords, atStart);
  const next = blocks[i + 1];
  if (name !== undefined || !next || !endsWithPrefix(b.text) || (atStart && tokenize(b.text).length > 3)) return name;
  return prefixedName(`${b.text} ${next.text}`, stopwords, atStart);
}

/**
 * Finds the byline in the article head: the headline line's rest, the blocks from the headline
 * down to just inside the article, then just above the headline.
 * @returns the byline (its `byline` null for a desk credit), or null when none is printed there
 */
export function findByline(input: BylineInput): BylineFound | null {
  const { blocks, region, headline, meta, stopwords } = input;
  if (region.end < region.start) return null;
  if (headline?.rest) {
    const name = prefixedName(headline.rest, stopwords);
    if (name !== undefined) return { byline: name, index: headline.index, reason: 'byline word on the headline line' };
  }
  const head = headIndex(headline, region);
  const last = Math.min(blocks.length - 1, region.start + BELOW_REGION);
  const order: number[] = [];
  for (let i = head + 1; i <= last; i++) order.push(i);
  for (let i = head - 1; i >= Math.max(0, head - ABOVE_HEADLINE); i--) order.push(i);
  for (const i of order) {
    const b = blocks[i]!;
    if (b.features.words > MAX_LINE_WORDS) continue;
    const name = nameIn(blocks, i, stopwords, false);
    if (name !== undefined) return { byline: name, index: i, reason: 'byline word before a name' };
  }
  let paragraphSeen = false;
  for (const i of order) {
    const b = blocks[i]!;
    if (i > head && b.cls === 'good' && b.features.words >= PARAGRAPH_WORDS) paragraphSeen = true;
    if (b.features.words > 12 || b.cls === 'good') continue;
    const beside = nameBesideDate(b.text, meta, i, stopwords);
    if (beside) return { byline: beside, index: i, reason: 'name on the date line' };
    const nearDate = meta.date(i - 1) !== null || meta.date(i + 1) !== null;
    // Under the headline, before the first paragraph; above it only next to a date line.
    const place = i > head ? !paragraphSeen && i <= head + NAME_BELOW_HEADLINE : nearDate;
    if ((place || nearDate) && isBareName(b.text, stopwords)) return { byline: b.text, index: i, reason: 'name alone on its line by the headline' };
  }
  // A credit line closing the article (`Text: Klausmartin Friedrich`, `Von Irmela Schwab`): a
  // short line that opens with a byline word, inside the article or just under it; or a name
  // alone on the line right under it.
  const end = Math.min(blocks.length - 1, region.end + AFTER_REGION);
  for (let i = last + 1; i <= end; i++) {
    const b = blocks[i]!;
    if (b.features.words > CLOSING_LINE_WORDS) continue;
    const name = nameIn(blocks, i, stopwords, true);
    if (name !== undefined) return { byline: name, index: i, reason: i > region.end ? 'byline line under the article' : 'byline line in the article' };
    if (i > region.end && i <= region.end + 2 && isBareName(b.text, stopwords)) return { byline: b.text, index: i, reason: 'name alone on its line under the article' };
  }
  return null;
}
