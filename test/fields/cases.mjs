/**
 * Harness for `shared/fixtures/datelines.jsonl` (shared/datelines.md §7), shared by the vitest
 * table (`datelines.test.ts`) and `bench/fields.mjs`. The gold stays in `../shared`; it is read
 * at run time, never copied into the repo.
 *
 * A case passes when the dateline (text, location, date), the source and the start of the first
 * body paragraph all match. A hard negative (gold dateline and source both null) is clean when
 * neither a dateline nor a source comes out.
 */
import { readFileSync } from 'node:fs';

/** `../shared/fixtures/datelines.jsonl`, resolved from the repo root. */
export const CASES_URL = new URL('../../../shared/fixtures/datelines.jsonl', import.meta.url);

/** Reads every case of the file, in file order. */
export function loadCases(url = CASES_URL) {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** A case's text as `extractFields` paragraphs: one per non-empty line. */
export function toParagraphs(text) {
  return text.split('\n').map((l) => l.trim()).filter(Boolean);
}

/**
 * The whole pipeline: the case's text cleaned as a plain-text page (headline, byline and
 * credit lines found by the text path, then the field layer).
 */
export function viaClean(clean) {
  return (c) => {
    const r = clean(c.text, { referenceDate: c.reference_date, language: c.lang });
    return { dateline: r.dateline, source: r.source, body: r.body.split('\n\n')[0] ?? '' };
  };
}

/** The field layer alone, on the case's lines as paragraphs. */
export function viaExtractFields(extractFields) {
  return (c) => {
    const r = extractFields({ paragraphs: toParagraphs(c.text), referenceDate: c.reference_date, language: c.lang });
    return { dateline: r.dateline, source: r.source, body: r.body[0] ?? '' };
  };
}

function sameDateline(got, gold) {
  if (gold.text === null) return got === null;
  return got !== null && got.text === gold.text && got.location === gold.location && got.date === gold.date;
}

/**
 * Runs one case.
 * @param c a datelines.jsonl record
 * @param run `(case) => {dateline, source, body}` (body: the first body paragraph)
 */
export function runCase(c, run) {
  const got = run(c);
  const e = c.expected;
  const why = [];
  if (!sameDateline(got.dateline, e.dateline)) why.push(`dateline ${JSON.stringify(got.dateline)} ≠ ${JSON.stringify(e.dateline)}`);
  if (got.source !== e.source) why.push(`source ${JSON.stringify(got.source)} ≠ ${JSON.stringify(e.source)}`);
  if (!got.body.startsWith(e.body_starts_with)) why.push(`body ${JSON.stringify(got.body.slice(0, 50))} ≠ ${JSON.stringify(e.body_starts_with)}…`);
  const hardNegative = e.dateline.text === null && e.source === null;
  return { id: c.id, lang: c.lang, pass: why.length === 0, why, hardNegative, clean: got.dateline === null && got.source === null };
}

function rate(pass, total) {
  return { pass, total, rate: total ? pass / total : 1 };
}

/** Pass rates overall, per language and on hard negatives, and the failing cases. */
export function summarize(results) {
  const byLang = {};
  for (const r of results) {
    const l = (byLang[r.lang] ??= { pass: 0, total: 0 });
    l.total++;
    if (r.pass) l.pass++;
  }
  const negatives = results.filter((r) => r.hardNegative);
  return {
    overall: rate(results.filter((r) => r.pass).length, results.length),
    byLang: Object.fromEntries(Object.entries(byLang).map(([k, v]) => [k, rate(v.pass, v.total)])),
    hardNegatives: rate(negatives.filter((r) => r.clean).length, negatives.length),
    failures: results.filter((r) => !r.pass),
  };
}

function pct(r) {
  return `${(100 * r.rate).toFixed(1)}% (${r.pass}/${r.total})`;
}

/** The summary as printable lines. */
export function formatSummary(s) {
  const lines = [`datelines.jsonl: overall ${pct(s.overall)}`];
  for (const [lang, r] of Object.entries(s.byLang)) lines.push(`  ${lang}: ${pct(r)}`);
  lines.push(`  hard negatives without dateline and source: ${pct(s.hardNegatives)}`);
  for (const f of s.failures) lines.push(`  FAIL ${f.id}: ${f.why.join('; ')}`);
  return lines;
}
