/**
 * Language of a text and its stop words.
 *
 * Detection: franc-min (trigram model, wooorm/franc) on a sample of the text; its ISO 639-3
 * answer is mapped to ISO 639-1 with `data/language/iso639.json`.
 * Stop words: the `stopword` package (fergiemcdowall/stopword), keyed by ISO 639-3.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadData, packageFile } from '../data.js';

const require = createRequire(import.meta.url);
type StopwordModule = Record<string, unknown>;
let stopwordModule: StopwordModule | undefined;
type Franc = (text: string, options: { minLength: number }) => string;
let francFn: Franc | null | undefined;

/**
 * franc-min, loaded on first use (most documents are settled by stop words alone). It is
 * an ES module: `require` loads it on Node ≥ 20.19; on older Node the detector is skipped.
 */
function franc(): Franc | null {
  if (francFn === undefined) {
    try {
      francFn = (require('franc-min') as { franc: Franc }).franc;
    } catch {
      francFn = null;
    }
  }
  return francFn;
}

/** Characters of text given to the detector: enough for a stable answer, bounded cost. */
const SAMPLE_CHARS = 1500;
/** Below this many letters franc's answer is a guess; we answer null instead (franc's own default is 10). */
const MIN_LETTERS = 40;

function iso3to1(): Record<string, string> {
  return loadData<Record<string, string>>('language/iso639');
}

/**
 * Detects the language of `text`.
 * @param text any text; only the first 3,000 characters are read
 * @returns ISO 639-1 code (`it`, `en`…), or null when the text is too short (< 40 letters) or
 *   the language has no 639-1 code
 */
export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const detect = franc();
  return detect ? (iso3to1()[detect(sample, { minLength: MIN_LETTERS })] ?? null) : null;
}

/**
 * Normalises a language tag (`en-US`, `it_IT`, `ITA`) to ISO 639-1, or null when unknown.
 */
export function normalizeLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary)) return iso3to1()[primary] ?? null;
  return null;
}

const stopCache = new Map<string, ReadonlySet<string>>();

/**
 * One language's list as copied from the `stopword` package at build time
 * (`dist/stopwords/<iso3>.json`, made by `scripts/build-data.mjs`): reading a few small files is
 * much cheaper than loading the package. Undefined when the file is missing (running from sources).
 */
function builtList(three: string): string[] | undefined {
  try {
    return JSON.parse(readFileSync(packageFile(`dist/stopwords/${three}.json`), 'utf8')) as string[];
  } catch {
    return undefined;
  }
}

/**
 * The stop words of a language, lower-cased.
 * @param lang ISO 639-1 code
 * @returns the set (empty when the package has no list for the language)
 */
export function stopwordsFor(lang: string | null): ReadonlySet<string> {
  const key = lang ?? '';
  let set = stopCache.get(key);
  if (!set) {
    set = new Set(lookupStopwords(key).map((w) => w.toLowerCase()));
    stopCache.set(key, set);
  }
  return set;
}

function lookupStopwords(lang: string): string[] {
  if (!lang) return [];
  const table = iso3to1();
  // Prefer the plain language list over regional variants (por over porBr).
  for (const [three, one] of Object.entries(table)) {
    if (one !== lang) continue;
    const built = builtList(three);
    if (built) return built;
    stopwordModule ??= require('stopword') as StopwordModule;
    if (Array.isArray(stopwordModule[three])) return stopwordModule[three] as string[];
  }
  return [];
}

const TOKEN = /[\p{L}']+/gu;
let mainIndex: Map<string, number> | undefined;

/** Every stop word of the main languages → a bit set of the languages it belongs to (bit k: MAIN_LANGUAGES[k]). */
function mainStopwordIndex(): Map<string, number> {
  if (!mainIndex) {
    mainIndex = new Map();
    MAIN_LANGUAGES.forEach((lang, k) => {
      for (const w of stopwordsFor(lang)) mainIndex!.set(w, (mainIndex!.get(w) ?? 0) | (1 << k));
    });
  }
  return mainIndex;
}

/** Languages whose stop-word lists compete when the detector's answer is doubtful. */
const MAIN_LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'pt', 'nl'] as const;
/** Below this stop-word share, no list describes the text (CJK, lists of names): use none. */
const MIN_STOP_DENSITY = 0.12;
/** A competing list must cover this many times more words to overrule the detector. */
const OVERRULE_FACTOR = 1.5;
/** A stop-word share at which one main language is certain without the detector… */
const DECISIVE_DENSITY = 0.25;
/** …when it also leads the next list by this factor. */
const DECISIVE_FACTOR = 1.8;

/** The language of a text and the stop words to judge its blocks with. */
export interface LanguageChoice {
  /** ISO 639-1 code, or null. */
  language: string | null;
  /** Stop words to use (empty when no list covers the text). */
  stopwords: ReadonlySet<string>;
}

/**
 * Decides the language of a text from the detector and from stop-word coverage:
 * trigram detectors confuse languages on name- and number-heavy text (sports results),
 * where the share of stop words still tells (the rule jusText and trafilatura use).
 * @param sample running text of the document (a few thousand characters)
 * @param hint ISO 639-1 fallback when neither tells
 */
export function chooseLanguage(sample: string, hint: string | null = null): LanguageChoice {
  const text = sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample;
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  // One lookup a token for all main languages: a word → bit set of the lists it is in.
  const hits = new Array<number>(MAIN_LANGUAGES.length).fill(0);
  const index = mainStopwordIndex();
  for (const t of tokens) {
    const bits = index.get(t);
    if (bits) for (let k = 0; k < MAIN_LANGUAGES.length; k++) if (bits & (1 << k)) hits[k]!++;
  }
  const density = (lang: string | null): number => {
    if (!tokens.length) return 0;
    const k = (MAIN_LANGUAGES as readonly (string | null)[]).indexOf(lang);
    if (k >= 0) return hits[k]! / tokens.length;
    const set = stopwordsFor(lang);
    let n = 0;
    for (const t of tokens) if (set.has(t)) n++;
    return n / tokens.length;
  };
  const ranked = MAIN_LANGUAGES.map((lang, k) => ({ lang, d: tokens.length ? hits[k]! / tokens.length : 0 })).sort((a, b) => b.d - a.d);
  const [first, second] = ranked;
  // Stop words settle it when one list clearly leads: the detector is not needed.
  if (first && second && first.d >= DECISIVE_DENSITY && first.d >= second.d * DECISIVE_FACTOR) {
    return { language: first.lang, stopwords: stopwordsFor(first.lang) };
  }
  const detected = detectLanguage(text) ?? hint;
  let best: string | null = detected;
  let bestDensity = density(detected);
  if (first && (detected === null || (MAIN_LANGUAGES as readonly string[]).includes(detected))) {
    if (first.d > bestDensity * OVERRULE_FACTOR && first.d >= MIN_STOP_DENSITY) {
      best = first.lang;
      bestDensity = first.d;
    }
  }
  return { language: best, stopwords: bestDensity >= MIN_STOP_DENSITY ? stopwordsFor(best) : new Set() };
}

/**
 * The main language (en it es fr de pt nl) whose stop words clearly dominate a text, or null
 * when none does (the test {@link chooseLanguage} settles on without the detector). Used to
 * overrule a page's declared language when its text is plainly in another one.
 * @param sample running text (the first 1,500 characters are read)
 */
export function decisiveLanguage(sample: string): string | null {
  const text = sample.length > SAMPLE_CHARS ? sample.slice(0, SAMPLE_CHARS) : sample;
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  if (tokens.length < MIN_DECISIVE_TOKENS) return null;
  const hits = new Array<number>(MAIN_LANGUAGES.length).fill(0);
  const index = mainStopwordIndex();
  for (const t of tokens) {
    const bits = index.get(t);
    if (bits) for (let k = 0; k < MAIN_LANGUAGES.length; k++) if (bits & (1 << k)) hits[k]!++;
  }
  const ranked = MAIN_LANGUAGES.map((lang, k) => ({ lang, d: hits[k]! / tokens.length })).sort((a, b) => b.d - a.d);
  const [first, second] = ranked;
  return first && second && first.d >= DECISIVE_DENSITY && first.d >= second.d * DECISIVE_FACTOR ? first.lang : null;
}

/** Fewest words for a decisive answer. */
const MIN_DECISIVE_TOKENS = 60;
