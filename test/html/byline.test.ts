import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/html/dom.js';
import { extractMetadata } from '../../src/html/metadata/index.js';
import { cleanByline } from '../../src/html/metadata/clean.js';

const meta = (head: string, body = '', url?: string) =>
  extractMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), url ? { url } : {});

describe('cleanByline', () => {
  test.each([
    ['Posted by T. V. Raman', 'T. V. Raman'],
    ['Erstellt von Andri Bryner', 'Andri Bryner'],
    ['Veröffentlicht von stylegart', 'stylegart'],
    ['MORITZ GATHMANN am 12. März 2020', 'MORITZ GATHMANN'],
    ['Tomas Spahn Fr, 18. Oktober 2019', 'Tomas Spahn'],
    ['Nicole Collignon22. Februar 2020', 'Nicole Collignon'],
    ['por César Salza 1 de diciembre de 2017 3:00 AM PST', 'César Salza'],
    ['Datum: 19.11.2021 Autor: Fritz ImhofQuelle: Livenet', 'Fritz Imhof'],
    ['Sara Zinnecker Stand: 05. Februar 2020', 'Sara Zinnecker'],
    ['Katharina Schmidt, Kategorien: Mode', 'Katharina Schmidt'],
    ['Williams Perdomo @wperdomod', 'Williams Perdomo'],
    ['Walter von Aachen', 'Walter von Aachen'],
    ['Isabella.DiBiase am', 'Isabella.DiBiase'],
    ['Marine Le Pen', 'Marine Le Pen'],
    ['De Niro', 'De Niro'],
    ['Gespeichert von rasos', 'rasos'],
    ['Submitted by Jane Roe on Tue, 03/10/2020 - 10:00', 'Jane Roe'],
    ['Ana Ruiz - [email protected]', 'Ana Ruiz'],
    ['Ana Ruiz ana.ruiz@example.org', 'Ana Ruiz'],
    ['By Jane Roe · 5 min read', 'Jane Roe'],
    ['Tim Roe July 5th, 2012', 'Tim Roe'],
    ['By Ann Lee, 3rd of May 2020', 'Ann Lee'],
    ['Текст: Лида Буслаева', 'Лида Буслаева'],
    ['Автор: Олеся Жуковень', 'Олеся Жуковень'],
    ['Texto: Ana Souza', 'Ana Souza'],
    ['Analysis by Chris Cillizza', 'Chris Cillizza'],
    ['Opinion by Jane Roe', 'Jane Roe'],
  ])('%s → %s', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });
  test.each([['Foto: Ingo Schneider'], ['01:30 Min.'], ['Zuletzt geändert am'], ['Art Edwards says'], ['Peter Addor sagt:'], ['Name (erforderlich)'], ['Name *'], ['Veröffentlicht am'], ['Posted on'], ['Follow'], ['Auteur'], ['Published By'], ['Lesezeit von 4 Minuten'], ['5 min read'], ['@handle'], ['* O calendário da Cup é composto por 36 corridas.'], ['The race calendar is made of 36 races.'], ['https://example.org/author/x']])(
    'rejects %s',
    (raw) => {
      expect(cleanByline(raw)).toBeNull();
    },
  );
});

describe('the chosen byline keeps the names only', () => {
  test.each([
    ['an agency after the names becomes the byline agency', '<meta name="author" content="Tom Davies Associated Press">', '', undefined, 'Tom Davies', 'Associated Press'],
    ['a label and a job title', '', '<h1>H</h1><p class="byline">Analysis by Chris Cillizza, CNN Editor-at-large</p>', 'https://edition.cnn.com/2019/x.html', 'Chris Cillizza', null],
    ['a section of the site after a comma', '', '<h1>H</h1><p class="byline">Jill Disis, CNN Business</p>', 'https://edition.cnn.com/2019/x.html', 'Jill Disis', null],
    ['the site name after the names', '<meta property="og:site_name" content="usatoday">', '<h1>H</h1><p class="byline">Elliot Brownstein Florida Today</p>', 'https://www.floridatoday.com/story/x', 'Elliot Brownstein', null],
    ['the site name after "For"', '<meta property="og:site_name" content="Mail Online">', '<h1>H</h1><p class="byline">By Amitai Winehouse For Mailonline</p>', 'https://www.dailymail.co.uk/x.html', 'Amitai Winehouse', null],
    ['an outlet in capitals after names in mixed case', '', '<h1>H</h1><p class="byline">Kevin Johnson and Kevin McCoy USA TODAY</p>', 'https://example.org/x', 'Kevin Johnson and Kevin McCoy', null],
    ['a site name that is not after a person stays', '<meta property="og:site_name" content="Eat What Tonight">', '<h1>H</h1><p class="byline">Recipe by Eat What Tonight</p>', 'https://eatwhattonight.com/x', 'Recipe by Eat What Tonight', null],
    ['a sentence in a byline element is passed over', '<meta name="author" content="Ana Souza">', '<h1>H</h1><p class="byline">* O calendário da Cup é composto por 36 corridas.</p>', undefined, 'Ana Souza', null],
  ])('%s', (_name, head, body, url, byline, agency) => {
    expect(meta(head, body, url)).toMatchObject({ byline, byline_agency: agency });
  });
});

describe('printed bylines and their precedence', () => {
  test('the first byline in document order outside comments, forms and related lists', () => {
    const body = `<aside class="related"><span class="author">Other Writer</span></aside>
      <h1>Headline</h1><p class="byline">Von Hans Meier</p>
      <div class="comments"><div class="comment-author">Troll sagt:</div></div>
      <form><p class="comment-form-author"><label>Name (erforderlich)</label></p></form>`;
    expect(meta('', body)).toMatchObject({ byline: 'Hans Meier', provenance: { byline: 'byline-class' } });
  });
  test('a job title inside the byline element is not part of the name', () => {
    const body = '<h1>H</h1><div class="author"><a class="author-link" href="/u/ben">Ben Silverman</a><div class="author-title">Games Editor</div></div>';
    expect(meta('', body).byline).toBe('Ben Silverman');
  });
  test('a hint on a wrapper around the whole article (it holds the <h1>) does not exclude the byline', () => {
    const body = '<div id="ad-portal"><article><h1>H</h1><span class="author">Jo Writer</span><p>Text</p></article></div>';
    expect(meta('', body).byline).toBe('Jo Writer');
  });
  test('an entry footer inside the article may hold the byline', () => {
    expect(meta('', '<article><h1>H</h1><p>Text</p><footer class="entry-meta"><span class="byline">von Andrea</span></footer></article>').byline).toBe('Andrea');
  });
  test('itemprop=author beats <meta name=author>, which beats the printed byline', () => {
    const head = '<meta name="author" content="Meta Person">';
    expect(meta(head, '<h1>H</h1><span itemprop="author">Item Person</span>').byline).toBe('Item Person');
    expect(meta(head, '<h1>H</h1><span class="byline">By Printed Person</span>').byline).toBe('Meta Person');
  });
  test('the printed byline beats article:author and an author meta that only names the site', () => {
    expect(meta('<meta property="article:author" content="Laurie Oakes">', '<h1>H</h1><em class="byline">Joe Writer</em>').byline).toBe('Joe Writer');
    const m = meta('<meta name="author" content="Badische Zeitung"><meta property="og:site_name" content="Badische Zeitung">', '<h1>H</h1><span class="author">Lisa Petrich</span>');
    expect(m).toMatchObject({ byline: 'Lisa Petrich', provenance: { byline: 'byline-class' } });
  });
  test('a last ", Site" part naming the site itself is cut, so are a job title and an agency; other organisations stay', () => {
    const site = '<meta property="og:site_name" content="Daily Planet">';
    expect(meta(site, '<h1>H</h1><div class="byline">By Lois Lane, Daily Planet</div>').byline).toBe('Lois Lane');
    expect(meta(site, '<h1>H</h1><div class="byline">By Lois Lane, Daily Planet Staff</div>').byline).toBe('Lois Lane');
    expect(meta(site, '<h1>H</h1><div class="byline">By Lois Lane, Reuters</div>')).toMatchObject({ byline: 'Lois Lane', byline_agency: 'Reuters' });
    expect(meta(site, '<h1>H</h1><div class="byline">By Lois Lane, Gotham Gazette</div>').byline).toBe('Lois Lane, Gotham Gazette');
    expect(meta('', '<h1>H</h1><div class="byline">Clark Kent, PLANET</div>', 'https://edition.planet.example/2020/story').byline).toBe('Clark Kent');
    expect(meta('', '<h1>H</h1><div class="byline">Clark Kent, Planet</div>', 'https://www.planet.co.uk/2020/story').byline).toBe('Clark Kent');
    expect(meta('', '<h1>H</h1><div class="byline">Clark Kent, Co</div>', 'https://www.planet.co.uk/2020/story').byline).toBe('Clark Kent, Co');
  });
  test('a publisher name is still the byline when nothing names a person', () => {
    expect(meta('<meta property="og:article:author" content="BBC News"><meta property="og:site_name" content="BBC News">').byline).toBe('BBC News');
  });
});

describe('bylines written in a line of text near the <h1>', () => {
  test.each([
    ['Posted on <a href="/2020/09/21/">September 21, 2020</a> by <a href="/u/adi">Adi Tzlil</a>', 'Adi Tzlil'],
    ['<span class="meta-label">Von Alexander Rosenkranz</span>', 'Alexander Rosenkranz'],
    ['Blog Beitrag von Margarita Koreneva', 'Margarita Koreneva'],
    ['Datum: 03.11.2021 Autor: Peter Maahn', 'Peter Maahn'],
    ['Gespeichert von rasos', 'rasos'],
    ['<span class="lbl">By</span><span><a href="/team/ann-roe">Ann Roe</a></span>', 'Ann Roe'],
    ['<address>By <a href="/author/tim">Tim Roe</a></address>', 'Tim Roe'],
    ['<strong>Autor:</strong> <a href="/profil/7">Karl Friedrich</a><br><strong>Tags:</strong> <a href="/t/1">Feuerwehr</a>, <a href="/t/2">Fahrzeuge</a>, <a href="/t/3">Geschichte</a>', 'Karl Friedrich'],
  ])('%s', (line, name) => {
    expect(meta('', `<h1>Headline of the story</h1><div>${line}</div><p>Body text.</p>`)).toMatchObject({ byline: name, provenance: { byline: 'text' } });
  });
  test.each([
    ['a sentence', '<p>He is confident the deal will be passed by Congress Leaders.</p>'],
    ['a credit', '<p>(Video by David Botti)</p>'],
    ['a one-word name mid-line', '<p>Recommended by Outbrain</p>'],
    ['a short line whose "von" names no one', '<p>Das Pflegen von positiven Beziehungen</p>'],
    ['a toolbar label', '<p>COLLECTED BY</p>'],
    ['an address under an office name', '<p>Redaktion Musterstadt<br>Hauptstraße 1<br>12345 Musterstadt</p>'],
  ])('not %s', (_name, html) => {
    expect(meta('', `<h1>Headline of the story</h1>${html}`).byline).toBeNull();
  });
  test('a byline element beats a text line', () => {
    expect(meta('', '<h1>H</h1><p>Posted by Some One</p><span class="author">Real Author</span>').byline).toBe('Real Author');
  });
});
