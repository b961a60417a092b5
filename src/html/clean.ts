/**
 * Cleaning before scoring: removes what is never article text (scripts, styles, form
 * controls, media, hidden elements, HTML comments) and the boilerplate containers named by
 * `hints.ts` (navigation, sharing, related teasers, comments, newsletters, ads…).
 *
 * A hinted container is kept when it holds at least `KEEP_SHARE` of the page's prose, so a
 * hint on the main wrapper cannot drop the article. Prose here is the text of text nodes of at
 * least {@link PROSE_MIN} non-space characters that are not inside a link.
 */
import type { Decision } from '../types.js';
import { isElement, textData, type ChildNode, type Element, type ParentNode } from './dom.js';
import { boilerplateReason, isHidden, KEEP_SHARE } from './hints.js';
import { DROP_TAGS } from './serialize.js';

/** Minimum length of a text node for it to count as prose. */
const PROSE_MIN = 30;
const NON_WS = /\S/g;

function proseOf(node: ChildNode, inLink: boolean, prose: Map<Element, number>): number {
  if (node.type === 'text') {
    if (inLink) return 0;
    const t = textData(node);
    if (t.length < PROSE_MIN) return 0;
    const n = t.match(NON_WS)?.length ?? 0;
    return n >= PROSE_MIN ? n : 0;
  }
  if (!isElement(node) || node.type !== 'tag') return 0;
  const link = inLink || node.name === 'a';
  let sum = 0;
  for (const c of node.children) sum += proseOf(c, link, prose);
  prose.set(node, sum);
  return sum;
}

/** Removes a child from its parent's list in place (domhandler sibling links fixed). */
function detach(parent: ParentNode, i: number): void {
  const n = parent.children[i] as ChildNode;
  parent.children.splice(i, 1);
  if (n.prev) n.prev.next = n.next;
  if (n.next) n.next.prev = n.prev;
  n.parent = null;
}

/**
 * Cleans a parsed page in place.
 * @param root the document (or `<body>`)
 * @returns one {@link Decision} per removed boilerplate container (step `clean`); unconditional
 *   removals (scripts, comments, hidden elements) are not recorded
 */
export function cleanDocument(root: ParentNode): Decision[] {
  const decisions: Decision[] = [];
  const prose = new Map<Element, number>();
  let total = 0;
  for (const c of root.children) total += proseOf(c, false, prose);
  const keepAbove = total * KEEP_SHARE;

  const visit = (parent: ParentNode): void => {
    const ch = parent.children;
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
        const reason = boilerplateReason(n);
        if (reason && (prose.get(n) ?? 0) < keepAbove) {
          decisions.push({ step: 'clean', rule: reason, reason: 'boilerplate container', text: '' });
          detach(parent, i);
          continue;
        }
      }
      visit(n);
    }
  };
  visit(root);
  return decisions;
}
