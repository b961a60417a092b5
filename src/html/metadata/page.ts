/**
 * Sources in the page body: `itemprop` microdata, `<h1>`, `<title>`, `<time datetime>`,
 * `rel=author` links, byline containers, `<link rel=canonical>` and `<html lang>`.
 */
import type { PageFacts } from './collect.js';
import type { Candidate, MetaField } from './candidate.js';

const ITEMPROPS: ReadonlyArray<[string, MetaField]> = [
  ['headline', 'headline'],
  ['name', 'headline'],
  ['datePublished', 'date_published'],
  ['dateCreated', 'date_published'],
  ['inLanguage', 'language'],
  ['description', 'standfirst'],
];

/** Candidates from microdata (`itemprop`), source `itemprop:<name>`. */
export function fromMicrodata(f: PageFacts): Candidate[] {
  const out: Candidate[] = [];
  for (const [prop, field] of ITEMPROPS) {
    for (const value of f.itemprops.get(prop) ?? []) out.push({ field, value, source: `itemprop:${prop}` });
  }
  return out;
}

/** Candidates from the document itself (`h1`, `title`, `time`, `date-class`, `canonical`, `html-lang`; bylines are read by `byline.ts`). */
export function fromDocument(f: PageFacts): Candidate[] {
  const out: Candidate[] = [];
  if (f.canonical) out.push({ field: 'url', value: f.canonical, source: 'link:canonical' });
  if (f.htmlLang) out.push({ field: 'language', value: f.htmlLang, source: 'html:lang' });
  for (const h of f.h1) out.push({ field: 'headline', value: h.main, source: 'h1' });
  if (f.title) out.push({ field: 'headline', value: f.title, source: 'title' });
  for (const t of f.times) if (t.pubdate) out.push({ field: 'date_published', value: t.value, source: 'time:pubdate' });
  for (const t of f.times) if (!t.pubdate) out.push({ field: 'date_published', value: t.value, source: 'time' });
  for (const d of f.dateBlocks) out.push({ field: 'date_published', value: d, source: 'date-class' });
  for (const d of f.textDates) out.push({ field: 'date_published', value: d, source: 'text' });
  return out;
}
