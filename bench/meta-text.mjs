#!/usr/bin/env node
// bench:meta-text — newsclean's text path on the plain-text dumps of the metadata suite
// (../shared/bench/textdumps-meta: chromium and bs4 dumps of the trafilatura metadata pages),
// headline / byline / date_published scored by ../shared/bench/score-meta.mjs on each field's
// manifest (the pages whose gold value is in the dump) and on all pages, side by side with the
// README's simple baselines, implemented here as the README describes them:
//   first line    the headline is the first non-empty line
//   longest line  the longest of the first 30 non-empty lines with 3–20 words not ending in a
//                 period (else the first line)
//   first date    the first date-looking string of the dump: ISO, dd.mm.yyyy, or day, month
//                 name and year in either order
//
// usage: npm run bench:meta-text [-- --converters chromium,bs4] [--worst N] [--field headline]
//        [--reference-date YYYY-MM-DD]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../dist/index.js';
import { OUT, SHARED, argv, score, writeJsonl } from './lib/pages.mjs';

const { opt } = argv();
const converters = opt('--converters', 'chromium,bs4').split(',');
const worst = Number(opt('--worst', '0'));
const onlyField = opt('--field');
const referenceDate = opt('--reference-date');
const BASE = join(SHARED, 'bench/textdumps-meta');
const GOLD = join(BASE, 'gold.jsonl');
const FIELDS = ['headline', 'byline', 'date_published'];

// ---- baselines --------------------------------------------------------------
const nonEmpty = (text) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const wordCount = (l) => l.split(/\s+/).filter(Boolean).length;

function firstLine(text) {
  return nonEmpty(text)[0] ?? null;
}

function longestLine(text) {
  const lines = nonEmpty(text).slice(0, 30);
  let best = null;
  for (const l of lines) {
    const n = wordCount(l);
    if (n < 3 || n > 20 || l.endsWith('.')) continue;
    if (!best || l.length > best.length) best = l;
  }
  return best ?? lines[0] ?? null;
}

// Month names (full and short) in the README's languages: en de fr es pt it nl sv no da fi pl cs hu tr ru.
const MONTH_NAMES = [
  ['january jan januar jänner janvier janv enero ene janeiro gennaio gen januari janvier januar tammikuu tammi stycznia styczeń sty leden ledna led január jan ocak января янв январь', 1],
  ['february feb februar feber février fevrier févr fevr fév febrero fevereiro fev febbraio februari helmikuu helmi lutego luty lut únor února úno február şubat февраля фев февраль', 2],
  ['march mar märz maerz mrz mär mars marzo março marco maart mrt mars maaliskuu maalis marca marzec březen března bře március márc mart марта мар март', 3],
  ['april apr avril avr abril abr aprile aprili huhtikuu huhti kwietnia kwiecień kwi duben dubna dub április ápr nisan апреля апр апрель', 4],
  ['may mai mayo maio maggio mag mei maj toukokuu touko maja maj květen května kvě május máj mayıs мая май', 5],
  ['june jun juni juin junio junho giugno giu kesäkuu kesä czerwca czerwiec cze červen června čer június jún haziran июня июн июнь', 6],
  ['july jul juli juillet juil julio julho luglio lug heinäkuu heinä lipca lipiec lip červenec července čvc július júl temmuz июля июл июль', 7],
  ['august aug août aout agosto ago augustus augusti elokuu elo sierpnia sierpień sie srpen srpna srp augusztus aug ağustos августа авг август', 8],
  ['september sep sept septembre septiembre setembro set settembre sett syyskuu syys września wrzesień wrz září zář szeptember szept eylül сентября сен сентябрь', 9],
  ['october oct oktober okt octobre octubre outubro out ottobre ott lokakuu loka października październik paź říjen října říj október okt ekim октября окт октябрь', 10],
  ['november nov novembre noviembre novembro marraskuu marras listopada listopad lis listopad listopadu november kasım ноября ноя ноябрь', 11],
  ['december dec dezember dez décembre decembre déc diciembre dic dezembro dicembre desember joulukuu joulu grudnia grudzień gru prosinec prosince pro december aralık декабря дек декабрь', 12],
];
const MONTH = new Map();
for (const [names, n] of MONTH_NAMES) for (const w of names.split(' ')) if (!MONTH.has(w)) MONTH.set(w, n);
const MONTH_ALT = [...MONTH.keys()].sort((a, b) => b.length - a.length).join('|');
const L = '\\p{L}';
const DATE_ANY = new RegExp(
  [
    '(?<iy>(?:19|20)\\d\\d)-(?<im>\\d\\d)-(?<id>\\d\\d)(?!\\d)',
    '(?<!\\d)(?<nd>\\d{1,2})\\.(?<nm>\\d{1,2})\\.(?<ny>(?:19|20)\\d\\d)(?!\\d)',
    `(?<![\\d${L}])(?<dd>\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s*(?:de\\s+)?(?<dm>${MONTH_ALT})\\.?,?\\s+(?:de\\s+)?(?<dy>(?:19|20)\\d\\d)(?!\\d)`,
    `(?<![${L}])(?<mm>${MONTH_ALT})\\.?\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>(?:19|20)\\d\\d)(?!\\d)`,
  ].join('|'),
  'iu',
);
const pad = (n) => String(n).padStart(2, '0');
function ymd(y, m, d) {
  const [Y, M, D] = [Number(y), Number(m), Number(d)];
  if (M < 1 || M > 12 || D < 1 || D > 31) return null;
  return `${Y}-${pad(M)}-${pad(D)}`;
}

function firstDate(text) {
  let s = text;
  for (let k = 0; k < 50; k++) {
    const m = DATE_ANY.exec(s);
    if (!m) return null;
    const g = m.groups;
    const out = g.iy ? ymd(g.iy, g.im, g.id)
      : g.nd ? ymd(g.ny, g.nm, g.nd)
        : g.dd ? ymd(g.dy, MONTH.get(g.dm.toLowerCase()), g.dd)
          : ymd(g.my, MONTH.get(g.mm.toLowerCase()), g.md);
    if (out) return out;
    s = s.slice(m.index + 1);
  }
  return null;
}

// ---- runs -------------------------------------------------------------------
function runNewsclean(text) {
  try {
    const r = clean(text, { format: 'text', ...(referenceDate ? { referenceDate } : {}) });
    return { headline: r.headline, byline: r.byline, date_published: r.date_published };
  } catch {
    return { headline: null, byline: null, date_published: null };
  }
}

const SYSTEMS = {
  newsclean: runNewsclean,
  'first line': (t) => ({ headline: firstLine(t) }),
  'longest line': (t) => ({ headline: longestLine(t) }),
  'first date': (t) => ({ date_published: firstDate(t) }),
};
const BASELINE_FIELD = { 'first line': 'headline', 'longest line': 'headline', 'first date': 'date_published' };

const pct = (x) => (x == null ? '    -' : (100 * x).toFixed(1).padStart(5));
const results = [];
for (const conv of converters) {
  const dir = join(BASE, conv);
  const docs = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  for (const [name, fn] of Object.entries(SYSTEMS)) {
    const t0 = performance.now();
    const records = docs.map((d) => ({ id: d.id, ...fn(d.text) }));
    const ms = (performance.now() - t0) / docs.length;
    const pred = writeJsonl(`meta-text-${conv}-${name.replace(/ /g, '-')}.jsonl`, records);
    const all = score('score-meta.mjs', GOLD, pred).fields;
    const row = { conv, name, ms, pred, cells: {} };
    for (const f of FIELDS) {
      if (name !== 'newsclean' && BASELINE_FIELD[name] !== f) continue;
      const ids = join(BASE, 'manifest', conv, `${f}.txt`);
      const man = score('score-meta.mjs', GOLD, pred, ['--ids', ids]).fields[f];
      row.cells[f] = { man, all: all[f] };
    }
    results.push(row);
  }
}

console.log('converter  system         field           manifest acc (f1/±1d)   n  |  all pages acc (f1/±1d)   n');
for (const r of results) {
  for (const [f, c] of Object.entries(r.cells)) {
    const extra = (x) => pct(x.token_f1 ?? x.name_f1 ?? x.within_1_day);
    console.log(`${r.conv.padEnd(10)} ${r.name.padEnd(14)} ${f.padEnd(15)} ${pct(c.man.accuracy)}% (${extra(c.man)})  ${String(c.man.n).padStart(4)}  |  ${pct(c.all.accuracy)}% (${extra(c.all)})  ${String(c.all.n).padStart(4)}`);
  }
}
for (const r of results.filter((x) => x.name === 'newsclean')) console.log(`${r.conv}: newsclean ${r.ms.toFixed(2)} ms/page (one pass, not a timing run: use bench:text)`);
if (worst) {
  for (const conv of converters) {
    const r = results.find((x) => x.conv === conv && x.name === 'newsclean');
    for (const f of onlyField ? [onlyField] : FIELDS) {
      console.log(`\n== ${conv} ${f}: misses on the manifest`);
      const ids = join(BASE, 'manifest', conv, `${f}.txt`);
      const out = score('score-meta.mjs', GOLD, r.pred, ['--ids', ids, '--worst', String(worst)]).fields[f];
      for (const m of out.misses) console.log(`  ${m.id}: gold=${JSON.stringify(m.gold)} pred=${JSON.stringify(m.pred)}`);
    }
  }
}
console.log(`(predictions in ${OUT})`);
