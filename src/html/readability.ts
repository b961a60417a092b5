/**
 * @mozilla/readability as an engine: on jsdom (spec-compliant, slow) or on linkedom (fast,
 * lenient). Scripts are never run and no resource loader is installed, so nothing is fetched.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type * as JsdomModule from 'jsdom';
import type * as LinkedomModule from 'linkedom';
import { parseHtml } from './dom.js';
import { serializeBlocks, type Block } from './serialize.js';

/** Which DOM implementation Readability runs on. */
export type ReadabilityDom = 'jsdom' | 'linkedom';

/** What Readability returned, with its content already split into text blocks. */
export interface ReadabilityResult {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** Text blocks of `article.content` (block-aware, see `serialize.ts`). */
  paragraphs: string[];
  /** The same blocks with their kinds and link statistics. */
  blocks: Block[];
}

// Loaded on first use (all three ship CommonJS builds): jsdom alone costs ~300 ms and tens of MB
// at start-up, which the default engine never needs.
const require = createRequire(import.meta.url);
let jsdom: typeof JsdomModule | undefined;
let linkedom: typeof LinkedomModule | undefined;
let Readability: typeof ReadabilityClass | undefined;
let SILENT: JsdomModule.VirtualConsole | undefined;

function documentFor(html: string, dom: ReadabilityDom, url?: string): { doc: Document; close: () => void } {
  if (dom === 'jsdom') {
    jsdom ??= require('jsdom') as typeof JsdomModule;
    SILENT ??= new jsdom.VirtualConsole();
    const { JSDOM } = jsdom;
    // No `runScripts` and no `resources`: jsdom then neither executes nor fetches anything.
    const window = new JSDOM(html, { virtualConsole: SILENT, ...(url ? { url } : {}) }).window;
    // Closing the window frees its document; without it jsdom keeps every page alive.
    const close = (): void => {
      try {
        window.close();
      } catch {
        // jsdom re-parses inline styles while tearing down and may throw on invalid CSS; nothing to free then.
      }
    };
    return { doc: window.document, close };
  }
  linkedom ??= require('linkedom') as typeof LinkedomModule;
  return { doc: linkedom.parseHTML(html).document as unknown as Document, close: () => undefined };
}

const orNull = (v: string | null | undefined): string | null => (v == null || v === '' ? null : v);

/**
 * Runs Readability over a page.
 * @param html the decoded page
 * @param dom `jsdom` or `linkedom`
 * @param url the page URL (jsdom resolves relative links against it; ignored by linkedom)
 * @returns the article, or `null` when Readability finds none (or throws on a DOM it cannot handle)
 */
export function runReadability(html: string, dom: ReadabilityDom, url?: string): ReadabilityResult | null {
  Readability ??= (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  let article: ReturnType<ReadabilityClass['parse']>;
  let close = (): void => undefined;
  try {
    const opened = documentFor(html, dom, url);
    close = opened.close;
    article = new Readability(opened.doc).parse();
  } catch {
    // jsdom 29 throws while parsing some real-world stylesheets (e.g. SCSS left in a <style>).
    return null;
  } finally {
    close();
  }
  if (!article) return null;
  const blocks = article.content ? serializeBlocks(parseHtml(article.content)) : [];
  return {
    title: orNull(article.title),
    byline: orNull(article.byline),
    siteName: orNull(article.siteName),
    publishedTime: orNull(article.publishedTime),
    lang: orNull(article.lang),
    excerpt: orNull(article.excerpt),
    paragraphs: blocks.map((b) => b.text),
    blocks,
  };
}
