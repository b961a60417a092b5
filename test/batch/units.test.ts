/**
 * The pieces of the batch runner, one by one: ordering, slots, shards, the resume key set,
 * output paths and atomic writes, resume files, worker tasks, records and the summary.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KeySet } from '../../src/batch/keyset.js';
import { Reorderer } from '../../src/batch/order.js';
import { MAX_NAME_BYTES, isCompleteOutput, outputPath, safeName, writeFileAtomic } from '../../src/batch/outdir.js';
import { duration } from '../../src/batch/progress.js';
import { errorRecord, withId } from '../../src/batch/records.js';
import { renderError, renderSpec } from '../../src/output/render.js';
import { cutIncompleteLastLine, readResumeKeys, ResumeFileError } from '../../src/batch/resume.js';
import { fnv1a, inShard, parseShard } from '../../src/batch/shard.js';
import { Slots } from '../../src/batch/slots.js';
import { formatSummary } from '../../src/batch/summary.js';
import { runCleanTask, type CleanTask } from '../../src/batch/task.js';
import { CLOCK_SLOTS, CLOCK_STARTED } from '../../src/batch/clock.js';
import { timeLimit } from '../../src/batch/pool.js';
import { resumeKey } from '../../src/input/item.js';
import { schemaErrors } from '../support.js';
import { SEED_TEXT } from './fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'newsclean-units-'));

describe('Reorderer', () => {
  it('releases results in number order, holding back later ones', () => {
    const r = new Reorderer<string>(true);
    expect(r.put(2, 'c')).toEqual([]);
    expect(r.put(1, 'b')).toEqual([]);
    expect(r.held).toBe(2);
    expect(r.put(0, 'a')).toEqual(['a', 'b', 'c']);
    expect(r.put(3, 'd')).toEqual(['d']);
    expect(r.held).toBe(0);
  });

  it('releases each result at once when unordered', () => {
    const r = new Reorderer<string>(false);
    expect(r.put(5, 'x')).toEqual(['x']);
    expect(r.put(0, 'y')).toEqual(['y']);
  });
});

describe('Slots', () => {
  it('lets `size` holders in and the others in arrival order', async () => {
    const slots = new Slots(2);
    const order: number[] = [];
    await slots.acquire();
    await slots.acquire();
    const third = slots.acquire().then(() => order.push(3));
    const fourth = slots.acquire().then(() => order.push(4));
    expect(slots.used).toBe(2);
    slots.release();
    await third;
    slots.release();
    await fourth;
    expect(order).toEqual([3, 4]);
    slots.release();
    slots.release();
    expect(slots.used).toBe(0);
  });
});

describe('--shard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/8', { index: 3, count: 8 }],
    [' 8/8 ', { index: 8, count: 8 }],
    ['0/4', null],
    ['5/4', null],
    ['1/0', null],
    ['a/b', null],
    ['1-4', null],
  ])('parses %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it('uses 32-bit FNV-1a (known vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('puts every key in exactly one of n slices, about evenly', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => ['pages', `p${i}.html`]);
    const sizes = [1, 2, 3].map((index) => keys.filter((k) => inShard(k, { index, count: 3 })).length);
    expect(sizes.reduce((a, b) => a + b)).toBe(3000);
    for (const k of keys) expect([1, 2, 3].filter((index) => inShard(k, { index, count: 3 }))).toHaveLength(1);
    for (const size of sizes) expect(size).toBeGreaterThan(900);
  });
});

describe('KeySet', () => {
  it('finds the keys added and only those', () => {
    const set = new KeySet();
    for (let i = 0; i < 5000; i++) set.add(`input:page-${i}.html`);
    expect(set.size).toBe(5000);
    expect(set.has('input:page-0.html')).toBe(true);
    expect(set.has('input:page-4999.html')).toBe(true);
    expect(set.has('input:page-5000.html')).toBe(false);
    set.add('id:x');
    expect(set.has('id:x')).toBe(true);
    expect(new KeySet().has('anything')).toBe(false);
  });

  it('keys records by id when they have one', () => {
    expect(resumeKey({ name: 'a.html' })).toBe('input:a.html');
    expect(resumeKey({ name: '7', id: 7 })).toBe('id#7');
    // The id 7 and the id "7" are two inputs of an --ndjson-in run.
    expect(resumeKey({ name: '7', id: '7' })).toBe('id:7');
  });
});

describe('--out-dir paths', () => {
  const out = join(tmp, 'out');

  it.each([
    [['pages', '2024', 'a.html'], 'pages/2024/a.html.json'],
    [['crawl.warc.gz', '1234'], 'crawl.warc.gz/1234.json'],
    [['a/../../etc/passwd'], 'a%2F..%2F..%2Fetc%2Fpasswd.json'],
    [['..'], '%2E..json'],
    [['.'], '%2E.json'],
    [['/etc/passwd'], '%2Fetc%2Fpasswd.json'],
    [['nul\u0000byte\nline'], 'nul%00byte%0Aline.json'],
    [['100%'], '100%25.json'],
    [['C:\\Windows'], 'C:%5CWindows.json'],
    [[''], '%.json'],
    [[], '%.json'],
    [['città'], 'città.json'],
  ])('%j → %s', (key, rel) => {
    expect(relative(out, outputPath(out, key))).toBe(rel);
  });

  it('cuts a very long name, keeping it unique and inside the directory', () => {
    const long = 'é'.repeat(300);
    const a = safeName(long);
    const b = safeName(`${long}x`);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(a).toMatch(/~[0-9a-f]{16}$/);
    expect(a).not.toBe(b);
    expect(relative(out, outputPath(out, [long]))).toBe(`${a}.json`);
  });

  it('writes atomically, making directories, and leaves no temporary file', async () => {
    const path = outputPath(out, ['deep', 'er', 'x.html']);
    await writeFileAtomic(path, '{"input":"x.html"}\n');
    await writeFileAtomic(path, '{"input":"x.html","second":true}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"input":"x.html","second":true}\n');
    expect(readdirSync(join(out, 'deep/er'))).toEqual(['x.html.json']);
    expect(await isCompleteOutput(path)).toBe(true);
  });

  it('removes the temporary file when the write fails', async () => {
    mkdirSync(join(out, 'blocked.json'), { recursive: true }); // a directory where the file should go
    await expect(writeFileAtomic(join(out, 'blocked.json'), '{}')).rejects.toThrow();
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['a record', '{"input":"a"}', true],
    ['an error record (the input is tried again)', '{"input":"a","error":{"code":"timeout","message":"m"}}', false],
    ['a cut record', '{"input":"a","bo', false],
    ['JSON without input', '[1]', false],
  ])('counts %s as complete: %s', async (_what, text, complete) => {
    const path = join(tmp, `complete-${complete}-${text.length}.json`);
    writeFileSync(path, text);
    expect(await isCompleteOutput(path)).toBe(complete);
  });

  it('counts a missing file as not complete', async () => {
    expect(await isCompleteOutput(join(tmp, 'missing.json'))).toBe(false);
  });
});

describe('--resume FILE', () => {
  it('reads the keys of the records, cutting an incomplete last line off the file', async () => {
    const file = join(tmp, 'resume.jsonl');
    writeFileSync(file, '{"input":"a.txt","format":"text"}\n{"id":7,"input":"7","error":{"code":"no_article","message":"m"}}\n\n{"input":"b.t');
    const state = await readResumeKeys(file);
    expect(state.cutBytes).toBe('{"input":"b.t'.length);
    expect(state.keys.size).toBe(2);
    expect(state.keys.has(resumeKey({ name: 'a.txt' }))).toBe(true);
    expect(state.keys.has(resumeKey({ name: '7', id: 7 }))).toBe(true);
    expect(state.keys.has(resumeKey({ name: 'b.txt' }))).toBe(false);
    expect(readFileSync(file, 'utf8').endsWith('\n\n')).toBe(true);
  });

  it('treats a missing file as empty', async () => {
    const state = await readResumeKeys(join(tmp, 'no-such.jsonl'));
    expect(state.cutBytes).toBe(0);
    expect(state.keys.size).toBe(0);
  });

  it('does not count a record cut before its newline: its input is done again', async () => {
    const file = join(tmp, 'resume-open.jsonl');
    writeFileSync(file, '{"input":"a.txt"}\n{"input":"b.txt"}');
    const state = await readResumeKeys(file);
    expect([state.cutBytes, state.keys.size, state.keys.has(resumeKey({ name: 'b.txt' }))]).toEqual([17, 1, false]);
    expect(readFileSync(file, 'utf8')).toBe('{"input":"a.txt"}\n');
  });

  it.each([
    ['a page given by mistake', 'Titolo\n\nIl governo ha approvato un decreto.\nultima riga', /2 of its lines are not records/],
    ['a one-line page without a newline', '<html><body><p>Testo</p></body></html>', /its last line, 1, is not a record/],
    ['records with a foreign line among them', '{"input":"a.txt"}\nnot json\n{"input":"b.txt"}\n', /1 of its lines are not records/],
  ])('refuses %s and leaves it untouched', async (_what, text, message) => {
    const file = join(tmp, 'not-output.txt');
    writeFileSync(file, text);
    await expect(readResumeKeys(file)).rejects.toThrow(message);
    await expect(readResumeKeys(file)).rejects.toBeInstanceOf(ResumeFileError);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it.each([
    ['a complete file', 'a\nb\n', 0, 'a\nb\n'],
    ['a cut last line', 'a\nb\nc', 1, 'a\nb\n'],
    ['one cut line', 'abc', 3, ''],
    ['an empty file', '', 0, ''],
    ['a long cut line', `a\n${'x'.repeat(200_000)}`, 200_000, 'a\n'],
  ])('repairs %s', async (_what, text, cut, kept) => {
    const file = join(tmp, `cut-${text.length}.jsonl`);
    writeFileSync(file, text);
    expect(await cutIncompleteLastLine(file)).toBe(cut);
    expect(readFileSync(file, 'utf8')).toBe(kept);
  });
});

/** JSON Lines output, as a batch run writes to a stream. */
const LINES = renderSpec('json', { lines: true });

describe('time limit', () => {
  it('gives --timeout-ms for each started MiB of the page, at least once', () => {
    const MiB = 1024 * 1024;
    expect([0, 50_000, MiB, MiB + 1, 14 * MiB].map((bytes) => timeLimit(5000, bytes))).toEqual([5000, 5000, 5000, 10_000, 70_000]);
  });
});

describe('worker task', () => {
  it('tells the page size before cleaning it: decompressed bytes, or characters of text', () => {
    const sizes: number[] = [];
    runCleanTask({ name: 'p.txt.gz', maxBytes: 1e6, render: LINES, bytes: gzipSync(SEED_TEXT) }, (n) => sizes.push(n));
    runCleanTask({ name: 'p.txt', maxBytes: 1e6, render: LINES, text: SEED_TEXT }, (n) => sizes.push(n));
    expect(sizes).toEqual([Buffer.byteLength(SEED_TEXT), SEED_TEXT.length]);
  });

  it('starts the time limit only after the page is read and decompressed (a thread is never ended inside zlib)', async () => {
    const { default: cleanInWorker } = await import('../../src/batch/worker.js');
    const started = async (task: Partial<CleanTask>): Promise<number> => {
      const clock = new SharedArrayBuffer(4 * CLOCK_SLOTS);
      await cleanInWorker({ name: 'p', maxBytes: 1e6, render: LINES, clock, clockBase: Date.now() - 1000, ...task });
      return new Int32Array(clock)[CLOCK_STARTED]!;
    };
    // Reading or decompressing fails: the clock never started.
    expect(await started({ file: join(tmp, 'no-such-page.txt') })).toBe(0);
    expect(await started({ bytes: gzipSync(SEED_TEXT).subarray(0, 40) })).toBe(0);
    // A page that is read and decompressed is timed from then (ms since clockBase).
    expect(await started({ bytes: gzipSync(SEED_TEXT) })).toBeGreaterThanOrEqual(1000);
  });

  it('cleans text, bytes and gzip-compressed bytes into one record line', () => {
    const plain = join(tmp, 'task-page.txt');
    const gz = join(tmp, 'task-page.txt.gz');
    writeFileSync(plain, SEED_TEXT);
    writeFileSync(gz, gzipSync(SEED_TEXT));
    for (const page of [{ text: SEED_TEXT }, { bytes: Buffer.from(SEED_TEXT) }, { bytes: gzipSync(SEED_TEXT) }, { file: plain }, { file: gz }]) {
      const result = runCleanTask({ name: 'p.txt', maxBytes: 1e6, render: LINES, ...page });
      expect(result.error).toBeUndefined();
      expect(result.text.endsWith('}\n')).toBe(true);
      expect(result.text.split('\n')).toHaveLength(2);
      const record = JSON.parse(result.text);
      expect(record.input).toBe('p.txt');
      expect(record.language).toBe('it');
      expect(schemaErrors(record)).toBe('');
    }
  });

  it('leads the record with the id, passes url and reference date, and indents when asked', () => {
    const result = runCleanTask({ name: 'x', id: 'x', text: SEED_TEXT, url: 'https://e.org/x', maxBytes: 1e6, render: renderSpec('json') });
    expect(result.text.startsWith('{\n  "id": "x",\n  "input": "x",\n')).toBe(true);
    expect(JSON.parse(result.text).url).toBe('https://e.org/x');
  });

  it.each([
    ['empty', { bytes: new Uint8Array() }, 'empty_input'],
    ['binary', { bytes: Buffer.from('89504e470d0a1a0a0000000d4948445200', 'hex') }, 'not_a_document'],
    ['truncated gzip', { bytes: gzipSync(SEED_TEXT).subarray(0, 100) }, 'unreadable'],
    ['too large once decompressed', { bytes: gzipSync(SEED_TEXT), maxBytes: 100 }, 'too_large'],
    ['a file gone since the walk', { file: join(tmp, 'no-such-page.txt') }, 'not_found'],
    ['a file over the limit', { file: join(tmp, 'task-big.txt'), maxBytes: 100 }, 'too_large'],
    ['a directory', { file: tmp }, 'is_directory'],
  ])('turns a failure (%s) into an error record with the id', (_what, page, code) => {
    writeFileSync(join(tmp, 'task-big.txt'), SEED_TEXT);
    const result = runCleanTask({ name: 'bad', id: 3, maxBytes: 1e6, render: LINES, ...page });
    expect(result.error?.code).toBe(code);
    const record = JSON.parse(result.text);
    expect(record).toEqual({ id: 3, input: 'bad', error: { code, message: result.error?.message } });
    expect(schemaErrors(record)).toBe('');
  });
});

describe('records', () => {
  it('puts the id first, or leaves the record as it is', () => {
    const rec = { input: 'a', error: { code: 'timeout', message: 'm' } };
    expect(withId(rec, undefined)).toBe(rec);
    expect(Object.keys(withId(rec, 'k'))).toEqual(['id', 'input', 'error']);
    expect(renderError(errorRecord({ name: 'a' }, { code: 'timeout', message: 'm' }), LINES)).toBe('{"input":"a","error":{"code":"timeout","message":"m"}}\n');
  });
});

describe('summary and progress text', () => {
  it.each([
    [{ records: 9990, errors: 10, skipped: 0 }, 12_300, undefined, 'newsclean: 10000 inputs, 9990 records, 10 errors, 12.3 s (813 pages/s)\n'],
    [{ records: 3, errors: 0, skipped: 5 }, 2_000, 'SIGINT', 'newsclean: 3 inputs, 3 records, 0 errors, 5 skipped, 2.0 s (1.5 pages/s), stopped by SIGINT\n'],
  ])('%j', (stats, ms, why, line) => {
    expect(formatSummary(stats, ms, why)).toBe(line);
  });

  it.each([
    [0, '0s'],
    [59.4, '59s'],
    [185, '3m05s'],
    [7625, '2h07m'],
  ])('%d s reads %s', (s, text) => {
    expect(duration(s)).toBe(text);
  });
});
