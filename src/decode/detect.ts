/**
 * Stage `decode`: what an input is, decided from its content, not its file name.
 */

/** Magic numbers of common binary formats that are sometimes saved with a page's name. */
const MAGIC: Array<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
  { name: 'bzip2 data', bytes: [0x42, 0x5a, 0x68] },
  { name: 'xz data', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Bytes inspected for binary content (the start of the file). */
const SNIFF_BYTES = 8192;

/**
 * Tells why bytes are not a text document, or null when they may be one.
 * Rules: a known binary magic number, or more than 1% NUL / 10% control bytes in the
 * first 8 KiB (UTF-16 text is recognised by its BOM before this check, see `decode/index.ts`).
 * @returns a short description such as `PNG image`, or null
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const m of MAGIC) {
    if (bytes.length >= m.bytes.length && m.bytes.every((b, i) => bytes[i] === b)) return m.name;
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  if (n > 0 && nul / n > 0.01) return 'binary data (NUL bytes)';
  if (n > 0 && control / n > 0.1) return 'binary data (control bytes)';
  return null;
}

// Elements whose tags mark a document as HTML (a text dump may mention "<b>" once, not these in number).
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|article|section|header|nav|main|p|table|span|a|form|iframe)\b/i;
const TAG = /<\/?(?:html|head|body|meta|title|link|script|style|div|article|section|header|footer|nav|main|aside|p|br|h[1-6]|ul|ol|li|table|tr|td|span|a|img|figure|form|iframe|noscript)\b[^<>]{0,500}>/gi;

/**
 * Decides whether a decoded document is HTML or plain text, from its content.
 * HTML when it starts with a doctype or a structural tag, or when its first 8 KiB hold at
 * least 8 HTML tags; otherwise text.
 */
export function detectFormat(text: string): 'html' | 'text' {
  const head = text.slice(0, SNIFF_BYTES);
  if (HTML_START.test(head)) return 'html';
  let tags = 0;
  for (const _ of head.matchAll(TAG)) if (++tags >= 8) return 'html';
  return 'text';
}
