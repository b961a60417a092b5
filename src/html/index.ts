/**
 * The HTML path (first version): the article body through @mozilla/readability on jsdom.
 * Scripts never run (jsdom's default `runScripts` is off) and no resource is fetched
 * (no `resources` option). jsdom is required lazily so the text path never loads it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** What the HTML path extracts from a page. */
export interface HtmlArticle {
  headline: string | null;
  byline: string | null;
  date_published: string | null;
  site_name: string | null;
  url: string | null;
  language: string | null;
  standfirst: string | null;
  /** Body blocks in reading order. */
  paragraphs: string[];
  /** Text blocks just before the body, nearest last. */
  leading: string[];
  /** Text blocks just after the body. */
  trailing: string[];
  /** Field → where its value came from. */
  provenance: Record<string, string>;
  warnings: string[];
}

interface ReadabilityResult {
  title?: string | null;
  byline?: string | null;
  content?: string | null;
  textContent?: string | null;
  siteName?: string | null;
  lang?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, figcaption, dd, dt';

/**
 * Extracts the article from an HTML page.
 * @param html the page markup
 * @param opts.url the page's URL, used to resolve links
 */
export function extractHtml(html: string, opts: { url?: string } = {}): HtmlArticle {
  const { JSDOM, VirtualConsole } = require('jsdom') as typeof import('jsdom');
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  const dom = new JSDOM(html, { url: opts.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const lang = doc.documentElement.getAttribute('lang');
  const meta = (sel: string): string | null => doc.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[itemprop="datePublished"]');
  const parsed = new Readability(doc).parse() as ReadabilityResult | null;
  const paragraphs: string[] = [];
  if (parsed?.content) {
    const body = new JSDOM(parsed.content, { virtualConsole: new VirtualConsole() }).window.document;
    for (const el of body.querySelectorAll(BLOCKS)) {
      if (el.querySelector(BLOCKS)) continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
    }
    if (!paragraphs.length && parsed.textContent?.trim()) paragraphs.push(parsed.textContent.replace(/\s+/g, ' ').trim());
  }
  dom.window.close();
  return {
    headline: parsed?.title?.trim() || null,
    byline: parsed?.byline?.trim() || null,
    date_published: parsed?.publishedTime ?? published,
    site_name: parsed?.siteName ?? null,
    url: canonical ?? opts.url ?? null,
    language: parsed?.lang ?? lang ?? null,
    standfirst: parsed?.excerpt ?? null,
    paragraphs,
    leading: [],
    trailing: [],
    provenance: { body: 'readability-jsdom' },
    warnings: parsed ? [] : ['readability_found_nothing'],
  };
}
