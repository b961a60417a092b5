/**
 * Test inputs made on the fly: WARC files (written with warcio's serializer), pages, and the
 * sentence-rich text that the text path accepts as an article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord } from 'warcio';
import { WARCSerializer } from 'warcio/node';
import { ROOT } from '../support.js';

/** The seed text dump (Italian wire story): a page the text path always accepts. */
export const SEED_TEXT = readFileSync(join(ROOT, 'fixtures/seed/pyongyang-it.txt'), 'utf8');
/** Another accepted text dump (English). */
export const PAGE_TEXT = readFileSync(join(ROOT, 'fixtures/pages/en-ap-iowa-floods.txt'), 'utf8');

/** A small HTML article page. */
export function htmlPage(title: string): string {
  const p = (s: string): string => `<p>${s}</p>`;
  return `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${title}</h1>`
    + p('The city council approved a plan on Tuesday to rebuild the old bridge over the river, ending a debate that had lasted for more than a decade.')
    + p('Construction is expected to begin next spring and will take about two years, according to the engineers who presented the project.')
    + p('Residents who had opposed the plan said they would keep an eye on the costs, which have already grown by a third since the first estimate.')
    + '</article></body></html>';
}

/** One record of a test WARC file. */
export type WarcMember =
  | { type: 'response'; url: string; html: string; status?: number; /** null: no Content-Type header (a Server header only) */ contentType?: string | null; date?: string }
  | { type: 'conversion'; url: string; text: string; date?: string }
  | { type: 'request'; url: string };

/**
 * Serializes WARC records into one file's bytes.
 * @param gzip one gzip member per record, as `.warc.gz` files are made
 */
export async function warcBytes(members: WarcMember[], gzip: boolean): Promise<Buffer> {
  return Buffer.concat(await warcParts(members, gzip));
}

/** Serializes WARC records, one buffer per record (their concatenation is the file). */
export async function warcParts(members: WarcMember[], gzip: boolean): Promise<Buffer[]> {
  const parts: Buffer[] = [];
  for (const m of members) {
    const date = 'date' in m && m.date ? m.date : '2024-06-19T10:00:00Z';
    let record: WARCRecord;
    if (m.type === 'response') {
      const status = m.status ?? 200;
      record = WARCRecord.create(
        { url: m.url, date, type: 'response', httpHeaders: m.contentType === null ? { Server: 'test' } : { 'Content-Type': m.contentType ?? 'text/html; charset=utf-8' }, statusline: `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Other'}` },
        [new TextEncoder().encode(m.html)],
      );
    } else if (m.type === 'conversion') {
      record = WARCRecord.create({ url: m.url, date, type: 'conversion', warcHeaders: { 'Content-Type': 'text/plain' } }, [new TextEncoder().encode(m.text)]);
    } else {
      record = WARCRecord.create({ url: m.url, date, type: 'request', httpHeaders: { Host: 'example.org' }, statusline: 'GET / HTTP/1.1' }, []);
    }
    parts.push(Buffer.from(await WARCSerializer.serialize(record, { gzip })));
  }
  return parts;
}

/** A WARC file with two HTML pages, a redirect, an image, a request and a WET text record. */
export const MIXED_WARC: WarcMember[] = [
  { type: 'request', url: 'https://example.org/a' },
  { type: 'response', url: 'https://example.org/a', html: htmlPage('Bridge plan approved') },
  { type: 'response', url: 'https://example.org/old', html: '<html><body>Moved</body></html>', status: 301 },
  { type: 'response', url: 'https://example.org/logo.png', html: 'PNG', contentType: 'image/png' },
  { type: 'response', url: 'https://example.org/b', html: htmlPage('Second bridge plan approved'), date: '2023-01-02T03:04:05Z' },
  { type: 'conversion', url: 'https://example.org/c', text: SEED_TEXT },
];
