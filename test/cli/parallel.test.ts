/**
 * The README's GNU parallel recipe, run as written — with the built binary for `newsclean` and
 * small blocks so that a few pages make several jobs — gives the same records as a direct run.
 * Skipped, saying why, where GNU parallel (Debian package `parallel`) is not installed; CI
 * installs it (`.ci/run`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, schemaErrors } from '../support.js';
import { PAGE_TEXT, SEED_TEXT } from '../batch/fixtures.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') === true;
const why = hasParallel ? '' : ' (skipped: GNU parallel is not installed; apt-get install parallel)';
if (!hasParallel) console.warn(`README recipe test${why}`);

describe.skipIf(!hasParallel)(`README: GNU parallel recipe${why}`, () => {
  it('gives the same records, in the same order, as one direct run', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const recipe = /^parallel --pipe .*$/m.exec(readme)?.[0];
    expect(recipe).toContain('newsclean --ndjson-in');
    const dir = mkdtempSync(join(tmpdir(), 'newsclean-parallel-'));
    const lines = Array.from({ length: 24 }, (_, i) => JSON.stringify(i % 5 === 4 ? { id: i, text: 'too short' } : { id: `page-${i}`, text: i % 2 ? SEED_TEXT : PAGE_TEXT }));
    const input = lines.join('\n') + '\n';
    writeFileSync(join(dir, 'pages.jsonl'), input);
    const command = recipe!.replace(/\bnewsclean\b/, `'${process.execPath}' '${BIN}'`).replace(/--block \S+/, '--block 16k');
    // About 75 kB of pages in 16 kB blocks: several newsclean processes, two at a time or more.
    const run = spawnSync('bash', ['-c', command], { cwd: dir, encoding: 'utf8' });
    const viaParallel = readFileSync(join(dir, 'records.jsonl'), 'utf8');
    const direct = runCli(['--ndjson-in'], { input });
    expect(direct.code).toBe(1); // the "too short" pages fail
    expect(viaParallel).toBe(direct.stdout);
    const records = viaParallel.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown });
    expect(records.map((r) => r.id)).toEqual(lines.map((l) => (JSON.parse(l) as { id: unknown }).id));
    for (const r of records) expect(schemaErrors(r)).toBe('');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
