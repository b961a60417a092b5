/**
 * `--explain`: every block of the seed with its decision and reason; colour only on a
 * terminal (or with FORCE_COLOR), never with NO_COLOR, --no-color or a pipe.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIXED_WARC, warcBytes } from '../batch/fixtures.js';
import { BIN, ROOT, runCli } from '../support.js';

const SEED = 'fixtures/seed/pyongyang-it.txt';
const WARC = join(mkdtempSync(join(tmpdir(), 'newsclean-explain-')), 'crawl.warc.gz');
writeFileSync(WARC, await warcBytes(MIXED_WARC, true));
const ESC = '\u001b[';

describe('--explain', () => {
  const plain = runCli(['--explain', SEED]);
  const lines = plain.stdout.trimEnd().split('\n');

  it('prints a header and one line per block, plain when piped', () => {
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain(ESC);
    expect(lines[0]).toBe(`# ${SEED}: 40 decisions`);
    expect(lines).toHaveLength(41);
  });

  it('labels the headline, the body and the boilerplate with their rules', () => {
    expect(lines[1]).toMatch(/^boilerplate +share +Connect with us +\(line match "connect with us" \(share\)\)$/);
    expect(lines.find((l) => l.includes('Firmato un accordo'))).toMatch(/^headline +headline /);
    expect(lines.find((l) => l.includes('L’accordo è destinato'))).toMatch(/^body +stopwords /);
    expect(lines.find((l) => l.startsWith('boilerplate') && l.includes('LE ULTIME NOTIZIE'))).toContain('section-label');
    expect(lines.filter((l) => /^boilerplate +teaser /.test(l)).length).toBeGreaterThanOrEqual(12);
  });

  it('colours with FORCE_COLOR and not with NO_COLOR or --no-color', () => {
    expect(runCli(['--explain', SEED], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(runCli(['--explain', SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC);
    expect(runCli(['--explain', '--no-color', SEED], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('colours on a terminal', () => {
    const env = { ...process.env };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} --explain ${SEED}`, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env });
    expect(r.stdout).toContain(ESC);
  });

  it('refuses a folder or a WARC file (many pages) as a usage error, before any output', () => {
    for (const input of ['fixtures/pages', WARC]) {
      const r = runCli(['--explain', SEED, input]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(`newsclean: --explain shows the decisions on one page; ${input} is a folder or a WARC file`)).toBe(true);
    }
  });

  it.each([['--format', 'markdown'], ['--fields', 'headline'], ['--ndjson'], ['--array']])('refuses %s, which shape records it does not print', (...flag) => {
    const r = runCli(['--explain', ...flag, SEED]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--explain prints the decisions, not a record');
  });
});
