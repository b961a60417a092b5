/**
 * The views of a record: text, Markdown, pretty, field selection.
 */
import { Chalk } from 'chalk';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, metaLine, recordSeparator, renderMarkdown, renderPretty, renderText, selectFields } from '../../src/output/formats.js';
import type { ArticleRecord } from '../../src/types.js';

const record: ArticleRecord = {
  input: 'page.txt',
  format: 'text',
  headline: 'Bridge plan approved after ten years',
  dateline: { text: 'SPRINGFIELD, Ill. (AP)', location: 'SPRINGFIELD, Ill.', date: null },
  byline: 'Jane Doe',
  date_published: '2025-06-04T06:12:00-05:00',
  source: 'Associated Press',
  site_name: null,
  url: null,
  language: 'en',
  body: 'The council approved the plan on Tuesday after a long debate.\n\nWhat comes next\n\nFirst item\n\nSecond item',
  warnings: [],
};
const blocks = [
  { kind: 'p' as const, text: 'The council approved the plan on Tuesday after a long debate.' },
  { kind: 'heading' as const, text: 'What comes next' },
  { kind: 'li' as const, text: 'First item' },
  { kind: 'li' as const, text: 'Second item' },
];

describe('output formats', () => {
  it('text: headline, blank line, body', () => {
    expect(renderText(record)).toBe(`Bridge plan approved after ten years\n\n${record.body}\n`);
  });

  it('metadata line: dateline, byline, source, date', () => {
    expect(metaLine(record)).toBe('SPRINGFIELD, Ill. (AP) · Jane Doe · Associated Press · 2025-06-04');
    expect(metaLine({ ...record, dateline: null, byline: null, source: null, date_published: null })).toBe('');
  });

  it('markdown: heading, italic metadata, subheadings and lists from the block kinds', () => {
    expect(renderMarkdown(record, blocks)).toBe([
      '# Bridge plan approved after ten years',
      '*SPRINGFIELD, Ill. (AP) · Jane Doe · Associated Press · 2025-06-04*',
      'The council approved the plan on Tuesday after a long debate.',
      '## What comes next',
      '- First item\n- Second item',
    ].join('\n\n') + '\n');
  });

  it('markdown: plain paragraphs without block kinds, Markdown characters escaped', () => {
    const r = { ...record, headline: '*Breaking* news', body: '# not a heading\n\n1. not a list either' };
    expect(renderMarkdown(r)).toBe('# \\*Breaking\\* news\n\n*SPRINGFIELD, Ill. (AP) · Jane Doe · Associated Press · 2025-06-04*\n\n\\# not a heading\n\n\\1. not a list either\n');
    expect(escapeMarkdown('a_b [c] <d>')).toBe('a\\_b \\[c\\] \\<d\\>');
  });

  it('pretty: wrapped to the width, bold headline and dim metadata only with colour', () => {
    const plain = renderPretty(record, new Chalk({ level: 0 }), 30, wrapAnsi);
    expect(plain.split('\n').every((l) => l.length <= 30)).toBe(true);
    expect(plain.startsWith('Bridge plan approved after ten\nyears\n\nSPRINGFIELD, Ill. (AP) · Jane\n')).toBe(true);
    expect(plain).not.toContain('\u001b[');
    const coloured = renderPretty(record, new Chalk({ level: 1 }), 30, wrapAnsi);
    expect(coloured.startsWith('\u001b[1mBridge plan approved after ten\u001b[22m')).toBe(true);
    expect(coloured).toContain('\u001b[2mSPRINGFIELD');
  });

  it('separator line names the input', () => {
    expect(recordSeparator('a/b.txt')).toBe('==> a/b.txt <==\n');
  });

  it('selectFields keeps input and the named fields in order, and refuses unknown ones', () => {
    expect(selectFields(record, ['headline', 'source'])).toEqual({ input: 'page.txt', headline: 'Bridge plan approved after ten years', source: 'Associated Press' });
    expect(() => selectFields(record, ['headline', 'nope'])).toThrow('unknown field "nope"');
  });

  it('selectFields leaves out `id` on a record without one (not an --ndjson-in line), keeps it on one with it', () => {
    expect(selectFields(record, ['id', 'source'])).toEqual({ input: 'page.txt', source: 'Associated Press' });
    expect(selectFields({ ...record, id: 'k1' }, ['source', 'id'])).toEqual({ input: 'page.txt', source: 'Associated Press', id: 'k1' });
  });
});
