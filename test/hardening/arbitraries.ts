/**
 * Input generators for the property tests (fast-check): plausible text dumps, tag soup,
 * real pages and the mutations scrapers inflict on them, and the checks every outcome must pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { clean, NewscleanError, type ArticleRecord, type CleanOptions } from '../../src/index.js';
import { ROOT, schemaErrors, SHARED } from '../support.js';

/** Seed of every property test: a failure is reproduced by running the suite again. */
export const SEED = 20240619;
/** A single `clean()` call on a generated input (at most a few hundred KB) slower than this is a hang. */
export const SLOW_MS = 5000;

/** Words as the benchmark scorer counts them (`shared/bench/score.mjs`). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/**
 * Cleans an input and checks the outcome: a schema-valid record, or a `NewscleanError` with a
 * code other than `internal`. Anything else — another exception, an `internal` error, a call
 * slower than {@link SLOW_MS} — throws, and fast-check shrinks the input.
 * @returns the record, or the error code
 */
export function cleanChecked(input: string | Uint8Array, opts: CleanOptions = {}): ArticleRecord | string {
  const started = performance.now();
  let result: ArticleRecord | string;
  try {
    result = clean(input, { referenceDate: '2024-06-20', ...opts });
    const errors = schemaErrors(result);
    if (errors) throw new Error(`record is not schema-valid: ${errors}`);
  } catch (err) {
    if (!(err instanceof NewscleanError) || err.code === 'internal') throw err;
    result = err.code;
  }
  const ms = performance.now() - started;
  if (ms > SLOW_MS) throw new Error(`clean() took ${Math.round(ms)} ms`);
  return result;
}

const WORDS = [
  // it, fr, de, es, pt, en, nl: function words and news vocabulary with accents
  'il', 'governo', 'città', 'perché', 'più', 'è', 'stato', 'ha', 'dichiarato', 'della', 'nel', 'così',
  'le', 'gouvernement', 'a', 'annoncé', 'été', 'où', 'déjà', 'être', 'français', 'l’État', 'aujourd’hui',
  'die', 'Regierung', 'hat', 'für', 'über', 'Straße', 'größer', 'Bürger', 'müssen', 'der', 'und',
  'el', 'año', 'niños', 'según', 'más', 'también', 'España', 'dijo', 'que', 'los', 'ministro',
  'o', 'presidente', 'não', 'ação', 'São', 'Paulo', 'informações', 'disse', 'também', 'pelo',
  'the', 'minister', 'said', 'on', 'Tuesday', 'that', 'flood', 'waters', 'would', 'recede', 'by',
  'de', 'regering', 'heeft', 'gezegd', 'dat', 'het', 'water', 'zakt',
  '2024', '19', '1.200', '3,5%', '€', '$', '40%', 'COVID-19', 'G7', 'e-mail', 'New', 'York', 'ROMA', 'PARIS',
  'Москва', 'сказал', '東京都', '発表した', '北京', '表示',
];
const LABELS = ['Read More', 'Home', 'Share', 'Connect with us', 'Published', 'on', 'Leggi anche', 'Mehr zum Thema', 'Lire aussi', 'Newsletter', 'Cookie', '© 2024 Example', 'Facebook | X | E-mail', 'Menu', 'Login', '(ANSA)', 'Reuters', 'AP'];
const PREFIXES = ['', '', '', 'ROMA, 19 giugno (ANSA) - ', 'PARIS (AFP) – ', 'DES MOINES, Iowa (AP) — ', 'Berlin (dpa) - ', 'By Jane Doe ', 'di Mario Rossi ', '• ', '* ', '   '];
/** What text browsers print for images, buttons and `<link>`s: the blocks stage drops them by design. */
const WIDGETS = ['[IMG] ', '(BUTTON) ', '#alternate ', '[logo] '];

const word = fc.constantFrom(...WORDS);
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 30 }), fc.constantFrom('.', '.', '!', '?', '…', ':', '', ',', '.”', '»'))
  .map(([ws, end]) => {
    const s = ws.join(' ') + end;
    return s.charAt(0).toUpperCase() + s.slice(1);
  });
const lineWith = (prefixes: string[]): fc.Arbitrary<string> => fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...prefixes), fc.array(sentence, { minLength: 1, maxLength: 4 })).map(([p, ss]) => p + ss.join(' ')) },
  { weight: 2, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: sentence.map((s) => s.toUpperCase()) },
  { weight: 1, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')) },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
);

const dumpOf = (line: fc.Arbitrary<string>): fc.Arbitrary<string> => fc
  .tuple(fc.array(line, { minLength: 1, maxLength: 60 }), fc.constantFrom('\n', '\n', '\r\n', '\n\n'))
  .map(([lines, eol]) => lines.join(eol));
/** Plausible plain-text dumps: running text, labels, bylines, datelines, bullets, URLs, blank lines. */
export const textDump: fc.Arbitrary<string> = dumpOf(lineWith(PREFIXES));
/** The same with text-browser widgets (`[IMG]`, `(BUTTON)`, `#alternate` lines), which the blocks stage removes. */
export const textDumpWithWidgets: fc.Arbitrary<string> = dumpOf(lineWith([...PREFIXES, ...WIDGETS]));

const TAGS = ['html', 'head', 'body', 'title', 'div', 'p', 'span', 'a', 'h1', 'h2', 'article', 'main', 'nav', 'footer', 'ul', 'li', 'table', 'tr', 'td', 'script', 'style', 'br', 'img', 'meta', 'svg', 'template', 'noscript', 'iframe', 'b', 'em', 'pre', 'blockquote', 'time'];
const ATTRS = ['', ' class="article-body"', ' class="nav menu"', ' id="main"', ' href="/x"', ' itemprop="articleBody"', ' hidden', ' style="display:none"', ' charset="windows-1252"', ' property="og:title" content="Titolo"', ' datetime="2024-06-19T10:00:00+02:00"', ' src="https://cdn.example.invalid/x.js"', ' lang="it"', ' title="<p>not a tag</p>"'];
const tagToken = fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.constantFrom('open', 'open', 'close', 'self')).map(([t, a, k]) => (k === 'close' ? `</${t}>` : k === 'self' ? `<${t}${a}/>` : `<${t}${a}>`));
const htmlToken = fc.oneof(
  { weight: 4, arbitrary: tagToken },
  { weight: 4, arbitrary: sentence },
  { weight: 1, arbitrary: fc.constantFrom('<!-- c -->', '<!--', '-->', '<!DOCTYPE html>', '&amp;', '&nbsp;', '&#x27;', '&bogus;', '<![CDATA[x]]>', '<?xml version="1.0"?>', '<', '>', '</', '"', "'") },
);
/** Tag soup: random, unbalanced tags with attributes, text, comments, entities. */
export const tagSoup: fc.Arbitrary<string> = fc.array(htmlToken, { maxLength: 200 }).map((ts) => ts.join(''));

/** Arbitrary strings: any code units (lone surrogates too), printable graphemes, dumps, tag soup. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: 'grapheme', maxLength: 2000 }),
  fc.string({ unit: fc.constantFrom('a', 'A', ' ', '\n', ',', '.', '<', '>', '/', '-', 'é', 'Ã', '©', '\u0000', '\t'), maxLength: 4000 }),
  textDumpWithWidgets,
  tagSoup,
);

const PREFIX_BYTES: number[][] = [
  [], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x89, 0x50, 0x4e, 0x47], [0x1f, 0x8b], [0x25, 0x50, 0x44, 0x46, 0x2d],
  [...Buffer.from('<meta charset="shift_jis">')], [...Buffer.from('<?xml version="1.0" encoding="koi8-r"?>')], [...Buffer.from('<!DOCTYPE html><html><body><p>')],
];
/** Arbitrary bytes, sometimes after a BOM, a binary signature or a charset declaration. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.constantFrom(...PREFIX_BYTES), fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.uint8Array({ min: 0x80, max: 0xff, maxLength: 2048 }), fc.uint8Array({ min: 0x20, max: 0x7e, maxLength: 2048 })))
  .map(([p, b]) => Uint8Array.from([...p, ...b]));

/** A page of a corpus: its name and bytes. */
export interface Page {
  name: string;
  bytes: Buffer;
}

/** The repository's text fixtures and a few small dumps of the shared benchmark. */
export function textPages(): Page[] {
  const own = ['seed', 'pages'].flatMap((d) =>
    readdirSync(join(ROOT, 'fixtures', d)).filter((f) => f.endsWith('.txt')).map((f) => ({ name: `${d}/${f}`, bytes: readFileSync(join(ROOT, 'fixtures', d, f)) })),
  );
  const bench: Page[] = [];
  for (const conv of ['bs4', 'chromium', 'lynx', 'w3m']) {
    const dir = join(SHARED, 'bench/textdumps', conv);
    if (!existsSync(dir)) continue;
    const smallest = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort((a, b) => statSync(join(dir, a)).size - statSync(join(dir, b)).size).slice(2, 3);
    for (const f of smallest) bench.push({ name: `${conv}/${f}`, bytes: readFileSync(join(dir, f)) });
  }
  return [...own, ...bench];
}

/** A few small HTML pages of the shared benchmark and the hostile page with scripts. */
export function htmlPages(): Page[] {
  const pages: Page[] = [{ name: 'hostile/script-writes.html', bytes: readFileSync(join(ROOT, 'fixtures/hostile/script-writes.html')) }];
  const dir = join(SHARED, 'bench/articles/html');
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort((a, b) => statSync(join(dir, a)).size - statSync(join(dir, b)).size);
    for (const f of files.slice(0, 4)) pages.push({ name: `bench/${f.slice(0, 12)}`, bytes: gunzipSync(readFileSync(join(dir, f))) });
  }
  return pages;
}

/** One mutation, with positions as fractions of the current length. */
type Mutation =
  | { op: 'cut'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number; to: number }
  | { op: 'truncate'; at: number }
  | { op: 'shuffleLines'; seed: number }
  | { op: 'dropCloseTags'; share: number }
  | { op: 'insertOpenTags'; at: number; tag: string; count: number }
  | { op: 'insertBytes'; at: number; bytes: Uint8Array };

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: frac, len: frac }),
  fc.record({ op: fc.constant('duplicate' as const), at: frac, len: frac, to: frac }),
  fc.record({ op: fc.constant('truncate' as const), at: frac }),
  fc.record({ op: fc.constant('shuffleLines' as const), seed: fc.integer() }),
  fc.record({ op: fc.constant('dropCloseTags' as const), share: frac }),
  fc.record({ op: fc.constant('insertOpenTags' as const), at: frac, tag: fc.constantFrom('div', 'span', 'table', 'p', 'b', 'script', 'style', 'svg', 'a href="/x"'), count: fc.integer({ min: 1, max: 500 }) }),
  fc.record({ op: fc.constant('insertBytes' as const), at: frac, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
);
/** Up to four mutations applied in turn. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** A small deterministic shuffle (the mutation carries its seed, so shrinking stays reproducible). */
function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0 || 1;
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Applies mutations to a page's bytes (cut, duplicated, truncated, lines shuffled, tags unbalanced, random bytes inserted). */
export function mutate(bytes: Buffer, ms: Mutation[]): Buffer {
  let b = bytes;
  const pos = (f: number): number => Math.floor(f * b.length);
  for (const m of ms) {
    switch (m.op) {
      case 'cut': {
        const at = pos(m.at);
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + pos(m.len) / 4))]);
        break;
      }
      case 'duplicate': {
        const at = pos(m.at);
        const piece = b.subarray(at, Math.min(b.length, at + pos(m.len) / 2));
        const to = pos(m.to);
        b = Buffer.concat([b.subarray(0, to), piece, b.subarray(to)]);
        break;
      }
      case 'truncate':
        // A truncated download keeps its start: at least half of the page.
        b = b.subarray(0, pos(0.5 + m.at / 2));
        break;
      case 'shuffleLines':
        b = Buffer.from(shuffle(b.toString('latin1').split('\n'), m.seed).join('\n'), 'latin1');
        break;
      case 'dropCloseTags': {
        let i = 0;
        const keepEvery = Math.max(1, Math.round(1 / Math.max(m.share, 0.01)));
        b = Buffer.from(b.toString('latin1').replace(/<\/[a-z][a-z0-9]*\s*>/gi, (t) => (i++ % keepEvery === 0 ? '' : t)), 'latin1');
        break;
      }
      case 'insertOpenTags': {
        const at = pos(m.at);
        b = Buffer.concat([b.subarray(0, at), Buffer.from(`<${m.tag}>`.repeat(m.count)), b.subarray(at)]);
        break;
      }
      case 'insertBytes': {
        const at = pos(m.at);
        b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
        break;
      }
    }
  }
  return b;
}
