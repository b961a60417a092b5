/**
 * The HTML path: one page → {@link HtmlArticle}. (skeleton; filled in below)
 */
import { runReadability } from './readability.js';
import { parseHtml } from './dom.js';
import { extractBody } from './body.js';

export interface HtmlArticle {
  headline: string | null;
  byline: string | null;
  date_published: string | null;
  site_name: string | null;
  url: string | null;
  language: string | null;
  standfirst: string | null;
  paragraphs: string[];
  leading: string[];
  trailing: string[];
  provenance: Record<string, string>;
  warnings: string[];
}

export interface ExtractHtmlOptions {
  url?: string;
  referenceDate?: string;
  engine?: 'newsclean' | 'readability-jsdom' | 'readability-linkedom';
}

export function extractHtml(html: string, opts: ExtractHtmlOptions = {}): HtmlArticle {
  const engine = opts.engine ?? 'newsclean';
  const empty: HtmlArticle = { headline: null, byline: null, date_published: null, site_name: null, url: null, language: null, standfirst: null, paragraphs: [], leading: [], trailing: [], provenance: {}, warnings: [] };
  if (engine !== 'newsclean') {
    const r = runReadability(html, engine === 'readability-jsdom' ? 'jsdom' : 'linkedom', opts.url);
    return { ...empty, headline: r?.title ?? null, paragraphs: r?.paragraphs ?? [] };
  }
  const doc = parseHtml(html);
  const body = extractBody(doc, null);
  return { ...empty, paragraphs: body.blocks.map((b) => b.text), leading: body.leading, trailing: body.trailing };
}
