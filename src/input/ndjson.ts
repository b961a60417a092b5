/**
 * `--ndjson-in`: JSON Lines on standard input, one page per line —
 * `{"id": "a1", "html": "<html>…"}` or `{"id": 7, "text": "…", "url": "https://…"}` — so that
 * newsclean runs as a mapper under GNU parallel `--pipe`, Hadoop Streaming or Spark's
 * `RDD.pipe()`. Every non-blank line is one input; a line that is not such an object becomes
 * an error input, keeping its `id` when it has one.
 */
import type { ErrorInfo, InputItem } from './item.js';

/** One line of a stream: its 1-based number and text, or null text when it was over the limit. */
export interface Line {
  number: number;
  text: string | null;
  /** The first {@link LINE_HEAD_BYTES} bytes of a line over the limit (to name it in an error). */
  head?: string;
}

/** Bytes kept of a line over the limit. */
export const LINE_HEAD_BYTES = 4096;

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines (`\n` or `\r\n`), decoding each as UTF-8. A line longer than
 * `maxLineBytes` is dropped as it streams by (memory stays bounded) and yielded with null text.
 */
export async function* splitLines(stream: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let headBytes = Buffer.alloc(0);
  let number = 0;
  const finish = (): Line => {
    number++;
    let text: string | null = null;
    if (!tooLong) {
      text = Buffer.concat(parts, size).toString('utf8');
      if (text.endsWith('\r')) text = text.slice(0, -1);
      // A byte-order mark opening the stream (files saved by Windows editors) is not data.
      if (number === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const line: Line = tooLong ? { number, text, head: headBytes.toString('utf8') } : { number, text };
    parts = [];
    size = 0;
    tooLong = false;
    headBytes = Buffer.alloc(0);
    return line;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let nl = buf.indexOf(NEWLINE); nl >= 0; nl = buf.indexOf(NEWLINE)) {
      append(buf.subarray(0, nl));
      yield finish();
      buf = buf.subarray(nl + 1);
    }
    append(buf);
  }
  if (size > 0 || tooLong) yield finish();

  function append(piece: Buffer): void {
    if (!piece.length) return;
    if (tooLong) {
      if (headBytes.length < LINE_HEAD_BYTES) headBytes = Buffer.concat([headBytes, piece.subarray(0, LINE_HEAD_BYTES - headBytes.length)]);
      return;
    }
    if (size + piece.length > maxLineBytes) {
      tooLong = true;
      // Only the head is kept: the parts so far may be megabytes.
      const kept: Buffer[] = [];
      let n = 0;
      for (const part of [...parts, piece]) {
        if (n >= LINE_HEAD_BYTES) break;
        kept.push(part.subarray(0, LINE_HEAD_BYTES - n));
        n += Math.min(part.length, LINE_HEAD_BYTES - n);
      }
      headBytes = Buffer.concat(kept);
      parts = [];
      size = 0;
      return;
    }
    parts.push(Buffer.from(piece)); // a copy: the stream may reuse its chunk
    size += piece.length;
  }
}

/**
 * Yields one input per non-blank line of JSON Lines.
 * @param stream standard input
 * @param maxBytes size limit of one page (`--max-bytes`); a line may be twice that, for JSON escapes
 */
export async function* ndjsonItems(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<InputItem> {
  for await (const line of splitLines(stream, 2 * maxBytes + 4096)) {
    if (line.text !== null && !line.text.trim()) continue;
    yield lineItem(line, maxBytes);
  }
}

/**
 * The input of one line.
 * @returns an item named after its `id` (or `-#LINE` when it has none), with `text` content,
 *   or an `error` when the line is not a page object
 */
export function lineItem(line: Line, maxBytes: number): InputItem {
  const failed = (error: ErrorInfo, id?: string | number): InputItem => {
    const name = id !== undefined ? String(id) : `-#${line.number}`;
    return { name, key: [name], ...(id !== undefined ? { id } : {}), content: { error } };
  };
  if (line.text === null) {
    return failed({ code: 'too_large', message: `line ${line.number} is longer than twice the limit of ${maxBytes} bytes (--max-bytes)` }, idFromHead(line.head ?? ''));
  }
  let value: unknown;
  try {
    value = JSON.parse(line.text);
  } catch {
    return failed({ code: 'not_a_document', message: `line ${line.number} is not JSON` });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failed({ code: 'not_a_document', message: `line ${line.number} is not a JSON object` });
  }
  const obj = value as Record<string, unknown>;
  const id = obj.id;
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return failed({ code: 'not_a_document', message: `line ${line.number}: "id" must be a string or a number` });
  }
  const hasHtml = typeof obj.html === 'string';
  const hasText = typeof obj.text === 'string';
  if (hasHtml === hasText) {
    return failed({ code: 'not_a_document', message: `line ${line.number}: needs one string property "html" or "text"` }, id);
  }
  const content = (hasHtml ? obj.html : obj.text) as string;
  if (Buffer.byteLength(content) > maxBytes) {
    return failed({ code: 'too_large', message: `over the limit of ${maxBytes} bytes (--max-bytes)` }, id);
  }
  const name = id !== undefined ? String(id) : `-#${line.number}`;
  const item: InputItem = { name, key: [name], format: hasHtml ? 'html' : 'text', content: { text: content } };
  if (id !== undefined) item.id = id;
  if (typeof obj.url === 'string' && obj.url) item.url = obj.url;
  return item;
}

/** An `"id": value` pair before the page's `"html"`/`"text"` property. */
const HEAD_ID = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*[,}]/;
const PAGE_KEY = /"(?:html|text)"\s*:/;

/**
 * The `id` of a line too long to parse, read from its first bytes: JSON Lines writers put short
 * keys such as `id` before the page, and a record that keeps its id can be joined back to its
 * input by a Hadoop or Spark mapper. Undefined when no id comes before the page.
 */
export function idFromHead(head: string): string | number | undefined {
  const page = PAGE_KEY.exec(head);
  const match = HEAD_ID.exec(page ? head.slice(0, page.index) : head);
  if (!match) return undefined;
  try {
    const id = JSON.parse(match[1]!) as unknown;
    return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined;
  } catch {
    return undefined;
  }
}
