import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/html/dom.js';
import { serializeBlocks } from '../../src/html/serialize.js';

const blocks = (html: string): string[] => serializeBlocks(parseHtml(html)).map((b) => b.text);

describe('serializeBlocks', () => {
  test.each([
    ['paragraphs', '<p>One  two\n three.</p><p>Four.</p>', ['One two three.', 'Four.']],
    ['headings and list items', '<h2>Head</h2><ul><li>a <b>b</b></li><li>c</li></ul>', ['Head', 'a b', 'c']],
    ['table rows, cells joined by a space', '<table><tr><th>k</th><td>v</td></tr><tr><td>1</td><td>2</td></tr></table>', ['k v', '1 2']],
    ['single <br> is a line break, double ends the block', '<div>l1<br>l2<br><br>l3</div>', ['l1\nl2', 'l3']],
    ['scripts and styles are dropped', '<p>a<script>x()</script><style>p{}</style>b</p>', ['ab']],
    ['NBSP normalised', '<p>a&nbsp;&nbsp;b</p>', ['a b']],
    ['adjacent links stay apart', '<div><a href="/">Home</a><a href="/news">News</a></div>', ['Home News']],
    ['a link glued to text stays glued', '<p><a href="/x">Bridge</a>s and roads.</p>', ['Bridges and roads.']],
    ['inline elements other than links stay glued', '<p><span>T</span>he <b>wor</b><i>d</i></p>', ['The word']],
    ['layout tables keep their blocks', '<table><tr><td><p>one</p><p>two</p></td></tr></table>', ['one', 'two']],
  ])('%s', (_name, html, expected) => {
    expect(blocks(html)).toEqual(expected);
  });

  test('counts link characters', () => {
    const [b] = serializeBlocks(parseHtml('<p><a href="/x">abcd</a> efgh</p>'));
    expect(b?.linkChars).toBe(4);
    expect(b?.rawChars).toBe(8);
  });
});
