/**
 * Boilerplate phrase matching over the multilingual lists in `data/boilerplate/`
 * (see its README for the categories and the three match kinds).
 * All languages are matched at once: a dump's menus are often in another language than
 * its article, and detection errors then cost nothing.
 */
import { loadData } from '../data.js';

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
  prefix: { re: RegExp; categories: Map<string, string> };
  contains: { re: RegExp; categories: Map<string, string> };
}

let compiled: Compiled | undefined;

interface PatternFile {
  maxWords: number;
  patterns: Array<{ category: string; regex: string }>;
}
let patterns: { maxWords: number; list: Array<{ category: string; re: RegExp }> } | undefined;

/**
 * Matches a short block against the structural patterns of `data/text/patterns.json`
 * (comment headers, relative timestamps).
 * @param text the block's text
 * @param words its word count (blocks over the file's `maxWords` are never matched)
 */
export function matchPattern(text: string, words: number): PhraseMatch | null {
  if (!patterns) {
    const file = loadData<PatternFile>('text/patterns');
    patterns = { maxWords: file.maxWords, list: file.patterns.map((p) => ({ category: p.category, re: new RegExp(p.regex, 'iu') })) };
  }
  if (words > patterns.maxWords) return null;
  const n = norm(text);
  for (const p of patterns.list) {
    const m = p.re.exec(n);
    if (m) return { category: p.category, kind: 'pattern', phrase: m[0] };
  }
  return null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  // Longest first, so that "read more:" wins over "read".
  const alternation = (m: Map<string, string>): string =>
    [...m.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  return {
    line,
    // A prefix must end at a non-letter, so "on" does not match "online".
    prefix: { re: new RegExp(`^(?:${alternation(prefix)})(?![\\p{L}])`, 'u'), categories: prefix },
    contains: { re: new RegExp(`(?:${alternation(contains)})`, 'u'), categories: contains },
  };
}

/** Lower-case, typographic apostrophes made plain, whitespace collapsed. */
export function norm(text: string): string {
  let n = text.toLowerCase();
  if (/[’‘`´]/.test(n)) n = n.replace(/[’‘`´]/g, "'");
  if (/\s\s|[^\S ]/.test(n)) n = n.replace(/\s+/g, ' ');
  return n.trim();
}

// A trailing count or separator: "Comments (23)", "Read More »", "Trending:". Applied
// repeatedly to short labels only, so no nested quantifier is needed.
const LINE_TAIL = /(?:\(\d[\d.,]*\)|\d+|[\s:»›>|.…!-])$/u;
// Leading decoration: bullets, pipes, arrows.
const LINE_HEAD = /^[\s|•·>»›*#-]+/u;
/** Longest block that can be a whole-line label (characters). */
const MAX_LABEL = 80;
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
  let s = n.replace(LINE_HEAD, '');
  for (let k = 0; k < 8; k++) {
    const t = s.replace(LINE_TAIL, '');
    if (t === s) break;
    s = t;
  }
  return s.trim();
}

/**
 * Matches a block against the phrase lists.
 * @param text the block's text
 * @param maxChars blocks longer than this (characters) are running text, never matched
 * @returns the first match (line, then prefix, then contains), or null
 */
export function matchPhrase(text: string, maxChars: number): PhraseMatch | null {
  compiled ??= compile();
  if (text.length > maxChars) return null;
  const n = norm(text);
  const bare = n.length <= MAX_LABEL ? bareLabel(n) : n;
  const byLine = compiled.line.get(bare) ?? compiled.line.get(n);
  if (byLine) return { category: byLine, kind: 'line', phrase: bare };
  const bar = n.length <= MAX_BAR && n.includes(' | ') ? matchBar(n, compiled.line) : null;
  if (bar) return bar;
  const p = compiled.prefix.re.exec(bare);
  if (p) return { category: compiled.prefix.categories.get(p[0]) ?? 'boilerplate', kind: 'prefix', phrase: p[0] };
  const c = compiled.contains.re.exec(n);
  if (c) return { category: compiled.contains.categories.get(c[0]) ?? 'boilerplate', kind: 'contains', phrase: c[0] };
  return null;
}
