/**
 * The text path's metadata on small hand-made dumps: headline (src/text/headline.ts),
 * publication date (published.ts, meta.ts) and byline (byline.ts), each rule with its own dump,
 * through `extractText` and `clean()`.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { prefixedName } from '../../src/text/byline.js';
import { stripSiteSuffix } from '../../src/text/headline.js';
import { extractText } from '../../src/text/index.js';
import { findLineDate } from '../../src/text/meta.js';

const BODY_DE = [
  'Die Stadtverwaltung hat am Dienstag beschlossen, die alte Brücke über den Fluss abzureißen und durch einen Neubau zu ersetzen, der auch Radwege haben soll.',
  'Die Bauarbeiten sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, wie die Ingenieure dem Stadtrat bei der Vorstellung der Pläne sagten.',
  'Anwohner, die gegen den Plan waren, wollen die Kosten im Auge behalten, die seit der ersten Schätzung bereits um ein Drittel gestiegen sind.',
];
const BODY_EN = [
  'The city council approved a plan on Tuesday to rebuild the old bridge over the river, ending a debate that had lasted for more than a decade.',
  'Construction is expected to begin next spring and will take about two years, according to the engineers who presented the project to the council.',
  'Residents who had opposed the plan said they would keep an eye on the costs, which have already grown by a third since the first estimate.',
];
const NAV = ['Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Kultur'];
const NAV_EN = ['Home', 'News', 'Local', 'Sports', 'Business'];

/** A browser-copy-style dump: menu lines, then `head` lines, then the body paragraphs. */
function dump(head: string[], body = BODY_DE, nav = NAV): string {
  return [...nav, '', ...head, '', ...body.flatMap((p) => [p, '']), 'Impressum', 'Datenschutz'].join('\n');
}
const REF = { referenceDate: '2024-06-30' };

describe('findLineDate', () => {
  it.each([
    ['Von Claudia Riedler 19. Oktober 2019 00:04 Uhr', '2019-10-19'],
    ['Published: Jun. 4, 2024', '2024-06-04'],
    ['Veröffentlicht am 14.11.2023, 16:20 Uhr', '2023-11-14'],
    ['2019-10-16T08:00', '2019-10-16'],
    ['Samstag, 19. Oktober 2019 um 11:14 Uhr', '2019-10-19'],
    ['macbacchi28.09.2019 12:44', '2019-09-28'],
  ])('%s → %s', (line, date) => {
    expect(findLineDate(line, { language: 'de' })?.date).toBe(date);
  });

  it('reads a two-digit year only when allowed (short date lines)', () => {
    expect(findLineDate('19.10.19, 18:56')).toBeNull();
    expect(findLineDate('19.10.19, 18:56', { shortYear: true })?.date).toBe('2019-10-19');
  });

  it('needs the year: a day and month alone are no full date', () => {
    expect(findLineDate('Am 19. Oktober um 11 Uhr')).toBeNull();
  });
});

describe('headline', () => {
  it('is the line over the byline and date lines, not the menu', () => {
    const art = extractText(dump(['Brücke wird abgerissen', 'Von Anna Berger', '12. März 2024']), REF);
    expect(art.headline?.text).toBe('Brücke wird abgerissen');
  });

  it('is the headline, not the standfirst under it', () => {
    const art = extractText(dump(['Neue Brücke für die Altstadt', '', 'Nach zehn Jahren Streit hat der Stadtrat den Neubau beschlossen, der Radwege bekommen soll.', '', '12. März 2024']), REF);
    expect(art.headline?.text).toBe('Neue Brücke für die Altstadt');
  });

  it('drops a photo caption between headline and body', () => {
    const art = extractText(dump(['Neue Brücke für die Altstadt', 'Die alte Brücke im Winter (Foto: Stadtarchiv)']), REF);
    expect(art.headline?.text).toBe('Neue Brücke für die Altstadt');
  });

  it('takes the page title part that a line of the page repeats (BeautifulSoup dumps open with the <title>)', () => {
    const text = ['Brücke wird abgerissen | Stadtanzeiger', '', ...NAV, '', 'Lokales', '', 'Brücke wird abgerissen', '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(extractText(text, REF).headline?.text).toBe('Brücke wird abgerissen');
  });

  it('takes the page title less its site part when no line repeats it', () => {
    const text = ['Brücke wird abgerissen - Stadtanzeiger', '', ...NAV, '', ...BODY_DE.flatMap((p) => [p, ''])].join('\n');
    expect(extractText(text, REF).headline?.text).toBe('Brücke wird abgerissen');
  });

  it('keeps the first line of a block a converter joined with the byline line under it', () => {
    const art = extractText(dump(['Kalifornien verpachtet Seeboden für Windparks', 'von Tilman Weber']), REF);
    expect(art.headline?.text).toBe('Kalifornien verpachtet Seeboden für Windparks');
    expect(art.byline?.byline).toBe('Tilman Weber');
  });

  it('is never a wire credit stamp (agency, date, time), which gives the source instead', () => {
    const text = dump(['Bridge plan approved after ten years', '', 'The old bridge in winter. (Photo: City archive)', '', ' Associated Press November 19, 2019, 9:02 AM', ' Associated Press November 19, 2019, 9:02 AM'], BODY_EN, NAV_EN);
    const record = clean(text, REF);
    expect([record.headline, record.source]).toEqual(['Bridge plan approved after ten years', 'Associated Press']);
    expect(record.body.startsWith('The city council approved')).toBe(true);
  });

  it('reads a byline that only names an agency as the source', () => {
    const record = clean(dump(['Bridge plan approved after ten years', 'By Associated Press'], BODY_EN, NAV_EN), REF);
    expect([record.headline, record.byline, record.source]).toEqual(['Bridge plan approved after ten years', null, 'Associated Press']);
  });

  it('strips a short " | Site" part', () => {
    expect(stripSiteSuffix('Bridge plan approved | Example News')).toBe('Bridge plan approved');
    expect(stripSiteSuffix('Bridge plan approved – a decade later', true)).toBe('Bridge plan approved – a decade later');
  });
});

describe('date_published', () => {
  it('is the date on the meta line under the headline, not the menu date above', () => {
    const r = clean(dump(['Brücke wird abgerissen', 'Von Anna Berger', '12. März 2024'], BODY_DE, ['Heute: 28. Juni 2024', ...NAV]), REF);
    expect(r.date_published).toBe('2024-03-12');
  });

  it('reads a short-year date line (`06.11.23`) by the headline', () => {
    expect(clean(dump(['Brücke wird abgerissen', 'Anna Berger | 06.11.23']), REF).date_published).toBe('2023-11-06');
  });

  it('falls back to the first full date of the page', () => {
    const r = clean(dump(['Brücke wird abgerissen'], [...BODY_DE.slice(0, 2), 'Stand: 12.03.2024', BODY_DE[2]!]), REF);
    expect(r.date_published).toBe('2024-03-12');
  });

  it('never takes a date after the reference date, nor one before 1990', () => {
    expect(clean(dump(['Brücke wird abgerissen', '12. März 2025']), REF).date_published).toBeNull();
    expect(clean(dump(['Brücke wird abgerissen', '12. März 1912']), REF).date_published).toBeNull();
  });

  it('never fills in a missing year', () => {
    expect(clean(dump(['Brücke wird abgerissen', '12. März']), REF).date_published).toBeNull();
  });
});

describe('byline', () => {
  it.each([
    ['Von Heike Buchter', 'Heike Buchter'],
    ['By GRACE ZOKOVITCH | gzokovitch@example.com', 'GRACE ZOKOVITCH'],
    ['Veröffentlicht am 19. Dezember 2022 von Creeny', 'Creeny'],
    ['Auteur : Kossivi Tiassou', 'Kossivi Tiassou'],
    ['Posted on September 21, 2020 by Adi Tzlil', 'Adi Tzlil'],
    ['Von Fiona Bornhöft und Mariam Hofbeck', 'Fiona Bornhöft und Mariam Hofbeck'],
    ['Geschrieben von Cooper am 25.08.2015 22:30', 'Cooper'],
    ['ByAlex Bozarjian', 'Alex Bozarjian'],
    ['Peter Maahn/SP-X', undefined],
    ['Autor: Peter Maahn/SP-X', 'Peter Maahn'],
    ['By Amelie Nishizawa Feb 8, 2020 5 min read', 'Amelie Nishizawa'],
    ['By Wikimedia Foundation•15 January 2020', 'Wikimedia Foundation'],
    ['Dezember 10, 2019 · von freeman1984 · in Uncategorized', 'freeman1984'],
    ['Von Jule Radeck Vom 3. Februar 2022', 'Jule Radeck'],
    ['von Daniel Braun, Davor Pasoski', 'Daniel Braun, Davor Pasoski'],
    ['Written by: Julie Mollins', 'Julie Mollins'],
    ['Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45', 'Pamela Sladky'],
  ])('%s → %s', (line, name) => {
    expect(prefixedName(line)).toBe(name);
  });

  it('gives no name for a desk credit (shared/datelines.md §7)', () => {
    expect(prefixedName('von Redaktion, 24. Januar 2022')).toBeNull();
  });

  it('does not read a preposition inside a sentence as a byline word', () => {
    expect(prefixedName('Die neue Studie von Professor Weber zeigt es')).toBeUndefined();
  });

  it('finds the byline line under the headline', () => {
    expect(clean(dump(['Brücke wird abgerissen', 'Von Anna Berger', '12. März 2024']), REF).byline).toBe('Anna Berger');
  });

  it('joins a byline word and a name that BeautifulSoup put on lines of their own', () => {
    expect(clean(dump(['Brücke wird abgerissen', '', 'Von', '', 'Anna Berger', '', '12. März 2024']), REF).byline).toBe('Anna Berger');
  });

  it('reads the name on the date line', () => {
    expect(clean(dump(['Brücke wird abgerissen', 'Anna Berger | 12.03.2024']), REF).byline).toBe('Anna Berger');
  });

  it('reads the name between dashes or glued to a comma on the date line', () => {
    expect(clean(dump(['Brücke wird abgerissen', '23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen']), REF).byline).toBe('Markus Reuter');
    expect(clean(dump(['Brücke wird abgerissen', 'Gesine Engels-Krone,02.01.2023, 11:08 Uhr']), REF).byline).toBe('Gesine Engels-Krone');
  });

  it('takes a known first name alone under the headline, before the first paragraph', () => {
    expect(clean(dump(['Brücke wird abgerissen', 'Bettina Kugler']), REF).byline).toBe('Bettina Kugler');
  });

  it('takes a known first name alone under the headline, next to the date', () => {
    expect(clean(dump(['Brücke wird abgerissen', '12. März 2024', 'Boris T. Kaiser']), REF).byline).toBe('Boris T. Kaiser');
  });

  it('does not take two capitalised nouns for a name', () => {
    expect(clean(dump(['Brücke wird abgerissen', '12. März 2024', 'Photovoltaik Anforderungen']), REF).byline).toBeNull();
  });

  it('finds a credit line closing the article', () => {
    expect(clean(dump(['Brücke wird abgerissen'], [...BODY_DE, 'Text: Klaus Friedrich']), REF).byline).toBe('Klaus Friedrich');
  });

  it('works the same in English', () => {
    const r = clean(dump(['Bridge plan approved after ten years', 'By Jane Doe', 'March 12, 2024'], BODY_EN, NAV_EN), REF);
    expect(r.headline).toBe('Bridge plan approved after ten years');
    expect(r.byline).toBe('Jane Doe');
    expect(r.date_published).toBe('2024-03-12');
  });
});
