/**
 * Headline choice. Three kinds of source say what the headline is, and they disagree in
 * predictable ways:
 *
 * - the metadata title (JSON-LD `headline`, `og:title`, Twitter, Dublin Core…): what the
 *   publisher hands to aggregators; sometimes a shortened or SEO-rewritten line, sometimes the
 *   section name on pages that are not articles;
 * - the printed `<h1>`: what a reader sees above the article; may carry a kicker in a child
 *   element (handled in `heading.ts`), or be the site's logo;
 * - the `<title>`: the headline glued to the site name, sections and taglines.
 *
 * Steps:
 * 1. `headings` — the article headings: `<h1>`s that are not a link to the home page and do
 *    not just name the site; their headline part (`Heading.main`) is used;
 * 2. `meta`     — the best metadata title by source precedence, site name cut off;
 * 3. `printed`  — an article heading that says the same as the metadata title (token
 *    similarity ≥ `headline_h1_similarity`, or one contains the other) replaces it, keeping the
 *    metadata's typography when only quotes, dashes or letter case differ on an English page (an
 *    all-caps heading is printed so); on a page in another language the printed typography
 *    wins, as metadata fields flatten its own quotation marks and dashes („…“, «…», –) to ASCII; when there is one
 *    article heading and the metadata title shares almost nothing with it
 *    (`headline_unrelated_similarity`), the page's metadata names a section, not this article,
 *    and the heading wins;
 * 4. `title`    — without a metadata title, the `<title>` cut into its parts, less the parts
 *    naming the site, and the heading rules of step 3 applied to it;
 * 5. `heading`  — else the first article heading.
 */
import { loadData } from '../../data.js';
import type { Candidate } from './candidate.js';
import { cleanHeadline, namesSite, stripSiteName, titleParts } from './clean.js';
import type { Heading } from './heading.js';

interface HeadlineData {
  headline_h1_similarity: number;
  headline_unrelated_similarity: number;
  headline_min_words: number;
}
const DATA = loadData<HeadlineData>('html/metadata');

const WORD = /[\p{L}\p{N}]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const squash = (s: string): string => s.toLowerCase().replace(NOT_WORD, '');
const words = (s: string): number => s.match(WORD)?.length ?? 0;

/** Token-set Jaccard similarity of two titles (lower-cased letter/digit runs), 0..1. */
export function titleSimilarity(a: string, b: string): number {
  const A = new Set(a.toLowerCase().match(WORD) ?? []);
  const B = new Set(b.toLowerCase().match(WORD) ?? []);
  if (A.size === 0 || B.size === 0) return 0;
  let both = 0;
  for (const x of A) if (B.has(x)) both++;
  return both / (A.size + B.size - both);
}

/** What the headline chooser knows about the page besides the candidates. */
export interface HeadlineContext {
  /** The page's `<h1>`s (see `heading.ts`). */
  headings: readonly Heading[];
  /** Texts of the page's `<h2>`/`<h3>`s: a metadata title printed as one of them is the article's headline. */
  subheadings: readonly string[];
  /** The chosen site name, if any. */
  siteName: string | null;
  /** Host name of the page URL, if known. */
  host: string | null;
  /** Declared language of the page (ISO 639-1), if any. */
  language?: string | null;
}

/** The chosen headline and the source it came from (`json-ld`, `meta:og:title`, `h1`, `title`…). */
export interface ChosenHeadline {
  value: string;
  source: string;
}

/** True when `part` (a heading or title part) just names the site: its name, its host, or a home-link heading. */
function siteLike(part: string, ctx: HeadlineContext, siteHeadings: readonly string[]): boolean {
  return namesSite(part, [...(ctx.siteName ? [ctx.siteName] : []), ...siteHeadings], ctx.host);
}

/** The `<h1>`s sorted out: headline parts of the article headings, their count (over-long ones too), the site headings. */
interface Headings {
  article: string[];
  count: number;
  site: string[];
}

/** Step 1: headline parts of the `<h1>`s that are article headings, and the texts of the site headings. */
function splitHeadings(ctx: HeadlineContext): Headings {
  const site = ctx.headings.filter((h) => h.home).map((h) => h.text);
  const article: string[] = [];
  let count = 0;
  for (const h of ctx.headings) {
    if (h.home || siteLike(h.main, ctx, site)) continue;
    count++;
    const c = cleanHeadline(h.main);
    if (c && !article.includes(c)) article.push(c);
  }
  return { article, count, site };
}

/** Step 3: the printed heading that says what `title` says, or that replaces an unrelated one. */
function printed(title: string, hs: Headings, ctx: HeadlineContext, fromMetadata: boolean): string | null {
  const article = hs.article;
  let best: { h: string; sim: number } | null = null;
  const t = squash(title);
  for (const h of article) {
    const s = squash(h);
    const sim = s === t ? 1 : s.includes(t) || t.includes(s) ? Math.max(0.5, titleSimilarity(h, title)) : titleSimilarity(h, title);
    if (!best || sim > best.sim) best = { h, sim };
  }
  if (!best) return null;
  if (best.sim >= DATA.headline_h1_similarity) {
    const s = squash(best.h);
    // Same words: the metadata's typography stays, except that an all-caps heading is printed so.
    if (s === t) {
      if (best.h === title) return null;
      if (best.h.toLowerCase() === title.toLowerCase()) return best.h === best.h.toUpperCase() ? best.h : null;
      return ctx.language && ctx.language !== 'en' ? best.h : null;
    }
    // The heading is one part of the metadata title ("Kicker - Headline"): that part, in the metadata's typography.
    return titleParts(title, true).find((p) => squash(p) === s) ?? best.h;
  }
  const only = fromMetadata && hs.count === 1 ? article[0] : undefined;
  if (!only || best.sim > DATA.headline_unrelated_similarity || words(only) < DATA.headline_min_words) return null;
  return ctx.subheadings.some((s) => squash(s) === t) ? null : only;
}

/** Step 4: the `<title>` less the parts naming the site; the part (of two words or more) matching a heading, else the longest. */
function fromTitle(title: string, article: readonly string[], site: readonly string[], ctx: HeadlineContext): string {
  const parts = titleParts(title).filter((p) => !siteLike(p, ctx, site));
  if (parts.length === 0) return title;
  // A one-word part that matches a heading is a section name ("News"), not the headline.
  const match = parts.find((p) => words(p) >= 2 && article.some((h) => squash(h) === squash(p)));
  if (match) return match;
  return parts.reduce((a, b) => (words(b) > words(a) ? b : a));
}

/**
 * Chooses the headline (steps in the module comment).
 * @param ranked headline candidates, best source first (see `precedence.ts`)
 * @param ctx headings, site name and host of the page
 * @returns the headline and its source, or `null` when the page names none
 */
export function chooseHeadline(ranked: readonly Candidate[], ctx: HeadlineContext): ChosenHeadline | null {
  const hs = splitHeadings(ctx);
  const { article, site } = hs;
  const siteNames = [...(ctx.siteName ? [ctx.siteName] : []), ...site];
  const values: { value: string; source: string }[] = [];
  for (const c of ranked) {
    if (c.source === 'h1') continue;
    const raw = cleanHeadline(c.value);
    const isTitle = c.source === 'title';
    const v = raw ? cleanHeadline(isTitle ? fromTitle(raw, article, site, ctx) : stripSiteName(raw, siteNames, ctx.host, article)) : null;
    if (v) values.push({ value: v, source: c.source });
  }
  const top = values[0];
  if (top) {
    const h = printed(top.value, hs, ctx, top.source !== 'title');
    return h ? { value: h, source: 'h1' } : top;
  }
  const first = article[0];
  return first ? { value: first, source: 'h1' } : null;
}
