/**
 * Byte → string decoding for HTML pages.
 *
 * Order (WHATWG "encoding sniffing" algorithm, as implemented by `encoding-sniffer`):
 * 1. a byte-order mark (UTF-8, UTF-16LE/BE);
 * 2. the caller's hint (e.g. an HTTP `Content-Type` charset);
 * 3. an XML declaration or a `<meta charset>` / `http-equiv="Content-Type"` in the first
 *    {@link PRESCAN_BYTES} bytes;
 * 4. otherwise UTF-8 when the bytes are valid UTF-8, else windows-1252.
 *
 * One deviation from browsers, for scraped pages: when the page declares a single-byte
 * legacy charset (ISO-8859-x, windows-125x…) but its bytes are valid UTF-8 and contain
 * multi-byte sequences, the page was re-encoded by the crawler and UTF-8 wins
 * (a valid multi-byte UTF-8 sequence is very unlikely in real windows-1252 text).
 */
import { createRequire } from 'node:module';

// iconv-lite and encoding-sniffer load on first use: most inputs are valid UTF-8 and never need them.
const require = createRequire(import.meta.url);
type Iconv = typeof import('iconv-lite');
type SnifferModule = typeof import('encoding-sniffer/sniffer');
let iconvModule: Iconv | undefined;
let snifferModule: SnifferModule | undefined;
const iconv = (): Iconv => (iconvModule ??= require('iconv-lite') as Iconv);
const sniffing = (): SnifferModule => (snifferModule ??= require('encoding-sniffer/sniffer') as SnifferModule);

/** How {@link decodeBytes} chose the encoding. */
export type DetectedBy = 'bom' | 'hint' | 'meta' | 'xml' | 'utf8-valid' | 'fallback';

/** Result of {@link decodeBytes}. */
export interface DecodedText {
  /** The decoded text, BOM removed. */
  text: string;
  /** WHATWG/iconv encoding name actually used, lower case (e.g. `utf-8`, `windows-1252`). */
  encoding: string;
  /** Which rule decided the encoding. */
  detectedBy: DetectedBy;
}

/** Bytes scanned for a `<meta charset>`; browsers use 1024, scraped pages often declare later. */
const PRESCAN_BYTES = 8192;

const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });
/** Lenient UTF-8 (bad bytes → U+FFFD); strips a UTF-8 BOM. */
const UTF8 = new TextDecoder('utf-8');

function isValidUtf8(buf: Uint8Array): boolean {
  try {
    UTF8_STRICT.decode(buf);
    return true;
  } catch {
    return false;
  }
}

function hasBom(b: Uint8Array): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

function decodeWith(buf: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return UTF8.decode(buf);
  const name = iconv().encodingExists(encoding) ? encoding : 'windows-1252';
  return iconv().decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), name, { stripBOM: true });
}

/**
 * Decodes the bytes of an HTML page to a string.
 * @param buf the raw bytes (already gunzipped)
 * @param hint an encoding label known from outside the page (HTTP header); ignored when unknown to iconv-lite
 * @returns `{text, encoding, detectedBy}`; never throws on bad bytes (undecodable bytes become U+FFFD)
 */
export function decodeBytes(buf: Uint8Array, hint?: string): DecodedText {
  // Fast path: without a hint or a BOM, valid UTF-8 bytes are read as UTF-8 whatever the page
  // declares (a declared single-byte charset gives the same text for ASCII, and loses to
  // valid multi-byte UTF-8 anyway, see above).
  if (!hint && !hasBom(buf) && isValidUtf8(buf)) return { text: UTF8.decode(buf), encoding: 'utf-8', detectedBy: 'utf8-valid' };
  const { ResultType, Sniffer } = sniffing();
  const sniffer = new Sniffer({
    maxBytes: PRESCAN_BYTES,
    ...(hint && iconv().encodingExists(hint) ? { transportLayerEncodingLabel: hint } : {}),
  });
  sniffer.write(buf.subarray(0, PRESCAN_BYTES));
  const sniffed = sniffer.encoding.toLowerCase();
  switch (sniffer.resultType) {
    case ResultType.BOM:
      return { text: decodeWith(buf, sniffed), encoding: sniffed, detectedBy: 'bom' };
    case ResultType.PASSED:
      return { text: decodeWith(buf, sniffed), encoding: sniffed, detectedBy: 'hint' };
    case ResultType.META_TAG:
    case ResultType.XML_ENCODING:
    case ResultType.XML_PREFIX: {
      const by: DetectedBy = sniffer.resultType === ResultType.META_TAG ? 'meta' : 'xml';
      return { text: decodeWith(buf, sniffed), encoding: sniffed, detectedBy: by };
    }
    default:
      if (isValidUtf8(buf)) return { text: decodeWith(buf, 'utf-8'), encoding: 'utf-8', detectedBy: 'utf8-valid' };
      return { text: decodeWith(buf, 'windows-1252'), encoding: 'windows-1252', detectedBy: 'fallback' };
  }
}
