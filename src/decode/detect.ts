/**
 * Stage `decode`: what an input is, decided from its content, not its file name.
 */

import { loadData } from '../data.js';

interface MagicData {
  signatures: Array<{ name: string; hex: string; offset?: number; needsControl?: boolean }>;
  windowBytes: number;
  controls: number;
}

interface Signature {
  name: string;
  bytes: Uint8Array;
  offset: number;
  needsControl: boolean;
}

const MAGIC = loadData<MagicData>('decode/magic');
const SIGNATURES: Signature[] = MAGIC.signatures.map((s) => ({
  name: s.name,
  bytes: Uint8Array.from(Buffer.from(s.hex, 'hex')),
  offset: s.offset ?? 0,
  needsControl: s.needsControl === true,
}));

/** Bytes inspected by {@link detectFormat} for HTML tags. */
const SNIFF_CHARS = 8192;

/** NUL and C0 control bytes of a window; TAB, LF, VT, FF, CR and ESC (ISO-2022 escapes) are text. */
function controlBytes(bytes: Uint8Array, from: number, to: number): number {
  let control = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && (b < 0x09 || (b > 0x0d && b !== 0x1b))) control++;
  }
  return control;
}

function startsWith(bytes: Uint8Array, sig: Signature): boolean {
  if (bytes.length < sig.offset + sig.bytes.length) return false;
  for (let i = 0; i < sig.bytes.length; i++) if (bytes[sig.offset + i] !== sig.bytes[i]) return false;
  return true;
}

/**
 * Tells why bytes are not a text document, or null when they may be one.
 * Rules (`data/decode/magic.json`): a known binary signature (image, PDF, archive, executable,
 * media, font), or a share of NUL and C0 control bytes above `controls` (2%) in any of three
 * windows of `windowBytes` (8 KiB): the start, the middle and the end of the input.
 * UTF-16 text is full of NUL bytes: the caller recognises it first (see `decode/index.ts`).
 * @param bytes the whole input
 * @returns a short description such as `PNG image` or `binary data (control bytes)`, or null
 */
export function binaryKind(bytes: Uint8Array): string | null {
  const w = MAGIC.windowBytes;
  const headEnd = Math.min(bytes.length, w);
  const headControls = controlBytes(bytes, 0, headEnd);
  for (const sig of SIGNATURES) {
    if (startsWith(bytes, sig) && (!sig.needsControl || headControls > 0)) return sig.name;
  }
  const windows: Array<[number, number]> = [[0, headEnd]];
  if (bytes.length > 2 * w) windows.push([Math.floor(bytes.length / 2 - w / 2), Math.floor(bytes.length / 2 + w / 2)]);
  if (bytes.length > w) windows.push([Math.max(headEnd, bytes.length - w), bytes.length]);
  for (const [from, to] of windows) {
    const n = to - from;
    const control = from === 0 ? headControls : controlBytes(bytes, from, to);
    if (n > 0 && control / n > MAGIC.controls) return 'binary data (NUL or control bytes)';
  }
  return null;
}

// Elements whose start tag opens an HTML document (after an XML declaration and comments).
const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|article|section|header|nav|main|p|table|span|a|form|iframe)\b/i;
// Elements whose tags mark a document as HTML (a text dump may mention "<b>" once, not these in number).
const TAG = /<\/?(?:html|head|body|meta|title|link|script|style|div|article|section|header|footer|nav|main|aside|p|br|h[1-6]|ul|ol|li|table|tr|td|span|a|img|figure|form|iframe|noscript)\b[^<>]{0,500}>/gi;
const SPACE = /\s/;

/**
 * Where a document's first element starts: after leading whitespace, an XML declaration and
 * comments (skipped with `indexOf`, in linear time: a regex with a repeated lazy comment
 * group backtracks exponentially on a run of `<!---->`).
 * @returns the offset, or -1 when a comment or declaration is not closed
 */
function firstElement(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && SPACE.test(text[i]!)) i++;
    if (text.startsWith('<?xml', i)) {
      const end = text.indexOf('>', i);
      if (end < 0) return -1;
      i = end + 1;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return -1;
      i = end + 3;
    } else {
      return i;
    }
  }
}

/**
 * Decides whether a decoded document is HTML or plain text, from its content.
 * HTML when it starts with a doctype or a structural tag (after whitespace, an XML declaration
 * and comments, however long), or when the 8 KiB from there hold at least 8 HTML tags;
 * otherwise text.
 */
export function detectFormat(text: string): 'html' | 'text' {
  const start = firstElement(text);
  if (start >= 0 && HTML_START.test(text.slice(start, start + 64))) return 'html';
  const head = text.slice(Math.max(start, 0), Math.max(start, 0) + SNIFF_CHARS);
  let tags = 0;
  for (const _ of head.matchAll(TAG)) if (++tags >= 8) return 'html';
  return 'text';
}
