/**
 * Stage `output`: the views of a record for people and pipelines (`--format`). The JSON
 * record stays the contract; text, Markdown and the terminal view are rendered from it.
 */
import type { ChalkInstance } from 'chalk';
import type { ArticleRecord, BodyBlock } from '../types.js';

/** The signature of the `wrap-ansi` package's default export. */
export type WrapAnsi = (text: string, columns: number, options?: { hard?: boolean; trim?: boolean; wordWrap?: boolean }) => string;

/** Output formats of `--format`. */
export const OUTPUT_FORMATS = ['json', 'ndjson', 'text', 'markdown', 'pretty'] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** File extension of each format, for `--out-dir`. */
export const FORMAT_EXTENSION: Record<OutputFormat, string> = {
  json: '.json',
  ndjson: '.json',
  text: '.txt',
  markdown: '.md',
  pretty: '.txt',
};

/**
 * The line printed before each record when several text, Markdown or pretty records go to
 * one stream: `==> input <==`, the convention of `head` and `tail` for several files.
 */
export function recordSeparator(input: string): string {
  return `==> ${input} <==\n`;
}

/** `text`: the headline, a blank line, the body — what a person would paste. Ends with a newline. */
export function renderText(record: ArticleRecord): string {
  return [record.headline, record.body].filter((s): s is string => !!s).join('\n\n') + '\n';
}

/**
 * The metadata line of the Markdown and pretty views: dateline, byline, source and date,
 * separated by ` · ` (empty when none is known).
 */
export function metaLine(record: ArticleRecord): string {
  const parts: string[] = [];
  if (record.dateline) parts.push(record.dateline.text);
  if (record.byline) parts.push(record.byline);
  // The source once: not again when the dateline prints it (`LONDON, Nov 29 (Reuters)`).
  if (record.source && !record.dateline?.text.toLowerCase().includes(record.source.toLowerCase())) parts.push(record.source);
  if (record.date_published) parts.push(record.date_published.slice(0, 10));
  return parts.join(' · ');
}

/**
 * `markdown`: `# headline`, an italic metadata line, then the body; subheadings become `##`
 * and list items `-` where the extractor knows them (`blocks`), else every paragraph is plain.
 * Markdown characters that would change the meaning of a line's start are escaped.
 * @param blocks the body as typed blocks, aligned with `record.body` paragraphs
 */
export function renderMarkdown(record: ArticleRecord, blocks?: BodyBlock[]): string {
  const out: string[] = [];
  if (record.headline) out.push(`# ${escapeMarkdown(record.headline)}`);
  const meta = metaLine(record);
  if (meta) out.push(`*${escapeMarkdown(meta)}*`);
  const body = blocks ?? bodyBlocks(record);
  let list: string[] = [];
  const flush = (): void => {
    if (list.length) out.push(list.join('\n'));
    list = [];
  };
  for (const b of body) {
    if (b.kind === 'li') {
      list.push(`- ${escapeMarkdown(b.text)}`);
      continue;
    }
    flush();
    out.push(b.kind === 'heading' ? `## ${escapeMarkdown(b.text)}` : b.kind === 'quote' ? `> ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text));
  }
  flush();
  return out.join('\n\n') + '\n';
}

/**
 * `pretty`: for a terminal — the headline in bold, the metadata line dimmed, the body wrapped
 * to `width` columns. With a level-0 chalk instance it is plain text.
 * @param width terminal width in columns (at least 20 is used)
 * @param wrapAnsi the `wrap-ansi` function (loaded by the caller, only for this view)
 */
export function renderPretty(record: ArticleRecord, c: ChalkInstance, width: number, wrapAnsi: WrapAnsi): string {
  const cols = Math.max(20, width);
  const wrap = (s: string): string => wrapAnsi(s, cols, { hard: true, trim: true });
  const out: string[] = [];
  if (record.headline) out.push(c.bold(wrap(record.headline)));
  const meta = metaLine(record);
  if (meta) out.push(c.dim(wrap(meta)));
  for (const p of record.body.split('\n\n')) if (p) out.push(wrap(p));
  return out.join('\n\n') + '\n';
}

/** The body as plain paragraphs, when the extractor gave no block kinds. */
export function bodyBlocks(record: ArticleRecord): BodyBlock[] {
  return record.body ? record.body.split('\n\n').map((text) => ({ kind: 'p', text })) : [];
}

// A line start Markdown would read as a heading, list, quote, rule or numbered item.
const MD_LINE_START = /^(#{1,6}\s|[-+*]\s|>|\d+[.)]\s|[-*_]{3,}\s*$)/;

/** Escapes what would turn plain text into Markdown syntax: line-start markers and inline `*_[]`<>`. */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/([\\`*_[\]<>])/g, '\\$1');
  return MD_LINE_START.test(inline) ? `\\${inline}` : inline;
}

/** Record fields that only some records have (schema/record.schema.json). */
const OPTIONAL_FIELDS = new Set(['id']);

/**
 * Keeps only the named fields of a record (`--fields headline,body`), in the order given.
 * `input` is always kept so records stay traceable; `id` is left out of a record without one.
 * @throws Error naming an unknown field (a usage error for the CLI)
 */
export function selectFields(record: ArticleRecord, fields: readonly string[]): Partial<ArticleRecord> {
  const known = new Set(Object.keys(record));
  const out: Record<string, unknown> = { input: record.input };
  for (const f of fields) {
    // `id` exists only on records of `--ndjson-in` lines: elsewhere there is nothing to keep.
    if (!known.has(f) && OPTIONAL_FIELDS.has(f)) continue;
    if (!known.has(f)) throw new Error(`unknown field "${f}" (fields: ${[...known].join(', ')})`);
    out[f] = record[f as keyof ArticleRecord];
  }
  return out as Partial<ArticleRecord>;
}
