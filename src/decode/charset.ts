/**
 * Byte → string decoding.
 *
 * Order, first rule that applies (after the WHATWG "encoding sniffing" algorithm, whose
 * prescan `encoding-sniffer` implements, with detection where browsers use a locale default):
 * 1. `forced`   — the caller's `encoding` option (`--encoding NAME`);
 * 2. `bom`      — a byte-order mark (UTF-8, UTF-16LE/BE);
 * 3. `utf16-pattern` — UTF-16 without a BOM, told by its NUL bytes at one parity
 *    (`data/decode/charsets.json` `utf16`);
 * 4. `hint`     — an encoding known from outside the page (an HTTP `Content-Type` charset);
 * 5. `meta` / `xml` — a `<meta charset>`, `http-equiv="Content-Type"` or XML declaration in the
 *    first {@link PRESCAN_BYTES} bytes;
 * 6. `utf8-valid` — the bytes are valid UTF-8;
 * 7. `detector` — chardet's best guess among the charsets of `data/decode/charsets.json`
 *    (windows-1252, ISO-8859-2, KOI8-R, Shift_JIS, EUC-JP, GB18030, Big5…), when the bytes
 *    hold enough non-ASCII evidence and chardet is confident enough;
 * 8. `fallback` — windows-1252.
 *
 * One deviation from browsers, for scraped pages: valid UTF-8 is read as UTF-8 before a
 * declared charset is looked at (rules 4–5 apply only to bytes that are not valid UTF-8,
 * or that carry no multi-byte sequence, where the declared charset gives the same text):
 * a crawler that re-encoded a page to UTF-8 leaves its old `<meta charset>` behind, and
 * valid multi-byte UTF-8 is very unlikely in real legacy-encoded text.
 */
import { createRequire } from 'node:module';
import { loadData } from '../data.js';
import type { RecordEncoding } from '../types.js';

// iconv-lite, encoding-sniffer and chardet load on first use: most inputs are valid UTF-8 and never need them.
const require = createRequire(import.meta.url);
type Iconv = typeof import('iconv-lite');
type SnifferModule = typeof import('encoding-sniffer/sniffer');
type Chardet = typeof import('chardet');
let iconvModule: Iconv | undefined;
let snifferModule: SnifferModule | undefined;
let chardetModule: Chardet | undefined;
const iconv = (): Iconv => (iconvModule ??= require('iconv-lite') as Iconv);
const sniffing = (): SnifferModule => (snifferModule ??= require('encoding-sniffer/sniffer') as SnifferModule);
const chardet = (): Chardet => (chardetModule ??= require('chardet') as Chardet);

/** How the encoding of an input was chosen; the record's `encoding.detected_by`. */
export type DetectedBy = RecordEncoding['detected_by'];

/** Result of {@link decodeBytes}. */
export interface DecodedText {
  /** The decoded text, BOM removed. */
  text: string;
  /** Encoding used, lower case, WHATWG name where there is one (`utf-8`, `windows-1252`, `shift_jis`, `utf-16le`). */
  encoding: string;
  /** Which rule decided the encoding. */
  detectedBy: DetectedBy;
}

/** Options of {@link decodeBytes}. */
export interface DecodeBytesOptions {
  /** An encoding label known from outside the page (HTTP header); ignored when unknown. */
  hint?: string;
  /** Decode with this encoding, whatever the bytes say (`--encoding`); must pass {@link isKnownEncoding}. */
  forced?: string;
}

interface CharsetData {
  detected: Record<string, string>;
  sampleBytes: number;
  minNonAsciiBytes: number;
  minConfidence: number;
  fallback: string;
  utf16: { sampleBytes: number; minNulShare: number; maxOtherNulShare: number; maxControlShare: number };
}
const DATA = loadData<CharsetData>('decode/charsets');

/** Bytes scanned for a `<meta charset>`; browsers use 1024, scraped pages often declare later. */
const PRESCAN_BYTES = 8192;

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
/** Lenient UTF-8 (bad bytes → U+FFFD); strips a UTF-8 BOM. */
const UTF8 = new TextDecoder('utf-8');

/** The bytes decoded as strict UTF-8 (one pass: validation and decoding), or null when they are not valid UTF-8. */
function strictUtf8(buf: Uint8Array): string | null {
  try {
    return UTF8_STRICT.decode(buf);
  } catch {
    return null;
  }
}

function isValidUtf8(buf: Uint8Array): boolean {
  try {
    UTF8_STRICT.decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding a byte-order mark announces, or null.
 * @param b the first bytes of an input
 */
export function bomEncoding(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Recognises UTF-16 without a byte-order mark by where its NUL bytes sit: in UTF-16LE text of
 * an alphabet with ASCII spaces, the high (odd) byte of every space is NUL, and no even byte is
 * (`data/decode/charsets.json` `utf16`). The sample must also decode as well-formed UTF-16 (no
 * lone surrogates) with hardly any control characters, which 16-bit binary data has.
 * @returns `utf-16le`, `utf-16be`, or null (also for UTF-16 text in a script without ASCII, e.g. CJK)
 */
export function utf16Pattern(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const { sampleBytes, minNulShare, maxOtherNulShare, maxControlShare } = DATA.utf16;
  const n = Math.min(b.length, sampleBytes) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const units = n / 2;
  let enc: 'utf-16le' | 'utf-16be' | null = null;
  if (odd / units >= minNulShare && even / units <= maxOtherNulShare) enc = 'utf-16le';
  else if (even / units >= minNulShare && odd / units <= maxOtherNulShare) enc = 'utf-16be';
  if (!enc) return null;
  let sample: string;
  try {
    sample = new TextDecoder(enc, { fatal: true }).decode(b.subarray(0, n));
  } catch {
    return null;
  }
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls <= sample.length * maxControlShare ? enc : null;
}

/**
 * True when `name` is an encoding label this module can decode with (a WHATWG label, or a
 * name iconv-lite knows such as `cp437`). The CLI checks `--encoding` with it.
 */
export function isKnownEncoding(name: string): boolean {
  return canonicalName(name) !== null;
}

/** WHATWG label → canonical lower-case name via TextDecoder, else iconv-lite's name; null when unknown. */
function canonicalName(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (!l) return null;
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return iconv().encodingExists(l) ? l : null;
  }
}

function decodeWith(buf: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return UTF8.decode(buf);
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (iconv().encodingExists(encoding)) return iconv().decode(bytes, encoding, { stripBOM: true });
  // Encodings iconv-lite lacks (iso-2022-jp) are decoded by the runtime's WHATWG decoder (full ICU).
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * chardet's best answer among the charsets of `data/decode/charsets.json`, or null when the
 * bytes hold too little non-ASCII evidence or no answer is confident enough.
 * @param buf bytes that are not valid UTF-8; only the first `sampleBytes` are read
 */
export function detectCharset(buf: Uint8Array): string | null {
  const sample = buf.subarray(0, DATA.sampleBytes);
  let nonAscii = 0;
  for (let i = 0; i < sample.length && nonAscii < DATA.minNonAsciiBytes; i++) if (sample[i]! >= 0x80) nonAscii++;
  if (nonAscii < DATA.minNonAsciiBytes) return null;
  for (const m of chardet().analyse(sample)) {
    if (m.confidence < DATA.minConfidence) break;
    const name = DATA.detected[m.name];
    if (name) return name;
  }
  return null;
}

/**
 * Decodes the bytes of a page to a string (rules in the module comment).
 * @param buf the raw bytes (already gunzipped)
 * @param opts `hint` (transport-layer charset) and `forced` (decode with this encoding); a
 *   string is a hint (the signature before `forced` existed)
 * @returns `{text, encoding, detectedBy}`; undecodable bytes become U+FFFD
 * @throws RangeError when `forced` names an unknown encoding (check with {@link isKnownEncoding})
 */
export function decodeBytes(buf: Uint8Array, opts: DecodeBytesOptions | string = {}): DecodedText {
  const { hint, forced } = typeof opts === 'string' ? { hint: opts, forced: undefined } : opts;
  if (forced !== undefined) {
    const name = canonicalName(forced);
    if (!name) throw new RangeError(`unknown encoding: ${forced}`);
    return { text: decodeWith(buf, name), encoding: name, detectedBy: 'forced' };
  }
  // Fast path: without a hint or a BOM, valid UTF-8 bytes are read as UTF-8 (see the module comment).
  const bom = bomEncoding(buf);
  const strict = !hint && !bom ? strictUtf8(buf) : null;
  if (strict !== null) {
    const utf16 = utf16Pattern(buf);
    if (utf16) return { text: decodeWith(buf, utf16), encoding: utf16, detectedBy: 'utf16-pattern' };
    return { text: strict, encoding: 'utf-8', detectedBy: 'utf8-valid' };
  }
  if (bom) return { text: decodeWith(buf, bom), encoding: bom, detectedBy: 'bom' };
  const utf16 = utf16Pattern(buf);
  if (utf16) return { text: decodeWith(buf, utf16), encoding: utf16, detectedBy: 'utf16-pattern' };
  const { ResultType, Sniffer } = sniffing();
  const sniffer = new Sniffer({
    maxBytes: PRESCAN_BYTES,
    ...(hint && iconv().encodingExists(hint) ? { transportLayerEncodingLabel: hint } : {}),
  });
  sniffer.write(buf.subarray(0, PRESCAN_BYTES));
  const sniffed = sniffer.encoding.toLowerCase();
  switch (sniffer.resultType) {
    case ResultType.PASSED:
      return { text: decodeWith(buf, sniffed), encoding: sniffed, detectedBy: 'hint' };
    case ResultType.META_TAG:
    case ResultType.XML_ENCODING:
    case ResultType.XML_PREFIX: {
      const by: DetectedBy = sniffer.resultType === ResultType.META_TAG ? 'meta' : 'xml';
      return { text: decodeWith(buf, sniffed), encoding: sniffed, detectedBy: by };
    }
    default: {
      if (isValidUtf8(buf)) return { text: UTF8.decode(buf), encoding: 'utf-8', detectedBy: 'utf8-valid' };
      const detected = detectCharset(buf);
      if (detected) return { text: decodeWith(buf, detected), encoding: detected, detectedBy: 'detector' };
      return { text: decodeWith(buf, DATA.fallback), encoding: DATA.fallback, detectedBy: 'fallback' };
    }
  }
}
