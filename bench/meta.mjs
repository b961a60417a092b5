#!/usr/bin/env node
// Metadata benchmark: runs extractHtml over ../shared/bench/metadata/<suite>/html/ and scores
// with ../shared/bench/score-meta.mjs. The gold record's url is passed as the page URL, as in
// the suite README's reference runs.
// usage: npm run bench:meta -- [--suites readability,newspaper4k,trafilatura,htmldate] [--engine newsclean] [--worst N]
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { extractHtml } from '../dist/html/index.js';
import { OUT, SHARED, argv, loadPages, readJsonl, score, writeJsonl } from './lib/pages.mjs';

const { opt } = argv();
const suites = opt('--suites', 'readability,newspaper4k,trafilatura,htmldate').split(',');
const engine = opt('--engine', 'newsclean');
const worst = opt('--worst');
const FIELDS = ['headline', 'byline', 'date_published', 'site_name', 'language'];

for (const suite of suites) {
  const base = join(SHARED, 'bench/metadata', suite);
  const goldPath = join(base, 'gold.jsonl');
  const gold = new Map(readJsonl(goldPath).map((g) => [g.id, g]));
  const records = loadPages(join(base, 'html')).map((p) => {
    const a = extractHtml(p.html, { engine, url: gold.get(p.id)?.url });
    return { id: p.id, headline: a.headline, byline: a.byline, date_published: a.date_published, site_name: a.site_name, language: a.language, provenance: a.provenance };
  });
  const pred = writeJsonl(`meta-${suite}-${engine}.jsonl`, records);
  const runs = [['all', []]];
  if (suite === 'readability') {
    const ids = [...gold.values()].filter((g) => g.kind === 'news').map((g) => g.id);
    const idsPath = join(OUT, 'readability-news-ids.txt');
    writeFileSync(idsPath, ids.join('\n') + '\n');
    runs.push(['news', ['--ids', idsPath]]);
  }
  for (const [label, extra] of runs) {
    const r = score('score-meta.mjs', goldPath, pred, extra);
    const cells = FIELDS.filter((f) => r.fields?.[f]?.n ?? r[f]?.n).map((f) => {
      const x = r.fields?.[f] ?? r[f];
      return `${f} ${(100 * x.accuracy).toFixed(1)}% (n=${x.n})`;
    });
    console.log(`${suite}${label === 'all' ? '' : ` [${label}]`}: ${cells.join('  ')}`);
    if (worst) console.log(score('score-meta.mjs', goldPath, pred, [...extra, '--worst', worst], false));
  }
}
