/**
 * Stage `output`: one cleaned input → the text written for it, in the format asked for
 * (`--format`, `--fields`, `--no-body`). Used alike by the in-process path and the worker
 * threads of a batch run, so a record looks the same whichever path wrote it.
 */
import type { ChalkInstance } from 'chalk';
import type { ArticleRecord, BodyBlock, ErrorRecord } from '../types.js';
import { bodyBlocks, recordSeparator, renderMarkdown, renderPretty, renderText, selectFields, type OutputFormat, type WrapAnsi } from './formats.js';

/**
 * The spec of an output: JSON, one record per file or stream (pretty JSON).
 * @param format the output format
 */
export function renderSpec(format: OutputFormat, overrides: Partial<RenderSpec> = {}): RenderSpec {
  return { format, lines: false, separators: false, body: true, colorLevel: 0, width: 80, ...overrides };
}

/** How records are rendered. Plain data, so it can be sent to worker threads. */
export interface RenderSpec {
  format: OutputFormat;
  /** JSON only: several records go to one stream (one line each) rather than a file of their own. */
  lines: boolean;
  /** Text formats: several records go to one stream, each led by a `==> input <==` line. */
  separators: boolean;
  /** JSON only: the fields to keep (`input` always stays); all when undefined. */
  fields?: string[];
  /** JSON only: drop `body` (`--no-body`). */
  body: boolean;
  /** `pretty` only: chalk colour level (0 = plain) and wrap width in columns. */
  colorLevel: 0 | 1 | 2 | 3;
  width: number;
}

type ChalkConstructor = new (options: { level: 0 | 1 | 2 | 3 }) => ChalkInstance;
let chalkConstructor: ChalkConstructor | undefined;
let wrapAnsi: WrapAnsi | undefined;

/**
 * Loads what a spec needs before rendering (chalk and wrap-ansi, for `pretty`), so that other
 * formats never load them. Call once per process or worker thread.
 */
export async function prepareRender(spec: RenderSpec): Promise<void> {
  if (spec.format !== 'pretty' || (chalkConstructor && wrapAnsi)) return;
  const [chalk, wrap] = await Promise.all([import('chalk'), import('wrap-ansi')]);
  chalkConstructor = chalk.Chalk;
  wrapAnsi = wrap.default;
}

/** A record with its `--ndjson-in` id, if any. */
type WithId<R> = R & { id?: string | number };

/**
 * The text written for a cleaned input, ending in a newline.
 * @param blocks the body's typed blocks (for Markdown subheadings and lists)
 * @throws Error for an unknown `--fields` name (checked by the CLI before any input runs)
 */
export function renderRecord(record: WithId<ArticleRecord>, spec: RenderSpec, blocks?: BodyBlock[]): string {
  switch (spec.format) {
    case 'json':
    case 'ndjson':
      return json(project(record, spec), spec);
    case 'text':
      return lead(record, spec) + renderText(record);
    case 'markdown':
      return lead(record, spec) + renderMarkdown(record, blocks ?? bodyBlocks(record));
    case 'pretty':
      if (!chalkConstructor || !wrapAnsi) throw new Error('prepareRender() must run before rendering --format pretty');
      return lead(record, spec) + renderPretty(record, new chalkConstructor({ level: spec.colorLevel }), spec.width, wrapAnsi);
  }
}

/**
 * The text written for a failed input: its error record in the JSON formats; nothing in the
 * text formats (the failure is reported on standard error and in the run's summary).
 */
export function renderError(record: WithId<ErrorRecord>, spec: RenderSpec): string {
  return spec.format === 'json' || spec.format === 'ndjson' ? json(record, spec) : '';
}

/** True for the formats whose records are JSON. */
export function isJsonFormat(format: OutputFormat): boolean {
  return format === 'json' || format === 'ndjson';
}

function json(record: object, spec: RenderSpec): string {
  return spec.format === 'ndjson' || spec.lines ? JSON.stringify(record) + '\n' : JSON.stringify(record, null, 2) + '\n';
}

function project(record: WithId<ArticleRecord>, spec: RenderSpec): object {
  let out: Record<string, unknown> = spec.fields ? selectFields(record, spec.fields) : { ...record };
  if (record.id !== undefined) out = { id: record.id, ...out };
  if (!spec.body) delete out.body;
  return out;
}

function lead(record: ArticleRecord, spec: RenderSpec): string {
  return spec.separators ? recordSeparator(record.input) : '';
}
