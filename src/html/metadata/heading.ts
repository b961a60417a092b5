/**
 * The printed headline inside an `<h1>`: many pages put a kicker ("Klimaschutz"), a section
 * link ("Local News |"), a date line or a subtitle into the same `<h1>` as the headline, in
 * child elements of their own. This module splits an `<h1>` into its child segments and keeps
 * the headline part; it also tells a site heading (an `<h1>` that is a link to the home page,
 * the usual logo markup) from an article heading.
 */
import { loadData } from '../../data.js';
import { isElement, normalizeSpace, textData, type ChildNode, type Element } from '../dom.js';
import { elementTokens, isOutOfSight } from '../hints.js';
import { DROP_TAGS } from '../serialize.js';

interface HeadingData {
  heading_kicker_classes: string[];
  heading_kicker_tags: string[];
  heading_hidden_classes: string[];
  heading_site_classes: string[];
  heading_main_classes: string[];
}
const DATA = loadData<HeadingData>('html/metadata');
/** Class phrases as ` token token ` strings, matched against an element's space-joined class/id tokens. */
const phrases = (list: readonly string[]): readonly string[] => list.map((c) => ` ${c} `);
const KICKER_CLASSES = phrases(DATA.heading_kicker_classes);
const KICKER_TAGS: ReadonlySet<string> = new Set(DATA.heading_kicker_tags);
const HIDDEN_CLASSES = phrases(DATA.heading_hidden_classes);
const SITE_CLASSES = phrases(DATA.heading_site_classes);
const MAIN_CLASSES = phrases(DATA.heading_main_classes);
/** Separator punctuation left at the edges of the headline part once a kicker is cut off. */
const EDGE_SEPARATORS = /^[\s:|/·•–—-]+|[\s:|/·•–—-]+$/gu;
/**
 * An `href` that points at a site's home page: `/`, `./`, `index.html`, or a URL ending in a host
 * with an empty path (also inside an archive's wrapper URL).
 */
const HOME_HREF = /^(?:\.?\/?|\/?index\.\w+|.*https?:\/\/[^/?#]+\/?(?:index\.\w+)?)$/i;

/** One `<h1>` of a page, read for the headline. */
export interface Heading {
  /** The `<h1>` element (its ancestors frame the article; see `byline.ts`). */
  el: Element;
  /** The whole text, whitespace normalised. */
  text: string;
  /** The headline part: the text without kicker, section-link, date and subtitle segments; `text` when nothing is cut. */
  main: string;
  /** True for a site heading: the whole text is a link to the home page, or a logo/site-title class names it. */
  home: boolean;
}

/** True when the element's class/id tokens hold one of the phrases (see {@link phrases}). */
function hasClass(el: Element, list: readonly string[]): boolean {
  const toks = elementTokens(el);
  if (toks.length === 0) return false;
  const joined = ` ${toks.join(' ')} `;
  return list.some((c) => joined.includes(c));
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * A permalink anchor beside a heading's text: a link to a fragment of the page itself whose text
 * has no letter or digit (`<a class="headerlink" href="#section">¶</a>` of Sphinx and MkDocs, `#`, `§`).
 */
function isPermalinkAnchor(el: Element): boolean {
  if (el.name !== 'a' || !(el.attribs['href'] ?? '').trim().startsWith('#')) return false;
  const out: string[] = [];
  for (const c of el.children) visibleText(c, out);
  return !HAS_WORD.test(out.join(''));
}

/** Not part of the heading's printed text: out of sight, screen-reader-only, or a permalink anchor. */
function visuallyHidden(el: Element): boolean {
  return isOutOfSight(el) || hasClass(el, HIDDEN_CLASSES) || isPermalinkAnchor(el);
}

/** Text of a subtree without dropped (script, svg…) and hidden elements. */
function visibleText(n: ChildNode, out: string[]): void {
  if (n.type === 'text') out.push(textData(n));
  else if (isElement(n) && n.type === 'tag' && !DROP_TAGS.has(n.name) && !visuallyHidden(n)) {
    if (n.name === 'br') out.push(' ');
    for (const c of n.children) visibleText(c, out);
  }
}

const textOf = (n: ChildNode): string => {
  const out: string[] = [];
  visibleText(n, out);
  return normalizeSpace(out.join(''));
};

/** The only link an element's visible text sits in (the element itself or its single child), or `null`. */
function wholeLink(el: Element): Element | null {
  if (el.name === 'a') return el;
  const kids = el.children.filter((c) => (c.type === 'text' ? textData(c).trim() !== '' : isElement(c) && textOf(c) !== ''));
  return kids.length === 1 && isElement(kids[0]) ? wholeLink(kids[0] as Element) : null;
}

function isHomeLink(a: Element | null): boolean {
  if (!a || a.attribs['href'] === undefined) return false;
  return (a.attribs['rel'] ?? '').toLowerCase().split(/\s+/).includes('home') || HOME_HREF.test((a.attribs['href'] as string).trim());
}

/** A site heading: the whole `<h1>` links home, or it (or its link) carries a logo/site-title class. */
function isSiteHeading(h1: Element): boolean {
  const a = wholeLink(h1);
  return isHomeLink(a) || hasClass(h1, SITE_CLASSES) || (a !== null && hasClass(a, SITE_CLASSES));
}

/** A child segment that is not the headline: a kicker/subtitle class, `<small>`, or a link beside unlinked text. */
function isKicker(el: Element, h1HasPlainText: boolean): boolean {
  if (KICKER_TAGS.has(el.name) || hasClass(el, KICKER_CLASSES)) return true;
  return h1HasPlainText && wholeLink(el) !== null;
}

function visibleKids(el: Element): ChildNode[] {
  return el.children.filter((c) => (c.type === 'text' ? textData(c).trim() !== '' : isElement(c) && !DROP_TAGS.has(c.name) && !visuallyHidden(c)));
}

function soleElement(kids: readonly ChildNode[]): Element | null {
  return kids.length === 1 && isElement(kids[0]) ? (kids[0] as Element) : null;
}

/**
 * Reads one `<h1>`.
 * @param h1 the heading element
 * @returns its text, headline part and home-link flag; `null` when it has no visible text
 */
export function readHeading(h1: Element): Heading | null {
  const text = textOf(h1);
  if (!text) return null;
  let kids = visibleKids(h1);
  // Descend through a single wrapper, a permalink too (`<h1><a href=…><span class="label">Kicker</span>Headline</a></h1>`).
  for (let only = soleElement(kids); only && !isKicker(only, false); only = soleElement(kids)) kids = visibleKids(only);
  // Does the heading hold text outside links (directly or in an unlinked child)?
  const plain = kids.some((c) => (c.type === 'text' ? textData(c).trim() !== '' : isElement(c) && c.name !== 'br' && wholeLink(c) === null && textOf(c) !== ''));
  // One child named as the headline (`<span class="headline">`) among others: that child.
  const named = kids.filter((c): c is Element => isElement(c) && hasClass(c, MAIN_CLASSES));
  if (named.length === 1 && kids.length > 1) {
    const t = textOf(named[0] as Element);
    if (t) return { el: h1, text, main: t, home: isSiteHeading(h1) };
  }
  const parts: string[] = [];
  let cut = false;
  for (const c of kids) {
    if (isElement(c) && c.type === 'tag' && isKicker(c, plain)) {
      if (textOf(c)) cut = true;
      parts.push(' ');
      continue;
    }
    visibleText(c, parts);
  }
  const main = cut ? normalizeSpace(parts.join('')).replace(EDGE_SEPARATORS, '') : text;
  return { el: h1, text, main: main || text, home: isSiteHeading(h1) };
}
