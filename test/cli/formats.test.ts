/**
 * `--format`, `--fields`, `--no-body`, `--array` on the real binary: each format on the seed
 * (a text dump) and on an HTML page, against golden files (`vitest -u` rewrites them on
 * request); colour only where it belongs; the pretty view in an 80-column terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, schemaErrors } from '../support.js';

const SEED = 'fixtures/seed/pyongyang-it.txt';
const PAGE = 'fixtures/html/springfield-bridge.html';
const ESC = '\u001b[';
const FORMATS = ['json', 'ndjson', 'text', 'markdown', 'pretty'] as const;

describe.each([
  { name: 'seed', path: SEED },
  { name: 'html', path: PAGE },
])('--format on the $name', ({ name, path }) => {
  it.each(FORMATS)('%s matches its golden file', async (format) => {
    const r = runCli(['--format', format, path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(ESC); // piped: plain
    await expect(r.stdout).toMatchFileSnapshot(`./formats/${name}.${format}.golden`);
  });
});

describe('JSON options', () => {
  it('--fields keeps input and the named fields, in that order', () => {
    const r = runCli(['--fields', 'headline,source', SEED]);
    expect(JSON.parse(r.stdout)).toEqual({
      input: SEED,
      headline: 'Firmato un accordo di cooperazione che prevede assistenza reciproca e sviluppo tecnico-militare',
      source: 'AdnKronos',
    });
  });

  it('--fields refuses an unknown field with exit 2', () => {
    const r = runCli(['--fields', 'headline,nope', SEED]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown field "nope"');
  });

  it('--no-body leaves the body out, the rest of the record stays', () => {
    const record = JSON.parse(runCli(['--no-body', SEED]).stdout);
    expect(record.body).toBeUndefined();
    expect(record.dateline.text).toBe('PYONGYANG, 19 giugno 2024');
  });

  it('--array gives one JSON array for several inputs, error records included', () => {
    const r = runCli(['--format', 'json', '--array', SEED, 'no/such.txt', PAGE]);
    expect(r.code).toBe(1);
    const records = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(records.map((x) => x.input)).toEqual([SEED, 'no/such.txt', PAGE]);
    for (const x of records) expect(schemaErrors(x)).toBe('');
  });

  it('--array with one failing input gives an array holding its error record', () => {
    const r = runCli(['--array', 'no/such.txt']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([{ input: 'no/such.txt', error: { code: 'not_found', message: 'no such file' } }]);
    expect(r.stderr).toBe('newsclean: no/such.txt: no such file [not_found]\n');
  });

  it('several inputs without --array: one line each', () => {
    const lines = runCli(['--format', 'json', SEED, PAGE]).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).format)).toEqual(['text', 'html']);
  });
});

describe('several inputs in a text format', () => {
  it('separates the records with "==> input <==" lines, in input order', () => {
    const r = runCli(['--format', 'text', SEED, PAGE]);
    expect(r.code).toBe(0);
    const heads = r.stdout.split('\n').filter((l) => l.startsWith('==> '));
    expect(heads).toEqual([`==> ${SEED} <==`, `==> ${PAGE} <==`]);
    expect(r.stdout.startsWith(`==> ${SEED} <==\nFirmato un accordo`)).toBe(true);
  });

  it('writes one file per input with the format\'s extension under --out-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-md-'));
    const r = runCli(['--format', 'markdown', '--out-dir', dir, '--quiet', SEED, PAGE]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['pyongyang-it.txt.md', 'springfield-bridge.html.md']);
    const md = readFileSync(join(dir, 'springfield-bridge.html.md'), 'utf8');
    expect(md.startsWith('# Springfield council approves new river bridge\n')).toBe(true);
    expect(md).toContain('\n## How it will be paid for\n');
    expect(md).toContain('\n- a federal infrastructure grant of $30 million;\n- state road funds');
    expect(md).not.toContain('==>');
  });
});

describe('--format pretty and colour', () => {
  it('colours with FORCE_COLOR, not with NO_COLOR or --no-color, and not when piped', () => {
    expect(runCli(['--format', 'pretty', SEED], { env: { FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}1m`);
    expect(runCli(['--format', 'pretty', SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['--format', 'pretty', '--no-color', SEED], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['--format', 'pretty', SEED]).stdout).not.toContain(ESC);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('looks right in an 80-column terminal: bold headline, dim metadata, lines of at most 80 columns', () => {
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    // `script` runs the command on a pseudo-terminal; `stty` gives it 80 columns.
    const r = spawnSync('script', ['-qec', `stty cols 80 rows 50; ${process.execPath} ${BIN} --format pretty ${SEED}`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env });
    const shown = r.stdout.replace(/\r/g, '');
    expect(shown.startsWith(`${ESC}1mFirmato un accordo di cooperazione che prevede assistenza reciproca e sviluppo${ESC}22m\n${ESC}1mtecnico-militare${ESC}22m\n`)).toBe(true);
    expect(shown).toContain(`${ESC}2mPYONGYANG, 19 giugno 2024 · AdnKronos${ESC}22m`);
    // eslint-disable-next-line no-control-regex
    const plain = shown.replace(/\u001b\[\d+m/g, '').trimEnd().split('\n');
    expect(Math.max(...plain.map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect(plain.length).toBeGreaterThan(30);
    expect(plain).toContain('Durante la visita del presidente russo Vladimir Putin a Pyongyang, è stato');
  });
});
