/**
 * Precedence between metadata sources. Candidates from all sources are ranked per field by
 * the source order of `data/html/metadata.json` (`precedence`), cleaned by the field's cleaner,
 * and the first valid one wins; its source is recorded in `provenance`.
 * Modification dates (`dateModified`, `og:updated_time`…) rank last for `date_published`, and a
 * date later than the reference date is never taken. Two fields weigh their sources against the
 * page itself: the headline against the printed `<h1>` (`headline.ts`) and the byline against
 * the bylines printed near the article (`byline.ts`).
 */
import { loadData } from '../../data.js';
import type { Candidate, MetaField } from './candidate.js';
import { cleanLanguage, cleanText, cleanUrl } from './clean.js';
import { chooseByline, type BylineNode } from './byline.js';
import type { Heading } from './heading.js';
import { chooseHeadline } from './headline.js';
import { dateFromUrl, findDateInText, isAfter, parseDate } from './date.js';

interface MetaData {
  precedence: Record<MetaField, string[]>;
  modified_keys: string[];
}
const DATA = loadData<MetaData>('html/metadata');
const MODIFIED_META: ReadonlySet<string> = new Set(DATA.modified_keys.map((k) => `meta:${k}`));

/** The chosen metadata, field → value, with `provenance` field → source. */
export interface Metadata {
  headline: string | null;
  byline: string | null;
  /** Canonical agency the byline credited beside the names (`Tom Davies Associated Press` → `Associated Press`), or null. */
  byline_agency: string | null;
  date_published: string | null;
  site_name: string | null;
  url: string | null;
  language: string | null;
  standfirst: string | null;
  provenance: Partial<Record<MetaField, string>>;
}

/** Options of {@link choose}. */
export interface ChooseOptions {
  /** Page URL known from outside (used to resolve relative URLs and as the last `url` fallback). */
  url?: string;
  /** `YYYY-MM-DD`: dates after it are rejected. */
  referenceDate?: string;
  /** The page's `<h1>`s (the printed headline; see `headline.ts`). */
  h1?: readonly Heading[];
  /** Texts of the page's `<h2>`/`<h3>`s. */
  subheadings?: readonly string[];
  /** Byline-like elements of the page (see `byline.ts`). */
  bylines?: readonly BylineNode[];
  /** Short texts near the `<h1>` that may name the author. */
  textBylines?: readonly BylineNode[];
}

function sourceKey(c: Candidate): string {
  if (c.field === 'date_published' && (MODIFIED_META.has(c.source) || c.source.endsWith(':dateModified'))) return `modified:${c.source}`;
  return c.source;
}

function rank(field: MetaField, source: string): number {
  const order = DATA.precedence[field];
  const exact = order.indexOf(source);
  if (exact >= 0) return exact;
  for (let i = 0; i < order.length; i++) {
    const p = order[i] as string;
    if (p.endsWith(':') && source.startsWith(p)) return i;
  }
  return order.length;
}

/** Candidates of one field, best first (stable within a rank: document order). */
export function ranked(cands: readonly Candidate[], field: MetaField): Candidate[] {
  return cands
    .filter((c) => c.field === field)
    .map((c, i) => ({ c, i, r: rank(field, sourceKey(c)) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}

function first(cands: readonly Candidate[], field: MetaField, clean: (v: string) => string | null): { value: string; source: string } | null {
  for (const c of ranked(cands, field)) {
    const v = clean(c.value);
    if (v) return { value: v, source: sourceKey(c) };
  }
  return null;
}

/** The publication date: the first candidate by precedence that parses and is not after the reference date. */
function chooseDate(cands: readonly Candidate[], referenceDate: string | undefined): { value: string; source: string } | null {
  return first(cands, 'date_published', (v) => {
    const d = parseDate(v) ?? findDateInText(v);
    return d && !isAfter(d, referenceDate) ? d : null;
  });
}

/**
 * Chooses one value per field from the candidates of every source.
 * @param cands candidates in any order (document order within a source)
 * @returns the metadata; a field with no valid candidate is `null`
 */
export function choose(cands: readonly Candidate[], opts: ChooseOptions = {}): Metadata {
  const prov: Partial<Record<MetaField, string>> = {};
  const take = (field: MetaField, clean: (v: string) => string | null): string | null => {
    const r = first(cands, field, clean);
    if (r) prov[field] = r.source;
    return r?.value ?? null;
  };
  const site_name = take('site_name', (v) => cleanText(v, true));
  const url = take('url', (v) => cleanUrl(v, opts.url)) ?? (opts.url ? cleanUrl(opts.url) : null);
  if (!prov.url && url) prov.url = 'option:url';
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname : null;
  } catch {
    host = null;
  }
  const language = take('language', cleanLanguage);
  const chosen = chooseHeadline(ranked(cands, 'headline'), { headings: opts.h1 ?? [], subheadings: opts.subheadings ?? [], siteName: site_name, host, language });
  if (chosen) prov.headline = chosen.source;
  const headline = chosen?.value ?? null;
  const by = chooseByline(cands, opts.bylines ?? [], { siteName: site_name, host, headings: (opts.h1 ?? []).filter((h) => !h.home).map((h) => h.el) }, opts.textBylines ?? []);
  if (by) prov.byline = by.source;
  const byline = by?.value ?? null;
  const byline_agency = by?.agency ?? null;
  const urlDates: Candidate[] = [url, opts.url].filter((u): u is string => !!u).map((u) => ({ field: 'date_published', value: dateFromUrl(u) ?? '', source: 'url' }));
  const dated = chooseDate([...cands, ...urlDates], opts.referenceDate);
  if (dated) prov.date_published = dated.source;
  const date_published = dated?.value ?? null;
  const standfirst = take('standfirst', (v) => cleanText(v));
  return { headline, byline, byline_agency, date_published, site_name, url, language, standfirst, provenance: prov };
}
