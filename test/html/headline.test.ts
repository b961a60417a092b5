import { describe, expect, test } from 'vitest';
import { parseHtml, elementsByTag, type Element } from '../../src/html/dom.js';
import { readHeading } from '../../src/html/metadata/heading.js';
import { extractMetadata } from '../../src/html/metadata/index.js';
import { titleParts } from '../../src/html/metadata/clean.js';

const h1 = (html: string) => readHeading(elementsByTag(parseHtml(html), new Set(['h1']))[0] as Element);
const meta = (head: string, body = '', url?: string) =>
  extractMetadata(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`), url ? { url } : {});

describe('readHeading: the headline part of an <h1>', () => {
  test.each([
    ['kicker span by class', '<h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span><span class="article-heading__title">Bohren, bis es heiß wird</span></h1>', 'Bohren, bis es heiß wird'],
    ['roofline before plain text', '<h1><span class="l-detail-page__roofline">Ernährung sichern</span> Schulze: Deutschland steht fest</h1>', 'Schulze: Deutschland steht fest'],
    ['<small> line before a <br>', '<h1> <small>Tunesien</small><br> Große Aufgaben für die neue Regierung </h1>', 'Große Aufgaben für die neue Regierung'],
    ['date line after the headline', '<h1>Zuschauerrückkehr bei den Proficlubs<br><small>02.02.2022 • Presse</small></h1>', 'Zuschauerrückkehr bei den Proficlubs'],
    ['section link beside unlinked text', '<h1><div class="entry-section"><a href="/local-news/">Local News | </a></div><span class="dfm-title">Brothel busted in Boston</span></h1>', 'Brothel busted in Boston'],
    ['kicker inside a single wrapper', '<h1><span class="post-title"><small>Einheit der Woche</small><br>Lagen-Pyramide mit GA2</span></h1>', 'Lagen-Pyramide mit GA2'],
    ['label inside a permalink', '<h1><a href="/threads/x.3976/"><span class="label">Patch Notes</span>Patchnotes 4.47.4</a></h1>', 'Patchnotes 4.47.4'],
    ['one child named as the headline', '<h1><span class="text-lightgreen">Strompreisbremse</span><span class="headline">Bundesregierung drosselt Bioenergie</span></h1>', 'Bundesregierung drosselt Bioenergie'],
    ['plain heading stays whole', '<h1>Kim Jong Un: Der Diktator ist <em>zurück</em></h1>', 'Kim Jong Un: Der Diktator ist zurück'],
    ['Sphinx permalink anchor after the text', '<h1><a class="toc-backref" href="#id4">Evolve: Shared Mutable History</a><a class="headerlink" href="#evolve-shared-mutable-history" title="Permalink to this headline">¶</a></h1>', 'Evolve: Shared Mutable History'],
    ['an aria-hidden separator is printed (hidden from screen readers only)', '<h1><span class="head-a">Klima und Energie</span><span aria-hidden="true"> – </span><span class="head-b">Wie Städte sich anpassen</span></h1>', 'Klima und Energie – Wie Städte sich anpassen'],
    ['a hidden or display:none segment is not', '<h1>Neue Brücke eröffnet<span hidden>Alte Schlagzeile</span><span style="display: none">Entwurf</span></h1>', 'Neue Brücke eröffnet'],
    ['an in-page link with words is text', '<h1><a href="#inhalt">Die Zukunft der Arbeit</a> <a href="#x">#</a></h1>', 'Die Zukunft der Arbeit'],
  ])('%s', (_name, html, main) => {
    expect(h1(html)?.main).toBe(main);
  });
  test.each([
    ['a link to the root', '<h1><a href="/">Hi, I\'m <strong>Nicolas.</strong></a></h1>', true],
    ['a link to an absolute root URL', '<h1 class="title"><a href="http://siliconexposed.blogspot.com/">Silicon Exposed</a></h1>', true],
    ['an archived root URL', '<h1><a href="https://web.archive.org/web/2008/http://www.dimido.de/">DimidoBlog</a></h1>', true],
    ['a logo class', '<h1 class="site-title">Papaganda</h1>', true],
    ['a permalink', '<h1 class="entry-title"><a href="/2019/10/story-slug/">Story</a></h1>', false],
    ['an unlinked heading', '<h1>Story</h1>', false],
  ])('site heading: %s', (_name, html, home) => {
    expect(h1(html)?.home).toBe(home);
  });
  test('an empty heading (a logo image) is skipped', () => {
    expect(h1('<h1><a href="/"><svg><title>Engadget</title></svg></a></h1>')).toBeNull();
  });
});

describe('headline precedence', () => {
  test('the printed <h1> without its kicker replaces a metadata title that carries the kicker', () => {
    const m = meta('<meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird">', '<h1><span class="kicker">Klimaschutz</span> Bohren, bis es heiß wird</h1>');
    expect(m.headline).toBe('Bohren, bis es heiß wird');
  });
  test('on a page not in English the printed typography wins', () => {
    const m = extractMetadata(parseHtml('<html lang="de"><head><meta property="og:title" content="Warum ich &quot;Bauchgeburt&quot; sage"></head><body><h1>Warum ich „Bauchgeburt“ sage</h1></body></html>'));
    expect(m.headline).toBe('Warum ich „Bauchgeburt“ sage');
  });
  test('a permalink anchor (¶) is not printed typography', () => {
    const m = extractMetadata(parseHtml('<html lang="de"><head><meta property="og:title" content="Schnellstart mit Sphinx"></head><body><h1><a class="toc-backref" href="#id1">Schnellstart mit Sphinx</a><a class="headerlink" href="#schnellstart" title="Link zu dieser Überschrift">¶</a></h1></body></html>'));
    expect(m.headline).toBe('Schnellstart mit Sphinx');
  });
  test('when only typography differs on an English page, the metadata form stays', () => {
    const m = meta('<meta property="og:title" content="Student Dies &quot;Burned Her Up&quot;">', '<h1>Student Dies “Burned Her Up”</h1>');
    expect(m).toMatchObject({ headline: 'Student Dies "Burned Her Up"', provenance: { headline: 'meta:og:title' } });
  });
  test('an all-caps heading is printed so; other case differences follow the metadata', () => {
    expect(meta('<meta property="og:title" content="Transformationslabor Ernährung">', '<h1>TRANSFORMATIONSLABOR ERNÄHRUNG</h1>').headline).toBe('TRANSFORMATIONSLABOR ERNÄHRUNG');
    expect(meta('<meta property="og:title" content="Meta-Programming Using Defadvice">', '<h1>Meta-Programming Using <b>defadvice</b></h1>').headline).toBe('Meta-Programming Using Defadvice');
  });
  test('a heading that is one part of the metadata title takes that part in the metadata typography', () => {
    const m = meta('<meta property="og:title" content="Die Zukunft der Arbeit - „Wir dekorieren die Liegestühle um“">', '<h1><span class="overline">Die Zukunft der Arbeit</span>"Wir dekorieren die Liegestühle um"</h1>');
    expect(m.headline).toBe('„Wir dekorieren die Liegestühle um“');
  });
  test('a lone article heading replaces a metadata title that names a section', () => {
    const m = meta('<meta property="og:title" content="Pressemitteilungen">', '<h1>Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen</h1>');
    expect(m).toMatchObject({ headline: 'Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen', provenance: { headline: 'h1' } });
  });
  test('…but not when the metadata title is printed as a subheading, nor when the page has several <h1>s', () => {
    expect(meta('<meta property="og:title" content="Babies Who Eat Peanuts Early">', '<h1>Allergies Health Center</h1><h2>Babies Who Eat Peanuts Early</h2>').headline).toBe('Babies Who Eat Peanuts Early');
    expect(meta('<meta property="og:title" content="Real headline here">', '<h1>Other words entirely</h1><h1>And a second heading</h1>').headline).toBe('Real headline here');
  });
  test('a site heading is never the headline and is cut from the <title>', () => {
    const m = meta('<title>Four Years Remaining » Blog Archive » Interning of Small Integers in Python</title>', '<h1><a href="http://fouryears.eu">Four Years Remaining</a></h1>');
    expect(m.headline).toBe('Interning of Small Integers in Python');
  });
  test('a <title> with a dangling separator and no metadata title', () => {
    expect(meta('<title>Pferdesport definitiv bei Olympia 2028 dabei -</title>').headline).toBe('Pferdesport definitiv bei Olympia 2028 dabei');
  });
  test('HTML character references in JSON-LD strings are decoded', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","headline":"Wohngew&#x00E4;chshaus&#x20;selber&#x20;bauen"}</script>';
    expect(meta(ld).headline).toBe('Wohngewächshaus selber bauen');
  });
});

describe('titleParts', () => {
  test('splits at separators, optionally at a kicker colon', () => {
    expect(titleParts('Blog » Archive » Post | Site')).toEqual(['Blog', 'Archive', 'Post', 'Site']);
    expect(titleParts('Kicker: Headline - Site', true)).toEqual(['Kicker', 'Headline', 'Site']);
  });
});
