/**
 * Bylines printed in the page: elements whose class/id names an author (`byline`, `author`,
 * `autor`…), `itemprop="author"` elements and `rel="author"` links, read with their place in the
 * page, and the choice between them and the structured sources (JSON-LD, `<meta>`).
 *
 * Choice, in order:
 * 1. `structured` — JSON-LD persons, then `itemprop=author`, then `<meta name=author>` and the
 *    other author metas (`data/html/metadata.json` → `precedence.byline`);
 * 2. `printed`    — the first byline element in document order that does not sit in a comment
 *    thread, navigation, related-article list or ad (`byline_excluded_hints`), read as its text
 *    less the job-title parts inside it (`byline_role_classes`);
 * 3. `text`       — else a short line near the `<h1>` that names the author ("Posted on … by X",
 *    "Von X", "Autor: X");
 * 4. a value that only names the site (its name, its host, an organisation suffix such as
 *    "GmbH") ranks after every person's name: many CMSs fill `author` with the publisher;
 * 5. the chosen value loses a last ", Site" part naming the site itself ("Rob Picheta, CNN"), then
 *    job titles, an agency and a last run of words in capitals after the names (`fields/byline.ts`
 *    `splitCredit`: "Chris Cillizza, CNN Editor-at-large", "Tom Davies Associated Press").
 */
import { loadData } from '../../data.js';
import { isPersonName, SITE_JOINERS, splitCredit } from '../../fields/byline.js';
import { isElement, normalizeSpace, textData, type ChildNode, type Element } from '../dom.js';
import { boilerplateReason, elementTokens, isHidden } from '../hints.js';
import { BLOCK_TAGS, DROP_TAGS } from '../serialize.js';
import type { Candidate } from './candidate.js';
import { cleanByline, isSiteName, namesSite } from './clean.js';

interface BylineData {
  byline_excluded_hints: string[];
  byline_soft_excluded_hints: string[];
  byline_role_classes: string[];
  byline_name_classes: string[];
  byline_site_words: string;
  byline_in_text: string;
  byline_in_text_credit: string;
  byline_text_label: string;
  precedence: { byline: string[] };
}
const DATA = loadData<BylineData>('html/metadata');
const EXCLUDED_HINTS: ReadonlySet<string> = new Set(DATA.byline_excluded_hints);
const SOFT_EXCLUDED_HINTS: ReadonlySet<string> = new Set(DATA.byline_soft_excluded_hints);
const ROLE_CLASSES: ReadonlySet<string> = new Set(DATA.byline_role_classes);
const NAME_CLASSES: ReadonlySet<string> = new Set(DATA.byline_name_classes);
const SITE_WORDS = new RegExp(DATA.byline_site_words, 'iu');
/** The name after "by"/"von"/"par"/"por" in a line of text (case-sensitive: names are capitalised). */
const IN_TEXT = new RegExp(DATA.byline_in_text, 'u');
/** A label ("Autor:", "Redaktion:", "Gespeichert von") that makes a short line a byline read whole. */
const TEXT_LABEL = new RegExp(DATA.byline_text_label, 'iu');
/** Words before "by" that make it a credit or a verb ("Video by", "Recommended by", "passed by"), not a byline. */
const CREDIT_BEFORE = new RegExp(DATA.byline_in_text_credit, 'iu');
/** Elements whose contents are never the page's own byline (comment forms, labels). */
const FORM_TAGS: ReadonlySet<string> = new Set(['form', 'label', 'fieldset', 'select', 'textarea']);

/** One byline-like element of the page. */
export interface BylineNode {
  /** The element itself (for its place in the page). */
  el: Element;
  /** Visible text; `<br>` and block boundaries become `\n`. */
  text: string;
  /** `itemprop:author`, `rel-author`, `byline-class`, or `text` for a line near the `<h1>`. */
  source: string;
  /** Class/id tokens mark a job title, date or bio rather than a name (`author-title`, `byline__role`). */
  role: boolean;
}

/** Visible text of a subtree with line breaks at `<br>` and block elements. */
function lines(n: ChildNode, out: string[]): void {
  if (n.type === 'text') out.push(textData(n));
  else if (isElement(n) && n.type === 'tag' && !DROP_TAGS.has(n.name) && !isHidden(n)) {
    const block = n.name === 'br' || BLOCK_TAGS.has(n.name);
    if (block) out.push('\n');
    for (const c of n.children) lines(c, out);
    if (block) out.push('\n');
  }
}

/** Text of an element, one line per `<br>`/block, lines whitespace-normalised, empty ones dropped. */
export function lineText(el: Element): string {
  const out: string[] = [];
  lines(el, out);
  return out.join('').split('\n').map(normalizeSpace).filter(Boolean).join('\n');
}

function hasToken(el: Element, set: ReadonlySet<string>): boolean {
  for (const t of elementTokens(el)) if (set.has(t)) return true;
  return false;
}

/**
 * True when the element sits in a comment thread, navigation, related list, ad or form. The walk up
 * stops at the first ancestor that also holds the article's `<h1>`: a hint there names the page
 * frame (`<div id="ad-portal">` around everything), not a box beside the article.
 */
function isExcluded(el: Element, frame: ReadonlySet<Element>, soft: boolean): boolean {
  for (let e: Element | null = el; e && e.type === 'tag' && e.name !== 'body' && !frame.has(e); e = e.parent as Element | null) {
    if (FORM_TAGS.has(e.name)) return true;
    const hint = boilerplateReason(e);
    if (hint && (EXCLUDED_HINTS.has(hint.rule) || (soft && SOFT_EXCLUDED_HINTS.has(hint.rule)))) return true;
  }
  return false;
}

/**
 * Reads one byline-like element.
 * @param el the element (found by `collect.ts`)
 * @param source `itemprop:author`, `rel-author` or `byline-class`
 * @param maxChars longer texts are not bylines (a whole author bio)
 * @returns the node, or `null` when it has no text or too much
 */
export function readBylineNode(el: Element, source: string, maxChars: number): BylineNode | null {
  const text = lineText(el);
  if (!text || text.length > maxChars) return null;
  const role = hasToken(el, ROLE_CLASSES) && !hasToken(el, NAME_CLASSES);
  return { el, text, source, role };
}

function isInside(el: Element, outer: Element): boolean {
  for (let e = el.parent; e; e = e.parent) if (e === outer) return true;
  return false;
}

/** A node's byline: its lines less those of job-title/date elements inside it, joined and cleaned. */
function nodeValue(node: BylineNode, nodes: readonly BylineNode[]): string | null {
  const drop = new Set(nodes.filter((n) => n.role && n !== node && isInside(n.el, node.el)).flatMap((n) => n.text.split('\n')));
  return cleanByline(node.text.split('\n').filter((l) => !drop.has(l)).join(' '));
}

/**
 * The printed byline: the first usable node in document order (step 2); one in an `<aside>`
 * (`byline_soft_excluded_hints`: often a related-article box, sometimes the blog's author box)
 * only when no other is found.
 */
function printed(nodes: readonly BylineNode[], frame: ReadonlySet<Element>): { value: string; source: string } | null {
  for (const soft of [true, false]) {
    for (const n of nodes) {
      if (n.role || isExcluded(n.el, frame, soft)) continue;
      const v = nodeValue(n, nodes);
      if (v) return { value: v, source: n.source };
    }
  }
  return null;
}

/** The author named in a short text near the `<h1>` (first usable one, nearest first). */
function inText(texts: readonly BylineNode[], frame: ReadonlySet<Element>): { value: string; source: string } | null {
  for (const n of texts) {
    if (isExcluded(n.el, frame, true)) continue;
    const line = n.text.replace(/\n/g, ' ');
    const m = IN_TEXT.exec(line);
    // Mid-line, "by X" must name a person of two words or more and the line must not be a sentence.
    if (m && m.index > 0 && (SENTENCE_END.test(line) || !(m[1] as string).includes(' ') || CREDIT_BEFORE.test(line.slice(0, m.index + 1)))) continue;
    const v = m ? cleanByline(m[1] as string) : labelledLine(n.text);
    if (v) return { value: v, source: 'text' };
  }
  return null;
}
/** A labelled line without "by"/"von" ("Autor: X") is read whole only when this short. */
const MAX_LABELLED_CHARS = 60;

/** The byline of the first short line of a text that carries a label ("Autor: X" above "Tags: …"), or `null`. */
function labelledLine(text: string): string | null {
  const line = text.split('\n').find((l) => TEXT_LABEL.test(l) && l.length <= MAX_LABELLED_CHARS);
  return line ? cleanByline(line) : null;
}
const SENTENCE_END = /[.!?…]["'”’»)]*\s*$/u;

/** What the byline chooser knows about the page besides the candidates. */
export interface BylineContext {
  /** The chosen site name, if any. */
  siteName: string | null;
  /** Host name of the page URL, if known. */
  host: string | null;
  /** The article's `<h1>` elements (their ancestors are the page frame, see {@link isExcluded}). */
  headings?: readonly Element[];
}

function frameOf(headings: readonly Element[]): Set<Element> {
  const frame = new Set<Element>();
  for (const h of headings) for (let e = h.parent; e && e.type === 'tag'; e = e.parent) frame.add(e as Element);
  return frame;
}

/** True when a byline only names the site or an organisation (step 4). */
function publisherOnly(v: string, ctx: BylineContext): boolean {
  return namesSite(v, ctx.siteName ? [ctx.siteName] : [], ctx.host) || SITE_WORDS.test(v);
}

/** Most words of a site name printed after the names without a comma (`… USA TODAY`). */
const MAX_SITE_WORDS = 4;

/**
 * A byline less the site's own name after the names: a last comma-separated part that is the
 * site's name ("Rob Picheta, CNN" on cnn.com → "Rob Picheta"), or, when person names are left,
 * a last part that starts with it ("Jill Disis, CNN Business") or last words that are its name,
 * with a joiner before them ("Kevin McCoy USA TODAY" on usatoday.com, "Amitai Winehouse For
 * Mailonline" → "Kevin McCoy", "Amitai Winehouse").
 */
export function withoutSiteCredit(v: string, ctx: BylineContext): string {
  const sites = ctx.siteName ? [ctx.siteName] : [];
  const isSite = (words: readonly string[]): boolean => isSiteName(words.join(' '), sites, ctx.host);
  const parts = v.split(/\s*,\s*/);
  const last = (parts[parts.length - 1] as string).split(' ');
  const rest = parts.slice(0, -1).join(', ');
  if (parts.length > 1 && (isSite(last) || (isPersonName(rest) && last.some((_, k) => isSite(last.slice(0, k + 1)))))) return rest;
  const words = v.split(' ');
  for (let k = Math.min(MAX_SITE_WORDS, words.length - 2); k >= 1; k--) {
    if (!isSite(words.slice(-k))) continue;
    const head = words.slice(0, -k);
    if (SITE_JOINERS.has((head[head.length - 1] ?? '').toLowerCase())) head.pop();
    if (isPersonName(head.join(' '))) return head.join(' ');
  }
  return v;
}

function rank(source: string): number {
  const order = DATA.precedence.byline;
  const exact = order.indexOf(source);
  if (exact >= 0) return exact;
  const i = order.findIndex((p) => p.endsWith(':') && source.startsWith(p));
  return i >= 0 ? i : order.length;
}

/**
 * Chooses the byline (steps in the module comment).
 * @param cands byline candidates of the structured sources (JSON-LD, `<meta>`), any order
 * @param nodes byline-like elements in document order
 * @param ctx the site's name and host (to demote values naming the site)
 * @param texts short texts near the `<h1>` that may name the author (see `collect.ts`)
 * @returns the cleaned byline (names only: the site's name, roles and an agency split off, see
 *   `fields/byline.ts` `splitCredit`), its source, and the agency it credited (or null); `null` when none
 */
export function chooseByline(cands: readonly Candidate[], nodes: readonly BylineNode[], ctx: BylineContext, texts: readonly BylineNode[] = []): { value: string; source: string; agency: string | null } | null {
  const found: { value: string; source: string; r: number; i: number }[] = [];
  cands.forEach((c, i) => {
    if (c.field !== 'byline') return;
    const v = cleanByline(c.value);
    if (v) found.push({ value: v, source: c.source, r: rank(c.source), i });
  });
  const frame = frameOf(ctx.headings ?? []);
  const dom = printed(nodes, frame);
  if (dom) found.push({ ...dom, r: rank(dom.source === 'itemprop:author' ? 'itemprop:author' : 'printed'), i: -1 });
  const text = dom ? null : inText(texts, frame);
  if (text) found.push({ ...text, r: rank('text'), i: -1 });
  found.sort((a, b) => Number(publisherOnly(a.value, ctx)) - Number(publisherOnly(b.value, ctx)) || a.r - b.r || a.i - b.i);
  const best = found[0];
  if (!best) return null;
  const credit = splitCredit(withoutSiteCredit(best.value, ctx));
  // A credit that names only an agency stays whole: the record makes it the source.
  return { value: credit.byline ?? best.value, source: best.source, agency: credit.byline ? credit.source : null };
}
