/**
 * The place of a dateline as printed: capitalised words (`SÃO PAULO`, `Halle/Saale`,
 * `'s-Hertogenbosch`, `L'Aquila`), lowercase connectors inside (`Ciudad de México`,
 * `Frankfurt am Main`), abbreviations ending in a period (`N.Y.`, `Ill.`, `Frankfurt a.M.`) and a
 * bracketed country (`New Delhi [India]`). Word lists: `data/fields/place-words.json`.
 */
import { loadData } from '../data.js';

interface PlaceWordsFile {
  abbreviations: string[];
  connectors: string[];
}

const file = loadData<PlaceWordsFile>('fields/place-words');
/** Lowercased: AP prints `ST. LOUIS` as well as `St. Louis`. */
const ABBREVIATIONS = new Set(file.abbreviations.map((a) => a.toLowerCase()));
const CONNECTORS = new Set(file.connectors);

/** Most words in one place segment (`RIO DE JANEIRO`, `Alphen aan den Rijn`). */
const MAX_WORDS = 6;
/** Most characters in one place segment. */
const MAX_CHARS = 60;
/** Most characters inside a bracketed qualifier (`[India]`). */
const MAX_BRACKET = 32;

const ABBR_RE = /\p{L}[\p{L}.]{0,6}\./uy;
/** The run of letters, marks, apostrophes, hyphens and slashes at a position; a capitalised word lies inside it. */
const WORD_RUN_RE = /[\p{L}\p{M}'’/-]*/uy;
/**
 * A capitalised word (`SÃO`, `Halle/Saale`, `L'Aquila`, `'s-Hertogenbosch`) at the start of its
 * run: bounded pieces, not followed by another letter. Inside a run `[^/-]` is a letter, mark or
 * apostrophe, so this is `\p{Lu}[\p{L}\p{M}'’]{0,30}(?:[-/][\p{L}\p{M}'’]{1,30}){0,3}(?![\p{L}\p{M}])`
 * on the page with one Unicode class instead of eleven: each costs about a millisecond to
 * compile, and a fresh `newsclean page.txt` compiles them all.
 */
const WORD_RE = /^(?:[dDlL]['’]|'[sS]-)?\p{Lu}[^/-]{0,30}(?:[-/][^/-]{1,30}){0,3}(?![^'’/-])/u;
const CONNECTOR_RE = /\p{Ll}{1,6}/uy;

/** Every regex of this module, for the ReDoS test. @internal */
export const PATTERNS: readonly RegExp[] = [ABBR_RE, WORD_RUN_RE, WORD_RE, CONNECTOR_RE];

function tokenEnd(s: string, i: number, first: boolean): { end: number; connector: boolean } | null {
  ABBR_RE.lastIndex = i;
  const abbr = ABBR_RE.exec(s);
  if (abbr && ABBREVIATIONS.has(abbr[0].toLowerCase())) return { end: i + abbr[0].length, connector: false };
  WORD_RUN_RE.lastIndex = i;
  const run = WORD_RUN_RE.exec(s)![0];
  const word = run ? WORD_RE.exec(run) : null;
  if (word) return { end: i + word[0].length, connector: false };
  if (first) return null;
  CONNECTOR_RE.lastIndex = i;
  const conn = CONNECTOR_RE.exec(s);
  const end = conn ? i + conn[0].length : i;
  return conn && CONNECTORS.has(conn[0]) && s[end] === ' ' ? { end, connector: true } : null;
}

/**
 * Reads one place segment starting exactly at `i` (no comma inside: `AUSTIN` and `Texas` are
 * two segments the dateline parser joins). At most 6 words / 60 characters.
 * @returns the index just after the place (after `[Country]` if printed), or null when no
 * capitalised word starts at `i`
 */
export function scanPlace(s: string, i: number): number | null {
  let pos = i;
  let end = -1;
  for (let words = 0; words < MAX_WORDS; words++) {
    const tok = tokenEnd(s, pos, words === 0);
    if (!tok) break;
    if (!tok.connector) end = tok.end;
    if (s[tok.end] !== ' ') break;
    pos = tok.end + 1;
  }
  if (end < 0 || end - i > MAX_CHARS) return null;
  return bracketEnd(s, end) ?? end;
}

/** ` [India]` after a place: the index after `]`, or null. */
function bracketEnd(s: string, i: number): number | null {
  if (s[i] !== ' ' || s[i + 1] !== '[') return null;
  const close = s.indexOf(']', i + 2);
  if (close < 0 || close - i > MAX_BRACKET) return null;
  const inner = scanPlace(s, i + 2);
  return inner === close ? close + 1 : null;
}
