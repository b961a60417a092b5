/**
 * Byline lines (shared/datelines.md §5, §7): `By DANIEL OKAFOR Associated Press`,
 * `Pubblicato il 12 marzo 2025 | di Marta Bellini`, `Par Le Courrier des Dunes avec AFP`,
 * `By Jane Doe, PA Political Staff`, `Jane Doe (Australian Associated Press)`,
 * `Publicado em 19/06/2024 - 10:32 Por Ana Souza - Repórter da Agência Brasil - Brasília`,
 * `Express News Service | Pune`. Vocabulary: `data/fields/byline-words.json`.
 */
import { loadData } from '../data.js';
import { type AgencyHit, agencyAtEnd, agencyAtStart, agencyInParens, agencyNamed } from './agencies.js';
import { scanPlace } from './place.js';
import { MAX_CREDIT_LINE, SPACES, isDigit, isLower, isUpper } from './text.js';

/** What a byline line credits. */
export interface BylineMatch {
  /** Author name(s) as printed, without `By`/`di`/`Von`/`Por`/`Par` and the agency; null for a desk or publication. */
  byline: string | null;
  /** Canonical agency credited on the line, or null. */
  source: string | null;
  /** A place printed at the end of the line (`… - Brasília`, `Express News Service | Pune`), or null. */
  location: string | null;
}

interface BylineWordsFile {
  prefixes: string[];
  desks: string[];
  articles: string[];
  particles: string[];
  conjunctions: string[];
  roles: string[];
  siteJoiners: string[];
}

interface CreditWordsFile {
  infixPhrases: string[];
}

const words = loadData<BylineWordsFile>('fields/byline-words');
/** Prefixes as lowercase token lists, longest first (`posted by` before `by`). */
const PREFIXES = words.prefixes.map((p) => p.toLowerCase().split(' ')).sort((a, b) => b.length - a.length);
const DESKS = words.desks.map((d) => d.toLowerCase());
const ARTICLES = new Set(words.articles);
const PARTICLES = new Set(words.particles);
const CONJUNCTIONS = new Set(words.conjunctions);
const ROLES: ReadonlySet<string> = new Set(words.roles.map((r) => r.toLowerCase()));
/** Words joining a name to its outlet (`… For Mailonline`), lower-case. */
export const SITE_JOINERS: ReadonlySet<string> = new Set(words.siteJoiners.map((w) => w.toLowerCase()));
const INFIXES = loadData<CreditWordsFile>('fields/credit-phrases').infixPhrases;

/** ` | ` between the parts of a credit line (fixed-length alternatives: linear). */
const PART_SPLIT = /\s[|·•]\s/;
/** ` - `, ` – `, ` — ` between the segments of a credit line (names, role, place). */
const DASH_SPLIT = /\s[-–—]\s/;
/** `, ` between names, or between a name and its role (`Jane Doe, PA Political Staff`). */
const COMMA_SPLIT = /,\s/;
/** A word of a person's name: `DANIEL`, `O'Brien`, `Jean-Luc`, or an initial `J.` (not `St.`, `Mich.`). */
const PERSON_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.)$/u;
/** A word of a publication's name: `Courrier`, `Libre.be`, `L'Express`. */
const TITLE_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const ENDS_WITH_DIGIT = /\d$/;
const PAREN_AT_END = /\(([^()]{1,40})\)$/;
const NAME_SPLIT = /[\s,]+/;
const SHORT_LOWER_WORD = /^\p{Ll}{1,3}$/u;
const NUMBER = /^\d{1,4}$/;
/** `, ` or ` - ` before the last part of a credit (a role, an agency). */
const TAIL_SPLIT = /,\s|\s[-–—]\s/;
/** A word in capitals (`USA`, `TODAY`, `O'NEIL`), not an initial. */
const CAPS_WORD = /^\p{Lu}[\p{Lu}\p{M}'’&.-]+$/u;
/** A bullet opening a list item (`* O calendário…`, `• Item`). */
const LEADING_BULLET = /^[*•▪►‣◦]/u;
/** A sentence end after a word of three letters or more (`corridas.`, not an initial `J.` or `Jr.`). */
const SENTENCE_FINAL = /\p{Ll}{3}[.!?…]["'”’»)]*$/u;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [PART_SPLIT, DASH_SPLIT, COMMA_SPLIT, PERSON_WORD, TITLE_WORD, ENDS_WITH_DIGIT, PAREN_AT_END, NAME_SPLIT, SHORT_LOWER_WORD, NUMBER, TAIL_SPLIT, CAPS_WORD, LEADING_BULLET, SENTENCE_FINAL];
/** Most words in a person credit (several names joined by `and`). */
const MAX_NAME_WORDS = 10;
/** Longest `<Publication> avec <Agency>` line. */
const MAX_INFIX_CREDIT = 120;
/** Most words in a publication credit (`Le Courrier des Dunes`). */
const MAX_TITLE_WORDS = 8;

/**
 * True when `name` reads as one or more person names: capitalised words and initials, with
 * particles (`de`, `van`, `Jr.`) and `and` between, ending with a capitalised word (`… von X zu` is no name).
 */
export function isPersonName(name: string): boolean {
  const tokens = name.split(NAME_SPLIT).filter(Boolean);
  if (tokens.length < 2 || tokens.length > MAX_NAME_WORDS) return false;
  if (ARTICLES.has(tokens[0] ?? '') || !isUpper((tokens[tokens.length - 1] ?? '').charAt(0))) return false;
  if (isDesk(name)) return false;
  let capitalised = 0;
  for (const t of tokens) {
    if (PERSON_WORD.test(t)) capitalised++;
    else if (!PARTICLES.has(t) && !CONJUNCTIONS.has(t)) return false;
  }
  return capitalised >= 2;
}

/** True when `s` reads as a publication or person credit: capitalised words and short particles. */
function isTitleLike(s: string): boolean {
  const tokens = s.split(SPACES).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_TITLE_WORDS || !(isUpper(s.charAt(0)) || isDigit(s.charAt(0)))) return false;
  return tokens.every((t) => TITLE_WORD.test(t) || NUMBER.test(t) || PARTICLES.has(t) || SHORT_LOWER_WORD.test(t) || isDesk(t));
}

/**
 * `<Publication or name> avec|with|mit|con|com|met <Agency>` (`Le Courrier des Dunes avec AFP`).
 * @returns the left part and the agency, or null
 */
export function parseInfixCredit(line: string): { left: string; hit: AgencyHit } | null {
  const s = line.trim();
  if (s.length > MAX_INFIX_CREDIT) return null;
  for (const infix of INFIXES) {
    const at = s.lastIndexOf(` ${infix} `);
    if (at <= 0) continue;
    const rightRaw = s.slice(at + infix.length + 2);
    const right = rightRaw.endsWith('.') ? rightRaw.slice(0, -1) : rightRaw;
    const agency = agencyNamed(right);
    const left = s.slice(0, at).trim();
    if (agency && isTitleLike(left)) return { left, hit: { agency, text: right } };
  }
  return null;
}

/** Index (in tokens) where a byline prefix starts: at the start, or right after a date/time. */
function prefixAt(tokens: string[]): { at: number; length: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && !ENDS_WITH_DIGIT.test(tokens[i - 1] ?? '')) continue;
    for (const p of PREFIXES) {
      if (p.every((w, k) => (tokens[i + k] ?? '').toLowerCase() === w) && isUpper((tokens[i + p.length] ?? '').charAt(0))) {
        return { at: i, length: p.length };
      }
    }
  }
  return null;
}

/** Drops the spaces and punctuation left between a name and the agency cut after it. */
function trimJoiners(s: string): string {
  let end = s.length;
  while (end > 0 && ' ,;:–—-'.includes(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}

/** `Name (Agency)` at the end of a line: the name and the agency, or null. */
function parenCredit(s: string): { name: string; hit: AgencyHit } | null {
  const m = PAREN_AT_END.exec(s);
  const agency = m ? agencyInParens(m[1] ?? '') : null;
  return m && agency ? { name: s.slice(0, m.index).trim(), hit: { agency, text: m[1] ?? '' } } : null;
}

/** Splits the agency off a credited name: `PTI`, `Site avec AFP`, `Jane Doe (AAP)`, `JANE DOE Associated Press`. */
function stripAgency(name: string): { name: string; hit: AgencyHit | null } {
  const whole = agencyNamed(name);
  if (whole) return { name: '', hit: { agency: whole, text: name } };
  const infix = parseInfixCredit(name);
  if (infix) return { name: infix.left, hit: infix.hit };
  const paren = parenCredit(name);
  if (paren) return paren;
  const end = agencyAtEnd(name);
  if (end && end.text.length < name.length) {
    return { name: trimJoiners(name.slice(0, name.length - end.text.length)), hit: end };
  }
  return { name, hit: null };
}

function splitTrimmed(s: string, re: RegExp): string[] {
  return s.split(re).map((x) => x.trim()).filter(Boolean);
}

/** True when `s` joins names with `and`/`e`/`y`/`und`/`et`/`en` (the end of a list `A, B and C`). */
function hasConjunction(s: string): boolean {
  return s.split(SPACES).some((t) => CONJUNCTIONS.has(t));
}

/** An agency named in a role segment: `PA Political Staff`, `Repórter da Agência Brasil`. */
function roleAgency(segment: string): string | null {
  return (agencyAtEnd(segment) ?? agencyAtStart(segment))?.agency.canonical ?? null;
}

/**
 * Reads `NAME[ AGENCY][, NAME…][, ROLE][ - ROLE][ - PLACE]` after a byline prefix: a list of
 * names `A, B and C` (kept as printed; `Nada Tawfik, BBC News, New York` keeps only the name), roles naming an agency or desk, and a place as the last dash-separated
 * segment after such a role (`… - Repórter da Agência Brasil - Brasília`, not `… - Senior Writer`).
 * @returns what it credits, or null when it credits nobody (`Di Maio ha detto…`)
 */
function readCredit(rest: string): BylineMatch | null {
  const groups = splitTrimmed(rest, DASH_SPLIT);
  const [lead = '', ...others] = splitTrimmed(groups[0] ?? '', COMMA_SPLIT);
  const first = stripAgency(lead);
  let source = first.hit ? first.hit.agency.canonical : null;
  const names = isPersonName(first.name) ? [first.name] : [];
  const listed = others.length > 0 && hasConjunction(others[others.length - 1] ?? '');
  for (const seg of others) {
    const agency = roleAgency(seg);
    if (agency) source ??= agency;
    else if (listed && names.length > 0 && isPersonName(seg)) names.push(seg);
  }
  let location: string | null = null;
  let role = false;
  groups.slice(1).forEach((seg, i) => {
    const agency = roleAgency(seg);
    if (agency) source ??= agency;
    const isPlace = role && i === groups.length - 2 && scanPlace(seg, 0) === seg.length;
    if (isPlace) location = seg;
    role ||= agency !== null || isDesk(seg);
  });
  const byline = names.length > 0 ? names.join(', ') : null;
  if (!byline && !source && !location && !isDesk(first.name)) return null;
  return { byline, source, location };
}

/** True when `s` names a desk rather than a person (`Redazione`, `PA Political Staff`). */
function isDesk(s: string): boolean {
  const lower = s.toLowerCase();
  return DESKS.some((d) => lower.includes(d));
}

/** Lines without a prefix: `Site avec AFP`, `Jane Doe (Agency)`, `Desk | Place`. */
function unprefixed(s: string, parts: string[]): BylineMatch | null {
  const last = parts[parts.length - 1] ?? '';
  if (parts.length === 2 && isDesk(parts[0] ?? '') && scanPlace(last, 0) === last.length) {
    return { byline: null, source: null, location: last };
  }
  if (parts.length !== 1) return null;
  const infix = parseInfixCredit(s);
  if (infix) return { byline: isPersonName(infix.left) ? infix.left : null, source: infix.hit.agency.canonical, location: null };
  const paren = parenCredit(s);
  if (paren && isPersonName(paren.name)) return { byline: paren.name, source: paren.hit.agency.canonical, location: null };
  return null;
}

/**
 * Reads a byline line.
 *
 * - `By DANIEL OKAFOR Associated Press` → `{byline: 'DANIEL OKAFOR', source: 'Associated Press', location: null}`
 * - `Pubblicato il 12 marzo 2025 | di Marta Bellini` → byline `Marta Bellini`
 * - `Par Le Courrier des Dunes avec AFP` → byline null (a publication), source `AFP`
 * - `By Jane Doe, PA Political Staff` → byline `Jane Doe`, source `PA Media`
 * - `Jane Doe (Australian Associated Press)` → byline `Jane Doe`, source `AAP`
 * - `Publicado em … Por Ana Souza - Repórter da Agência Brasil - Brasília` → `Ana Souza`, `Agência Brasil`, location `Brasília`
 *
 * A prefix (`By`, `di`, `Von`, `Por`, `Par`, `Door`, `Posted by`… in `data/fields/byline-words.json`)
 * counts at the start of the line or of a `|` part, or right after a date or time, and must be
 * followed by a capital. Names are kept as printed; desks (`Redazione`, `PA Political Staff`)
 * and publications give byline null (datelines.md §7).
 *
 * @param line one line (at most 240 characters; longer text is not a byline)
 * @returns what the line credits, or null when it is not a byline line
 */
export function parseByline(line: string): BylineMatch | null {
  const s = line.trim();
  if (s.length === 0 || s.length > MAX_CREDIT_LINE) return null;
  const parts = s.split(PART_SPLIT).map((p) => p.trim());
  for (const part of parts) {
    const tokens = part.split(SPACES);
    const pre = prefixAt(tokens);
    if (pre) return readCredit(tokens.slice(pre.at + pre.length).join(' '));
  }
  return unprefixed(s, parts);
}

/** Most words of a trailing part read as a role (`CNN Editor-at-large`, `AP Sports Writer`). */
const MAX_ROLE_WORDS = 6;
/** Most lower-case words (particles and `and` aside) in a credit; more make it a sentence. */
const MAX_LOWER_WORDS = 3;
/** Fewest words of a credit that ends like a sentence before it is read as one. */
const SENTENCE_MIN_WORDS = 5;

/** True when a part after the names is a job title (`CNN Editor-at-large`, `Repórter`): it holds a word of `roles`. */
function isRole(part: string): boolean {
  const tokens = part.split(SPACES).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_ROLE_WORDS) return false;
  return tokens.some((t) => {
    const w = t.toLowerCase().replace(/[.,;:]+$/, '');
    return ROLES.has(w) || ROLES.has(w.split('-').pop() ?? '');
  });
}

/**
 * True when a byline candidate reads as a sentence rather than a credit: it opens with a bullet
 * (`* O calendário da Cup é composto por 36 corridas.`), or has several words and ends with a
 * sentence mark after a word (not after an initial), or holds more than three lower-case words
 * that are neither name particles nor `and`.
 */
export function readsAsSentence(s: string): boolean {
  const t = s.trim();
  if (LEADING_BULLET.test(t)) return true;
  const tokens = t.split(SPACES).filter(Boolean);
  if (tokens.length >= SENTENCE_MIN_WORDS && SENTENCE_FINAL.test(t)) return true;
  const lower = tokens.filter((w) => isLower(w.charAt(0)) && !PARTICLES.has(w) && !CONJUNCTIONS.has(w));
  return lower.length > MAX_LOWER_WORDS;
}

/** Drops a last run of two or more words in capitals after names in mixed case (`Kevin McCoy USA TODAY` → `Kevin McCoy`). */
function withoutCapsOutlet(s: string): string {
  const tokens = s.split(SPACES).filter(Boolean);
  let k = tokens.length;
  while (k > 0 && CAPS_WORD.test(tokens[k - 1] ?? '')) k--;
  const head = tokens.slice(0, k);
  const mixed = head.length >= 2 && isUpper((head[head.length - 1] ?? '').charAt(0)) && !CAPS_WORD.test(head[head.length - 1] ?? '');
  return tokens.length - k >= 2 && mixed ? head.join(' ') : s;
}

/**
 * Splits an author credit taken whole (a page's byline element or `author` metadata) into the
 * names and the agency it credits:
 *
 * - trailing `, role` / ` - role` parts go (`Chris Cillizza, CNN Editor-at-large` → `Chris Cillizza`),
 *   an agency named in them becomes the source (`TOM KRISHER, AP Auto Writer` → `Associated Press`);
 * - an agency after the names goes and becomes the source (`Tom Davies Associated Press`,
 *   `MEG KINNARD and ERRIN HAINES, Associated Press`, `Jane Doe (AAP)`, agencies of `data/fields/agencies.json`);
 * - a last run of words in capitals after names in mixed case goes (`Kevin McCoy USA TODAY`).
 *
 * @param credit the credit, without its `By` prefix
 * @returns the names as printed (the credit unchanged when nothing is split off; null when only
 *   an agency is left) and the canonical agency, or null
 */
export function splitCredit(credit: string): { byline: string | null; source: string | null } {
  let s = credit.trim();
  let source: string | null = null;
  for (;;) {
    const parts = s.split(TAIL_SPLIT);
    const last = (parts[parts.length - 1] ?? '').trim();
    if (parts.length < 2) break;
    const agency = agencyNamed(last)?.canonical ?? (isRole(last) ? roleAgency(last) : null);
    if (!agency && !isRole(last)) break;
    source ??= agency;
    s = trimJoiners(s.slice(0, s.length - last.length).trimEnd());
  }
  const stripped = stripAgency(s);
  if (stripped.hit) {
    source ??= stripped.hit.agency.canonical;
    // `det/dpa` → `det`; a publication credited with an agency (`Le Monde avec AFP`) names no author.
    const name = stripped.name.replace(/[\s/]+$/u, '');
    s = parseInfixCredit(s) && !isPersonName(name) ? '' : name;
  }
  // A separator the agency stood behind (`Jane Doe | Reuters` → `Jane Doe |`) goes with it.
  s = withoutCapsOutlet(s).replace(/[\s,;|:/–—-]+$/u, '');
  return { byline: s || null, source };
}
