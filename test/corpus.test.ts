/**
 * The main job on real input: every benchmark page (gzipped HTML) and every text dump of
 * `shared/bench` yields a schema-valid record with a non-empty body, without a crash.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { SHARED, schemaErrors } from './support.js';

const BENCH = join(SHARED, 'bench');
const sets = [
  { name: 'articles/html', dir: join(BENCH, 'articles/html'), format: 'html' },
  ...['chromium', 'w3m', 'lynx', 'bs4'].map((c) => ({ name: `textdumps/${c}`, dir: join(BENCH, 'textdumps', c), format: 'text' })),
];

describe.skipIf(!existsSync(BENCH)).each(sets)('$name', ({ dir, format }) => {
  it('yields a valid record with a body for every page', { timeout: 180_000 }, () => {
    const problems: string[] = [];
    const files = readdirSync(dir).filter((f) => /\.(txt|html(\.gz)?)$/.test(f));
    expect(files.length).toBe(123);
    for (const f of files) {
      let bytes = readFileSync(join(dir, f));
      if (f.endsWith('.gz')) bytes = gunzipSync(bytes);
      try {
        const r = clean(bytes, { input: f });
        const errors = schemaErrors(r);
        if (errors) problems.push(`${f}: ${errors}`);
        else if (r.format !== format) problems.push(`${f}: format ${r.format}`);
        else if (!r.body.trim()) problems.push(`${f}: empty body`);
      } catch (err) {
        problems.push(`${f}: ${(err as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
