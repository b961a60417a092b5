/**
 * HTML parsing and small DOM helpers over htmlparser2/domhandler trees.
 *
 * htmlparser2 is a forgiving, non-spec tokenizer (it is what cheerio uses); it does not run
 * scripts or load resources. Tag and attribute names are lower-cased; entities are decoded.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, ChildNode, Document, Element, ParentNode } from 'domhandler';

export type { AnyNode, ChildNode, Document, Element, ParentNode };

/**
 * Parses an HTML string into a domhandler `Document`.
 * @param html the decoded page
 * @returns the document root; never throws (malformed markup is repaired the htmlparser2 way)
 */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** True for element nodes (`<script>` and `<style>` included). */
export function isElement(node: AnyNode | null | undefined): node is Element {
  return node != null && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** The text of a text node, else `''`. */
export function textData(node: AnyNode): string {
  return node.type === 'text' ? (node as unknown as { data: string }).data : '';
}

/**
 * Concatenated text of all descendant text nodes (no separators added).
 * `<script>`/`<style>` contents are included only when the node itself is one.
 */
export function textContent(node: AnyNode): string {
  if (node.type === 'text') return textData(node);
  if (!isElement(node) && node.type !== 'root') return '';
  if (node.type === 'script' || node.type === 'style') return (node as Element).children.map(textData).join('');
  const parts: string[] = [];
  const walk = (n: ParentNode): void => {
    for (const c of n.children) {
      if (c.type === 'text') parts.push(textData(c));
      else if (c.type === 'tag') walk(c);
    }
  };
  walk(node as ParentNode);
  return parts.join('');
}

/**
 * The first `max` characters of an element's text, whitespace normalised (for decision records:
 * it stops walking once it has enough, unlike {@link textContent}).
 */
export function textPrefix(node: ParentNode, max: number): string {
  let out = '';
  const walk = (n: ParentNode): boolean => {
    for (const c of n.children) {
      if (c.type === 'text') {
        out += textData(c);
        if (out.length > max * 2) return true;
      } else if (c.type === 'tag' && walk(c)) return true;
    }
    return false;
  };
  walk(node);
  return normalizeSpace(out).slice(0, max);
}

/** Lower-cased `class` and `id` of an element joined by a space (`''` when neither is set). */
export function classAndId(el: Element): string {
  const c = el.attribs['class'];
  const i = el.attribs['id'];
  if (!c && !i) return '';
  return `${c ?? ''} ${i ?? ''}`.toLowerCase();
}

/**
 * Depth-first pre-order walk over elements below `root`.
 * @param visit called per element; return `false` to skip that element's children
 */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | void): void {
  const stack: ChildNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i] as ChildNode);
  while (stack.length) {
    const n = stack.pop() as ChildNode;
    if (!isElement(n)) continue;
    if (visit(n) === false) continue;
    const ch = n.children;
    for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i] as ChildNode);
  }
}

/** All elements below `root` with the given (lower-case) tag names, in document order. */
export function elementsByTag(root: ParentNode, names: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  walkElements(root, (el) => {
    if (names.has(el.name)) out.push(el);
  });
  return out;
}

/** Detaches a node from its parent (domhandler keeps sibling links; they are fixed here). */
export function removeNode(node: ChildNode): void {
  const parent = node.parent;
  if (!parent) return;
  const idx = parent.children.indexOf(node);
  if (idx >= 0) parent.children.splice(idx, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/** Collapses every run of whitespace (NBSP included) to one space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(WS_RUN, ' ').trim();
}
const WS_RUN = /[\s\u00a0\u200b\ufeff]+/g;

/**
 * Number of non-whitespace characters (`\s`, NBSP, zero-width space and BOM count as space),
 * without building a match array: the serializer and the cleaner call it for every text node.
 */
export function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && !(c >= 0x2000 && (c <= 0x200b || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) && c !== 0x85 && c !== 0x1680) n++;
  }
  return n;
}
