/**
 * Golden tests: the seed page and the six composed pages, each with a hand-checked gold
 * record (`fixtures/seed`, `fixtures/pages`: copies of `shared/fixtures`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { ROOT, schemaErrors, type PageGold } from './support.js';

type Gold = PageGold;

const cases = ['seed', 'pages'].flatMap((dir) =>
  readdirSync(resolve(ROOT, 'fixtures', dir))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: `${dir}/${f}`, path: resolve(ROOT, 'fixtures', dir, f) })),
);

describe.each(cases)('golden $name', ({ name, path }) => {
  const gold = JSON.parse(readFileSync(path.replace(/\.txt$/, '.json'), 'utf8')) as Gold;
  const record = clean(readFileSync(path), { input: name });

  it('is a schema-valid text record', () => {
    expect(schemaErrors(record)).toBe('');
    expect(record.format).toBe('text');
  });
  it('has the gold headline and language', () => {
    expect(record.headline).toBe(gold.headline);
    expect(record.language).toBe(gold.language);
  });
  it('has the gold body, paragraph by paragraph', () => {
    expect(record.body.split('\n\n')).toEqual(gold.body.split('\n\n'));
  });
  it('drops every boilerplate string of removed_must_include', () => {
    for (const s of gold.removed_must_include) expect(record.body, s).not.toContain(s);
  });
  it('has the gold dateline, source and byline', () => {
    expect(record.dateline).toEqual(gold.dateline);
    expect(record.source).toBe(gold.source);
    expect(record.byline).toBe(gold.byline);
  });
});
