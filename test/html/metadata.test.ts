import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/html/dom.js';
import { extractMetadata } from '../../src/html/metadata/index.js';
import { parseDate } from '../../src/html/metadata/date.js';
import { cleanByline, cleanHeadline, stripSiteName } from '../../src/html/metadata/clean.js';
import { metaKeys } from '../../src/html/metadata/collect.js';

const meta = (head: string, body = '', opts: { url?: string; referenceDate?: string } = {}) =>
  extractMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), opts);
const ld = (o: unknown): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('metadata sources', () => {
  test('JSON-LD NewsArticle', () => {
    const m = meta(ld({ '@type': 'NewsArticle', headline: 'H', author: { '@type': 'Person', name: 'Ann Lee' }, datePublished: '2019-11-19T13:23:59-05:00', publisher: { name: 'The Site' }, inLanguage: 'en-US' }));
    expect(m).toMatchObject({ headline: 'H', byline: 'Ann Lee', date_published: '2019-11-19T13:23:59-05:00', site_name: 'The Site', language: 'en' });
    expect(m.provenance).toMatchObject({ headline: 'json-ld', byline: 'json-ld', date_published: 'json-ld' });
  });
  test('JSON-LD @graph with an array of authors and a ReportageNewsArticle', () => {
    const m = meta(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['ReportageNewsArticle'], headline: 'G', author: [{ name: 'A One' }, { name: 'B Two' }] }] }));
    expect(m.headline).toBe('G');
    expect(m.byline).toBe('A One, B Two');
  });
  test('JSON-LD top-level array; an Organization author only when no person is named', () => {
    expect(meta(ld([{ '@type': 'Article', author: { '@type': 'Organization', name: 'Reuters' } }])).byline).toBe('Reuters');
  });
  test('OpenGraph and article:*', () => {
    const m = meta('<meta property="og:title" content="T | Site"><meta property="og:site_name" content="Site"><meta property="article:published_time" content="2020-01-02T03:04:05+01:00"><meta property="og:url" content="https://x.org/a">');
    expect(m).toMatchObject({ headline: 'T', site_name: 'Site', date_published: '2020-01-02T03:04:05+01:00', url: 'https://x.org/a' });
    expect(m.provenance.date_published).toBe('meta:article:published_time');
  });
  test('Twitter card title', () => {
    expect(meta('<meta name="twitter:title" content="Tw">').provenance.headline).toBe('meta:twitter:title');
  });
  test('meta name=author and date, Dublin Core creator', () => {
    expect(meta('<meta name="author" content="By Jo Doe"><meta name="date" content="2018-05-06">')).toMatchObject({ byline: 'Jo Doe', date_published: '2018-05-06' });
    expect(meta('<meta name="DC.creator" content="Max Muster">').byline).toBe('Max Muster');
  });
  test.each([
    ['one property', { property: 'og:title' }, ['og:title']],
    ['RDFa Dublin Core CURIE read as DC-HTML', { property: 'dc:creator' }, ['dc.creator']],
    ['RDFa list of terms, case folded', { property: 'x:title DCTERMS:title' }, ['x:title', 'dcterms.title']],
    ['name when there is no property', { name: 'DC.Title' }, ['dc.title']],
    ['name when the property is empty', { property: ' ', name: 'author' }, ['author']],
    ['nothing to key on', { charset: 'utf-8' }, []],
  ])('metaKeys: %s', (_name, attribs, keys) => {
    expect(metaKeys(attribs as Record<string, string>)).toEqual(keys);
  });
  test('RDFa Dublin Core properties, also in a list of terms, are metadata sources', () => {
    const m = meta('<title>Page Title</title><meta property="ex:title dc:title" content="Hafenfest abgesagt"><meta property="dc:creator ex:site_name" content="Ute Brandt"><meta name="author" content="Webmaster Team">');
    expect(m).toMatchObject({ headline: 'Hafenfest abgesagt', byline: 'Ute Brandt', provenance: { headline: 'meta:dc.title', byline: 'meta:dc.creator' } });
  });
  test('itemprop microdata', () => {
    const m = meta('', '<article><span itemprop="author">Eva Roe</span><meta itemprop="datePublished" content="2017-03-04"></article>');
    expect(m).toMatchObject({ byline: 'Eva Roe', date_published: '2017-03-04' });
  });
  test('<time datetime>, rel=author, byline containers', () => {
    expect(meta('', '<time datetime="2016-07-08T09:10">8 July</time>').date_published).toBe('2016-07-08T09:10:00');
    expect(meta('', '<a rel="author" href="/u">Rel Author</a>').byline).toBe('Rel Author');
    expect(meta('', '<div class="article-byline">Von Hans Meier</div>').byline).toBe('Hans Meier');
  });
  test('a date written in a date container, in German', () => {
    expect(meta('', '<span class="datum">Veröffentlicht am 16. Oktober 2019</span>').date_published).toBe('2019-10-16');
  });
  test('canonical URL and html lang', () => {
    const m = extractMetadata(parseHtml('<html lang="de-AT"><head><link rel="canonical" href="/a/b"></head></html>'), { url: 'https://x.org/' });
    expect(m).toMatchObject({ url: 'https://x.org/a/b', language: 'de' });
  });
});

describe('precedence', () => {
  test('JSON-LD beats OpenGraph, OpenGraph beats <title>', () => {
    expect(meta(`<title>Title</title><meta property="og:title" content="OG">${ld({ '@type': 'Article', headline: 'LD' })}`).headline).toBe('LD');
    expect(meta('<title>Title</title><meta property="og:title" content="OG">').headline).toBe('OG');
  });
  test('the printed <h1> replaces a metadata title that says the same in other words', () => {
    const m = meta('<meta property="og:title" content="Kein Zutritt mehr mit Sparpreis-Tickets">', '<h1>Kein Zugang mehr mit Sparpreis-Tickets</h1>');
    expect(m.headline).toBe('Kein Zugang mehr mit Sparpreis-Tickets');
    expect(m.provenance.headline).toBe('h1');
  });
  test('an unrelated <h1> (a site logo) does not replace the title', () => {
    expect(meta('<meta property="og:title" content="Real headline here">', '<h1>Site Logo</h1>').headline).toBe('Real headline here');
  });
  test('publication beats modification date; modification only as last resort', () => {
    expect(meta('<meta property="article:modified_time" content="2020-02-02"><meta property="article:published_time" content="2020-01-01">').date_published).toBe('2020-01-01');
    const m = meta('<meta property="article:modified_time" content="2020-02-02">');
    expect(m.date_published).toBe('2020-02-02');
    expect(m.provenance.date_published).toMatch(/^modified:/);
  });
  test('never later than the reference date', () => {
    const m = meta('<meta property="article:published_time" content="2030-01-01"><meta name="date" content="2019-01-01">', '', { referenceDate: '2020-06-01' });
    expect(m.date_published).toBe('2019-01-01');
  });
  test('a date from the URL path when nothing else dates the page', () => {
    expect(meta('', '', { url: 'https://x.org/2019/11/20/story' })).toMatchObject({ date_published: '2019-11-20', provenance: { date_published: 'url' } });
  });
});

describe('cleaners', () => {
  test.each([
    ['2019-11-19T13:23:59-05:00', '2019-11-19T13:23:59-05:00'],
    ['2019-11-19 13:23', '2019-11-19T13:23:00'],
    ['20191119', '2019-11-19'],
    ['19.11.2019', '2019-11-19'],
    ['Tue, 19 Nov 2019 13:23:59 GMT', '2019-11-19T13:23:59Z'],
    ['November 19, 2019', '2019-11-19'],
    ['November 2019', null],
    ['2019-02-30', null],
  ])('parseDate(%j) = %j (keeps the offset, invents nothing)', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });
  test.each([
    ['By Jane Roe', 'Jane Roe'],
    ['Par Sébastien Farcis', 'Sébastien Farcis'],
    ['Corey Kilgannon', 'Corey Kilgannon'],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', 'GILLIAN MOHNEY'],
    ['https://facebook.com/someone', null],
    ['Von Jo\u00adhan\u00adna Schmidt', 'Johanna Schmidt'],
    ['Фото: Иван Петров', null],
    ['Foto: Mario Rossi', null],
    ['Reporting by Jane Doe; Editing by John Smith', 'Jane Doe'],
  ])('cleanByline(%j) = %j', (raw, out) => {
    expect(cleanByline(raw)).toBe(out);
  });
  test.each([
    ['soft hyphens (&shy;)', 'Er\u00adin\u00adne\u00adrung an die Op\u00adfer', 'Erinnerung an die Opfer'],
    ['zero-width space and word joiner', '\u200bHafen\u2060fest abgesagt', 'Hafenfest abgesagt'],
    ['a zero-width non-joiner shapes Persian and stays', 'می\u200cخواهم بروم', 'می\u200cخواهم بروم'],
  ])('cleanHeadline drops invisible characters inside words: %s', (_name, raw, out) => {
    expect(cleanHeadline(raw)).toBe(out);
  });
  test('stripSiteName cuts a suffix or prefix naming the site', () => {
    expect(stripSiteName('Headline - BBC News', 'BBC News', null)).toBe('Headline');
    expect(stripSiteName('TheHill | Headline', 'TheHill', null)).toBe('Headline');
    expect(stripSiteName('A - B', null, null)).toBe('A - B');
  });
});

describe('dates written in the page text', () => {
  test('the date printed nearest after the <h1> dates a page without date metadata', () => {
    const body = '<p>Archiv 01.01.2015</p><h1>Olafur Eliasson gestaltet Titelseite</h1><p class="category">24. April 2020 | Pressemitteilungen</p><p>Text vom 3. Mai 2020.</p>';
    expect(meta('', body)).toMatchObject({ date_published: '2020-04-24', provenance: { date_published: 'text' } });
  });
  test('a date just above the <h1> when none follows it', () => {
    expect(meta('', '<p>Datum: 26. Januar 2022</p><h1>Messengerdienste im Visier</h1><p>Text ohne Datum.</p>').date_published).toBe('2022-01-26');
  });
  test('metadata dates outrank printed text dates', () => {
    expect(meta('<meta property="article:published_time" content="2020-01-02">', '<h1>H</h1><p>3. Mai 2020</p>').date_published).toBe('2020-01-02');
  });
});
