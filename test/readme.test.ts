/**
 * The README's examples of each output format are generated from the seed by
 * `scripts/readme-examples.mjs`; this test keeps them true (regenerate with
 * `node scripts/readme-examples.mjs --write`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { formatExamples, readmeSection } from '../scripts/readme-examples.mjs';
import { ROOT } from './support.js';

describe('README', () => {
  it('shows the output of every format as the command prints it today', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readmeSection(readme)).toBe(formatExamples());
  });
});
