/**
 * The real binary: stdout, stderr and exit code together.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, schemaErrors } from '../support.js';

const SEED = 'fixtures/seed/pyongyang-it.txt';
const PAGE = 'fixtures/pages/en-ap-iowa-floods.txt';
const tmp = mkdtempSync(join(tmpdir(), 'newsclean-cli-'));
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('one input', () => {
  it('prints one pretty-printed record and exits 0', () => {
    const r = runCli([SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('{\n  "input": "fixtures/seed/pyongyang-it.txt",\n')).toBe(true);
    const record = JSON.parse(r.stdout);
    expect(schemaErrors(record)).toBe('');
    expect(record.headline).toBe('Firmato un accordo di cooperazione che prevede assistenza reciproca e sviluppo tecnico-militare');
  });

  it('reads standard input given as "-" and when piped with no argument', () => {
    const input = readFileSync(join(ROOT, SEED));
    for (const args of [['-'], []]) {
      const r = runCli(args, { input });
      expect(r.code).toBe(0);
      const record = JSON.parse(r.stdout);
      expect(record.input).toBe('-');
      expect(record.language).toBe('it');
    }
  });

  it('writes one line with --ndjson and to a file with -o', () => {
    const r = runCli(['--ndjson', SEED]);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    const out = join(tmp, 'out.json');
    const w = runCli([SEED, '-o', out]);
    expect(w.code).toBe(0);
    expect(w.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).language).toBe('it');
  });

  it('detects HTML by content, whatever the file name', () => {
    const page = join(tmp, 'page.txt');
    writeFileSync(page, '<!doctype html><html lang="en"><head><title>Bridge plan approved</title></head><body><article><h1>Bridge plan approved</h1>'
      + '<p>The city council approved a plan on Tuesday to rebuild the old bridge over the river, ending a debate that had lasted for more than a decade.</p>'
      + '<p>Construction is expected to begin next spring and will take about two years, according to the engineers who presented the project.</p>'
      + '<p>Residents who had opposed the plan said they would keep an eye on the costs, which have already grown by a third since the first estimate.</p></article></body></html>');
    const r = runCli([page]);
    expect(r.code).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.format).toBe('html');
    expect(record.body).toContain('Construction is expected to begin next spring');
  });
});

describe('several inputs', () => {
  it('prints one JSON line per input, in order', () => {
    const r = runCli([SEED, PAGE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input)).toEqual([SEED, PAGE]);
    for (const l of lines) expect(schemaErrors(l)).toBe('');
  });

  it('writes an error record for a failed input, goes on, and exits 1', () => {
    const r = runCli([SEED, 'no/such/file.txt', PAGE]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ input: 'no/such/file.txt', error: { code: 'not_found', message: 'no such file' } });
    expect(schemaErrors(lines[1])).toBe('');
    expect(lines[2].headline).toBe('Iowa farmers count losses as floodwaters recede along the Raccoon River');
    expect(r.stderr).toBe('newsclean: no/such/file.txt: no such file [not_found]\n');
  });
});

describe('bad input gives a one-line error naming the input, exit 1', () => {
  const empty = join(tmp, 'empty.txt');
  writeFileSync(empty, '');
  const png = join(tmp, 'image.html');
  writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'));
  const loop = join(tmp, 'loop.txt');
  symlinkSync(loop, loop);
  const emptyDir = join(tmp, 'no-pages');
  mkdirSync(emptyDir);
  writeFileSync(join(emptyDir, 'notes.json'), '{}');
  it.each([
    ['missing path', 'missing.txt', 'no such file [not_found]'],
    // A directory is walked for inputs (issue 6); one without any input file is an error.
    ['directory without input files', emptyDir, 'no input file in this directory (--glob *.{html,htm,xhtml,shtml,txt,text,warc,wet}{,.gz}) [is_directory]'],
    ['empty file', empty, 'input is empty (no text) [empty_input]'],
    ['binary file', png, 'not a text or HTML document (PNG image) [not_a_document]'],
    ['unreadable file', loop, '[unreadable]'],
  ])('%s', (_kind, path, message) => {
    const r = runCli([path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and the final newline
    expect(r.stderr.startsWith(`newsclean: ${path}: `)).toBe(true);
    expect(r.stderr.trimEnd().endsWith(message)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('usage', () => {
  it('prints the version', () => {
    expect(runCli(['--version'])).toEqual({ stdout: `${version}\n`, stderr: '', code: 0 });
  });

  it('prints help ending in an Examples block (golden file)', async () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().endsWith('Exit codes: 0 all inputs cleaned, 1 some input failed, 2 usage error.')).toBe(true);
    await expect(r.stdout).toMatchFileSnapshot('./help.golden.txt');
  });

  it('exits 2 on an unknown option, with the reason on stderr', () => {
    const r = runCli(['--no-such-option', SEED]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown option '--no-such-option'");
  });

  it('exits 2 on a bad --reference-date', () => {
    const r = runCli(['--reference-date', '19/06/2024', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected a date as YYYY-MM-DD');
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('prints help and exits 2 with no input on a terminal', () => {
    // `script` gives the command a pseudo-terminal as standard input.
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN}; echo "exit=$?"`, '/dev/null'], { encoding: 'utf8', input: '' });
    expect(r.stdout).toContain('Usage: newsclean [options] [inputs...]');
    expect(r.stdout).toContain('exit=2');
  });
});

// /dev/full takes no byte (ENOSPC): a full disk, on demand. Linux only.
const devFull = existsSync('/dev/full');

describe.skipIf(!devFull)('an output that cannot be written: one line, no stack trace, exit 1', () => {
  const noTrace = (stderr: string): void => {
    expect(stderr).not.toMatch(/\n\s+at |node:internal|Unhandled/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  };

  it.each([
    ['one page, -o', [SEED, '-o', '/dev/full'], 'newsclean: cannot write /dev/full: ENOSPC'],
    ['several pages, -o', [SEED, PAGE, '-o', '/dev/full'], 'newsclean: cannot write the output: ENOSPC'],
    ['a folder, -o', ['fixtures/pages', '-o', '/dev/full'], 'newsclean: cannot write the output: ENOSPC'],
  ])('%s', (_what, args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(message)).toBe(true);
    noTrace(r.stderr);
  });

  it.each([
    ['one page', [SEED]],
    ['several pages', [SEED, PAGE]],
  ])('%s, standard output redirected to a full disk', (_what, args) => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr.startsWith('newsclean: cannot write to standard output: ENOSPC')).toBe(true);
      noTrace(r.stderr);
    } finally {
      closeSync(fd);
    }
  });
});

describe('an --out-dir that cannot be made is a usage error (exit 2), not a hang or a crash', () => {
  const file = join(tmp, 'a-file');
  writeFileSync(file, 'x');
  it.each([
    ['below a file', join(file, 'sub'), 'ENOTDIR'],
    // Node 20's recursive mkdir loops forever here (ENOENT although /proc exists).
    ...(existsSync('/proc/self') ? [['inside /proc', '/proc/newsclean-no-such-dir', 'ENOENT']] : []),
  ])('%s', (_what, dir, code) => {
    const r = runCli([SEED, PAGE, '--out-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out-dir ${dir} cannot be created (${code}`);
    expect(r.stdout).toBe('');
  });

  it('makes missing parents', () => {
    const dir = join(tmp, 'made', 'deeper');
    expect(runCli([SEED, PAGE, '--out-dir', dir]).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['en-ap-iowa-floods.txt.json', 'pyongyang-it.txt.json']);
  });
});

describe('outputs never replace an input', () => {
  const dir = join(tmp, 'links');
  mkdirSync(dir);
  const page = join(dir, 'same.txt');
  writeFileSync(page, readFileSync(join(ROOT, SEED)));
  symlinkSync(page, join(dir, 'soft.txt'));
  linkSync(page, join(dir, 'hard.txt'));
  writeFileSync(join(dir, 'same.txt.json'), 'an input page whose name a record would take');

  it.each(['soft.txt', 'hard.txt'])('-o through a link to the input (%s) is refused, the input stays whole', (link) => {
    const r = runCli([page, '-o', join(dir, link)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`would write over the input ${page}`);
    expect(readFileSync(page, 'utf8')).toBe(readFileSync(join(ROOT, SEED), 'utf8'));
  });

  it('an --out-dir that holds inputs is refused (a record could take an input\'s name)', () => {
    const r = runCli([join(dir, 'same.txt.json'), page, '--out-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out-dir ${dir} holds the input ${join(dir, 'same.txt.json')}`);
    expect(readFileSync(join(dir, 'same.txt.json'), 'utf8')).toBe('an input page whose name a record would take');
  });
});
