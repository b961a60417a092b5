/**
 * Agency names: canonical values and their spellings, from `data/fields/agencies.json`
 * (shared/datelines.md §6). Lookups are plain string comparisons over a list compiled once.
 */
import { loadData } from '../data.js';
import { charAt, isWordChar } from './text.js';

interface AgencyRecord {
  canonical: string;
  names: string[];
  codes?: string[];
  noSeparator?: boolean;
  closingParen?: boolean;
}

/** One agency as the parsers use it. */
export interface Agency {
  /** Canonical value written to `source` (e.g. `Associated Press`, `AdnKronos`). */
  canonical: string;
  /** Its dateline may run into the body without a separator (PTI, IANS, KNA). */
  noSeparator: boolean;
  /** It closes its copy with `(Agency)` after the last sentence (`… (ANSA).`, `… (Agenzie)`). */
  closingParen: boolean;
}

/** An agency found in a string: the agency and the spelling as printed. */
export interface AgencyHit {
  agency: Agency;
  /** The spelling as it appears in the input. */
  text: string;
}

interface Alias {
  /** Spelling, lowercased unless `exact`. */
  key: string;
  exact: boolean;
  agency: Agency;
}

const file = loadData<{ agencies: AgencyRecord[] }>('fields/agencies');

const ALIASES: Alias[] = [];
const WHOLE_EXACT = new Map<string, Agency>();
const WHOLE_FOLDED = new Map<string, Agency>();
for (const rec of file.agencies) {
  const agency: Agency = { canonical: rec.canonical, noSeparator: rec.noSeparator === true, closingParen: rec.closingParen === true };
  for (const name of rec.names) {
    ALIASES.push({ key: name.toLowerCase(), exact: false, agency });
    WHOLE_FOLDED.set(name.toLowerCase(), agency);
  }
  for (const code of rec.codes ?? []) {
    ALIASES.push({ key: code, exact: true, agency });
    WHOLE_EXACT.set(code, agency);
  }
}
// Longest spelling first, so `Associated Press` wins over `AP`-like prefixes and `dpa-infocom` over `dpa`.
ALIASES.sort((a, b) => b.key.length - a.key.length);

/** Longest spelling in the data, in characters (bounds every scan). */
const MAX_ALIAS = ALIASES.reduce((m, a) => Math.max(m, a.key.length), 0);

/** Every canonical agency value, in data order. */
export const CANONICAL_AGENCIES: readonly string[] = file.agencies.map((a) => a.canonical);

/**
 * The agency whose spelling is exactly `s` (codes with exact case, names in any case).
 * @example agencyNamed('EUROPA PRESS')?.canonical === 'Europa Press'
 */
export function agencyNamed(s: string): Agency | null {
  const t = s.trim();
  if (t.length === 0 || t.length > MAX_ALIAS) return null;
  return WHOLE_EXACT.get(t) ?? WHOLE_FOLDED.get(t.toLowerCase()) ?? null;
}

/**
 * The agency named inside a dateline parenthesis: `EUROPA PRESS`, `dpa/lno` (regional tag),
 * `ANP/RTR` (the first agency of a combined credit), `ANSA-AFP`, `Adnkronos Salute` (a desk of
 * the agency): the whole content, else the spelling it starts with.
 */
export function agencyInParens(content: string): Agency | null {
  return agencyNamed(content) ?? agencyAtStart(content.trim())?.agency ?? null;
}

function matchesAt(s: string, lower: string, at: number, a: Alias): boolean {
  return a.exact ? s.startsWith(a.key, at) : lower.startsWith(a.key, at);
}

/**
 * An agency spelling at the start of `s`, followed by a word boundary.
 * @example agencyAtStart('The Canadian Press was first…')?.agency.canonical === 'The Canadian Press'
 */
export function agencyAtStart(s: string): AgencyHit | null {
  const head = s.slice(0, MAX_ALIAS + 1);
  const lower = head.toLowerCase();
  for (const a of ALIASES) {
    if (matchesAt(head, lower, 0, a) && !isWordChar(charAt(head, a.key.length))) {
      return { agency: a.agency, text: head.slice(0, a.key.length) };
    }
  }
  return null;
}

/**
 * An agency spelling at the end of `s`, preceded by a word boundary.
 * @example agencyAtEnd('DANIEL OKAFOR Associated Press')?.text === 'Associated Press'
 */
export function agencyAtEnd(s: string): AgencyHit | null {
  const tail = s.slice(Math.max(0, s.length - MAX_ALIAS - 1));
  const lower = tail.toLowerCase();
  for (const a of ALIASES) {
    const at = tail.length - a.key.length;
    if (at < 0 || !matchesAt(tail, lower, at, a)) continue;
    if (at > 0 && isWordChar(tail.charAt(at - 1))) continue;
    return { agency: a.agency, text: tail.slice(at) };
  }
  return null;
}
