/**
 * How the command starts (issue 3: a fresh `newsclean page.txt` within twice `node -e 0`): from
 * one bundle with the V8 code cache made at build time, and without loading what a text page
 * does not need. Start-up time itself is measured by `npm run bench:text`, not here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../support.js';

/**
 * Runs the command in a child process through `loadCommand()`, as the binary does, on one input;
 * returns whether V8 took the code cache and the files loaded with require (repository-relative).
 */
function startOn(input: string): { cacheRejected: boolean; loaded: string[]; code: number } {
  const script = `
    const { loadCommand } = require(${JSON.stringify(BIN)});
    const { main, script } = loadCommand();
    process.stdout.write = () => true;
    main([${JSON.stringify(input)}]).then((code) => {
      process.stderr.write(JSON.stringify({ cacheRejected: script.cachedDataRejected === true, loaded: Object.keys(require.cache), code }));
    });`;
  // Without the caller's NODE_OPTIONS: V8 takes a code cache only under the flags it was made with.
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  const report = JSON.parse(r.stderr.slice(r.stderr.indexOf('{"cacheRejected"'))) as { cacheRejected: boolean; loaded: string[]; code: number };
  return { ...report, loaded: report.loaded.map((f) => f.slice(ROOT.length + 1)) };
}

const TEXT_PAGE = resolve(ROOT, 'fixtures/pages/en-ap-iowa-floods.txt');
const HTML_PAGE = resolve(ROOT, 'fixtures/html/script-notice.html');

describe('start-up of the command', () => {
  it('runs from the bundle dist/cli.cjs with the code cache the build made for it', () => {
    expect(existsSync(resolve(ROOT, 'dist/cli.cjs'))).toBe(true);
    expect(existsSync(resolve(ROOT, 'dist/cli.cache'))).toBe(true);
    const run = startOn(TEXT_PAGE);
    expect(run.code).toBe(0);
    expect(run.cacheRejected).toBe(false);
  });

  it('loads nothing but the bundle for a text page: no HTML stack, no batch runner, no dist/ module', () => {
    const run = startOn(TEXT_PAGE);
    expect(run.code).toBe(0);
    expect(run.loaded.filter((f) => f.startsWith('dist/') || f.startsWith('node_modules/'))).toEqual([]);
  });

  it('loads the HTML stack for an HTML page (so the check above can see it)', () => {
    const run = startOn(HTML_PAGE);
    expect(run.loaded).toContain('dist/html/index.js');
  });
});
