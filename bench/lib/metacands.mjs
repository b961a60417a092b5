#!/usr/bin/env node
// Debug aid: prints every metadata candidate of one page (field, source, value), ranked per
// field, then the chosen values with their provenance and the gold record.
// usage: node bench/lib/metacands.mjs SUITE ID [FIELD]
import { join } from 'node:path';
import { collectPage } from '../../dist/html/metadata/collect.js';
import { fromJsonLd } from '../../dist/html/metadata/jsonld.js';
import { fromMeta } from '../../dist/html/metadata/meta.js';
import { fromDocument, fromMicrodata } from '../../dist/html/metadata/page.js';
import { ranked } from '../../dist/html/metadata/precedence.js';
import { extractMetadata } from '../../dist/html/metadata/index.js';
import { parseHtml } from '../../dist/html/dom.js';
import { SHARED, loadPages, readJsonl } from './pages.mjs';

const [suite, id, only] = process.argv.slice(2);
const base = join(SHARED, 'bench/metadata', suite);
const g = readJsonl(join(base, 'gold.jsonl')).find((x) => x.id === id);
const [p] = loadPages(join(base, 'html'), new Set([id]));
const doc = parseHtml(p.html);
const f = collectPage(doc);
const cands = [...fromJsonLd(f.jsonLd), ...fromMeta(f.meta), ...fromMicrodata(f), ...fromDocument(f)];
for (const field of ['headline', 'byline', 'date_published', 'site_name']) {
  if (only && field !== only) continue;
  for (const c of ranked(cands, field).slice(0, 25)) console.log(`${field.padEnd(15)} ${c.source.padEnd(28)} ${JSON.stringify(c.value).slice(0, 150)}`);
}
const m = extractMetadata(parseHtml(p.html), { url: g?.url });
console.log('chosen', JSON.stringify({ headline: m.headline, byline: m.byline, date: m.date_published, prov: m.provenance }));
console.log('gold  ', JSON.stringify({ headline: g?.headline, byline: g?.author ?? g?.byline, date: g?.date_published, url: g?.url }));
