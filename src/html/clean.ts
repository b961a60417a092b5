/**
 * Cleaning before scoring: removes what is never article text (scripts, styles, form
 * controls, media, hidden elements, HTML comments), the boilerplate containers named by
 * `hints.ts` (navigation, sharing, related teasers, comments, newsletters, ads…) and inline
 * link lists (hover cards: a `<span>` inside prose holding several links and little else) and
 * teaser cards printed as several `<article>`s inside the post's own `<article>`.
 *
 * A hinted container is kept when it holds at least `KEEP_SHARE` of the page's prose — for
 * strong hints (tags, roles, footers, comments, menus) only when it also holds an element that
 * marks the article (`<h1>`, `<article>`, `<main>`, `itemprop=articleBody`) — or at least
 * {@link KEEP_SHARE_WITHOUT_ANCHOR} of it. So a hint on the main wrapper cannot drop the
 * article, while a long comment thread or a footer longer than a short story still goes. Prose here is the text of text nodes of at
 * least {@link PROSE_MIN} non-space characters that are not inside a link.
 */
import type { Decision } from '../types.js';
import { countNonSpace, isElement, textData, textPrefix, type ChildNode, type Element, type ParentNode } from './dom.js';
import { boilerplateReason, isHidden, KEEP_SHARE } from './hints.js';
import { DROP_TAGS } from './serialize.js';

/** Minimum length of a text node for it to count as prose. */
const PROSE_MIN = 30;
/** An inline element with at least this many links and this link density is a link list. */
const INLINE_LIST_LINKS = 3;
const INLINE_LIST_DENSITY = 0.8;
const INLINE_TAGS: ReadonlySet<string> = new Set(['span', 'font', 'small', 'em', 'i', 'b', 'strong']);
/** Elements that mark the article itself; a hinted container holding one is kept when it also holds much prose. */
const ANCHOR_TAGS: ReadonlySet<string> = new Set(['h1', 'article', 'main']);
/** Share of the page's prose above which a hinted container is kept even without an anchor element. */
const KEEP_SHARE_WITHOUT_ANCHOR = 0.8;

interface Counts {
  prose: number;
  /** Holds an `<h1>`, `<article>`, `<main>` or an `itemprop="articleBody"` element. */
  anchor: boolean;
  chars: number;
  linkChars: number;
  links: number;
}

/** Per element counts, filled bottom-up by {@link count}. */
type CountMap = Map<Element, Counts>;

function count(node: ChildNode, inLink: boolean, map: CountMap): Counts {
  if (node.type === 'text') {
    const t = textData(node);
    const n = countNonSpace(t);
    return { prose: !inLink && n >= PROSE_MIN ? n : 0, anchor: false, chars: n, linkChars: inLink ? n : 0, links: 0 };
  }
  const c: Counts = { prose: 0, anchor: false, chars: 0, linkChars: 0, links: 0 };
  if (!isElement(node) || node.type !== 'tag' || DROP_TAGS.has(node.name)) return c;
  const isLink = node.name === 'a' && node.attribs['href'] !== undefined;
  if (isLink) c.links = 1;
  if (ANCHOR_TAGS.has(node.name) || node.attribs['itemprop'] === 'articleBody') c.anchor = true;
  for (const ch of node.children) {
    const s = count(ch, inLink || isLink, map);
    c.prose += s.prose;
    c.chars += s.chars;
    c.linkChars += s.linkChars;
    c.links += s.links;
    if (s.anchor) c.anchor = true;
  }
  map.set(node, c);
  return c;
}

/** Removes a child from its parent's list in place (domhandler sibling links fixed). */
function detach(parent: ParentNode, i: number): void {
  const n = parent.children[i] as ChildNode;
  parent.children.splice(i, 1);
  if (n.prev) n.prev.next = n.next;
  if (n.next) n.next.prev = n.prev;
  n.parent = null;
}

function isInlineLinkList(el: Element, c: Counts | undefined): boolean {
  return c !== undefined && INLINE_TAGS.has(el.name) && c.links >= INLINE_LIST_LINKS && c.linkChars >= c.chars * INLINE_LIST_DENSITY;
}

/**
 * How many `<article>` children an element has. Two or more inside another `<article>` are the
 * teaser cards of a "related posts" list that a theme prints inside the post's own `<article>`.
 */
function articleChildren(parent: ParentNode): number {
  let n = 0;
  for (const c of parent.children) if (isElement(c) && c.name === 'article') n++;
  return n;
}

function removal(el: Element, reason: string): Decision {
  return { step: 'clean', rule: reason, reason: 'boilerplate container', text: textPrefix(el, 120) };
}

/**
 * Cleans a parsed page in place.
 * @param root the document (or `<body>`)
 * @returns one {@link Decision} per removed boilerplate container (step `clean`); unconditional
 *   removals (scripts, comments, hidden elements) are not recorded
 */
export function cleanDocument(root: ParentNode): Decision[] {
  const decisions: Decision[] = [];
  const counts: CountMap = new Map();
  let total = 0;
  for (const c of root.children) total += count(c, false, counts).prose;
  const keep = (c: Counts | undefined, strong: boolean): boolean =>
    c !== undefined && (c.prose >= total * KEEP_SHARE_WITHOUT_ANCHOR || ((c.anchor || !strong) && c.prose >= total * KEEP_SHARE));

  const visit = (parent: ParentNode, inArticle: boolean): void => {
    const ch = parent.children;
    // Counted before the loop removes any of them.
    const repeatedArticles = inArticle && articleChildren(parent) >= 2;
    for (let i = ch.length - 1; i >= 0; i--) {
      const n = ch[i] as ChildNode;
      if (n.type === 'comment' || n.type === 'directive' || n.type === 'cdata') {
        detach(parent, i);
        continue;
      }
      if (!isElement(n)) continue;
      if (n.type !== 'tag' || DROP_TAGS.has(n.name) || isHidden(n)) {
        detach(parent, i);
        continue;
      }
      if (n.name !== 'body' && n.name !== 'html') {
        const c = counts.get(n);
        const hint =
          boilerplateReason(n) ??
          (isInlineLinkList(n, c) ? { rule: 'inline-link-list', strong: false } : null) ??
          (repeatedArticles && n.name === 'article' ? { rule: 'nested-article', strong: false } : null);
        if (hint && !keep(c, hint.strong)) {
          decisions.push(removal(n, hint.rule));
          detach(parent, i);
          continue;
        }
      }
      visit(n, inArticle || n.name === 'article');
    }
  };
  visit(root, false);
  return decisions;
}
