/**
 * The orchestrator: one input → one `ArticleRecord`. The stage order is written once, here:
 *
 * 0. `limits`   inputs over `maxBytes` refused (`limits.ts`)
 * 1. `decode`   bytes → string (charset forced, declared or detected); binary and empty inputs
 *               refused; mojibake repaired; HTML or text decided by content (`decode/`)
 *    `depth`    (HTML) nesting deeper than the extractor can take flattened (`decode/depth.ts`,
 *               loaded with the HTML stack)
 * 2. `blocks`   (text) the dump → paragraphs, re-joining lines a converter broke
 *    `dom`      (HTML) the page → body blocks and metadata (`html/`)
 * 3. `classify` (text) each block → content or boilerplate, with its rule and reason
 * 4. `region`   (text) the article as one run of blocks; the headline before it
 * 5. `fields`   dateline, source and byline found and cut from the body (shared by both paths)
 * 6. `record`   the JSON record (`schema/record.schema.json`)
 */
import { decode, type Document } from './decode/index.js';
import { checkCleanArguments } from './options.js';
import { NewscleanError } from './errors.js';
import { extractFields, findSource, matchCreditLine, type FieldsResult } from './fields/index.js';
import { createRequire } from 'node:module';
import { decisiveLanguage, detectLanguage, normalizeLanguage } from './language/index.js';
import { checkSize, MAX_DOM_DEPTH } from './limits.js';
import { extractText, type TextArticle } from './text/index.js';
import type { ArticleRecord, BodyBlock, BodyBlockKind, CleanOptions, Decision, RecordEncoding } from './types.js';

// The HTML stack (htmlparser2, metadata, Readability) loads on the first HTML input, so a
// text dump never pays for it (ES module loaded with require: Node >= 20.19, as jsdom needs).
const require = createRequire(import.meta.url);
type HtmlModule = typeof import('./html/index.js');
type HtmlArticle = import('./html/index.js').HtmlArticle;
let htmlModule: HtmlModule | undefined;
const html = (): HtmlModule => (htmlModule ??= require('./html/index.js') as HtmlModule);

/**
 * Supplies the HTML path up front (the library entry does, so `clean()` on HTML works on
 * any Node 20 and under test runners that load sources); the CLI leaves it to first use.
 */
export function useHtmlModule(module: HtmlModule): void {
  htmlModule = module;
}

/**
 * `no_article` with the decisions that led to it, so that `--explain` can still show why
 * every block was dropped.
 */
export class NoArticleError extends NewscleanError {
  readonly explain: ExplainEntry[];
  constructor(message: string, explain: ExplainEntry[]) {
    super('no_article', message);
    this.explain = explain;
  }
}

/** The decision shown for one block by `--explain`. */
export type ExplainLabel = 'body' | 'headline' | 'dateline' | 'source' | 'byline' | 'boilerplate';

/** One line of `--explain`: a block of the input and what became of it. */
export interface ExplainEntry {
  label: ExplainLabel;
  rule: string;
  reason: string;
  text: string;
}

/** A record with the per-block decisions behind it. */
export interface CleanResult {
  record: ArticleRecord;
  /** Text path: every block in order; HTML path: the field decisions only. */
  explain: ExplainEntry[];
  /** The body paragraphs with their kinds (subheading, list item…), for the Markdown view. */
  blocks: BodyBlock[];
}

/**
 * Cleans one page.
 * @param input the page as bytes (charset forced, by BOM, declared, valid UTF-8 or detected:
 *   `decode/charset.ts`) or as a string
 * @param opts see {@link CleanOptions}
 * @returns the article record
 * @throws NewscleanError `too_large`, `empty_input`, `not_a_document`, `no_article`
 * @throws TypeError when `input` is neither a string nor a Uint8Array
 * @throws RangeError on misuse: a `format`, `referenceDate`, `language`, `url` or `encoding`
 *   that is not valid (`options.ts`), a `maxBytes` that is not a positive integer
 */
export function clean(input: string | Uint8Array, opts: CleanOptions = {}): ArticleRecord {
  return cleanDetailed(input, opts).record;
}

/**
 * Like {@link clean}, and also returns every decision (for `--explain`).
 * @throws NewscleanError, TypeError, RangeError as {@link clean}
 */
export function cleanDetailed(input: string | Uint8Array, opts: CleanOptions = {}): CleanResult {
  checkCleanArguments(input, opts);
  checkSize(input, opts.maxBytes);
  const doc = decode(input, {
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
    ...(opts.fixMojibake === false ? { fixMojibake: false } : {}),
  });
  const result = doc.format === 'html' ? cleanHtml(doc.text, opts) : cleanText(doc.text, opts);
  result.record.encoding = recordEncoding(doc);
  if (doc.mojibakeRepaired) result.record.warnings.push('mojibake_repaired');
  return result;
}

function recordEncoding(doc: Document): RecordEncoding | null {
  return doc.encoding && doc.detectedBy ? { name: doc.encoding, detected_by: doc.detectedBy } : null;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function cleanText(text: string, opts: CleanOptions): CleanResult {
  const limit = opts.referenceDate ?? today();
  const art = extractText(text, { ...(opts.language ? { language: opts.language } : {}), referenceDate: limit });
  if (!art.paragraphs.length) throw new NoArticleError('no article text found (no block reads as running text)', explainText(art, { dateline: null, source: null, byline: null, body: [], decisions: [] }));
  const language = art.language ?? normalizeLanguage(opts.language);
  // A printed publication date later than the reference date is a misreading, never kept.
  const published = art.published && art.published <= limit ? art.published : null;
  const fields = extractFields({
    paragraphs: art.paragraphs,
    leading: art.leading,
    trailing: art.trailing,
    referenceDate: published ?? limit,
    ...(language ? { language } : {}),
  });
  const byline = authorByline(art.byline?.byline ?? null, fields);
  const record = buildRecord(opts, 'text', fields, {
    headline: art.headline?.text ?? null,
    language,
    date_published: published,
    site_name: null,
    url: opts.url ?? null,
    byline,
  });
  return lazyResult(record, () => explainText(art, fields), () => typedBlocks(fields.body, textKinds(art)));
}

/**
 * A byline as the record keeps it: one that only names an agency ("Associated Press", "By AFP")
 * is the source (set on `fields` when none is known yet), not an author, and gives null.
 */
function authorByline(byline: string | null, fields: FieldsResult): string | null {
  const agency = byline ? matchCreditLine(byline, { bare: true }) : null;
  if (!agency) return byline;
  fields.source ??= agency.source;
  return null;
}

/**
 * A result whose decisions and typed blocks are built on first read: `clean()` returns the
 * record only, and explaining every block (a source search per short block) costs about a
 * tenth of a page's cleaning.
 */
function lazyResult(record: ArticleRecord, explain: () => ExplainEntry[], blocks: () => BodyBlock[]): CleanResult {
  let e: ExplainEntry[] | undefined;
  let b: BodyBlock[] | undefined;
  return {
    record,
    get explain() {
      return (e ??= explain());
    },
    get blocks() {
      return (b ??= blocks());
    },
  };
}

function cleanHtml(markup: string, opts: CleanOptions): CleanResult {
  const extractor = html();
  const guarded = extractor.limitDepth(markup, MAX_DOM_DEPTH);
  const page = extractor.extractHtml(guarded.html, { ...(opts.url ? { url: opts.url } : {}), ...(opts.referenceDate ? { referenceDate: opts.referenceDate } : {}) });
  if (!page.paragraphs.length) throw new NewscleanError('no_article', 'no article text found in the page');
  // Link texts and notices left where no article is (a navigation-only or section page) are no body.
  if (page.rejection) {
    const explain = explainHtml(page, { dateline: null, source: null, byline: null, body: [], decisions: [] });
    const rejected = explain.map((e): ExplainEntry => (e.label === 'body' ? { ...e, label: 'boilerplate', rule: 'no-article', reason: page.rejection ?? '' } : e));
    throw new NoArticleError(`no article text found in the page (${page.rejection})`, rejected);
  }
  const language = htmlLanguage(page, opts);
  const fields = extractFields({
    paragraphs: page.paragraphs,
    leading: page.leading,
    trailing: page.trailing,
    // Partial dates in the dateline are read against the page's own date first.
    referenceDate: page.date_published?.slice(0, 10) ?? opts.referenceDate ?? today(),
    ...(language ? { language } : {}),
  });
  const pageByline = authorByline(page.byline, fields);
  // An agency printed beside the names ("Tom Davies Associated Press") is the source when none is known.
  fields.source ??= page.byline_agency;
  // The page's own byline (metadata, byline elements) before one read from the body's edges.
  const byline = pageByline ?? fields.byline;
  const record = buildRecord(opts, 'html', { ...fields, byline }, {
    headline: page.headline,
    language,
    date_published: page.date_published,
    site_name: page.site_name,
    url: page.url ?? opts.url ?? null,
    byline,
  });
  record.warnings.push(...page.warnings);
  if (guarded.flattened) record.warnings.push('deep_nesting_flattened');
  return { record, explain: explainHtml(page, fields), blocks: typedBlocks(fields.body, page.kinds) };
}

interface PageFields {
  headline: string | null;
  language: string | null;
  date_published: string | null;
  site_name: string | null;
  url: string | null;
  byline: string | null;
}

function buildRecord(opts: CleanOptions, format: 'text' | 'html', fields: FieldsResult, page: PageFields): ArticleRecord {
  const warnings: string[] = [];
  if (!page.headline) warnings.push('no_headline');
  return {
    input: opts.input ?? '-',
    format,
    encoding: null,
    headline: page.headline,
    dateline: fields.dateline,
    byline: fields.byline ?? page.byline,
    date_published: page.date_published,
    source: fields.source,
    site_name: page.site_name,
    url: page.url,
    language: page.language,
    body: fields.body.join('\n\n'),
    warnings,
  };
}

/** Longest block (words) shown as the credit line of the source found by the field layer. */
const CREDIT_MAX_WORDS = 12;

/** Most words of a body line taken for a subheading (title-like, no sentence end). */
const SUBHEADING_MAX_WORDS = 14;

/** Kinds of the text path's body blocks, by text: bullets are list items, short title-like lines subheadings. */
function textKinds(art: TextArticle): Map<string, BodyBlockKind> {
  const kinds = new Map<string, BodyBlockKind>();
  for (const b of art.blocks) {
    if (b.listItem) kinds.set(b.text, 'li');
    else if (b.features.titleLike && !b.features.endsSentence && b.features.words <= SUBHEADING_MAX_WORDS) kinds.set(b.text, 'heading');
  }
  return kinds;
}

/** The final body paragraphs with the kinds known for their texts ('p' otherwise). */
function typedBlocks(body: string[], kinds: Map<string, BodyBlockKind>): BodyBlock[] {
  return body.map((text) => ({ kind: kinds.get(text) ?? 'p', text }));
}

function labelOf(d: Decision): ExplainLabel {
  if (/dateline/.test(d.rule)) return 'dateline';
  if (/byline/.test(d.rule)) return 'byline';
  if (/source|credit/.test(d.rule)) return 'source';
  return 'boilerplate';
}

function toExplain(d: Decision): ExplainEntry {
  return { label: labelOf(d), rule: d.rule, reason: d.reason, text: d.text };
}

/**
 * The language of an HTML page: the declared one (`<html lang>`, metadata), unless the text is
 * plainly in another main language (templates keep a site's default `lang` on foreign pages);
 * else detected; else the caller's hint.
 */
function htmlLanguage(page: HtmlArticle, opts: CleanOptions): string | null {
  const declared = normalizeLanguage(page.language);
  const text = page.paragraphs.join('\n');
  const decisive = decisiveLanguage(text);
  if (decisive && declared !== decisive) return decisive;
  return declared ?? detectLanguage(text) ?? normalizeLanguage(opts.language);
}

/**
 * The HTML path's decisions: the headline, what the body extractor removed (containers and
 * blocks, with their rules), the body paragraphs, and what the field layer took out of them.
 */
function explainHtml(page: HtmlArticle, fields: FieldsResult): ExplainEntry[] {
  const out: ExplainEntry[] = [];
  if (page.headline) out.push({ label: 'headline', rule: page.provenance['headline'] ?? 'headline', reason: `from ${page.provenance['headline'] ?? 'the page'}`, text: page.headline });
  for (const d of page.decisions) out.push({ label: 'boilerplate', rule: d.rule, reason: d.reason, text: d.text });
  const taken = new Map(fields.decisions.map((d) => [d.text, d]));
  const reason = 'a block of the article container';
  for (const p of page.paragraphs) {
    const d = taken.get(p) ?? fields.decisions.find((x) => x.text && p.startsWith(x.text));
    out.push(...(d ? fieldEntries(p, d, reason) : [{ label: 'body' as const, rule: 'body', reason, text: p }]));
  }
  return out;
}

/** Every block of a dump with its final label: the classifier's, then the fields stage's. */
function explainText(art: TextArticle, fields: FieldsResult): ExplainEntry[] {
  const byText = new Map<string, Decision>();
  for (const d of fields.decisions) if (!byText.has(d.text)) byText.set(d.text, d);
  return art.blocks.flatMap((b): ExplainEntry[] => {
    const d = byText.get(b.text) ?? fields.decisions.find((x) => x.text && b.text.startsWith(x.text));
    if (d) return fieldEntries(b.text, d, b.reason);
    if (b.index === art.headline?.index) return [{ label: 'headline', rule: 'headline', reason: art.headline.reason, text: b.text }];
    const inRegion = b.index >= art.region.start && b.index <= art.region.end;
    if (b.index === art.byline?.index && !(inRegion && b.cls === 'good')) return [{ label: 'byline', rule: 'byline', reason: art.byline.reason, text: b.text }];
    if (inRegion && b.cls === 'good') return [{ label: 'body', rule: b.rule, reason: b.reason, text: b.text }];
    if (fields.source && b.features.words <= CREDIT_MAX_WORDS && findSource(b.text)?.source === fields.source) {
      return [{ label: 'source', rule: 'credit-line', reason: `credits ${fields.source}`, text: b.text }];
    }
    const why = inRegion || b.cls === 'bad' ? b.reason : `${b.reason}; outside the article region`;
    return [{ label: 'boilerplate', rule: b.rule, reason: why, text: b.text }];
  });
}

/**
 * The entries of a block the field layer took something from: the decision, and — when only
 * an opening dateline was cut — the rest of the paragraph, which stays in the body.
 */
function fieldEntries(text: string, d: Decision, bodyReason: string): ExplainEntry[] {
  const entry = toExplain(d);
  const rest = entry.label === 'dateline' && text.startsWith(d.text) ? text.slice(d.text.length).replace(/^[\s\p{Pd}:.(),-]+/u, '') : '';
  return rest ? [entry, { label: 'body', rule: 'body', reason: bodyReason, text: rest }] : [entry];
}
