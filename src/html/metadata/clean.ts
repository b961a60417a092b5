/**
 * One cleaner per metadata field (after postlight's `cleaners/`): whitespace, "By" prefixes,
 * " | Site" suffixes, URL resolution, language subtags. Each returns `null` to reject a value.
 */
import { loadData } from '../../data.js';
import { readsAsSentence } from '../../fields/byline.js';
import { isPhotoCredit, isStaffCredit } from '../../fields/source.js';
import { normalizeSpace } from '../dom.js';

interface MetaData {
  byline_prefix: string;
  byline_prefix_short: string;
  byline_label: string;
  byline_inner_label: string;
  byline_trailer: string;
  byline_reject: string;
  byline_ui_words: string[];
  byline_max_chars: number;
  byline_max_words: number;
  title_separators: string[];
  host_generic_second_level: string[];
}
const DATA = loadData<MetaData>('html/metadata');
const BYLINE_PREFIX = new RegExp(DATA.byline_prefix, 'iu');
/** Short prefixes ("di", "de", "y") only before a capital, case-sensitively: "de Maria" is not "De Niro". */
const BYLINE_PREFIX_SHORT = new RegExp(DATA.byline_prefix_short, 'u');
const BYLINE_LABEL = new RegExp(DATA.byline_label, 'iu');
/** Case-sensitive: the name after the label ends where the next capitalised `Label:` starts. */
const BYLINE_INNER_LABEL = new RegExp(DATA.byline_inner_label, 'u');
const BYLINE_TRAILER = new RegExp(DATA.byline_trailer, 'iu');
const BYLINE_REJECT = new RegExp(DATA.byline_reject, 'iu');
const UI_WORDS: ReadonlySet<string> = new Set(DATA.byline_ui_words);
/**
 * Byline labels shared with the text path (`data/text/byline.json` → `labels`: `Text:`, `Texto:`,
 * `Текст:`, `Auteur :`…), lower-case and without their colon, longest first.
 */
const LABELS: readonly string[] = loadData<{ labels: string[] }>('text/byline')
  .labels.map((l) => l.replace(/\s*:$/, ''))
  .sort((a, b) => b.length - a.length);
const LABEL_COLON = /^\s*:\s*/;

/** `t` less a leading label of {@link LABELS} (`Текст: Лида Буслаева` → `Лида Буслаева`). */
function withoutLabel(t: string): string {
  const lower = t.toLowerCase();
  for (const l of LABELS) {
    if (!lower.startsWith(l)) continue;
    const colon = LABEL_COLON.exec(t.slice(l.length));
    if (colon) return t.slice(l.length + colon[0].length);
  }
  return t;
}
const CALENDAR = loadData<{ months: Record<string, string[]>; weekdays: string[] }>('html/months');
const MONTH_NAMES = Object.values(CALENDAR.months).flat().sort((a, b) => b.length - a.length).join('|');
/** A date written after a byline: `12.10.2019`, `18. Oktober 2019`, `Oct 18, 2019`, `July 5th`, `21st March`, `2019-10-18`, optionally after a weekday. */
const BYLINE_DATE = new RegExp(
  `(?:^|[\\s,|•·–—/-]+|(?<=\\p{Ll}))(?:(?:${CALENDAR.weekdays.join('|')})\\.?,?\\s+)?(?:\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\.?\\s*(?:de\\s+|of\\s+)?(?:${MONTH_NAMES})\\b|(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{4}-\\d{2}-\\d{2}).*$`,
  'iu',
);
const SEPARATORS: readonly string[] = DATA.title_separators;
const GENERIC_SLD: ReadonlySet<string> = new Set(DATA.host_generic_second_level);
const LANG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;
const ALNUM = /[^\p{L}\p{N}]+/gu;
const HAS_LETTER = /\p{L}/u;

const squash = (s: string): string => s.toLowerCase().replace(ALNUM, '');

/** Letters and digits of the host's registrable name: `www.fouryears.eu` → `fouryears`. */
function hostName(host: string | null): string {
  return host ? squash(host.replace(/^www\./, '').replace(/\.[a-z]+$/, '')) : '';
}

/** Two squashed names are the same, a leading "The" on either side ignored. */
const sameName = (p: string, site: string): boolean => site !== '' && (p === site || p === `the${site}` || site === `the${p}`);

/**
 * True when a title part, heading or byline just names the site: it equals one of the site's
 * names (letters and digits compared, a leading "The" ignored), its host name, a piece of the
 * host name ("Krimiblog" on krimiblog.de), or a short phrase containing it ("Time 4 talks" on
 * time4talks.com).
 * @param siteNames the site name and other names of the site (e.g. the text of a logo heading)
 */
export function namesSite(part: string, siteNames: readonly string[], host: string | null): boolean {
  const p = squash(part);
  if (!p) return true;
  if (siteNames.some((n) => sameName(p, squash(n)))) return true;
  const h = hostName(host);
  return h.length >= 4 && (p === h || (p.length >= 4 && h.includes(p)) || (part.split(' ').length <= 4 && p.includes(h)));
}

/**
 * Strict form of {@link namesSite}: the part is exactly the site's name (a leading "The" ignored)
 * or the label of the host before its top-level domain (`CNN` on `edition.cnn.com`).
 */
export function isSiteName(part: string, siteNames: readonly string[], host: string | null): boolean {
  const p = squash(part);
  if (!p) return false;
  if (siteNames.some((n) => sameName(p, squash(n)))) return true;
  const label = siteLabel(host);
  return label !== null && squash(label) === p;
}

/** The label of a host that names the site: `cnn` for `edition.cnn.com`, `bbc` for `www.bbc.co.uk`; `null` for a bare name. */
function siteLabel(host: string | null): string | null {
  const labels = host?.split('.').slice(0, -1) ?? [];
  let label = labels.pop();
  if (label !== undefined && labels.length > 0 && GENERIC_SLD.has(label)) label = labels.pop();
  return label ?? null;
}

/**
 * Removes a leading or trailing " | Site" / "Site - " part from a title.
 * A part goes when it names the site (see {@link namesSite}), or, when `h1` is given, when what
 * is left equals the `<h1>`.
 * @param siteName the site's name, or several (e.g. also the text of a logo heading)
 */
export function stripSiteName(title: string, siteName: string | readonly string[] | null, host: string | null, h1: readonly string[] = []): string {
  let t = title;
  const sites = typeof siteName === 'string' ? [siteName] : siteName ?? [];
  const isSite = (part: string): boolean => squash(part) !== '' && namesSite(part, sites, host);
  for (let guard = 0; guard < 3; guard++) {
    let changed = false;
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i > 0 && isSite(t.slice(i + sep.length))) {
        t = t.slice(0, i).trim();
        changed = true;
        break;
      }
      const j = t.indexOf(sep);
      if (j > 0 && isSite(t.slice(0, j))) {
        t = t.slice(j + sep.length).trim();
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  if (t === title && h1.length) {
    for (const sep of SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i > 0 && h1.some((h) => squash(h) === squash(t.slice(0, i)))) return t.slice(0, i).trim();
    }
  }
  return t;
}

/** A separator left dangling at the end of a title whose site part is empty (`"Headline -"`, `"Headline | |"`). */
const DANGLING_SEPARATOR = /(?:\s+[|\-–—·»•:/]+)+$/u;

/**
 * Invisible format characters a page puts inside words: soft hyphens (`&shy;`, hyphenation hints
 * of German sites), zero-width spaces, word joiners, BOMs. Not the zero-width (non-)joiners, which
 * shape Persian and Indic script and emoji.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** Headline cleaner: invisible characters, whitespace and dangling separators; rejects empty and over-long values. */
export function cleanHeadline(v: string): string | null {
  const t = normalizeSpace(v.replace(INVISIBLE, '')).replace(DANGLING_SEPARATOR, '');
  return t && t.length <= 400 ? t : null;
}

/**
 * Splits a title at the separators of `title_separators` (and `" : "`): `"Blog » Archive » Post | Site"`
 * → `["Blog", "Archive", "Post", "Site"]`.
 * @param colon also split after a kicker colon (`"Kicker: Headline"`)
 * @returns the non-empty parts, trimmed, in order
 */
export function titleParts(title: string, colon = false): string[] {
  let parts = [title];
  for (const sep of [...SEPARATORS, ' : ', ...(colon ? [': '] : [])]) parts = parts.flatMap((p) => p.split(sep));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Byline cleaner: refuses a photo credit; cuts `; Editing by …`; takes the name after an inner "Autor:" label; drops "By"/"Von"/"Par"/"Posted by"/
 * "Erstellt von"/"Analysis by"… prefixes, "Author:"/"Текст:" labels, a trailing date, "Updated …"
 * part or social handle; rejects URLs, comment signatures ("X says"), form labels ("Name (required)"),
 * UI words ("Follow", "Posted"), values too long to be names and values that read as a sentence
 * (a leading bullet, a sentence end after several words: `fields/byline.ts` `readsAsSentence`).
 */
export function cleanByline(v: string): string | null {
  let t = normalizeSpace(v.replace(INVISIBLE, ''));
  // A photo credit (`Фото: Иван Петров`, `Foto: …`) names a photographer, not the author.
  if (!t || BYLINE_REJECT.test(t) || isPhotoCredit(t)) return null;
  // `Reporting by Jane Doe; Editing by John Smith`: the editors after the semicolon are no authors.
  const semicolon = t.indexOf(';');
  if (semicolon > 0 && isStaffCredit(t.slice(semicolon + 1).trim())) t = t.slice(0, semicolon);
  const inner = BYLINE_INNER_LABEL.exec(t);
  if (inner && inner.index > 0) t = (inner[1] as string).trim();
  t = withoutLabel(t.replace(BYLINE_LABEL, '')).replace(BYLINE_PREFIX, '').replace(BYLINE_PREFIX_SHORT, '');
  t = t.replace(BYLINE_TRAILER, '').replace(BYLINE_DATE, '').replace(BYLINE_TRAILER, '').replace(/[\s,;|:–—-]+$/u, '').trim();
  if (!t || !HAS_LETTER.test(t) || t.length > DATA.byline_max_chars || t.split(' ').length > DATA.byline_max_words || readsAsSentence(t)) return null;
  if (UI_WORDS.has(t.toLowerCase().replace(/[^\p{L}\s]+/gu, ' ').replace(/\s+/g, ' ').trim())) return null;
  return t;
}
/** Language cleaner: `en-US`, `de_DE`, `EN` → `en`; rejects anything that is not a language tag. */
export function cleanLanguage(v: string): string | null {
  const m = LANG.exec(v.trim());
  if (!m) return null;
  const code = (m[1] as string).toLowerCase();
  return code.length === 2 ? code : null;
}

/** URL cleaner: absolute http(s) URL, relative ones resolved against `base`. */
export function cleanUrl(v: string, base?: string): string | null {
  try {
    const u = new URL(v.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Site-name / standfirst cleaner: whitespace only; rejects URLs as site names when `notUrl`. */
export function cleanText(v: string, notUrl = false): string | null {
  const t = normalizeSpace(v);
  if (!t) return null;
  if (notUrl && /^https?:\/\//i.test(t)) return null;
  return t;
}
