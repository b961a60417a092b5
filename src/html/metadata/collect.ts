/**
 * One walk over the parsed page that gathers everything the metadata sources read:
 * `<meta>` tags, JSON-LD scripts, `<title>`, `<link rel>`, `<html lang>`, `<h1>`s, `<time>`s,
 * `itemprop` elements, `rel=author` links and byline-like containers.
 */
import { loadData } from '../../data.js';
import { textContent, textData, walkElements, normalizeSpace, type Document, type Element } from '../dom.js';
import { elementTokens } from '../hints.js';
import { readBylineNode, type BylineNode } from './byline.js';
import { readHeading, type Heading } from './heading.js';

/** Raw facts of a page, in document order. */
export interface PageFacts {
  /** `<meta>` content by lower-cased `property`/`name`/`itemprop`/`http-equiv` (all values, in order). */
  meta: Map<string, string[]>;
  /** Text of every `<script type="application/ld+json">`. */
  jsonLd: string[];
  title: string | null;
  /** `href` of `<link rel=canonical>`. */
  canonical: string | null;
  /** `lang` (or `xml:lang`) of `<html>`. */
  htmlLang: string | null;
  /** Each `<h1>` with visible text, read by {@link readHeading}. */
  h1: Heading[];
  /** Normalised text of each `<h2>`/`<h3>` (at most {@link MAX_SUBHEADINGS}). */
  subheadings: string[];
  /** `datetime` of `<time>` elements, with whether it is marked as the publication date. */
  times: { value: string; pubdate: boolean }[];
  /** `itemprop` elements outside `<meta>`: name → values (content/datetime attribute or text). */
  itemprops: Map<string, string[]>;
  /** Byline-like elements in document order: `itemprop=author`, `rel=author` links, byline classes. */
  bylines: BylineNode[];
  /** Normalised text of short elements whose class/id names a date (`date`, `published`, `datum`…). */
  dateBlocks: string[];
  /**
   * Short texts that may hold a written date (an element's own text with a four-digit number),
   * the nearest to the first article `<h1>` first: those after it, then those just before it.
   * Without an `<h1>`, in document order.
   */
  textDates: string[];
  /** Short elements near the `<h1>` whose text names an author ("Posted … by X", "Von X"), nearest first (source `text`). */
  textBylines: BylineNode[];
}

interface MetaData {
  byline_classes: string[];
  meta_key_prefixes: Record<string, string>;
}
const BYLINE_CLASSES: ReadonlySet<string> = new Set(loadData<MetaData>('html/metadata').byline_classes);
const KEY_PREFIXES = Object.entries(loadData<MetaData>('html/metadata').meta_key_prefixes);
const DATE_CLASSES: ReadonlySet<string> = new Set(loadData<{ date_classes: string[] }>('html/months').date_classes);
const MAX_DATE_BLOCK = 150;
const MAX_BYLINE_BLOCK = 200;
/** Text dates kept per page, and how far (in elements) after/before the `<h1>` they may sit. */
const MAX_TEXT_DATES = 400;
/** Text dates handed on as candidates, nearest first (a page whose first dozens name no date names none). */
const MAX_NEAR_DATES = 60;
const TEXT_DATE_AFTER = 400;
const TEXT_DATE_BEFORE = 60;
const MAX_TEXT_DATE_CHARS = 200;
/** A text byline is a short line: longer texts are sentences that mention someone. */
const MAX_TEXT_BYLINE_CHARS = 160;
const BYLINE_KEYWORD = new RegExp(loadData<{ byline_text_keyword: string }>('html/metadata').byline_text_keyword, 'iu');
/** An element that holds only a byline label ("Autor:", "By"): the name stands beside it (see `labelledByline`). */
const BYLINE_LABEL_ONLY = new RegExp(loadData<{ byline_label_only: string }>('html/metadata').byline_label_only, 'iu');
/** Subheadings kept per page (enough for the article's own; a link farm has hundreds). */
const MAX_SUBHEADINGS = 200;

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The keys of a `<meta>` tag, lower-cased: its `property` (RDFa: a space-separated list of terms,
 * each one a key; `dc:title` read as the DC-HTML `dc.title`, see `meta_key_prefixes`), else its
 * `name`, `itemprop` or `http-equiv`.
 * @example metaKeys({ property: 'x:title DC:title' }) → ['x:title', 'dc.title']
 */
export function metaKeys(attribs: Readonly<Record<string, string>>): string[] {
  const prop = attribs['property']?.trim();
  if (prop) {
    return prop.toLowerCase().split(/\s+/).map((k) => {
      const p = KEY_PREFIXES.find(([from]) => k.startsWith(from));
      return p ? p[1] + k.slice(p[0].length) : k;
    });
  }
  const key = (attribs['name'] ?? attribs['itemprop'] ?? attribs['http-equiv'])?.toLowerCase().trim();
  return key ? [key] : [];
}


const AUTHOR_PROPS = /(?:^|\s)(?:author|creator)(?:\s|$)/;
const AUTHOR_REL = /(?:^|\s)author(?:\s|$)/i;

/** Which byline source an element is (`itemprop:author`, `rel-author`, `byline-class`), or `null`. */
function bylineSource(el: Element, toks: readonly string[] | null): string | null {
  const a = el.attribs;
  if (a['itemprop'] !== undefined && AUTHOR_PROPS.test(a['itemprop'])) return 'itemprop:author';
  if (el.name === 'a' && a['rel'] !== undefined && AUTHOR_REL.test(a['rel'])) return 'rel-author';
  return toks !== null && toks.some((t) => BYLINE_CLASSES.has(t)) ? 'byline-class' : null;
}

/**
 * Gathers the metadata facts of a page. Call before cleaning (cleaning removes `<head>` and scripts).
 * @param doc the parsed page (not modified)
 */
export function collectPage(doc: Document): PageFacts {
  const f: PageFacts = {
    meta: new Map(), jsonLd: [], title: null, canonical: null, htmlLang: null,
    h1: [], subheadings: [], times: [], itemprops: new Map(), bylines: [], dateBlocks: [], textDates: [], textBylines: [],
  };
  let order = 0;
  let h1Order = -1;
  const texts: { order: number; text: string }[] = [];
  const bylineTexts: { order: number; text: BylineNode }[] = [];
  walkElements(doc, (el) => {
    const a = el.attribs;
    order++;
    const own = ownText(el);
    if (own.length >= 6 && own.length <= MAX_TEXT_DATE_CHARS) {
      if (texts.length < MAX_TEXT_DATES && HAS_YEAR.test(own)) texts.push({ order, text: normalizeSpace(own) });
      if (bylineTexts.length < MAX_TEXT_DATES && BYLINE_KEYWORD.test(own) && !BYLINE_LABEL_ONLY.test(own)) {
        const n = readBylineNode(el, 'text', MAX_TEXT_BYLINE_CHARS);
        if (n) bylineTexts.push({ order, text: n });
      }
    }
    if (bylineTexts.length < MAX_TEXT_DATES && own.trim() && BYLINE_LABEL_ONLY.test(own)) {
      const n = labelledByline(el);
      if (n) bylineTexts.push({ order, text: n });
    }
    switch (el.name) {
      case 'meta': {
        const content = a['content']?.trim();
        if (content) for (const key of metaKeys(a)) push(f.meta, key, content);
        return false;
      }
      case 'script':
        if ((a['type'] ?? '').toLowerCase().includes('ld+json')) f.jsonLd.push(textContent(el));
        return false;
      case 'style':
        return false;
      case 'title':
        if (f.title === null) f.title = normalizeSpace(textContent(el)) || null;
        return false;
      case 'link':
        if (f.canonical === null && (a['rel'] ?? '').toLowerCase().split(/\s+/).includes('canonical') && a['href']) f.canonical = a['href'].trim();
        return false;
      case 'html':
        f.htmlLang ??= a['lang'] ?? a['xml:lang'] ?? null;
        break;
      case 'h1': {
        const h = readHeading(el);
        if (h) f.h1.push(h);
        if (h && !h.home && h1Order < 0) h1Order = order;
        break;
      }
      case 'h2':
      case 'h3': {
        const t = f.subheadings.length < MAX_SUBHEADINGS ? normalizeSpace(textContent(el)) : '';
        if (t) f.subheadings.push(t);
        break;
      }
      case 'time': {
        const v = a['datetime'];
        if (v) f.times.push({ value: v.trim(), pubdate: a['pubdate'] !== undefined || /publish|pubdate|created/i.test(`${a['class'] ?? ''} ${a['itemprop'] ?? ''}`) });
        break;
      }
      default:
        break;
    }
    const prop = a['itemprop'];
    if (prop) {
      const v = a['content'] ?? a['datetime'] ?? normalizeSpace(textContent(el));
      if (v) for (const p of prop.split(/\s+/)) push(f.itemprops, p, v.trim());
    }
    const toks = el.attribs['class'] === undefined && el.attribs['id'] === undefined ? null : elementTokens(el);
    const byline = bylineSource(el, toks);
    if (byline) {
      const n = readBylineNode(el, byline, MAX_BYLINE_BLOCK);
      if (n) f.bylines.push(n);
    }
    if (byline || (toks !== null && toks.some((t) => DATE_CLASSES.has(t)))) {
      const t = normalizeSpace(textContent(el));
      if (t && t.length <= MAX_DATE_BLOCK && /\d/.test(t)) f.dateBlocks.push(t);
    }
    return true;
  });
  f.textDates = nearHeading(texts, h1Order);
  f.textBylines = nearHeading(bylineTexts, h1Order);
  return f;
}

/**
 * The byline line of an element whose own text is only a label ("By", "Autor:"): the element
 * itself when a child holds the name (`<address>By <a>Tim Roe</a></address>`), else its parent
 * (`<p><strong>Autor:</strong> <a>Tim Roe</a></p>`).
 */
function labelledByline(el: Element): BylineNode | null {
  const self = readBylineNode(el, 'text', MAX_TEXT_BYLINE_CHARS);
  if (self && !BYLINE_LABEL_ONLY.test(self.text)) return self;
  const parent = el.parent?.type === 'tag' ? readBylineNode(el.parent as Element, 'text', MAX_TEXT_BYLINE_CHARS) : null;
  // The label's element ends a word even where no space follows it (`<span>By</span><span>Ann Roe</span>`).
  const label = self?.text ?? '';
  if (parent && label && parent.text.startsWith(label) && /^\S/u.test(parent.text.slice(label.length))) {
    return { ...parent, text: `${label} ${parent.text.slice(label.length)}` };
  }
  return parent;
}

/** Text dates ordered by closeness to the `<h1>` (see {@link PageFacts.textDates}). */
function nearHeading<T>(texts: readonly { order: number; text: T }[], h1Order: number): T[] {
  if (h1Order < 0) return texts.slice(0, MAX_NEAR_DATES).map((t) => t.text);
  const after = texts.filter((t) => t.order > h1Order && t.order - h1Order <= TEXT_DATE_AFTER);
  const before = texts.filter((t) => t.order < h1Order && h1Order - t.order <= TEXT_DATE_BEFORE).reverse();
  return [...after, ...before].slice(0, MAX_NEAR_DATES).map((t) => t.text);
}

const HAS_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** An element's own text (its text children, not normalised); `''` for non-tags and `<title>`. */
function ownText(el: Element): string {
  if (el.type !== 'tag' || el.name === 'title') return '';
  let t = '';
  for (const c of el.children) if (c.type === 'text') t = t ? t + textData(c) : textData(c);
  return t;
}
