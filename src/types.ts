/**
 * The small types that flow between the stages of the pipeline
 * (input → decode → blocks → classification → fields → output).
 *
 * `RawInput` (bytes + origin) → `Document` (decoded string + kind) →
 * `Block[]` (text path) or DOM (HTML path) → `ClassifiedBlock[]` →
 * `ArticleRecord` (the JSON contract, see `schema/record.schema.json`).
 */

/** What kind of document an input is, decided from its content (see `decode/detect.ts`). */
export type InputFormat = 'text' | 'html';

/**
 * The dateline that opens a story, e.g. `PYONGYANG, 19 giugno 2024`.
 * Conventions: `../shared/datelines.md` §1.
 */
export interface Dateline {
  /** The span exactly as printed, without its trailing separator (`-`, `–`, `—`, `:`…) and surrounding spaces. */
  text: string;
  /** The place as printed (case kept, with its state/country qualifier), or null when none is printed. */
  location: string | null;
  /** The printed date resolved to `YYYY-MM-DD`, or null when no date is printed. */
  date: string | null;
}

/**
 * One removal or decision made by a stage, kept so that `--explain` can show it
 * (shape after defuddle's `DebugRemoval`).
 */
export interface Decision {
  /** Pipeline stage that decided, e.g. `classify`, `region`, `fields`. */
  step: string;
  /** Stable rule name, e.g. `nav-phrase`, `teaser-run`, `credit-line`. */
  rule: string;
  /** Human-readable reason, one line. */
  reason: string;
  /** The text the decision is about (may be truncated for display by the caller). */
  text: string;
}

/**
 * How an input's bytes were decoded (the record's `encoding`). Rules: `decode/charset.ts`.
 * - `forced`: the `encoding` option (`--encoding`); `bom`: a byte-order mark;
 * - `utf16-pattern`: UTF-16 without a BOM, told by its NUL bytes;
 * - `hint`: a charset known from outside the page (HTTP header);
 * - `meta` / `xml`: declared by `<meta charset>` / `http-equiv` or an XML declaration;
 * - `utf8-valid`: the bytes are valid UTF-8; `detector`: guessed by the charset detector;
 * - `fallback`: none of these, windows-1252.
 */
export interface RecordEncoding {
  /** Encoding name, lower case, WHATWG name where there is one: `utf-8`, `windows-1252`, `shift_jis`, `utf-16le`. */
  name: string;
  detected_by: 'forced' | 'bom' | 'utf16-pattern' | 'hint' | 'meta' | 'xml' | 'utf8-valid' | 'detector' | 'fallback';
}

/** The successful output record: one cleaned article. Schema: `schema/record.schema.json`. */
export interface ArticleRecord {
  /** The input's name: a path, `-` for stdin, or `path#member` for archive members. */
  input: string;
  format: InputFormat;
  /** How the bytes were decoded; null when the input was given as a string (nothing decoded). */
  encoding: RecordEncoding | null;
  headline: string | null;
  dateline: Dateline | null;
  /** Author name(s) as printed, without "By"/"di"/"Von"/"Por" and without the agency. */
  byline: string | null;
  /** Publication date/time, ISO 8601 (`YYYY-MM-DD` or with time and the page's own offset). */
  date_published: string | null;
  /** Canonical wire agency or credited origin (e.g. `AdnKronos`, `Associated Press`), see `data/agencies.json`. */
  source: string | null;
  site_name: string | null;
  /** Canonical URL of the page when known. */
  url: string | null;
  /** ISO 639-1 code, or null when unknown. */
  language: string | null;
  /** The article paragraphs joined by one blank line (`\n\n`). */
  body: string;
  /** Non-fatal problems met while cleaning, e.g. `no_headline`. */
  warnings: string[];
}

/** Kind of a body paragraph, where the extractor knows it (for the Markdown view). */
export type BodyBlockKind = 'p' | 'heading' | 'li' | 'quote' | 'row';

/** One paragraph of the body with its kind; the texts are those of `ArticleRecord.body`. */
export interface BodyBlock {
  kind: BodyBlockKind;
  text: string;
}

/** A failed input in a multi-input run. `code` is stable (see `errors.ts`). */
export interface ErrorRecord {
  input: string;
  error: { code: string; message: string };
}

/** Options shared by the library entry points. */
export interface CleanOptions {
  /** Name to put in the record's `input` field (default `-`). */
  input?: string;
  /** Force the format instead of detecting it from content. */
  format?: InputFormat;
  /**
   * Reference date (`YYYY-MM-DD`) for resolving partial dates (a dateline without year,
   * a weekday-only dateline). Default: the page's publication date when known, else today.
   */
  referenceDate?: string;
  /** ISO 639-1 language hint; detected from the text when absent. */
  language?: string;
  /** Page URL, when known from outside the page (e.g. a WARC record). */
  url?: string;
  /**
   * Decode bytes with this encoding instead of detecting it (`--encoding`): a WHATWG label
   * (`windows-1252`, `shift_jis`, `latin1`…) or a name iconv-lite knows (`cp437`). Ignored
   * for a string input. An unknown name throws a `RangeError` (check with `isKnownEncoding`).
   */
  encoding?: string;
  /**
   * Repair mojibake (UTF-8 read as windows-1252 upstream: `Ã¨` → `è`) where unambiguous
   * (`decode/mojibake.ts`); default true (`--no-fix-mojibake` turns it off). A repair adds
   * the warning `mojibake_repaired`.
   */
  fixMojibake?: boolean;
  /**
   * Size limit of the input in bytes (a string is measured as UTF-8); default 20 MiB
   * (`--max-bytes`). Over it, `clean()` throws `too_large`.
   */
  maxBytes?: number;
}
