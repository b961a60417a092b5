/**
 * The input stage of batch runs: gzip, sniffing, stream peeking, directory walking, --glob,
 * JSON Lines input, WARC files and the expansion of a command line into items.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/input/glob.js';
import { gunzipIfCompressed, isGzip } from '../../src/input/gzip.js';
import type { InputItem } from '../../src/input/item.js';
import { lineItem, ndjsonItems, splitLines } from '../../src/input/ndjson.js';
import { peekStream } from '../../src/input/peek.js';
import { DEFAULT_GLOB, kindFromHead, kindFromName } from '../../src/input/sniff.js';
import { countInputs, expandInputs, treeRoot } from '../../src/input/sources.js';
import { walkFiles } from '../../src/input/walk.js';
import { warcItems } from '../../src/input/warc.js';
import { MIXED_WARC, SEED_TEXT, htmlPage, warcBytes, warcParts, type WarcMember } from './fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'newsclean-input-'));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function* chunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** An item without its bytes, for comparing. */
function summary(item: InputItem): Record<string, unknown> {
  const { content, ...rest } = item;
  if ('bytes' in content) return { ...rest, bytes: Buffer.from(content.bytes).toString('utf8').slice(0, 40) };
  return { ...rest, ...content };
}

describe('gzip', () => {
  const page = Buffer.from(SEED_TEXT);
  const gz = gzipSync(page);

  it('is recognised by its magic bytes and decompressed; other bytes pass unchanged', () => {
    expect(isGzip(gz)).toBe(true);
    expect(isGzip(page)).toBe(false);
    expect(Buffer.from(gunzipIfCompressed(gz, 1e6)).toString()).toBe(SEED_TEXT);
    expect(gunzipIfCompressed(page, 10)).toBe(page);
  });

  it.each([
    ['truncated', gz.subarray(0, gz.length - 10), 1e6, 'unreadable', /^truncated gzip data/],
    ['corrupt', Buffer.from([0x1f, 0x8b, 9, 9, 9, 9]), 1e6, 'unreadable', /^corrupt gzip data/],
    ['over the size limit once decompressed', gz, 100, 'too_large', /more than the limit of 100 bytes/],
  ])('refuses %s data', (_what, bytes, limit, code, message) => {
    expect(() => gunzipIfCompressed(bytes, limit)).toThrow(expect.objectContaining({ code, message: expect.stringMatching(message) }));
  });
});

describe('sniffing', () => {
  it.each([
    ['a/page.html', 'page'],
    ['PAGE.HTM.GZ', 'page'],
    ['dump.txt', 'page'],
    ['crawl.warc.gz', 'warc'],
    ['CC-MAIN-1.warc.wet.gz', 'warc'],
    ['crawl.warc', 'warc'],
    ['page', null],
    ['data.gz', null],
  ])('%s → %s by name', (name, kind) => {
    expect(kindFromName(name)).toBe(kind);
  });

  it('tells WARC data from pages by content, compressed or not', async () => {
    const warc = await warcBytes(MIXED_WARC.slice(0, 2), false);
    const warcGz = await warcBytes(MIXED_WARC.slice(0, 2), true);
    expect(kindFromHead(warc.subarray(0, 512))).toBe('warc');
    expect(kindFromHead(warcGz.subarray(0, 512))).toBe('warc');
    expect(kindFromHead(Buffer.from('<html>WARC/1.0'))).toBe('page');
    expect(kindFromHead(gzipSync('WARX/1.0 no'))).toBe('page');
    expect(kindFromHead(Buffer.from('WAR'))).toBe('page');
  });

  it('builds the default --glob from the same extensions', () => {
    expect(DEFAULT_GLOB).toBe('*.{html,htm,xhtml,shtml,txt,text,warc,wet}{,.gz}');
  });
});

describe('peekStream', () => {
  it('returns the first bytes and then the whole stream', async () => {
    const bytes = Buffer.from('0123456789abcdef');
    const peeked = await peekStream(chunksOf(bytes, 3), 5);
    expect(peeked.head.toString()).toBe('012345');
    expect(Buffer.concat(await collect(peeked.rest)).toString()).toBe('0123456789abcdef');
  });

  it('copes with a stream shorter than asked and an empty one', async () => {
    const short = await peekStream(chunksOf(Buffer.from('ab'), 1), 10);
    expect(short.head.toString()).toBe('ab');
    expect(Buffer.concat(await collect(short.rest)).toString()).toBe('ab');
    const empty = await peekStream(chunksOf(Buffer.alloc(0), 1), 10);
    expect(empty.head.length).toBe(0);
    expect(await collect(empty.rest)).toEqual([]);
  });
});

describe('--glob', () => {
  it.each([
    [DEFAULT_GLOB, 'x/y/Page.HTML', true],
    [DEFAULT_GLOB, 'page.html.gz', true],
    [DEFAULT_GLOB, 'notes.json', false],
    ['*.txt', 'deep/dir/a.txt', true],
    ['*.txt', 'a.TXT', false],
    ['2024/**/*.html', '2024/06/a.html', true],
    ['2024/**/*.html', '2023/06/a.html', false],
  ])('%s matches %s: %s', (pattern, path, result) => {
    expect(globMatcher(pattern)(path)).toBe(result);
  });
});

describe('walkFiles', () => {
  const root = join(tmp, 'tree');
  mkdirSync(join(root, 'b/deep'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  mkdirSync(join(root, 'out'));
  mkdirSync(join(tmp, 'elsewhere'));
  for (const f of ['c.txt', 'a.html', 'b/z.txt', 'b/deep/y.html.gz', 'notes.json', '.secret.txt', '.hidden/h.txt', 'out/o.txt', '../elsewhere/e.txt']) {
    writeFileSync(join(root, f), 'x');
  }
  symlinkSync(join(tmp, 'elsewhere/e.txt'), join(root, 'link.txt'));
  symlinkSync(join(tmp, 'elsewhere'), join(root, 'linkdir'));
  symlinkSync(join(tmp, 'missing.txt'), join(root, 'broken.txt'));
  const match = globMatcher(DEFAULT_GLOB);

  it('yields matching files depth first in name order, skipping hidden entries and linked directories', async () => {
    const entries = await collect(walkFiles(root, { match }));
    expect(entries.map((e) => e.rel.join('/'))).toEqual(['a.html', 'b/deep/y.html.gz', 'b/z.txt', 'broken.txt', 'c.txt', 'link.txt', 'out/o.txt']);
    expect(entries[0]).toEqual({ path: join(root, 'a.html'), rel: ['a.html'] });
    expect(entries.find((e) => e.rel[0] === 'broken.txt')).toMatchObject({ error: { code: 'not_found' } });
  });

  it.skipIf(spawnSync('mkfifo', ['--help']).status !== 0)('reports a FIFO named like a page as an error entry, without reading it (which could block)', async () => {
    const dir = join(tmp, 'fifo-tree');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.txt'), 'x');
    expect(spawnSync('mkfifo', [join(dir, 'pipe.txt'), join(dir, 'pipe.json')]).status).toBe(0);
    const entries = await collect(walkFiles(dir, { match }));
    expect(entries).toEqual([
      { path: join(dir, 'a.txt'), rel: ['a.txt'] },
      { path: join(dir, 'pipe.txt'), rel: ['pipe.txt'], error: { code: 'unreadable', message: 'not a regular file (a FIFO, socket or device); not read inside a folder' } },
    ]);
  });

  it('never enters the excluded directory', async () => {
    const s = await stat(join(root, 'out'));
    const entries = await collect(walkFiles(root, { match, exclude: { dev: s.dev, ino: s.ino } }));
    expect(entries.map((e) => e.rel.join('/'))).not.toContain('out/o.txt');
    expect(entries).toHaveLength(6);
  });

  it('reports a directory it cannot open as an error entry', async () => {
    expect(await collect(walkFiles(join(tmp, 'no-such-dir'), { match }))).toEqual([
      { path: join(tmp, 'no-such-dir'), rel: [], error: { code: 'not_found', message: 'no such file' } },
    ]);
  });
});

describe('JSON Lines input', () => {
  it('splits lines on LF and CRLF, keeps a last line without newline, drops over-long lines', async () => {
    const text = 'one\r\ntwo\n\n' + 'x'.repeat(50) + '\nlast';
    const lines = await collect(splitLines(chunksOf(Buffer.from(text), 7), 20));
    expect(lines).toEqual([
      { number: 1, text: 'one' },
      { number: 2, text: 'two' },
      { number: 3, text: '' },
      { number: 4, text: null, head: 'x'.repeat(50) },
      { number: 5, text: 'last' },
    ]);
  });

  it('drops a byte-order mark opening the stream', async () => {
    const lines = await collect(splitLines(chunksOf(Buffer.from('\uFEFF{"id":1}\n\uFEFFx\n'), 2), 100));
    expect(lines).toEqual([{ number: 1, text: '{"id":1}' }, { number: 2, text: '\uFEFFx' }]);
  });

  it('decodes a character split across chunks', async () => {
    const lines = await collect(splitLines(chunksOf(Buffer.from('città\n'), 4), 100));
    expect(lines).toEqual([{ number: 1, text: 'città' }]);
  });

  it.each([
    ['{"id":"a1","html":"<p>x</p>","url":"https://e.org/a"}', { name: 'a1', id: 'a1', key: ['a1'], format: 'html', url: 'https://e.org/a', content: { text: '<p>x</p>' } }],
    ['{"id":7,"text":"hello"}', { name: '7', id: 7, key: ['7'], format: 'text', content: { text: 'hello' } }],
    ['{"text":"no id"}', { name: '-#3', key: ['-#3'], format: 'text', content: { text: 'no id' } }],
    ['not json', { name: '-#3', key: ['-#3'], content: { error: { code: 'not_a_document', message: 'line 3 is not JSON' } } }],
    ['[1,2]', { name: '-#3', key: ['-#3'], content: { error: { code: 'not_a_document', message: 'line 3 is not a JSON object' } } }],
    ['{"id":"b","html":"x","text":"y"}', { name: 'b', id: 'b', key: ['b'], content: { error: { code: 'not_a_document', message: 'line 3: needs one string property "html" or "text"' } } }],
    ['{"id":{"x":1},"text":"y"}', { name: '-#3', key: ['-#3'], content: { error: { code: 'not_a_document', message: 'line 3: "id" must be a string or a number' } } }],
    ['{"id":"big","text":"' + 'x'.repeat(200) + '"}', { name: 'big', id: 'big', key: ['big'], content: { error: { code: 'too_large', message: 'over the limit of 100 bytes (--max-bytes)' } } }],
  ])('%s', (text, item) => {
    expect(lineItem({ number: 3, text }, 100)).toEqual(item);
  });

  it.each([
    ['{"id":"a0","text":"xxxx', 'a0'],
    ['{ "url": "https://e.org/\\"q\\"", "id" : -17, "html":"<p>', -17],
    ['{"id":"say \\"hi\\"","text":"', 'say "hi"'],
    ['{"text":"… \\"id\\": 3, …', undefined],
    ['not json at all', undefined],
  ])('a line too long to parse keeps the id before its page: %s', (head, id) => {
    const item = lineItem({ number: 4, text: null, head }, 100);
    expect(item.content).toEqual({ error: { code: 'too_large', message: 'line 4 is longer than twice the limit of 100 bytes (--max-bytes)' } });
    expect(item.id).toBe(id);
    expect(item.name).toBe(id === undefined ? '-#4' : String(id));
  });

  it('yields one item per non-blank line', async () => {
    const items = await collect(ndjsonItems(chunksOf(Buffer.from('{"id":1,"text":"a"}\n\n  \n{"id":2,"text":"b"}\n'), 5), 100));
    expect(items.map((i) => i.id)).toEqual([1, 2]);
  });
});

describe('WARC files', () => {
  for (const gzip of [false, true]) {
    describe(gzip ? '.warc.gz' : '.warc', () => {
      it('yields HTML responses (2xx) and WET conversions, with offset names, URLs and WARC dates', async () => {
        const bytes = await warcBytes(MIXED_WARC, gzip);
        const items = await collect(warcItems(chunksOf(bytes, 1000), { name: 'c.warc', key: ['c.warc'], maxBytes: 1e6 }));
        expect(items.map(summary)).toEqual([
          { name: expect.stringMatching(/^c\.warc#\d+$/), key: ['c.warc', expect.stringMatching(/^\d+$/)], format: 'html', url: 'https://example.org/a', referenceDate: '2024-06-19', bytes: htmlPage('Bridge plan approved').slice(0, 40) },
          { name: expect.any(String), key: expect.any(Array), format: 'html', url: 'https://example.org/b', referenceDate: '2023-01-02', bytes: htmlPage('Second').slice(0, 40) },
          { name: expect.any(String), key: expect.any(Array), format: 'text', url: 'https://example.org/c', referenceDate: '2024-06-19', bytes: SEED_TEXT.slice(0, 40) },
        ]);
        // Offsets are where each record starts in the file (compressed offsets for .warc.gz).
        for (const item of items) {
          const offset = Number(item.key[1]);
          const start = gzip ? Buffer.from(gunzipIfCompressed(bytes.subarray(offset), 1e7)) : bytes.subarray(offset);
          expect(start.subarray(0, 5).toString()).toBe('WARC/');
          expect(item.name).toBe(`c.warc#${offset}`);
        }
      });

      it.each([
        ['a page over --max-bytes', { type: 'response', url: 'https://example.org/big', html: htmlPage('Big').repeat(40) } as WarcMember, 5000],
        ['a record that is not a page', { type: 'response', url: 'https://example.org/logo.png', html: 'PNGDATA'.repeat(4000), contentType: 'image/png' } as WarcMember, 1e6],
      ])('ends, at the break, a file cut inside %s (a record it skips)', async (_what, member, maxBytes) => {
        const parts = await warcParts([{ type: 'response', url: 'https://example.org/a', html: htmlPage('First') }, member], gzip);
        const cut = Buffer.concat([parts[0]!, parts[1]!.subarray(0, Math.floor(parts[1]!.length / 2))]);
        const items = await collect(warcItems(chunksOf(cut, 1000), { name: 'c.warc', key: ['c.warc'], maxBytes }));
        expect(items.map((i) => ('error' in i.content ? i.content.error.code : i.url))).toEqual(['https://example.org/a', 'unreadable']);
      }, 10_000);

      it('takes a 2xx response without Content-Type as a page when its payload begins as an HTML document', async () => {
        const bytes = await warcBytes([
          { type: 'response', url: 'https://example.org/untyped', html: `\n<!-- saved -->\n${htmlPage('Untyped page')}`, contentType: null },
          { type: 'response', url: 'https://example.org/blob', html: 'GIF89a\u0001\u0000 binary', contentType: null },
          { type: 'response', url: 'https://example.org/notes', html: 'plain words, no markup', contentType: null },
        ], gzip);
        const items = await collect(warcItems(chunksOf(bytes, 1000), { name: 'u.warc', key: ['u.warc'], maxBytes: 1e6 }));
        expect(items.map((i) => [i.url, i.format])).toEqual([['https://example.org/untyped', 'html']]);
      });

      it.each([
        ['in the payload of its third record', (p: Buffer[]) => p[0]!.length + p[1]!.length + Math.floor(p[2]!.length / 2), 2],
        ['in the WARC headers of its last record', (p: Buffer[]) => p[0]!.length + p[1]!.length + p[2]!.length + 20, 3],
      ])('ends a file cut %s with one error item', async (_where, cutAt, before) => {
        const parts = await warcParts([...MIXED_WARC.slice(0, 2), { type: 'conversion', url: 'https://example.org/big', text: SEED_TEXT.repeat(20) }, { type: 'conversion', url: 'https://example.org/z', text: SEED_TEXT }], gzip);
        const cut = Buffer.concat(parts).subarray(0, cutAt(parts));
        const items = await collect(warcItems(chunksOf(cut, 4096), { name: 'c.warc', key: ['c.warc'], maxBytes: 1e7 }));
        // The request record is not an input: records 2 and 3 are, then the error.
        expect(items).toHaveLength(before);
        const last = items.at(-1)!;
        expect(last.content).toEqual({ error: { code: 'unreadable', message: expect.stringMatching(/^truncated/) } });
        const start = cutAt(parts) - (before === 2 ? Math.floor(parts[2]!.length / 2) : 20);
        expect(last.name).toBe(`c.warc#${start}`);
        expect(items.slice(0, -1).every((i) => 'bytes' in i.content)).toBe(true);
      });
    });
  }

  it('makes a payload over the size limit a too_large error and goes on', async () => {
    const bytes = await warcBytes([{ type: 'conversion', url: 'https://e.org/1', text: SEED_TEXT }, { type: 'conversion', url: 'https://e.org/2', text: 'short text' }], true);
    const items = await collect(warcItems(chunksOf(bytes, 1000), { name: 'w', key: ['w'], maxBytes: 1000 }));
    expect(items.map((i) => ('error' in i.content ? i.content.error.code : 'ok'))).toEqual(['too_large', 'ok']);
  });

  it('makes data that is not WARC, and a file without records, one error each', async () => {
    const notWarc = await collect(warcItems(chunksOf(Buffer.from('<html>not a warc</html>\n'), 100), { name: 'x.warc', key: ['x.warc'], maxBytes: 1e6 }));
    expect(notWarc).toEqual([{ name: 'x.warc#0', key: ['x.warc', '0'], content: { error: { code: 'unreadable', message: expect.stringMatching(/WARC/) } } }]);
    const empty = await collect(warcItems(chunksOf(Buffer.alloc(0), 100), { name: 'e.warc', key: ['e.warc'], maxBytes: 1e6 }));
    expect(empty).toEqual([{ name: 'e.warc', key: ['e.warc'], content: { error: { code: 'empty_input', message: 'WARC file holds no record' } } }]);
  });
});

describe('expandInputs', () => {
  const dir = join(tmp, 'mixed');
  mkdirSync(join(dir, 'pages/sub'), { recursive: true });
  writeFileSync(join(dir, 'pages/a.txt'), SEED_TEXT);
  writeFileSync(join(dir, 'pages/sub/b.html.gz'), gzipSync(htmlPage('B')));
  writeFileSync(join(dir, 'single.txt'), SEED_TEXT);
  const stdin = chunksOf(Buffer.from('from stdin'), 4);

  it('expands files, directories, WARC files (by name or by content) and stdin, in command-line order', async () => {
    writeFileSync(join(dir, 'crawl.warc.gz'), await warcBytes(MIXED_WARC.slice(0, 2), true));
    writeFileSync(join(dir, 'crawl-no-extension'), await warcBytes(MIXED_WARC.slice(0, 2), false));
    const args = [join(dir, 'pages'), join(dir, 'single.txt'), join(dir, 'missing.txt'), join(dir, 'crawl.warc.gz'), join(dir, 'crawl-no-extension'), '-'];
    const items = await collect(expandInputs(args, { maxBytes: 1e6, match: globMatcher(DEFAULT_GLOB), stdin }));
    expect(items.map((i) => [i.name.replace(dir, 'D'), i.key.join('/'), Object.keys(i.content)[0]])).toEqual([
      ['D/pages/a.txt', 'pages/a.txt', 'file'],
      ['D/pages/sub/b.html.gz', 'pages/sub/b.html.gz', 'file'],
      ['D/single.txt', 'single.txt', 'file'],
      ['D/missing.txt', 'missing.txt', 'error'],
      [expect.stringMatching(/^D\/crawl\.warc\.gz#\d+$/), expect.stringMatching(/^crawl\.warc\.gz\/\d+$/), 'bytes'],
      [expect.stringMatching(/^D\/crawl-no-extension#\d+$/), expect.stringMatching(/^crawl-no-extension\/\d+$/), 'bytes'],
      ['-', 'stdin', 'bytes'],
    ]);
  });

  it('tells of a directory without input files', async () => {
    mkdirSync(join(tmp, 'nothing'));
    const empty: string[] = [];
    const items = await collect(expandInputs([join(tmp, 'nothing')], { maxBytes: 1e6, match: globMatcher(DEFAULT_GLOB), stdin, onEmptyDirectory: (d) => empty.push(d) }));
    expect(items).toEqual([]);
    expect(empty).toEqual([join(tmp, 'nothing')]);
  });

  it('counts inputs without reading files, or says the count is unknown', async () => {
    const match = globMatcher(DEFAULT_GLOB);
    expect(await countInputs([join(dir, 'pages'), join(dir, 'single.txt'), join(dir, 'missing.txt')], { match })).toBe(4);
    expect(await countInputs([join(dir, 'pages'), '-'], { match })).toBeNull();
    expect(await countInputs([dir], { match })).toBeNull(); // holds crawl.warc.gz
  });

  it.each([
    ['pages', ['pages']],
    ['pages/', ['pages']],
    ['/data/crawl', ['crawl']],
    ['.', []],
    ['..', []],
    ['/', []],
  ])('places the files of directory %s under %j', (arg, root) => {
    expect(treeRoot(arg)).toEqual(root);
  });
});
