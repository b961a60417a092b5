/**
 * Batch runs of the real binary: directories, gzip, WARC, --ndjson-in, --out-dir, --shard,
 * --resume, conservation of inputs (also across Ctrl-C), progress on a terminal only, EPIPE,
 * --fail-fast and --timeout-ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, schemaErrors } from '../support.js';
import { MIXED_WARC, PAGE_TEXT, SEED_TEXT, htmlPage, warcBytes, warcParts, type WarcMember } from '../batch/fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'newsclean-batch-'));

/** Parses JSON Lines output, checking every line against the schema. */
function records(stdout: string): Array<Record<string, unknown>> {
  const lines = stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const l of lines) expect(schemaErrors(l)).toBe('');
  return lines;
}

/** All files below a directory, as sorted relative paths. */
function filesBelow(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

// A page tree: seven text dumps (one gzip-compressed, one in a subfolder) and a file that is no input.
const pages = join(tmp, 'pages');
cpSync(join(ROOT, 'fixtures/pages'), pages, { recursive: true, filter: (src) => !src.endsWith('.json') });
mkdirSync(join(pages, 'sub'));
writeFileSync(join(pages, 'sub/seed.txt.gz'), gzipSync(SEED_TEXT));
writeFileSync(join(pages, 'notes.json'), '{}');
const pageNames = readdirSync(join(ROOT, 'fixtures/pages')).filter((f) => f.endsWith('.txt')).map((f) => join(pages, f));
const treeInputs = [...pageNames, join(pages, 'sub/seed.txt.gz')].sort();

// WARC files (text records, so that these runs do not load the HTML stack): a good one with 3
// inputs among 6 records, and one cut in its 3rd input (2 inputs, then an error).
const warcMembers: WarcMember[] = [
  { type: 'request', url: 'https://example.org/a' },
  { type: 'conversion', url: 'https://example.org/a', text: SEED_TEXT },
  { type: 'response', url: 'https://example.org/old', html: '<html><body>Moved</body></html>', status: 301 },
  { type: 'response', url: 'https://example.org/logo.png', html: 'PNG', contentType: 'image/png' },
  { type: 'conversion', url: 'https://example.org/b', text: PAGE_TEXT, date: '2023-01-02T03:04:05Z' },
  { type: 'conversion', url: 'https://example.org/c', text: SEED_TEXT },
];
const parts = await warcParts(warcMembers, true);
const offsets = parts.map((_, i) => parts.slice(0, i).reduce((n, p) => n + p.length, 0));
const crawl = join(tmp, 'crawl.warc.gz');
writeFileSync(crawl, Buffer.concat(parts));
const crawlInputs = [1, 4, 5].map((i) => `${crawl}#${offsets[i]}`);
const cutWarc = join(tmp, 'cut.warc.gz');
writeFileSync(cutWarc, Buffer.concat(parts).subarray(0, offsets[5]! + 100));
const cutWarcInputs = [1, 4, 5].map((i) => `${cutWarc}#${offsets[i]}`);

// Bad inputs.
const empty = join(tmp, 'empty.txt');
writeFileSync(empty, '');
const binary = join(tmp, 'image.html');
writeFileSync(binary, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
const cutGzip = join(tmp, 'cut.txt.gz');
writeFileSync(cutGzip, gzipSync(SEED_TEXT).subarray(0, 300));
const missing = join(tmp, 'missing.html');

// A folder of many pages, for runs that must still be going when they are stopped.
const many = join(tmp, 'many');
mkdirSync(many);
for (let i = 0; i < 150; i++) writeFileSync(join(many, `p${String(i).padStart(3, '0')}.txt`), i % 2 ? SEED_TEXT : PAGE_TEXT);

describe('inputs', () => {
  it('walks a directory: one line per page file, in name order; other files are no inputs', () => {
    const r = runCli([pages]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = records(r.stdout);
    expect(lines.map((l) => l.input)).toEqual(treeInputs);
    expect(lines.find((l) => l.input === join(pages, 'sub/seed.txt.gz'))?.language).toBe('it');
  });

  it('filters a walk with --glob', () => {
    const r = runCli(['--glob', '*.gz', pages]);
    expect(records(r.stdout).map((l) => l.input)).toEqual([join(pages, 'sub/seed.txt.gz')]);
  });

  it('reads a WARC file: one record per HTML response (2xx) and WET conversion, named path#offset, with its URL', async () => {
    const file = join(tmp, 'html.warc');
    const bytes = await warcBytes(MIXED_WARC, false);
    writeFileSync(file, bytes);
    const r = runCli([file]);
    expect(r.code).toBe(0);
    const lines = records(r.stdout);
    expect(lines.map((l) => [l.format, l.url])).toEqual([
      ['html', 'https://example.org/a'],
      ['html', 'https://example.org/b'],
      ['text', 'https://example.org/c'],
    ]);
    for (const l of lines) {
      const offset = Number((l.input as string).slice(file.length + 1));
      expect(l.input).toBe(`${file}#${offset}`);
      expect(bytes.subarray(offset, offset + 9).toString()).toBe('WARC/1.0\r');
    }
    expect(lines[0]?.headline).toBe('Bridge plan approved');
  });

  it('reads a WARC stream on standard input', () => {
    const r = runCli([], { input: readFileSync(crawl) });
    expect(records(r.stdout).map((l) => [l.input, l.url])).toEqual([
      [`-#${offsets[1]}`, 'https://example.org/a'],
      [`-#${offsets[4]}`, 'https://example.org/b'],
      [`-#${offsets[5]}`, 'https://example.org/c'],
    ]);
  });

  it('cleans one gzip-compressed page as one pretty record', () => {
    const r = runCli([join(pages, 'sub/seed.txt.gz')]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('{\n  "input": ')).toBe(true);
    expect(JSON.parse(r.stdout).language).toBe('it');
  });

  it('writes JSON Lines to -o FILE', () => {
    const out = join(tmp, 'o.jsonl');
    const r = runCli([pages, '-o', out]);
    expect(r.stdout).toBe('');
    expect(records(readFileSync(out, 'utf8'))).toHaveLength(treeInputs.length);
  });
});

describe('conservation: every input gives exactly one record or error record', () => {
  const args = [pages, empty, binary, missing, cutGzip, cutWarc, crawl];
  const expected = [...treeInputs, empty, binary, missing, cutGzip, ...cutWarcInputs, ...crawlInputs];
  const failing = [empty, binary, missing, cutGzip, cutWarcInputs[2]];

  it.each([[['--jobs', '1']], [['--jobs', '2', '--unordered']]])('with %j', (opts) => {
    const r = runCli([...opts, ...args]);
    expect(r.code).toBe(1);
    const lines = records(r.stdout);
    const names = lines.map((l) => l.input as string);
    if (opts.includes('--unordered')) names.sort();
    expect(names).toEqual(opts.includes('--unordered') ? [...expected].sort() : expected);
    expect(lines.filter((l) => 'error' in l).map((l) => l.input)).toEqual(expect.arrayContaining(failing));
    expect(lines.filter((l) => 'error' in l)).toHaveLength(failing.length);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(failing.length);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('in --out-dir: one file per input', () => {
    const out = join(tmp, 'conserve-out');
    const r = runCli(['--out-dir', out, ...args]);
    expect(r.code).toBe(1);
    const files = filesBelow(out);
    expect(files).toHaveLength(expected.length);
    const inputs = files.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).input as string);
    expect(inputs.sort()).toEqual([...expected].sort());
  });
});

describe('--out-dir', () => {
  it('mirrors the input tree, one pretty .json file each, written atomically', () => {
    const out = join(tmp, 'out');
    const r = runCli([pages, crawl, join(ROOT, 'fixtures/seed/pyongyang-it.txt'), '--out-dir', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(filesBelow(out)).toEqual([
      ...treeInputs.map((p) => `pages/${relative(pages, p)}.json`),
      ...crawlInputs.map((n) => `crawl.warc.gz/${n.split('#')[1]}.json`),
      'pyongyang-it.txt.json',
    ].sort());
    const record = readFileSync(join(out, 'crawl.warc.gz', `${offsets[1]}.json`), 'utf8');
    expect(record.startsWith('{\n  "input": ')).toBe(true);
    expect(JSON.parse(record).url).toBe('https://example.org/a');
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('never walks into itself when it lies inside an input folder', () => {
    const tree = join(tmp, 'tree-with-out');
    cpSync(pages, tree, { recursive: true });
    rmSync(join(tree, 'notes.json'));
    for (let run = 0; run < 2; run++) {
      const r = runCli([tree, '--out-dir', join(tree, 'out'), '--glob', '*']);
      expect(r.code).toBe(0);
    }
    const files = filesBelow(join(tree, 'out'));
    expect(files).toHaveLength(treeInputs.length);
    expect(files.filter((f) => f.endsWith('.json.json') || f.includes('/out/'))).toEqual([]);
  });

  it('keeps file names made from ids inside the directory', () => {
    const out = join(tmp, 'hostile');
    const ids = ['../../escape', '/etc/passwd', '..', '.', 'nul\u0000byte', 'x'.repeat(400), 'a/b/c', 'ok'];
    const input = ids.map((id) => JSON.stringify({ id, text: SEED_TEXT })).join('\n') + '\n';
    const r = runCli(['--ndjson-in', '--out-dir', out], { input });
    expect(r.code).toBe(0);
    const files = filesBelow(out);
    expect(files).toHaveLength(ids.length);
    for (const f of files) expect(f.includes('/')).toBe(false);
    expect(existsSync(join(tmp, 'escape.json'))).toBe(false);
    expect(existsSync(join(tmp, '..', 'escape.json'))).toBe(false);
    const found = files.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).id as string);
    expect(found.sort()).toEqual([...ids].sort());
  });

  it('never lets two inputs with the same name overwrite each other: the later one fails with output_failed', () => {
    const col = join(tmp, 'collide');
    for (const dir of ['x/p', 'y/p']) {
      mkdirSync(join(col, dir), { recursive: true });
      writeFileSync(join(col, dir, 'a.txt'), SEED_TEXT);
    }
    const out = join(tmp, 'collide-out');
    const r = runCli([join(col, 'x/p'), join(col, 'y/p'), '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(filesBelow(out)).toEqual(['p/a.txt.json']);
    expect(JSON.parse(readFileSync(join(out, 'p/a.txt.json'), 'utf8')).input).toBe(join(col, 'x/p/a.txt'));
    expect(r.stderr).toContain(`newsclean: ${join(col, 'y/p/a.txt')}: its output ${join(out, 'p/a.txt.json')} holds the record of an earlier input of this run (the same name); not overwritten [output_failed]`);

    const ids = join(tmp, 'collide-ids');
    const lines = [7, '7', 'k', 'k'].map((id) => JSON.stringify({ id, text: SEED_TEXT })).join('\n') + '\n';
    const n = runCli(['--ndjson-in', '--out-dir', ids], { input: lines });
    expect(n.code).toBe(1);
    expect(filesBelow(ids)).toEqual(['7.json', 'k.json']);
    expect(n.stderr.match(/\[output_failed\]/g)).toHaveLength(2);
  });
});

describe('--ndjson-in', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: SEED_TEXT }),
    JSON.stringify({ id: 2, html: htmlPage('Bridge plan approved'), url: 'https://example.org/2' }),
    'not json',
    '',
    JSON.stringify({ id: 'no-page' }),
    JSON.stringify({ text: PAGE_TEXT }),
  ];

  it('writes one line per input line, in order, carrying its id', () => {
    const r = runCli(['--ndjson-in'], { input: lines.join('\n') + '\n' });
    expect(r.code).toBe(1);
    const out = records(r.stdout);
    expect(out.map((l) => [l.id, l.input, 'error' in l])).toEqual([
      ['a', 'a', false],
      [2, '2', false],
      [undefined, '-#3', true],
      ['no-page', 'no-page', true],
      [undefined, '-#6', false],
    ]);
    expect(out[1]?.url).toBe('https://example.org/2');
    expect(out[1]?.format).toBe('html');
  });

  it('gives the same lines with --unordered, in some order', () => {
    const textLines = lines.filter((l) => !l.includes('"html"'));
    const ordered = runCli(['--ndjson-in'], { input: textLines.join('\n') });
    const unordered = runCli(['--ndjson-in', '--unordered'], { input: textLines.join('\n') });
    expect(unordered.stdout.split('\n').sort()).toEqual(ordered.stdout.split('\n').sort());
  });

  it('exits 0 with --no-error-exit, the failures being in the error records', () => {
    const r = runCli(['--ndjson-in', '--no-error-exit'], { input: lines.join('\n') });
    expect(r.code).toBe(0);
    expect(records(r.stdout).filter((l) => 'error' in l)).toHaveLength(2);
    expect(runCli(['--no-error-exit', missing]).code).toBe(0);
  });

  it('refuses input paths', () => {
    const r = runCli(['--ndjson-in', pages]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ndjson-in reads standard input');
  });
});

describe('--shard', () => {
  it('splits the inputs into n slices that together hold each exactly once', () => {
    const all = records(runCli([pages, crawl]).stdout).map((l) => l.input as string);
    const slices = [1, 2, 3].map((i) => records(runCli([pages, crawl, '--shard', `${i}/3`]).stdout).map((l) => l.input as string));
    expect(slices.flat().sort()).toEqual([...all].sort());
    expect(slices.filter((s) => s.length > 0).length).toBeGreaterThan(1);
  });

  it('slices the same way wherever the tree is mounted', () => {
    const elsewhere = join(tmp, 'mount', 'pages');
    cpSync(pages, elsewhere, { recursive: true });
    const here = records(runCli([pages, '--shard', '2/3']).stdout).map((l) => relative(pages, l.input as string));
    const there = records(runCli([elsewhere, '--shard', '2/3']).stdout).map((l) => relative(elsewhere, l.input as string));
    expect(there).toEqual(here);
  });

  it('refuses a bad slice', () => {
    const r = runCli([pages, '--shard', '4/3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected i/n with 1 ≤ i ≤ n');
  });
});

describe('--resume', () => {
  it('with JSON Lines: skips the inputs already in FILE and repairs a cut last line', () => {
    const file = join(tmp, 'resume.jsonl');
    const first = runCli([pages, crawl, '--shard', '1/2', '-o', file]);
    expect(first.code).toBe(0);
    const before = records(readFileSync(file, 'utf8'));
    writeFileSync(file, readFileSync(file, 'utf8') + '{"input":"half a rec');
    const r = runCli([pages, crawl, '-o', file, '--resume', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/cut an incomplete last line \(20 bytes\)/);
    const after = records(readFileSync(file, 'utf8'));
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((l) => l.input).sort()).toEqual([...treeInputs, ...crawlInputs].sort());
  });

  it('with --out-dir: skips inputs whose file is complete, redoes missing and cut ones', () => {
    const out = join(tmp, 'resume-out');
    expect(runCli([pages, '--out-dir', out]).code).toBe(0);
    const files = filesBelow(out);
    const kept = join(out, files[0]!);
    const marked = { ...JSON.parse(readFileSync(kept, 'utf8')), warnings: ['marked'] };
    writeFileSync(kept, JSON.stringify(marked));
    rmSync(join(out, files[1]!));
    writeFileSync(join(out, files[2]!), '{"input": "cut');
    // `--resume` takes no FILE with --out-dir: the folder after it is an input.
    const r = runCli(['--out-dir', out, '--resume', pages]);
    expect(r.code).toBe(0);
    expect(filesBelow(out)).toEqual(files);
    expect(JSON.parse(readFileSync(kept, 'utf8')).warnings).toEqual(['marked']);
    expect(JSON.parse(readFileSync(join(out, files[2]!), 'utf8')).input).toBe(join(pages, files[2]!.replace(/^pages\//, '').replace(/\.json$/, '')));
  });

  it('needs FILE without --out-dir', () => {
    const r = runCli([pages, '--resume']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--resume needs FILE');
  });

  it('refuses a page taken for FILE (`--resume page.txt pages/`), leaving it whole', () => {
    const page = join(tmp, 'resume-page.txt');
    writeFileSync(page, SEED_TEXT.trimEnd());
    const r = runCli(['--resume', page, pages]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--resume ${page} is not the JSON Lines output of an earlier run`);
    expect(r.stderr).toContain('write --resume=FILE');
    expect(readFileSync(page, 'utf8')).toBe(SEED_TEXT.trimEnd());
  });
});

/** Runs the binary without waiting; resolves with its output when it exits. */
function start(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<{ stdout: string; stderr: string; code: number | null }>; stdout: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  child.stdin!.on('error', () => {});
  const done = new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve) => child.on('close', (code) => resolve({ stdout, stderr, code })));
  return { child, done, stdout: () => stdout };
}

async function until(test: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Ctrl-C', () => {
  const pagesIn = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `p${i}`, text: i % 2 ? SEED_TEXT : PAGE_TEXT }) + '\n');

  it('exits 130 with every written line whole; --resume then does the rest, each input once', async () => {
    const run = start(['--ndjson-in', '--jobs', '1']);
    for (const line of pagesIn) run.child.stdin!.write(line); // standard input stays open: the run is still going
    await until(() => run.stdout().split('\n').length > 3);
    run.child.kill('SIGINT');
    const first = await run.done;
    expect(first.code).toBe(130);
    expect(first.stderr).not.toMatch(/\n\s+at /);
    expect(first.stdout.endsWith('\n')).toBe(true);
    const done = records(first.stdout);
    expect(done.length).toBeGreaterThan(2);
    const file = join(tmp, 'interrupted.jsonl');
    writeFileSync(file, first.stdout);
    const second = runCli(['--ndjson-in', '--resume', file], { input: pagesIn.join('') });
    expect(second.code).toBe(0);
    const ids = [...done, ...records(second.stdout)].map((l) => l.id);
    expect(ids.sort()).toEqual(pagesIn.map((_, i) => `p${i}`).sort());
  });

  it('in --out-dir: no partial file, and --resume completes the tree', async () => {
    const out = join(tmp, 'interrupted-out');
    const run = start(['--jobs', '1', '--out-dir', out, many, '-']); // "-" keeps the run open at the end
    await until(() => existsSync(out) && filesBelow(out).length > 0);
    run.child.kill('SIGINT');
    const first = await run.done;
    expect(first.code).toBe(130);
    for (const f of filesBelow(out)) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).input).toMatch(/many\/p\d+\.txt$/);
    const second = runCli(['--jobs', '2', '--out-dir', out, '--resume', many, '-'], { input: SEED_TEXT });
    expect(second.code).toBe(0);
    expect(filesBelow(out)).toHaveLength(151);
  });
});

describe('progress and summary', () => {
  it('writes nothing to standard error when it is not a terminal', () => {
    const r = runCli([pages, crawl]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  /** Runs the binary with standard error on a pseudo-terminal; stdout goes to a file. */
  function onTerminal(args: string[]): string {
    const out = join(tmp, `tty-${Math.random()}.jsonl`);
    const cmd = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('script', ['-qec', `${cmd} > '${out}'`, '/dev/null'], { encoding: 'utf8', input: '', cwd: ROOT });
    expect(records(readFileSync(out, 'utf8')).length).toBeGreaterThan(0);
    return r.stdout;
  }

  it.skipIf(!hasScript)('shows a bar and a summary on a terminal', () => {
    const screen = onTerminal([many, pages]);
    expect(screen).toMatch(/pages\/s \| 0 errors/);
    expect(screen).toContain('newsclean: 157 inputs, 157 records, 0 errors');
  });

  it.skipIf(!hasScript)('shows neither with --quiet', () => {
    const screen = onTerminal(['--quiet', many, pages]);
    expect(screen).not.toContain('pages/s');
    expect(screen).not.toContain('inputs');
  });
});

describe('faults', () => {
  it('ends quietly when the reader of its output goes away (| head)', () => {
    const r = spawnSync('bash', ['-c', `'${process.execPath}' '${BIN}' '${many}' 2>'${tmp}/epipe.err' | head -n 1; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', cwd: ROOT });
    expect(r.stdout.split('\n')[0]).toMatch(/^\{"input":/);
    expect(r.stdout).toContain('status=0');
    expect(readFileSync(join(tmp, 'epipe.err'), 'utf8')).toBe('');
  });

  it('stops at the first failed input with --fail-fast', () => {
    const r = runCli(['--fail-fast', '--jobs', '1', missing, many]);
    expect(r.code).toBe(1);
    const lines = records(r.stdout);
    expect(lines[0]).toEqual({ input: missing, error: { code: 'not_found', message: 'no such file' } });
    expect(lines.length).toBeLessThan(151);
  });

  it('turns an input over --timeout-ms into a timeout error record, and goes on with a fresh worker', () => {
    const big = join(tmp, 'big.html');
    writeFileSync(big, htmlPage('Big').replace('</article>', `${'<p>A long paragraph about the bridge and the river, again and again. </p>'.repeat(40_000)}</article>`));
    const r = runCli(['--jobs', '1', '--timeout-ms', '1', big, big]);
    expect(r.code).toBe(1);
    // The limit is 1 ms for each started MiB of the page.
    const mib = Math.ceil(statSync(big).size / (1024 * 1024));
    expect(mib).toBe(3);
    const message = `took longer than ${mib} ms: --timeout-ms 1 for each started MiB of the page`;
    expect(records(r.stdout)).toEqual([1, 2].map(() => ({ input: big, error: { code: 'timeout', message } })));
  });

  it('reads a device given as an input only up to --max-bytes (/dev/zero never ends)', () => {
    const one = runCli(['--max-bytes', '100000', '/dev/zero']);
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(/^newsclean: \/dev\/zero: \d+ bytes, over the limit of 100000 bytes \(--max-bytes\) \[too_large\]\n$/);
    const batch = runCli(['--max-bytes', '100000', '--jobs', '1', '/dev/zero', join(pages, 'sub/seed.txt.gz')]);
    expect(batch.code).toBe(1);
    const lines = records(batch.stdout);
    expect(lines.map((l) => (l as { error?: { code: string } }).error?.code ?? 'record')).toEqual(['too_large', 'record']);
  });

  it('ends threads at the time limit only while they clean, never inside zlib (gzip pages, --timeout-ms 1)', () => {
    // Ending a thread while it set up a zlib handle aborted the whole process ("close before
    // init"; one run in four on the benchmark's .html.gz pages). This run checks the outcome; the
    // ordering that prevents it (the clock starts after decompressing) is pinned in
    // test/batch/units.test.ts.
    const dir = join(tmp, 'gz-timeouts');
    mkdirSync(dir);
    const page = gzipSync(htmlPage('Bridge plan approved').replace('</article>', `${'<p>The council met again on the bridge plan, and the vote was close. </p>'.repeat(400)}</article>`));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `p${String(i).padStart(2, '0')}.html.gz`), page);
    const r = runCli(['--jobs', '2', '--timeout-ms', '1', dir]);
    expect(r.stderr).not.toContain('Assertion failed');
    expect(r.code).toBe(1);
    const lines = records(r.stdout);
    expect(lines).toHaveLength(60);
    expect(lines.filter((l) => (l as { error?: { code: string } }).error?.code === 'timeout').length).toBeGreaterThan(50);
  });
});

describe('usage of batch options', () => {
  it.each([
    [['-o', 'x.jsonl', '--out-dir', 'd', 'a.txt'], '-o and --out-dir cannot be combined'],
    [['--explain', '--out-dir', 'd', 'a.txt'], '--explain cannot be combined'],
    [['--jobs', '0', 'a.txt'], 'expected a positive whole number'],
    [['--jobs', '9999', 'a.txt'], 'threads for each of the'],
    [['--glob', '', 'a.txt'], 'expected a pattern'],
  ])('%j exits 2', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
