/**
 * WARC and WARC.gz files (ISO 28500; Common Crawl WARC and WET), read as a stream of inputs
 * with the `warcio` package, loaded only when a WARC file is met.
 *
 * - a `response` record with a 2xx status and an HTML payload (`text/html`,
 *   `application/xhtml+xml`), or a `resource` record of that type, is one HTML input;
 * - a `conversion` record (the text extract of a Common Crawl WET file) is one text input;
 * - other records (requests, metadata, images, redirects, revisits) are not inputs.
 *
 * Each input is named `path#offset` (the record's byte offset in the file, compressed for
 * `.warc.gz`, as in CDX indexes), with the record's target URI as its `url` and its WARC-Date
 * as its reference date. A record cut short, or data that cannot be parsed, ends the file with
 * one error input named after the offset where the trouble starts.
 */
import type { WARCRecord } from 'warcio';
import { isIsoDate } from '../options.js';
import type { InputFormat } from '../types.js';
import type { ErrorInfo, InputItem } from './item.js';

/** Options of {@link warcItems}. */
export interface WarcOptions {
  /** The file's name in records (`path`, or `-` for standard input). */
  name: string;
  /** The file's place in its input tree (see {@link InputItem.key}). */
  key: string[];
  /** Payloads larger than this many bytes become `too_large` errors. */
  maxBytes: number;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

/**
 * Yields the inputs of one WARC file, in file order.
 * @param source the file's bytes, gzip-compressed or not
 * @returns items with `bytes` content, or one final item with an `error`
 */
export async function* warcItems(source: AsyncIterable<Uint8Array>, opts: WarcOptions): AsyncGenerator<InputItem> {
  const { WARCParser } = await import('warcio');
  let total = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      total += chunk.length;
      yield chunk;
    }
  }
  const parser = new WARCParser(counted());
  const fail = (offset: number, error: ErrorInfo): InputItem => ({ name: `${opts.name}#${offset}`, key: [...opts.key, String(offset)], content: { error } });
  let records = 0;
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch (err) {
      yield fail(parser.offset, { code: 'unreadable', message: `not readable as WARC data (${(err as Error).message})` });
      return;
    }
    if (!record) break;
    records++;
    const offset = parser.offset;
    const first = record.warcHeaders.statusline;
    if (!first.startsWith('WARC/')) {
      // warcio takes any first line for a version line; a record starts with `WARC/1.x`.
      yield fail(offset, { code: 'unreadable', message: `not WARC data: a record starts with ${JSON.stringify(first.slice(0, 40))}` });
      return;
    }
    const missingHeader = ['WARC-Type', 'Content-Length'].find((h) => record.warcHeader(h) == null);
    if (missingHeader) {
      // Mandatory headers absent: the file ends (or is damaged) inside a record's headers.
      yield fail(offset, { code: 'unreadable', message: `truncated or corrupt WARC record (no ${missingHeader} header)` });
      return;
    }
    try {
      const item = await readMember(record, offset, opts);
      const missing = bytesMissing(record);
      if (missing > 0) {
        yield fail(offset, { code: 'unreadable', message: `truncated WARC record (${missing} bytes missing)` });
        return;
      }
      if (item) yield item;
    } catch (err) {
      yield fail(offset, { code: 'unreadable', message: `unreadable WARC record (${(err as Error).message})` });
      return;
    }
  }
  if (total > parser.offset) {
    yield fail(parser.offset, { code: 'unreadable', message: `truncated or corrupt WARC data (${total - parser.offset} bytes left unread)` });
  } else if (records === 0) {
    yield { name: opts.name, key: opts.key, content: { error: { code: 'empty_input', message: 'WARC file holds no record' } } };
  }
}

/** The input a record holds, or null when it holds none; consumes the record either way. */
async function readMember(record: WARCRecord, offset: number, opts: WarcOptions): Promise<InputItem | null> {
  const format = memberFormat(record);
  if (!format) {
    await skipRecord(record);
    return null;
  }
  const item: InputItem = { name: `${opts.name}#${offset}`, key: [...opts.key, String(offset)], content: { bytes: new Uint8Array() } };
  if (format !== 'sniff') item.format = format;
  const url = record.warcTargetURI;
  if (url) item.url = url;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(record.warcDate ?? '');
  if (date && isIsoDate(date[0])) item.referenceDate = date[0];
  if (record.warcContentLength > opts.maxBytes) {
    await skipRecord(record);
    item.content = { error: { code: 'too_large', message: `${record.warcContentLength} bytes, over the limit of ${opts.maxBytes} bytes (--max-bytes)` } };
    return item;
  }
  const bytes = await record.readFully(true);
  if (format === 'sniff') {
    if (!looksLikeHtml(bytes)) return null;
    item.format = 'html';
  }
  item.content = { bytes };
  return item;
}

/**
 * Reads past a record's block without keeping it. warcio's `skipFully` loops forever when the
 * file ends inside the block (its reader keeps asking for the missing bytes); reading the block's
 * chunks stops at the end of the data, and the caller then finds the record cut short.
 */
async function skipRecord(record: WARCRecord): Promise<void> {
  for await (const chunk of record.reader) void chunk;
}

/** `html`, `text`, `sniff` (an HTTP response that names no type), or null for a record that is not an input. */
function memberFormat(record: WARCRecord): InputFormat | 'sniff' | null {
  switch (record.warcType) {
    case 'conversion':
      return 'text';
    case 'resource':
      return HTML_TYPE.test(record.warcContentType ?? '') ? 'html' : null;
    case 'response': {
      const info = record.getResponseInfo();
      const status = Number(info?.status);
      if (!(status >= 200 && status < 300)) return null;
      const type = info?.headers.get('content-type');
      // No Content-Type at all: the payload decides (`sniffed`).
      if (type == null) return 'sniff';
      return HTML_TYPE.test(type) ? 'html' : null;
    }
    default:
      return null;
  }
}

/**
 * Bytes of a record's block that the file did not hold (0 when complete). warcio reads a
 * record through a length-limited reader and stops quietly at the end of the data; what is
 * left of that reader's limit after the record is consumed is what was missing.
 * `test/batch/warc.test.ts` pins this down for plain and gzip-compressed files.
 */
function bytesMissing(record: WARCRecord): number {
  const limit = (record as unknown as { _reader?: { limit?: unknown } })._reader?.limit;
  return typeof limit === 'number' && limit > 0 ? limit : 0;
}

/** The start of an HTML document: a doctype or an `<html>` tag, after optional BOM, space and comments. */
const HTML_HEAD = /^(?:\uFEFF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/** True when a payload that names no type begins as an HTML document (its first 1,024 bytes). */
function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_HEAD.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)));
}
