/**
 * The HTML path: one decoded page → {@link HtmlArticle}.
 *
 * Steps of the default `newsclean` engine, in order:
 * 1. `parse`    — htmlparser2 builds the DOM (no scripts run, nothing fetched) (dom.ts);
 * 2. `metadata` — JSON-LD, `<meta>`, microdata and the document, merged by precedence (metadata/);
 * 3. `body`     — clean, serialise into blocks, pick the article container, filter (body.ts);
 * 4. `fallback` — Readability on linkedom when the body comes out (nearly) empty (readability.ts);
 * 5. `language` — declared language, else detected from the body (`language/`);
 * 6. `article`  — whether the body is an article at all (running text, not link texts: article.ts).
 *
 * The `readability-jsdom` / `readability-linkedom` engines take the body and the fields
 * Readability reports from Readability, and the other fields from step 2.
 */
import { notArticleReason } from './article.js';
import { limitDepth } from '../decode/depth.js';
import { extractBody } from './body.js';
import { parseHtml } from './dom.js';
import { chooseLanguage } from '../language/index.js';
import { extractMetadata, type Metadata } from './metadata/index.js';
import type { BodyBlockKind, Decision } from '../types.js';
import { runReadability, type ReadabilityResult } from './readability.js';

/**
 * The nesting guard of the decode stage (`decode/depth.ts`), reached through this module so
 * that htmlparser2's tokenizer is loaded with the rest of the HTML stack, never for a text dump.
 */
export { limitDepth };

/**
 * The HTML path's result: the page's metadata (`metadata/precedence.ts`: headline without a
 * " | Site" part, byline as printed, `date_published` ISO 8601 with the page's own offset and
 * never later than `referenceDate`, canonical `url`, `language` declared or detected, the
 * standfirst, and each field's provenance) and its body; the lead's pipeline runs the field
 * extractor on `paragraphs`.
 */
export interface HtmlArticle extends Omit<Metadata, 'provenance'> {
  /** Body blocks in reading order (paragraph, heading, list item, table row…), whitespace normalised. */
  paragraphs: string[];
  /** Kinds of the paragraphs whose element is known (subheading, list item, quote, table row), by text. */
  kinds: Map<string, BodyBlockKind>;
  /** A few short blocks just before the body (bylines, credit lines), nearest last. */
  leading: string[];
  /** A few short blocks just after the body (credit lines), nearest first. */
  trailing: string[];
  /** Field → where it came from, e.g. `{headline: 'json-ld', date_published: 'meta:article:published_time'}`. */
  provenance: Record<string, string>;
  /**
   * Why the body is not an article (`no block reads as running text`, `the body is nearly all
   * link text`: `article.ts`), or null; the record refuses such a page as `no_article`.
   */
  rejection: string | null;
  /** Non-fatal problems, e.g. `no_headline`, `no_body`, `body_from_readability`. */
  warnings: string[];
  /** What the body extractor removed and why (containers, filtered blocks), for `--explain`. */
  decisions: Decision[];
}

/** Options of {@link extractHtml}. */
export interface ExtractHtmlOptions {
  /** Page URL known from outside (resolves relative canonical URLs; `url` fallback). */
  url?: string;
  /** `YYYY-MM-DD`; publication dates after it are rejected. Default: none. */
  referenceDate?: string;
  /** Body extractor. Default `newsclean`. */
  engine?: 'newsclean' | 'readability-jsdom' | 'readability-linkedom';
}

/** Below this many body characters the newsclean engine asks Readability for a second opinion. */
const FALLBACK_BELOW_CHARS = 250;

const chars = (bs: readonly { text: string }[]): number => bs.reduce((n, b) => n + b.text.length, 0);

/** Serializer block kinds that the Markdown view renders apart from a paragraph. */
const VIEW_KINDS: Partial<Record<string, BodyBlockKind>> = { heading: 'heading', li: 'li', quote: 'quote', row: 'row' };

function assemble(meta: Metadata, paragraphs: string[], leading: string[], trailing: string[], warnings: string[], rejection: string | null, kinds = new Map<string, BodyBlockKind>(), decisions: Decision[] = []): HtmlArticle {
  const provenance: Record<string, string> = { ...meta.provenance };
  let language = meta.language;
  if (!language) {
    language = chooseLanguage(paragraphs.join('\n')).language;
    if (language) provenance['language'] = 'detected';
  }
  if (!meta.headline) warnings.push('no_headline');
  if (paragraphs.length === 0) warnings.push('no_body');
  return {
    headline: meta.headline, byline: meta.byline, byline_agency: meta.byline_agency, date_published: meta.date_published, site_name: meta.site_name,
    url: meta.url, language, standfirst: meta.standfirst, paragraphs, kinds, leading, trailing, provenance, rejection, warnings, decisions,
  };
}

function overlay(meta: Metadata, r: ReadabilityResult | null): Metadata {
  if (!r) return meta;
  const m: Metadata = { ...meta, provenance: { ...meta.provenance } };
  const set = (field: 'headline' | 'byline' | 'site_name' | 'language' | 'standfirst', v: string | null): void => {
    if (v) {
      m[field] = v;
      m.provenance[field] = 'readability';
    }
  };
  set('headline', r.title);
  set('byline', r.byline);
  if (r.byline) m.byline_agency = null;
  set('site_name', r.siteName);
  set('standfirst', r.excerpt);
  return m;
}

/**
 * Extracts headline, byline, dates, body and context blocks from one HTML page.
 * @param html the decoded page (see `decode/charset.ts` for bytes)
 * @returns the article; an empty `paragraphs` (with warning `no_body`) when no article text is
 *   found, and a `rejection` when what was found is not an article (link texts, a cookie notice)
 * @throws never on bad markup; only on a packaging error (a missing data file)
 */
export function extractHtml(html: string, opts: ExtractHtmlOptions = {}): HtmlArticle {
  const engine = opts.engine ?? 'newsclean';
  const doc = parseHtml(html);
  const meta = extractMetadata(doc, { ...(opts.url ? { url: opts.url } : {}), ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}) });
  if (engine !== 'newsclean') {
    const r = runReadability(html, engine === 'readability-jsdom' ? 'jsdom' : 'linkedom', opts.url);
    return assemble(overlay(meta, r), r?.paragraphs ?? [], [], [], [], notArticleReason(r?.blocks ?? []));
  }
  const body = extractBody(doc, meta.headline, meta.standfirst);
  let blocks = body.blocks;
  const warnings: string[] = [];
  if (chars(blocks) < FALLBACK_BELOW_CHARS) {
    const r = runReadability(html, 'linkedom', opts.url);
    if (r && chars(r.blocks) > chars(blocks)) {
      blocks = r.blocks.filter((b) => b.text !== meta.headline);
      warnings.push('body_from_readability');
    }
  }
  const paragraphs = blocks.map((b) => b.text);
  const kinds = new Map<string, BodyBlockKind>();
  for (const b of body.blocks) {
    const kind = VIEW_KINDS[b.kind];
    if (kind) kinds.set(b.text, kind);
  }
  return assemble(meta, paragraphs, body.leading, body.trailing, warnings, notArticleReason(blocks), kinds, body.decisions);
}
