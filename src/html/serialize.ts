/**
 * DOM → text blocks. Paragraph, heading, list-item, table-row and other block boundaries
 * become block boundaries; a single `<br>` becomes a line break inside a block, two or more
 * in a row end the block. Whitespace is normalised (runs → one space, lines trimmed); two links
 * with no text between them (`<a>Home</a><a>News</a>`) are kept apart by a space.
 * Each block also counts how many of its characters sit inside links, for the scorer.
 */
import { loadData } from '../data.js';
import { countNonSpace, isElement, textData, type ChildNode, type Element, type ParentNode } from './dom.js';

/** What kind of element owns a block's text. */
export type BlockKind = 'p' | 'heading' | 'li' | 'row' | 'pre' | 'quote' | 'caption' | 'dt';

/** One block of text, in reading order. */
export interface Block {
  /** Normalised text; lines (from `<br>`) joined by `\n`. Never empty. */
  text: string;
  kind: BlockKind;
  /** The innermost block element owning the text (a `<p>`, `<li>`, `<tr>`, `<div>`…). */
  el: Element;
  /** Characters of the normalised text (`text.length`). */
  chars: number;
  /** Characters (before normalisation, whitespace excluded) inside `<a href>` links. */
  linkChars: number;
  /** Characters (before normalisation, whitespace excluded) in total, the base for link density. */
  rawChars: number;
}

interface BlockData {
  _note: string;
  block: string[];
  heading: string[];
  drop: string[];
}
const DATA = loadData<BlockData>('html/blocks');
/** Block-level element names (HTML flow content that starts a new line). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(DATA.block);
/** Heading element names. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(DATA.heading);
/** Elements whose text is never article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set(DATA.drop);

const BR = '\u0001';
const PARA_BREAK = /\u0001[^\S\u0001]*\u0001[\s\u0001]*/;
const LINE_SPLIT = /\u0001/;
const WS = /[\s\u00a0\u200b\ufeff]+/g;
/** Row-internal structure that makes a `<tr>` a layout row rather than a data row. */
const LAYOUT_IN_CELL: ReadonlySet<string> = new Set(['p', 'div', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'br', 'section', 'article']);

function kindOf(name: string, inherited: BlockKind): BlockKind {
  if (HEADING_TAGS.has(name)) return 'heading';
  switch (name) {
    case 'li':
    case 'dd':
      return 'li';
    case 'dt':
      return 'dt';
    case 'pre':
      return 'pre';
    case 'blockquote':
      return 'quote';
    case 'figcaption':
    case 'caption':
      return 'caption';
    case 'p':
      return inherited === 'quote' || inherited === 'li' ? inherited : 'p';
    default:
      return inherited;
  }
}


function isLayoutRow(tr: Element): boolean {
  let found = false;
  const walk = (n: ParentNode): void => {
    for (const c of n.children) {
      if (found || !isElement(c)) continue;
      if (LAYOUT_IN_CELL.has(c.name)) {
        found = true;
        return;
      }
      walk(c);
    }
  };
  walk(tr);
  return found;
}

/**
 * Options of {@link serializeBlocks}.
 */
export interface SerializeOptions {
  /** Return true to leave an element (and its subtree) out of the output. */
  skip?: (el: Element) => boolean;
}

/**
 * Serialises the subtree under `root` into text blocks in document order.
 * @param root the container (document, `<body>` or the article element)
 * @returns blocks with link statistics; empty blocks are never returned
 */
export function serializeBlocks(root: ParentNode, opts: SerializeOptions = {}): Block[] {
  const out: Block[] = [];
  const skip = opts.skip;
  let buf: string[] = [];
  let linkChars = 0;
  let rawChars = 0;
  let kind: BlockKind = 'p';
  let owner: Element = (isElement(root) ? root : null) as Element;
  let inLink = 0;
  let inPre = 0;
  /** A link just ended and no text has come since: a link right after it starts a new word. */
  let afterLink = false;

  const flush = (): void => {
    if (buf.length === 0) return;
    const raw = buf.join('');
    buf = [];
    const lc = linkChars;
    const rc = rawChars;
    linkChars = 0;
    rawChars = 0;
    if (rc === 0) return;
    const parts = raw.split(PARA_BREAK);
    for (const part of parts) {
      const lines: string[] = [];
      for (const line of part.split(LINE_SPLIT)) {
        const t = kind === 'pre' ? line.replace(/\s+$/, '') : line.replace(WS, ' ').trim();
        if (t) lines.push(t);
      }
      if (lines.length === 0) continue;
      const text = lines.join('\n');
      // Link/raw counts are shared proportionally when <br><br> splits one element into several blocks.
      const share = parts.length === 1 ? 1 : countNonSpace(text) / rc;
      out.push({ text, kind, el: owner, chars: text.length, linkChars: Math.round(lc * share), rawChars: Math.round(rc * share) });
    }
  };

  const visit = (n: ChildNode): void => {
    if (n.type === 'text') {
      let d = textData(n);
      if (d) afterLink = false;
      if (inPre) d = d.replace(/\n/g, BR);
      buf.push(d);
      const c = countNonSpace(d);
      rawChars += c;
      if (inLink) linkChars += c;
      return;
    }
    if (!isElement(n) || n.type !== 'tag') return;
    const name = n.name;
    if (DROP_TAGS.has(name) || (skip && skip(n))) return;
    if (name === 'br') {
      buf.push(BR);
      return;
    }
    const isLink = name === 'a' && n.attribs['href'] !== undefined;
    if (name === 'tr' && !isLayoutRow(n)) {
      flush();
      const saved = [kind, owner] as const;
      kind = 'row';
      owner = n;
      for (const c of n.children) {
        if (isElement(c) && (c.name === 'td' || c.name === 'th')) {
          buf.push(' ');
          for (const cc of c.children) visit(cc);
          buf.push(' ');
        } else visit(c);
      }
      flush();
      [kind, owner] = saved;
      return;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      const saved = [kind, owner] as const;
      kind = kindOf(name, kind);
      owner = n;
      if (name === 'pre') inPre++;
      for (const c of n.children) visit(c);
      flush();
      if (name === 'pre') inPre--;
      [kind, owner] = saved;
      return;
    }
    // Adjacent links (`<a>Home</a><a>News</a>`) are separate items, never one word.
    if (isLink && afterLink) buf.push(' ');
    if (isLink) inLink++;
    for (const c of n.children) visit(c);
    if (isLink) {
      inLink--;
      afterLink = true;
    }
  };

  for (const c of root.children) visit(c);
  flush();
  return out;
}
