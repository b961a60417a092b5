/**
 * The command line: options, help text and their parsing (commander).
 * Exported so tests can build it without spawning a process.
 */
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { parseShard, type Shard } from '../batch/shard.js';
import { isKnownEncoding } from '../decode/charset.js';
import { absoluteUrl, isIsoDate, knownLanguage } from '../options.js';
import { DEFAULT_MAX_BYTES } from '../limits.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../output/formats.js';
import { DEFAULT_GLOB } from '../input/sniff.js';

/**
 * Default of `--timeout-ms`, in milliseconds: a page takes milliseconds and the slowest input of
 * the hostile corpus (fixtures/hostile) about one second, so 5 s only catches pathological pages.
 */
export const DEFAULT_TIMEOUT_MS = 5_000;

/** Parsed command-line options. */
export interface CliOptions {
  output?: string;
  ndjson?: boolean;
  /** Undefined: `json` (pretty for one input, one line each for several). */
  format?: OutputFormat;
  array?: boolean;
  fields?: string[];
  /** False with `--no-body`. */
  body: boolean;
  encoding?: string;
  /** False with `--no-fix-mojibake`. */
  fixMojibake: boolean;
  inputFormat: 'auto' | 'text' | 'html';
  referenceDate?: string;
  language?: string;
  url?: string;
  explain?: boolean;
  color: boolean;
  maxBytes: number;
  outDir?: string;
  ndjsonIn?: boolean;
  glob: string;
  /** Undefined: one per core. */
  jobs?: number;
  unordered?: boolean;
  timeoutMs: number;
  failFast?: boolean;
  quiet?: boolean;
  /** A file (JSON Lines output), or true (with `--out-dir`). */
  resume?: string | true;
  shard?: Shard;
  /** False with `--no-error-exit`: exit 0 although inputs failed. */
  errorExit: boolean;
}

const EXAMPLES = `
Examples:
  $ newsclean page.txt                       clean one text dump, pretty JSON on stdout
  $ newsclean page.html -o article.json      clean one HTML page into a file
  $ cat page.html | newsclean - | jq .headline
  $ newsclean a.txt b.html c.txt > out.jsonl  several inputs: one JSON line each
  $ newsclean --explain page.txt             show why each block was kept or dropped
  $ newsclean --format pretty page.txt       read the article in the terminal
  $ newsclean --format markdown page.html > article.md
  $ newsclean --fields headline,dateline,source *.txt
  $ newsclean --reference-date 2024-06-19 wire.txt
  $ newsclean pages/ crawl.warc.gz > out.jsonl
      a folder and a WARC file: JSON Lines in input order, on every core
  $ newsclean pages/ --out-dir clean/ --resume
      one .json file per page, skipping those already written
  $ newsclean --resume out.jsonl pages/ >> out.jsonl
      go on after an interruption
  $ newsclean --ndjson-in --jobs 1 < pages.jsonl
      a mapper: {"id", "html"|"text"} lines in, one record line per line out

Exit codes: 0 all inputs cleaned, 1 some input failed, 2 usage error.`;

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  return value;
}

function languageCode(value: string): string {
  const code = knownLanguage(value);
  if (!code) throw new InvalidArgumentError('expected an ISO 639-1 code of a language newsclean knows, e.g. en, it, de.');
  return code;
}

function pageUrl(value: string): string {
  const url = absoluteUrl(value);
  if (!url) throw new InvalidArgumentError('expected an absolute URL, e.g. https://example.com/news/1.');
  return url;
}

function encodingName(value: string): string {
  if (!isKnownEncoding(value)) throw new InvalidArgumentError('unknown encoding (a WHATWG label or an iconv-lite name, e.g. windows-1252, shift_jis).');
  return value;
}

function fieldList(value: string): string[] {
  const fields = value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = fields.filter((f) => !RECORD_FIELDS.includes(f));
  if (!fields.length || unknown.length) throw new InvalidArgumentError(`unknown field ${JSON.stringify(unknown[0] ?? value)} (fields: ${RECORD_FIELDS.join(', ')}).`);
  return fields;
}

/** The fields of an article record that `--fields` may name (schema/record.schema.json). */
export const RECORD_FIELDS = ['id', 'input', 'format', 'encoding', 'headline', 'dateline', 'byline', 'date_published', 'source', 'site_name', 'url', 'language', 'body', 'warnings'];

function shard(value: string): Shard {
  const parsed = parseShard(value);
  if (!parsed) throw new InvalidArgumentError('expected i/n with 1 ≤ i ≤ n, e.g. 2/8.');
  return parsed;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number.');
  return n;
}

/**
 * Most worker threads per core. Each thread holds its own copy of the cleaner (~60–100 MB), and
 * threads beyond the cores only share them: `--jobs 999` on two cores took 13 GB and crashed,
 * `--jobs 64` turned pages into timeouts (a page's time limit is wall time).
 */
const MAX_JOBS_PER_CORE = 4;

function jobCount(value: string): number {
  const n = positiveInt(value);
  const max = MAX_JOBS_PER_CORE * availableParallelism();
  if (n > max) throw new InvalidArgumentError(`at most ${max} (${MAX_JOBS_PER_CORE} threads for each of the ${availableParallelism()} cores).`);
  return n;
}

function globPattern(value: string): string {
  if (!value.trim()) throw new InvalidArgumentError('expected a pattern, e.g. "**/*.html".');
  return value;
}

/**
 * Builds the `newsclean` command.
 * @param version the package version printed by `--version`
 */
export function createProgram(version: string): Command {
  return new Command()
    .name('newsclean')
    .description('Turn a scraped news page (HTML or a plain-text dump) into one clean JSON record:\nheadline, dateline, byline, body, source, language and dates.')
    .version(version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'print this help and exit')
    .argument('[inputs...]', 'files to clean; "-" reads standard input (the default when it is piped)')
    .option('-o, --output <file>', 'write the output to FILE instead of standard output')
    .addOption(new Option('-f, --format <format>', 'output format: json (pretty for one input, one line each for several), ndjson, text, markdown, pretty (for a terminal)').choices([...OUTPUT_FORMATS]))
    .option('--ndjson', 'one JSON object per line, even for a single input (same as --format ndjson)')
    .option('--array', 'with --format json and several inputs: one JSON array instead of one object per line')
    .option('--fields <list>', 'keep only these fields in JSON output, comma-separated (input always stays), e.g. headline,body', fieldList)
    .option('--no-body', 'leave the body out of JSON output (metadata-only runs)')
    .addOption(new Option('--input-format <kind>', 'treat inputs as this kind instead of detecting it').choices(['auto', 'text', 'html']).default('auto'))
    .option('--reference-date <YYYY-MM-DD>', 'date that resolves partial dates in datelines (default: the page date, else today)', isoDate)
    .option('--language <code>', 'language hint (ISO 639-1) used when detection fails', languageCode)
    .option('--url <url>', 'the page URL, recorded in "url" when the page has none', pageUrl)
    .option('--explain', 'print every block with its decision and reason instead of JSON')
    .option('--no-color', 'no colours in --explain and --format pretty output (NO_COLOR is honoured too)')
    .option('--max-bytes <n>', `refuse inputs larger than N bytes`, positiveInt, DEFAULT_MAX_BYTES)
    .option('--encoding <name>', 'decode input bytes with this charset instead of detecting it (e.g. windows-1252)', encodingName)
    .option('--no-fix-mojibake', 'leave text garbled by a wrong upstream decoding ("Ã¨" for "è") as it is')
    .option('--out-dir <dir>', 'write one .json file per input under DIR, mirroring the input tree')
    .option('--ndjson-in', 'read JSON Lines {"id", "html"|"text", "url"?} on standard input; one output line per line, with its id')
    .option('--glob <pattern>', 'which files of a directory are inputs', globPattern, DEFAULT_GLOB)
    .option('-j, --jobs <n>', 'worker threads (default: one per core)', jobCount)
    .option('--unordered', 'write records as they are done, not in input order')
    .option('--timeout-ms <ms>', 'time limit of one input, per started MiB of it; past it the input fails with "timeout"', positiveInt, DEFAULT_TIMEOUT_MS)
    .option('--fail-fast', 'stop at the first input that fails')
    .option('-q, --quiet', 'no progress bar and no summary on a terminal')
    .option('--resume [file]', 'skip inputs already done: those with a file in --out-dir, or whose record is in FILE')
    .option('--shard <i/n>', 'clean only slice i of n (1 ≤ i ≤ n), to spread one input over n machines', shard)
    .option('--no-error-exit', 'exit 0 although inputs failed (their error records tell): for Hadoop Streaming and Spark, which take exit 1 for a crashed mapper')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run newsclean --help for usage)')
    .exitOverride();
}
