/**
 * Golden tests on real pages of the shared body benchmark. Each case lists text that must
 * stay and boilerplate that must go, checked by hand against the page (not copied from gold).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { HAS_SHARED } from '../support.js';
import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../src/decode/charset.js';
import { extractHtml } from '../../src/html/index.js';

const DIR = new URL('../../../shared/bench/articles/html/', import.meta.url);
const page = (id: string): string => decodeBytes(gunzipSync(readFileSync(new URL(`${id}.html.gz`, DIR)))).text;

const CASES: { id: string; what: string; keep: string[]; drop: string[] }[] = [
  {
    id: '6ebac05f637ece8a',
    what: 'news story with hover cards inside paragraphs and a copyright block under the article',
    keep: ['Patrick Carlineo Jr., 55, could face up to 10 years in prison', 'Omar asked for compassion during Carlineo\'s sentencing'],
    drop: ['Hillicon Valley', 'The Hill 1625 K Street', 'TRENDING:'],
  },
  {
    id: 'f8ff621a0b9b7646',
    what: 'subscriber paragraphs inside a paywall container are article text',
    keep: ['Shares of construction goods giant', 'Our third-quarter results reflected broad-based growth'],
    drop: ['Text size'],
  },
  {
    id: 'e372e42c0a3df7b8',
    what: 'two-paragraph story whose footer has more prose than the story',
    keep: ['The son of former German President Richard von Weizsäcker', 'The stabbing occurred during a presentation'],
    drop: ['Liberman: Both parties are to blame', 'BREAKING NEWS'],
  },
  {
    id: '680c2848e94a96f9',
    what: 'review round-up followed by teaser cards (linked headline + excerpt)',
    keep: ["Stadia, Google's streaming gaming platform, launches today", "Stadia's 22 launch titles are uninspiring"],
    drop: ["Scandinavia's Sami have been herding reindeer", 'Want more stories like this?', 'Every day we send an email'],
  },
  {
    id: 'b3c19dd5f0612d09',
    what: 'short post whose theme prints "related posts" as <article> cards inside the post\'s own <article>',
    keep: ['Viver uma verdadeira experiência amorosa é um dos maiores prazeres da vida'],
    drop: ['Você pode gostar', 'A vida requer da gente otimismo e coragem', 'Whatsapp'],
  },
  {
    id: '70cb2d5bca75ab5a',
    what: 'news story with image captions (figcaption) between its paragraphs',
    keep: ['A row involving Taylor Swift, her former record label', "Braun has worked with the likes of Kanye West"],
    drop: ['Image caption', "Taylor Swift's seventh album, Lover, is the only one she owns"],
  },
  {
    id: '0e014df693f18282',
    what: 'blog post with a cookie notice in a popover and a list inside the story',
    keep: ['When you live in a state as beautiful as Colorado', 'Our hiking survival kit is really very simple.', 'healthy snack bars'],
    drop: ['This website uses cookies', "We'll assume you're ok with this"],
  },
];

function resolveId(prefix: string): string {
  const all = readFileSync(new URL('../gold.jsonl', DIR), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);
  const id = all.find((x) => x.startsWith(prefix));
  if (!id) throw new Error(`no benchmark page ${prefix}`);
  return id;
}

describe.skipIf(!HAS_SHARED)('golden pages (shared/bench/articles; skipped without ../shared)', () => {
  test.each(CASES)('$what', ({ id, keep, drop }) => {
    const a = extractHtml(page(resolveId(id)));
    const body = a.paragraphs.join('\n\n');
    for (const k of keep) expect(body).toContain(k);
    for (const d of drop) expect(body).not.toContain(d);
    expect(a.headline).toBeTruthy();
  });
});

describe('body on a composed page', () => {
  const html = `<html><head><title>Story | Site</title><meta property="og:site_name" content="Site"></head><body>
    <nav><a href="/">Home</a><a href="/w">World</a></nav>
    <div class="content"><h1>Story</h1><div class="byline">By Ann Lee</div>
      <p>The first paragraph of the story is long enough to be prose, with commas, clauses and a full stop.</p>
      <div class="share-tools"><a href="#">Share</a><a href="#">Tweet</a></div>
      <h2>A subheading</h2>
      <p>The second paragraph carries on with the story, again with enough words to count as running text.</p>
      <ul><li>First listed point</li><li>Second listed point</li></ul>
      <p>Advertisement</p>
      <p>The third paragraph closes the story, quoting someone who said that it was, in the end, fine.</p>
    </div>
    <aside class="related"><h3><a href="/x">Other story headline here</a></h3><p>An excerpt of another story that should not be taken.</p></aside>
    <footer><p>Copyright 2024 Site. All rights reserved, everywhere and forever, by the publisher.</p></footer>
  </body></html>`;
  const a = extractHtml(html);
  test('keeps paragraphs, subheadings and list items in order', () => {
    expect(a.paragraphs).toEqual([
      'The first paragraph of the story is long enough to be prose, with commas, clauses and a full stop.',
      'A subheading',
      'The second paragraph carries on with the story, again with enough words to count as running text.',
      'First listed point',
      'Second listed point',
      'The third paragraph closes the story, quoting someone who said that it was, in the end, fine.',
    ]);
  });
  test('puts the byline in leading, takes the headline without the site', () => {
    expect(a.leading.at(-1)).toBe('By Ann Lee');
    expect(a.headline).toBe('Story');
    expect(a.byline).toBe('Ann Lee');
  });
});

describe('related-articles section at the end of the article container', () => {
  const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story runs long enough to read as prose, with clauses, commas and a full stop.</p>`).join('');
  test('is cut from its heading on', () => {
    const a = extractHtml(`<html><body><article><h1>Story</h1>${story}<h3>Das könnte Sie auch interessieren</h3><p>Another story's teaser text that is long enough to be prose on its own, sadly.</p></article></body></html>`);
    expect(a.paragraphs.join('\n')).toContain('Paragraph 4 of the story');
    expect(a.paragraphs.join('\n')).not.toContain('Das könnte Sie auch interessieren');
    expect(a.paragraphs.join('\n')).not.toContain("Another story's teaser");
  });
  test('an inline call-out in the middle of the story leaves the rest alone', () => {
    const a = extractHtml(`<html><body><article><h1>Story</h1>${story}<p>À lire aussi :</p>${story.replace(/Paragraph/g, 'Later paragraph')}</article></body></html>`);
    expect(a.paragraphs.join('\n')).toContain('Later paragraph 4 of the story');
  });
});
