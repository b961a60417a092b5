/**
 * One hand-made dump per boilerplate kind the classifier knows, with the lines that must be
 * dropped (and by which rule) and the paragraphs that must stay.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/text/index.js';

const P1 = 'The city council approved a plan on Tuesday to rebuild the old bridge over the river, ending a debate that had lasted for more than a decade.';
const P2 = 'Construction is expected to begin next spring and will take about two years, according to the engineers who presented the project to the council.';
const P3 = 'Residents who had opposed the plan said they would keep an eye on the costs, which have already grown by a third since the first estimate.';
const P4 = 'The mayor said the city would publish the contracts online so that anyone could follow how the money is spent over the coming years.';

/** Rule given to the block whose text is `line`. */
function ruleOf(dump: string, line: string): string | undefined {
  return extractText(dump).blocks.find((b) => b.text === line)?.rule;
}

describe.each([
  {
    kind: 'newsletter prompt inside the article',
    dump: [P1, '', P2, '', 'Sign up for our daily newsletter to get the top stories in your inbox.', '', P3, '', P4].join('\n'),
    kept: [P1, P2, P3, P4],
    dropped: { 'Sign up for our daily newsletter to get the top stories in your inbox.': 'newsletter' },
  },
  {
    kind: 'photo credit and caption credit',
    dump: [P1, '', 'Photo: Jane Doe/Reuters', '', P2, '', 'The old bridge seen from the east bank (Photo by John Roe/Getty Images)', '', P3].join('\n'),
    dropped: { 'Photo: Jane Doe/Reuters': 'photo-credit', 'The old bridge seen from the east bank (Photo by John Roe/Getty Images)': 'photo-credit' },
  },
  {
    kind: 'tag line and author box after the article',
    dump: [P1, '', P2, '', P3, '', 'Tags: bridges | council | transport', '', 'About the author', 'Jane Doe has covered city hall for the paper since 2015 and lives near the river with her family.'].join('\n'),
    dropped: { 'Tags: bridges | council | transport': 'tags', 'About the author': 'author-box' },
  },
  {
    kind: 'teaser list (title, truncated snippet, read more)',
    dump: [P1, '', P2, '', P3, '', 'Mayor opens new library downtown', 'The new building has room for 200,000 books and a rooftop garden that will open to...', 'Read more', 'School board delays vote on calendar', 'Parents asked for more time to discuss the changes to the start of the school year and...', 'Read more'].join('\n'),
    dropped: {
      'Mayor opens new library downtown': 'teaser',
      'The new building has room for 200,000 books and a rooftop garden that will open to...': 'teaser',
      'Parents asked for more time to discuss the changes to the start of the school year and...': 'teaser',
      'Read more': 'read-more',
    },
  },
  {
    kind: 'menu of short lines',
    dump: ['Autos', 'Jobs', 'Homes', 'Rentals', 'Obits', '', P1, '', P2, '', P3].join('\n'),
    dropped: { Autos: 'short-run', Rentals: 'short-run', Obits: 'short-run' },
  },
  {
    kind: 'comment section (author headers, replies)',
    dump: [P1, '', P2, '', P3, '', '3 comments', 'joe_smith says:', 'I think the bridge should have been rebuilt ten years ago, it was never safe for cyclists.', 'Reply', 'maria_k says:', 'The costs will only grow from here, mark my words, and the taxpayers will foot the bill.', 'Reply'].join('\n'),
    dropped: {
      '3 comments': 'comments',
      'joe_smith says:': 'comment-item',
      'I think the bridge should have been rebuilt ten years ago, it was never safe for cyclists.': 'comment-zone',
      'The costs will only grow from here, mark my words, and the taxpayers will foot the bill.': 'comment-zone',
    },
  },
  {
    kind: 'byline, date line and standfirst above the body',
    dump: ['Bridge plan approved after ten years of debate', '', 'A decision that splits the neighbourhood, and a bill that keeps growing.', '', 'By Jane Doe', 'June 4, 2025 6:12 a.m.', '', P1, '', P2, '', P3].join('\n'),
    dropped: { 'A decision that splits the neighbourhood, and a bill that keeps growing.': 'standfirst', 'By Jane Doe': 'byline', 'June 4, 2025 6:12 a.m.': 'date-stamp' },
  },
  {
    kind: 'browser-copied teasers with titles glued to snippets',
    dump: [P1, '', P2, '', P3, '', 'Council Approves New Parking Rules DowntownThe new rules take effect next month and apply to all meters in the city centre.', 'School Board Delays Vote On CalendarParents asked for more time to discuss the changes to the school year.', 'Library Opens New Wing For ChildrenThe wing has room for reading hours, games and a small theatre for plays.'].join('\n'),
    dropped: { 'School Board Delays Vote On CalendarParents asked for more time to discuss the changes to the school year.': 'teaser' },
  },
])('$kind', ({ dump, dropped, kept }: { dump: string; dropped: Record<string, string>; kept?: string[] }) => {
  it('keeps the article paragraphs', () => {
    expect(extractText(dump).paragraphs).toEqual(kept ?? [P1, P2, P3]);
  });
  it.each(Object.entries(dropped))('drops "%s" by rule %s', (line, rule) => {
    expect(ruleOf(dump, line)).toBe(rule);
  });
});
