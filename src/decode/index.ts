/**
 * Stage `decode`: bytes → a `Document` (string + format), refusing what is not a document.
 *
 * Steps, in order:
 * 1. `binary`   — bytes that are not UTF-16 are refused when binary (`detect.ts` {@link binaryKind});
 * 2. `charset`  — bytes → string (`charset.ts` {@link decodeBytes}: forced, BOM, UTF-16 pattern,
 *    declared, valid UTF-8, detected, windows-1252);
 * 3. `mojibake` — UTF-8 read as windows-1252 upstream is repaired where unambiguous (`mojibake.ts`);
 * 4. `empty`    — nothing but whitespace is refused;
 * 5. `format`   — HTML or text, from the content (`detect.ts` {@link detectFormat}).
 */
import { NewscleanError } from '../errors.js';
import type { InputFormat } from '../types.js';
import { bomEncoding, decodeBytes, utf16Pattern, type DetectedBy } from './charset.js';
import { binaryKind, detectFormat } from './detect.js';
import { repairMojibake } from './mojibake.js';

export { isKnownEncoding, type DetectedBy } from './charset.js';

const NON_SPACE = /\S/;
/** Encodings with two or four bytes per character, whose text holds NUL bytes. */
const WIDE = /^(?:utf-?(?:16|32)|ucs-?[24])/i;

/** A decoded input. */
export interface Document {
  /** The input as text: BOM removed, mojibake repaired unless turned off. */
  text: string;
  /** HTML or text, forced or detected from the content. */
  format: InputFormat;
  /** Character encoding used to decode the bytes; null when the input was already a string. */
  encoding: string | null;
  /** How the encoding was chosen; null when the input was already a string. */
  detectedBy: DetectedBy | null;
  /** Mojibake sequences repaired (0 when none, or when repair is off). */
  mojibakeRepaired: number;
}

/** Options of {@link decode}. */
export interface DecodeOptions {
  /** Forces the format instead of detecting it. */
  format?: InputFormat;
  /** Decodes bytes with this encoding (`--encoding`); a string input ignores it. */
  encoding?: string;
  /** An encoding known from outside the bytes (HTTP header); weaker than a BOM. */
  encodingHint?: string;
  /** Repairs mojibake (default true). */
  fixMojibake?: boolean;
}

/**
 * Decodes an input.
 * @param input bytes of a file, or an already decoded string
 * @param opts see {@link DecodeOptions}
 * @throws NewscleanError `empty_input` (nothing but whitespace), `not_a_document` (binary)
 * @throws RangeError when `opts.encoding` is not a known encoding
 */
export function decode(input: string | Uint8Array, opts: DecodeOptions = {}): Document {
  let text: string;
  let encoding: string | null = null;
  let detectedBy: DetectedBy | null = null;
  if (typeof input === 'string') {
    text = input;
  } else {
    // UTF-16 (and a forced UTF-32) is full of NUL bytes: only other bytes are tested for binary data.
    const wide = opts.encoding ? WIDE.test(opts.encoding.trim()) : bomEncoding(input)?.startsWith('utf-16') || utf16Pattern(input) !== null;
    const kind = wide ? null : binaryKind(input);
    if (kind) throw new NewscleanError('not_a_document', `not a text or HTML document (${kind})`);
    ({ text, encoding, detectedBy } = decodeBytes(input, {
      ...(opts.encoding ? { forced: opts.encoding } : {}),
      ...(opts.encodingHint ? { hint: opts.encodingHint } : {}),
    }));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let mojibakeRepaired = 0;
  if (opts.fixMojibake !== false) ({ text, repaired: mojibakeRepaired } = repairMojibake(text));
  if (!NON_SPACE.test(text)) throw new NewscleanError('empty_input', 'input is empty (no text)');
  return { text, format: opts.format ?? detectFormat(text), encoding, detectedBy, mojibakeRepaired };
}

