/**
 * The nesting guard: HTML nested deeper than the extractor can take is flattened before it
 * is parsed.
 *
 * Why: the HTML stack walks the DOM recursively (one stack frame per level) and its parser
 * keeps open elements in an array it shifts at the front (time per tag grows with depth), so
 * 100,000 nested `<div>`s take tens of seconds and then overflow the stack. Browsers and
 * parsers cap the tree depth for the same reason (Chromium's HTML parser: 512; libxml2: 256).
 *
 * How: htmlparser2's tokenizer (linear time, no tree) drives a stack of open elements kept the
 * way htmlparser2's parser keeps it (`data/decode/depth.json`: void elements, implied end tags,
 * self-closing tags in SVG/MathML). A page whose nesting stays within `maxDepth` is returned
 * unchanged (the same string, after one pass). Otherwise a second pass measures each element's
 * depth (from the root) and height (to its deepest descendant) and keeps an element when it
 * is near the top of the tree (depth ≤ maxDepth / 2: `html`, `body`, the page's outer
 * containers) or near the bottom (height ≤ maxDepth / 2: the article, its headings,
 * paragraphs and links). The middle is flattened: a wrapper's start and end tags are removed
 * — replaced by `<br><br>` for a block element (`data/html/blocks.json` `block`), so the text
 * it held stays a paragraph of its own — and a never-text element (`drop`: script, style,
 * svg…) is removed with its content. Heights fall by at least one per level, so no path keeps
 * more than `maxDepth` elements. Text is never removed otherwise, and nothing is added but
 * those paragraph breaks.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { loadData } from '../data.js';

interface DepthData {
  void: string[];
  impliedEnds: Record<string, string[]>;
  foreign: string[];
}
interface BlockData {
  block: string[];
  drop: string[];
}

/** Element classes, read on the first HTML page (the text path never needs them). */
interface Tables {
  void: ReadonlySet<string>;
  impliedEnds: ReadonlyMap<string, ReadonlySet<string>>;
  foreign: ReadonlySet<string>;
  block: ReadonlySet<string>;
  neverText: ReadonlySet<string>;
}
let tables: Tables | undefined;
function loadTables(): Tables {
  const depth = loadData<DepthData>('decode/depth');
  const blocks = loadData<BlockData>('html/blocks');
  const voids = new Set(depth.void);
  return {
    void: voids,
    impliedEnds: new Map(Object.entries(depth.impliedEnds).map(([k, v]) => [k, new Set(v)])),
    foreign: new Set(depth.foreign),
    block: new Set(blocks.block),
    neverText: new Set(blocks.drop.filter((t) => !voids.has(t))),
  };
}

/** What stands in for a flattened block element's start or end tag. */
const BREAK = '<br><br>';

/** Result of {@link limitDepth}. */
export interface DepthLimit {
  /** The page, flattened; the input string itself when its nesting is within the limit. */
  html: string;
  /** Deepest nesting of the input, in elements (`<html>` is 1). */
  depth: number;
  /** Elements flattened (their tags removed) or removed with their content (never-text elements). */
  flattened: number;
}

/** An element as the stack model sees it; offsets are UTF-16 indexes into the page. */
interface Element {
  name: string;
  /** Offset of the `<` of the start tag. */
  start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** The end tag's span, when the page has one. */
  closeFrom: number;
  closeTo: number;
  /** Where the element ends (after its end tag, or where it was closed implicitly). */
  end: number;
  /** 1 for `<html>`. */
  depth: number;
  /** 1 for an element without child elements. */
  height: number;
}

/**
 * Runs the stack model over a page.
 * @param onClose called once per non-void element, when it closes (explicitly, implicitly, or at the end)
 */
function walk(html: string, onClose: (el: Element) => void): void {
  const { void: VOID, impliedEnds: IMPLIED_ENDS, foreign: FOREIGN } = (tables ??= loadTables());
  const stack: Element[] = [];
  const openCount = new Map<string, number>();
  let foreign = 0;
  let pendingName = '';
  let pendingStart = -1;

  const pop = (end: number): void => {
    const el = stack.pop()!;
    el.end = end;
    openCount.set(el.name, openCount.get(el.name)! - 1);
    if (FOREIGN.has(el.name)) foreign--;
    const parent = stack[stack.length - 1];
    if (parent && parent.height <= el.height) parent.height = el.height + 1;
    onClose(el);
  };
  const open = (name: string, start: number, openEnd: number, selfClosing: boolean): void => {
    const implied = IMPLIED_ENDS.get(name);
    if (implied) while (stack.length && implied.has(stack[stack.length - 1]!.name)) pop(start);
    if (VOID.has(name)) return;
    stack.push({ name, start, openEnd, closeFrom: -1, closeTo: -1, end: -1, depth: stack.length + 1, height: 1 });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreign++;
    if (selfClosing) pop(openEnd);
  };
  const close = (name: string, from: number, nameEnd: number): void => {
    if (VOID.has(name) || !openCount.get(name)) return;
    const gt = html.indexOf('>', nameEnd);
    const to = gt === -1 ? html.length : gt + 1;
    // Elements above the match close implicitly; amortised O(1): each element is popped once.
    while (stack[stack.length - 1]!.name !== name) pop(from);
    const el = stack[stack.length - 1]!;
    el.closeFrom = from;
    el.closeTo = to;
    pop(to);
  };

  const noop = (): void => undefined;
  const cbs: TokenizerCallbacks = {
    onattribdata: noop, onattribentity: noop, onattribend: noop, onattribname: noop, oncdata: noop, oncomment: noop,
    ondeclaration: noop, onend: noop, onprocessinginstruction: noop, ontext: noop, ontextentity: noop,
    onopentagname(start, endIndex) {
      pendingName = html.slice(start, endIndex).toLowerCase();
      pendingStart = start - 1;
    },
    onopentagend(endIndex) {
      if (pendingStart >= 0) open(pendingName, pendingStart, endIndex + 1, false);
      pendingStart = -1;
    },
    onselfclosingtag(endIndex) {
      if (pendingStart >= 0) open(pendingName, pendingStart, endIndex + 1, foreign > 0);
      pendingStart = -1;
    },
    onclosetag(start, endIndex) {
      close(html.slice(start, endIndex).toLowerCase(), start - 2, endIndex);
    },
  };
  const tokenizer = new Tokenizer({ decodeEntities: false }, cbs);
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length) pop(html.length);
}

function countChar(s: string, ch: string, atMost: number): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1 && n <= atMost; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

interface Cut {
  from: number;
  to: number;
  with: string;
}

/**
 * Flattens the middle of HTML nested deeper than `maxDepth` elements (rules in the module comment).
 * Linear time and memory in the length of the page; never throws on bad markup.
 * @param html a decoded page
 * @param maxDepth elements kept on any path from the root (>= 2)
 */
export function limitDepth(html: string, maxDepth: number): DepthLimit {
  // Fewer tags than the limit cannot nest beyond it.
  if (countChar(html, '<', maxDepth) <= maxDepth) return { html, depth: 0, flattened: 0 };
  let depth = 0;
  walk(html, (el) => {
    if (el.depth > depth) depth = el.depth;
  });
  if (depth <= maxDepth) return { html, depth, flattened: 0 };

  const { block: BLOCK, neverText: NEVER_TEXT } = (tables ??= loadTables());
  const half = Math.floor(maxDepth / 2);
  const cuts: Cut[] = [];
  let flattened = 0;
  walk(html, (el) => {
    if (el.depth <= half || el.height <= half) return;
    flattened++;
    if (NEVER_TEXT.has(el.name)) {
      cuts.push({ from: el.start, to: el.end, with: '' });
      return;
    }
    const replacement = BLOCK.has(el.name) ? BREAK : '';
    cuts.push({ from: el.start, to: el.openEnd, with: replacement });
    if (el.closeFrom >= 0) cuts.push({ from: el.closeFrom, to: el.closeTo, with: replacement });
  });
  cuts.sort((a, b) => a.from - b.from || b.to - a.to);
  const parts: string[] = [];
  let at = 0;
  let lastBreak = false;
  for (const c of cuts) {
    // Inside a never-text element that is removed whole.
    if (c.from < at) continue;
    const between = html.slice(at, c.from);
    // Paragraph breaks with only whitespace between them are one break.
    if (/\S/.test(between)) lastBreak = false;
    parts.push(between, c.with === BREAK && lastBreak ? '' : c.with);
    if (c.with === BREAK) lastBreak = true;
    at = c.to;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), depth, flattened };
}
