/**
 * Re-joining lines that converters broke, per converter style (shared/bench/textdumps/README.md).
 */
import { describe, expect, it } from 'vitest';
import { stopwordsFor } from '../../src/language/index.js';
import { buildBlocks } from '../../src/text/blocks.js';
import { normalizeText, splitLines } from '../../src/text/lines.js';

const en = stopwordsFor('en');
const blocks = (text: string): string[] => buildBlocks(splitLines(normalizeText(text)), en).map((b) => b.text);

describe('buildBlocks', () => {
  it('joins a BeautifulSoup sentence broken at links (lower-case and punctuation continuations)', () => {
    const dump = [
      '“Matt has my Complete and Total Endorsement,” Trump',
      'tweeted',
      'before Election Day. Trump sent a similar message,',
      'he said',
      '.',
      'Next paragraph starts here and ends here.',
    ].join('\n');
    expect(blocks(dump)).toEqual([
      '“Matt has my Complete and Total Endorsement,” Trump tweeted before Election Day. Trump sent a similar message, he said.',
      'Next paragraph starts here and ends here.',
    ]);
  });

  it('joins a link that starts with a digit after a sentence left open on a stop word', () => {
    expect(blocks('Kentucky Democrats beat the governor in a state Trump won by\n30 points\nin 2016.')).toEqual([
      'Kentucky Democrats beat the governor in a state Trump won by 30 points in 2016.',
    ]);
  });

  it('keeps menu items and title lines apart (capitalised, no open sentence)', () => {
    expect(blocks('Home\nScores\nSchedule\nBrowns player on Mason Rudolph\nOne member of the defense spoke.')).toEqual([
      'Home',
      'Scores',
      'Schedule',
      'Browns player on Mason Rudolph',
      'One member of the defense spoke.',
    ]);
  });

  it('joins a lynx hard wrap near 1,000 columns', () => {
    const first = `   ${'word '.repeat(199)}ends`; // 1,002 columns
    const b = buildBlocks(splitLines(normalizeText(`${first}\n   Continuation of the same paragraph.\n\n   Next.`)), en);
    expect(b).toHaveLength(2);
    expect(b[0]!.text.endsWith('ends Continuation of the same paragraph.')).toBe(true);
    expect(b[0]!.lines).toBe(2);
  });

  it('strips w3m and lynx bullets and marks list items', () => {
    const b = buildBlocks(splitLines('• First item of the list\n   * Second item of the list\n     + nested item'), en);
    expect(b.map((x) => [x.text, x.listItem])).toEqual([
      ['First item of the list', true],
      ['Second item of the list', true],
      ['nested item', true],
    ]);
  });

  it('drops text-browser widgets and #alternate lines, keeping real text', () => {
    expect(blocks('#alternate alternate Page title\n(BUTTON) Sections\n[Search ]\n[1-300x300]\nReal text here.')).toEqual([
      'Sections',
      'Real text here.',
    ]);
  });

  it('records blank lines before blocks (paragraph breaks stay)', () => {
    const b = buildBlocks(splitLines('One paragraph ends.\n\nAnother paragraph.'), en);
    expect(b.map((x) => x.blankBefore)).toEqual([true, true]);
    expect(b.map((x) => x.text)).toEqual(['One paragraph ends.', 'Another paragraph.']);
  });
});
