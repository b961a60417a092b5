/**
 * The seed page and the six composed pages of shared/fixtures: their article region split by
 * hand (the blocks after the headline up to the marked last block; the blocks before it as
 * `leading`, the blocks after it as `trailing`), run through extractFields. Dateline, source and
 * byline must equal the gold, and the body must start and end with the gold's first and last
 * paragraphs. The reference date is the publication date printed on each page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFields } from '../../src/fields/index.js';
import type { PageGold } from '../support.js';

// The repository's copies of shared/fixtures (seed and pages).
const FIXTURES = new URL('../../fixtures/', import.meta.url);

interface Page {
  /** `seed/<id>` or `pages/<id>`. */
  path: string;
  /** Start of the region's last block (inclusive); blocks after it are `trailing`. */
  lastBlock: string;
  /** Publication date printed on the page. */
  referenceDate: string;
}

const PAGES: Page[] = [
  { path: 'seed/pyongyang-it', lastBlock: 'L’invasione dell’Ucraina', referenceDate: '2025-09-28' },
  { path: 'pages/de-dpa-hannover-windkraft', lastBlock: '© dpa-infocom', referenceDate: '2024-11-14' },
  { path: 'pages/en-ap-iowa-floods', lastBlock: 'Copyright 2025 The Associated Press', referenceDate: '2025-06-04' },
  { path: 'pages/es-ep-valencia-puerto', lastBlock: 'En el acumulado del año', referenceDate: '2024-10-08' },
  { path: 'pages/fr-afp-nairobi-secheresse', lastBlock: 'Le gouvernement kényan', referenceDate: '2025-02-03' },
  { path: 'pages/it-wp-genova-porto', lastBlock: '(con fonte AdnKronos)', referenceDate: '2025-03-12' },
  { path: 'pages/pt-lusa-coimbra-hospital', lastBlock: 'Foto: Inês Carvalho/Lusa', referenceDate: '2024-06-19' },
];

type Gold = PageGold;

function split(page: Page): { gold: Gold; leading: string[]; paragraphs: string[]; trailing: string[] } {
  const gold = JSON.parse(readFileSync(new URL(`${page.path}.json`, FIXTURES), 'utf8')) as Gold;
  const blocks = readFileSync(new URL(`${page.path}.txt`, FIXTURES), 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const head = blocks.indexOf(gold.headline);
  const last = blocks.findIndex((b, i) => i > head && b.startsWith(page.lastBlock));
  if (head < 0 || last < 0) throw new Error(`${page.path}: headline or last block not found`);
  return { gold, leading: blocks.slice(0, head + 1), paragraphs: blocks.slice(head + 1, last + 1), trailing: blocks.slice(last + 1) };
}

describe.each(PAGES)('page $path', (page) => {
  const { gold, ...input } = split(page);
  const r = extractFields({ ...input, referenceDate: page.referenceDate, language: gold.language });
  const goldBody = gold.body.split('\n\n');

  it('has the gold dateline, source and byline', () => {
    expect({ dateline: r.dateline, source: r.source, byline: r.byline }).toEqual({ dateline: gold.dateline, source: gold.source, byline: gold.byline });
  });

  it('starts and ends the body with the gold paragraphs', () => {
    expect(r.body[0]).toBe(goldBody[0]);
    expect(r.body[r.body.length - 1]).toBe(goldBody[goldBody.length - 1]);
  });

  it('records a fields decision for each removal', () => {
    expect(r.decisions.length).toBeGreaterThan(0);
    for (const d of r.decisions) expect(d.step).toBe('fields');
  });
});
