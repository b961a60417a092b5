/**
 * Boilerplate phrase matching over the multilingual lists in `data/boilerplate/`
 * (see its README for the categories and the three match kinds).
 * All languages are matched at once: a dump's menus are often in another language than
 * its article, and detection errors then cost nothing.
 */
import { loadData } from '../data.js';
import { isLetterAt, isWordAt } from './features.js';

/** Languages with a phrase list in `data/boilerplate/`. */
export const PHRASE_LANGUAGES = ['common', 'en', 'it', 'es', 'fr', 'de', 'pt', 'nl'] as const;

interface PhraseKinds {
  line: string[];
  prefix: string[];
  contains: string[];
}
type PhraseFile = Record<string, PhraseKinds | string>;

/** A phrase match: the category (the rule name `--explain` shows) and how it matched. */
export interface PhraseMatch {
  category: string;
  kind: 'line' | 'prefix' | 'contains' | 'pattern';
  phrase: string;
}

interface Compiled {
  line: Map<string, string>;
  /** Prefix phrase → category; matched at word boundaries by lookup, longest wins. */
  prefix: Map<string, string>;
  /** Longest prefix phrase (characters). */
  prefixMax: number;
  /** Every leading part of a prefix phrase: a head that is none of them cannot grow into one. */
  prefixStems: Set<string>;
  /** Contains phrases of several words, by their first word. */
  containsByWord: Map<string, Array<{ phrase: string; category: string }>>;
  /**
   * Quick reject for {@link containsByWord}: non-zero at {@link wordKey} of each first word, so
   * that most words of a block are passed over without being sliced out and looked up.
   */
  firstWordFilter: Uint8Array;
  /** Contains phrases of one token (or starting with a symbol), tested with `includes`. */
  containsLoose: Array<{ phrase: string; category: string }>;
  /** Matches where any loose phrase occurs: one scan tells that none does, as most blocks. */
  looseAny: RegExp | null;
}

let compiled: Compiled | undefined;

interface PatternFile {
  maxWords: number;
  patterns: Array<{ category: string; regex: string; requires?: string }>;
}
interface Pattern {
  category: string;
  re: RegExp;
  /** A cheap test the block must pass before the regex runs (from the file's `requires`). */
  requires: RegExp | null;
}
let patterns: { maxWords: number; list: Pattern[] } | undefined;

/**
 * Matches a short block against the structural patterns of `data/text/patterns.json`
 * (comment headers, relative timestamps).
 * @param text the block's text
 * @param words its word count (blocks over the file's `maxWords` are never matched)
 * @param normalized `norm(text)` when the caller has it already
 */
export function matchPattern(text: string, words: number, normalized?: string): PhraseMatch | null {
  if (!patterns) {
    const file = loadData<PatternFile>('text/patterns');
    patterns = {
      maxWords: file.maxWords,
      // Blocks are matched lower-cased (see norm), so no case-insensitive flag is needed.
      list: file.patterns.map((p) => ({ category: p.category, re: new RegExp(p.regex, 'u'), requires: p.requires ? new RegExp(p.requires, 'u') : null })),
    };
  }
  if (words > patterns.maxWords) return null;
  const n = normalized ?? norm(text);
  for (const p of patterns.list) {
    if (p.requires && !p.requires.test(n)) continue;
    const m = p.re.exec(n);
    if (m) return { category: p.category, kind: 'pattern', phrase: m[0] };
  }
  return null;
}


function compile(): Compiled {
  const line = new Map<string, string>();
  const prefix = new Map<string, string>();
  const contains = new Map<string, string>();
  for (const lang of PHRASE_LANGUAGES) {
    const file = loadData<PhraseFile>(`boilerplate/${lang}`);
    for (const [category, kinds] of Object.entries(file)) {
      if (typeof kinds === 'string') continue; // _note
      for (const p of kinds.line) if (!line.has(norm(p))) line.set(norm(p), category);
      for (const p of kinds.prefix) if (!prefix.has(norm(p))) prefix.set(norm(p), category);
      for (const p of kinds.contains) if (!contains.has(norm(p))) contains.set(norm(p), category);
    }
  }
  const containsByWord = new Map<string, Array<{ phrase: string; category: string }>>();
  const containsLoose: Array<{ phrase: string; category: string }> = [];
  for (const [phrase, category] of contains) {
    const space = phrase.indexOf(' ');
    if (space < 0 || !/^[\p{L}\p{N}]/u.test(phrase)) {
      containsLoose.push({ phrase, category });
    } else {
      const first = phrase.slice(0, space);
      const list = containsByWord.get(first) ?? [];
      list.push({ phrase, category });
      containsByWord.set(first, list);
    }
  }
  const firstWordFilter = new Uint8Array(WORD_FILTER_SIZE);
  for (const first of containsByWord.keys()) firstWordFilter[wordKey(first, 0, first.length)] = 1;
  const looseAny = containsLoose.length ? new RegExp(containsLoose.map((x) => x.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : null;
  const prefixStems = new Set<string>();
  for (const p of prefix.keys()) for (let j = 1; j <= p.length; j++) prefixStems.add(p.slice(0, j));
  return { line, prefix, prefixMax: Math.max(0, ...[...prefix.keys()].map((k) => k.length)), prefixStems, containsByWord, firstWordFilter, containsLoose, looseAny };
}

/**
 * The longest prefix phrase that `bare` starts with and that ends at a word boundary
 * (so "on" does not match "online"; phrases ending in a space or a colon end anywhere).
 */
function matchPrefix(bare: string, c: Compiled): PhraseMatch | null {
  let found: string | null = null;
  const max = Math.min(bare.length, c.prefixMax);
  for (let j = 1; j <= max; j++) {
    if (j < bare.length && isLetterAt(bare, j) && isLetterAt(bare, j - 1)) continue;
    const head = bare.slice(0, j);
    if (!c.prefixStems.has(head)) break;
    if (c.prefix.has(head)) found = head;
  }
  return found === null ? null : { category: c.prefix.get(found)!, kind: 'prefix', phrase: found };
}

/** A contains phrase anywhere in `n`: several-word phrases by their first word, the rest with `includes`. */
function matchContains(n: string, c: Compiled): PhraseMatch | null {
  // Words start after a space or any other non-word character ("roe/getty images").
  let i = 0;
  while (i < n.length) {
    while (i < n.length && !isWordAt(n, i)) i++;
    if (i >= n.length) break;
    const space = n.indexOf(' ', i);
    const end = space < 0 ? n.length : space;
    const candidates = c.firstWordFilter[wordKey(n, i, end)] ? c.containsByWord.get(n.slice(i, end)) : undefined;
    if (candidates) for (const x of candidates) if (n.startsWith(x.phrase, i)) return { category: x.category, kind: 'contains', phrase: x.phrase };
    while (i < n.length && isWordAt(n, i)) i++;
  }
  if (!c.looseAny?.test(n)) return null;
  // Some loose phrase occurs: the first in list order wins, as always.
  for (const x of c.containsLoose) if (n.includes(x.phrase)) return { category: x.category, kind: 'contains', phrase: x.phrase };
  return null;
}

/** Size of the first-word filter (a power of two). */
const WORD_FILTER_SIZE = 1 << 16;

/** Filter slot of `s.slice(from, to)`: from its first two UTF-16 units and its length. */
function wordKey(s: string, from: number, to: number): number {
  const second = to - from > 1 ? s.charCodeAt(from + 1) : 0;
  return (Math.imul(Math.imul(s.charCodeAt(from), 31) + second, 64) + (to - from)) & (WORD_FILTER_SIZE - 1);
}

/** Lower-case, typographic apostrophes made plain, whitespace collapsed. */
export function norm(text: string): string {
  let n = text.toLowerCase();
  if (APOSTROPHES.test(n)) n = n.replace(APOSTROPHES_ALL, "'");
  if (ODD_WHITESPACE.test(n)) n = n.replace(/\s+/g, ' ');
  return n.trim();
}

const APOSTROPHES = /[’‘`´]/;
const APOSTROPHES_ALL = /[’‘`´]/g;
const ODD_WHITESPACE = /\s\s|[^\S ]/;

// A trailing count or separator: "Comments (23)", "Read More »", "Trending:". Applied
// repeatedly to short labels only, so no nested quantifier is needed.
const LINE_TAIL = /(?:\(\d[\d.,]*\)|\d+|[\s:»›>|.…!-])$/u;
// Leading decoration: bullets, pipes, arrows.
const LINE_HEAD = /^[\s|•·>»›*#-]+/u;
/** Longest block that can be a whole-line label (characters). */
const MAX_LABEL = 80;
/** Longest block searched for `contains` phrases (characters): notices and legal lines are shorter. */
const MAX_CONTAINS = 300;
/** Longest `a | b | c` bar whose items are matched one by one (characters). */
const MAX_BAR = 240;

/**
 * A bar of labels (`Impressum | Datenschutz | AGB`, `Ficha técnica | Estatuto editorial`):
 * when every item is a whole-line label, the bar takes the category most of them have.
 */
function matchBar(n: string, line: Map<string, string>): PhraseMatch | null {
  const counts = new Map<string, number>();
  for (const item of n.split(' | ')) {
    const category = line.get(bareLabel(item));
    if (!category) return null;
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const [category] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return { category, kind: 'line', phrase: n };
}

function bareLabel(n: string): string {
  let s = LINE_HEAD.test(n) ? n.replace(LINE_HEAD, '') : n;
  for (let k = 0; k < 8 && s && TAIL_CHAR.test(s[s.length - 1]!); k++) {
    const t = s.replace(LINE_TAIL, '');
    if (t === s) break;
    s = t;
  }
  return s.trim();
}

/** Last characters that a trailing count or separator can end with (a cheap test before LINE_TAIL). */
const TAIL_CHAR = /[\d)\s:»›>|.…!-]/u;

/**
 * Matches a block against the phrase lists.
 * @param text the block's text
 * @param maxChars blocks longer than this (characters) are running text, never matched
 * @param normalized `norm(text)` when the caller has it already
 * @returns the first match (line, then prefix, then contains), or null
 */
export function matchPhrase(text: string, maxChars: number, normalized?: string): PhraseMatch | null {
  compiled ??= compile();
  if (text.length > maxChars) return null;
  const n = normalized ?? norm(text);
  const bare = n.length <= MAX_LABEL ? bareLabel(n) : n;
  const byLine = compiled.line.get(bare) ?? compiled.line.get(n);
  if (byLine) return { category: byLine, kind: 'line', phrase: bare };
  const bar = n.length <= MAX_BAR && n.includes(' | ') ? matchBar(n, compiled.line) : null;
  if (bar) return bar;
  return matchPrefix(bare, compiled) ?? (n.length <= MAX_CONTAINS ? matchContains(n, compiled) : null);
}

/**
 * A block's boilerplate match: the phrase lists, then the structural patterns, with the
 * block lower-cased once for both.
 * @param words the block's word count
 * @param maxChars longest block matched against the phrase lists (characters)
 * @param lowered `text.toLowerCase()` when the caller has it already
 */
export function matchBlock(text: string, words: number, maxChars: number, lowered?: string): PhraseMatch | null {
  if (text.length > maxChars) return null;
  // Blocks are built from trimmed lines joined by single spaces: only case and apostrophes vary.
  let n = lowered ?? text.toLowerCase();
  if (APOSTROPHES.test(n)) n = n.replace(APOSTROPHES_ALL, "'");
  return matchPhrase(text, maxChars, n) ?? matchPattern(text, words, n);
}
