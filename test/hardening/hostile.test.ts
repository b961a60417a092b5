/**
 * The hostile corpus (issue 7): every input of `fixtures/hostile/cases.json` gives exactly the
 * error code, or the record (format, encoding, headline, start of the body, warnings) listed
 * there, quickly. Large inputs are generated first (`fixtures/hostile/generate.mjs`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clean, NewscleanError, type ArticleRecord, type CleanOptions } from '../../src/index.js';
import { generate, hostilePath, HOSTILE_DIR, MAKERS } from '../../fixtures/hostile/generate.mjs';
import { schemaErrors } from '../support.js';

interface Expect {
  error?: string;
  format?: string;
  encoding?: { name: string; detected_by: string } | null;
  headline?: string | null;
  bodyStart?: string;
  warnings?: string[];
  bodyExcludes?: string[];
  dateline?: string;
}
interface Case {
  file: string;
  about: string;
  options?: CleanOptions;
  expect: Expect;
}

const CASES = (JSON.parse(readFileSync(join(HOSTILE_DIR, 'cases.json'), 'utf8')) as { cases: Case[] }).cases;
/** Far above the bench budget (5 s): only a hang or a quadratic blow-up fails it on a loaded machine. */
const HANG_MS = 20_000;

beforeAll(() => {
  generate();
}, 120_000);

describe('hostile corpus', () => {
  it('has committed small inputs that are exactly what generate.mjs makes', () => {
    for (const [file, make] of Object.entries(MAKERS as Record<string, () => Buffer>)) {
      expect(readFileSync(hostilePath(file)).equals(make()), file).toBe(true);
    }
  });

  it.each(CASES.map((c) => [`${c.file}${c.options ? ` ${JSON.stringify(c.options)}` : ''}: ${c.about}`, c] as const))('%s', (_name, c) => {
    const bytes = readFileSync(hostilePath(c.file));
    const started = performance.now();
    let record: ArticleRecord | undefined;
    let error: unknown;
    try {
      record = clean(bytes, { input: c.file, referenceDate: '2024-06-20', ...c.options });
    } catch (err) {
      error = err;
    }
    expect(performance.now() - started).toBeLessThan(HANG_MS);
    const want = c.expect;
    if (want.error) {
      expect(error).toBeInstanceOf(NewscleanError);
      expect((error as NewscleanError).code).toBe(want.error);
      return;
    }
    if (error) throw error;
    const r = record!;
    expect(schemaErrors(r)).toBe('');
    expect(r.format).toBe(want.format);
    expect(r.encoding).toEqual(want.encoding);
    expect(r.headline).toBe(want.headline);
    expect(r.body.slice(0, want.bodyStart!.length)).toBe(want.bodyStart);
    expect(r.warnings).toEqual(want.warnings);
    for (const s of want.bodyExcludes ?? []) expect(r.body).not.toContain(s);
    if (want.dateline) expect(r.dateline?.text).toBe(want.dateline);
  }, 60_000);
});
