/**
 * Pages with no article: the HTML path refuses them as `no_article`, as the text path does for
 * their dumps; short real articles still pass. Hand-made pages in `fixtures/html/`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { clean } from '../../src/index.js';
import { NoArticleError } from '../../src/clean.js';
import { notArticleReason, runningWords } from '../../src/html/article.js';

const page = (name: string): string => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8');
const block = (text: string, linkChars = 0) => ({ text, linkChars, rawChars: text.replace(/\s+/g, '').length });

describe('runningWords', () => {
  test.each([
    ['a sentence of reasonable length', 'The Main Street bridge reopened to traffic on Monday after three months of repairs.', 14],
    ['a short fact', 'Kameras: Widelux.', 2],
    ['a long block without a sentence mark', 'Sept lignes de bus et deux lignes de tram seront fermées pendant les travaux du centre-ville ce week-end à partir de samedi', 22],
    ['link titles', 'Home News', 0],
    ['a short title without a sentence mark', 'Senate passes budget after late-night session', 0],
    ['a cookie notice', 'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.', 0],
    ['Japanese: a Han or kana character counts as half a word', '東京都は十日、新しい橋の工事が終わったと発表した。', 12.5],
  ])('%s', (_name, text, words) => {
    expect(runningWords(block(text))).toBe(words);
  });

  test('a block mostly in links is no running text', () => {
    const text = 'Read all about the budget vote in the Senate, and what comes next for families.';
    expect(runningWords(block(text, text.replace(/\s+/g, '').length))).toBe(0);
  });
});

describe('notArticleReason', () => {
  test.each([
    ['link texts run together', [block('Home News', 8)], 'the body is nearly all link text'],
    ['titles and a cookie notice', [block('Senate passes budget after late-night session'), block('We use cookies to improve your experience on our site.')], 'no block reads as running text'],
    ['nothing', [], 'no body text'],
  ])('%s → %s', (_name, blocks, reason) => {
    expect(notArticleReason(blocks)).toBe(reason);
  });

  test.each([
    ['one sentence', [block('The city said the bridge reopened on Monday after three months of repairs.')]],
    ['short facts that add up', [block('Shuji: Japan.'), block('Walter: Deutschland.'), block('Fuji X-TRA 400.'), block('Walter: PENTAX Z-1.')]],
  ])('%s is an article', (_name, blocks) => {
    expect(notArticleReason(blocks)).toBeNull();
  });
});

describe('clean() on HTML pages with no article', () => {
  test.each([
    ['a navigation-only page', 'nav-only.html', 'the body is nearly all link text'],
    ['a section page of teaser links and a cookie notice', 'section-teasers.html', 'no block reads as running text'],
    ['a page of a cookie notice and an "enable JavaScript" notice', 'script-notice.html', 'no block reads as running text'],
  ])('%s is no_article', (_name, file, reason) => {
    let error: unknown;
    try {
      clean(page(file), { referenceDate: '2026-01-01' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NoArticleError);
    expect((error as NoArticleError).code).toBe('no_article');
    expect((error as NoArticleError).message).toBe(`no article text found in the page (${reason})`);
    // --explain shows what was left as refused, never as body.
    const explain = (error as NoArticleError).explain;
    expect(explain.some((e) => e.label === 'body')).toBe(false);
    expect(explain.filter((e) => e.rule === 'no-article').every((e) => e.reason === reason)).toBe(true);
  });

  test('a one-paragraph article passes, without the menu glued into its text', () => {
    const record = clean(page('short-article.html'), { referenceDate: '2026-01-01' });
    expect(record.body).toBe('The Main Street bridge reopened to traffic on Monday after three months of repairs, the city said.');
    expect(record.byline).toBe('Jane Doe');
  });
});
