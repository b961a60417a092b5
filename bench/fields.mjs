#!/usr/bin/env node
/**
 * `npm run bench:fields`: runs every case of ../shared/fixtures/datelines.jsonl through the built
 * field layer (`dist/fields`), prints the pass rates (overall, per language, hard negatives), the
 * failing cases, and the time per case.
 *
 * Time: every case's `extractFields` call, after a warm-up pass, over ROUNDS passes; reported as
 * µs per case for the fastest pass (least disturbed by other load) and the median pass.
 */
import { extractFields } from '../dist/fields/index.js';
import { formatSummary, loadCases, runCase, summarize, toParagraphs, viaExtractFields } from '../test/fields/cases.mjs';

const ROUNDS = 50;

const cases = loadCases();
const summary = summarize(cases.map((c) => runCase(c, viaExtractFields(extractFields))));
for (const line of formatSummary(summary)) console.log(line);

const inputs = cases.map((c) => ({ paragraphs: toParagraphs(c.text), referenceDate: c.reference_date, language: c.lang }));
for (const input of inputs) extractFields(input);
const perPass = [];
for (let r = 0; r < ROUNDS; r++) {
  const t0 = process.hrtime.bigint();
  for (const input of inputs) extractFields(input);
  perPass.push(Number(process.hrtime.bigint() - t0) / 1000 / inputs.length);
}
perPass.sort((a, b) => a - b);
const median = perPass[Math.floor(perPass.length / 2)];
console.log(`time: ${perPass[0].toFixed(1)} µs per case (fastest pass; median pass ${median.toFixed(1)} µs; ${inputs.length} cases × ${ROUNDS} passes)`);
