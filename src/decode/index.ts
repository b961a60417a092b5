/**
 * Stage `decode`: bytes → a `Document` (string + format), refusing what is not a document.
 */
import { NewscleanError } from '../errors.js';
import type { InputFormat } from '../types.js';
import { decodeBytes, type DetectedBy } from './charset.js';
import { binaryKind, detectFormat } from './detect.js';

/** A decoded input. */
export interface Document {
  text: string;
  format: InputFormat;
  /** Character encoding used to decode the bytes (`utf-8` when given a string). */
  encoding: string;
  /** How the encoding was chosen (`string` when the input was already text). */
  detectedBy: DetectedBy | 'string';
}

/**
 * Decodes an input.
 * Bytes: by BOM, then a declared charset, then UTF-8 when valid, else windows-1252
 * (see `charset.ts`).
 * @param input bytes of a file, or an already decoded string
 * @param format forces the format instead of detecting it
 * @param encodingHint an encoding known from outside the bytes (`--encoding`, HTTP header)
 * @throws NewscleanError `empty_input` (nothing but whitespace), `not_a_document` (binary)
 */
export function decode(input: string | Uint8Array, format?: InputFormat, encodingHint?: string): Document {
  let text: string;
  let encoding = 'utf-8';
  let detectedBy: DetectedBy | 'string' = 'string';
  if (typeof input === 'string') {
    text = input;
  } else {
    // UTF-16 is full of NUL bytes: only bytes without a UTF-16 BOM are tested for binary data.
    if (!hasUtf16Bom(input)) {
      const kind = binaryKind(input);
      if (kind) throw new NewscleanError('not_a_document', `not a text or HTML document (${kind})`);
    }
    ({ text, encoding, detectedBy } = decodeBytes(input, encodingHint));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new NewscleanError('empty_input', 'input is empty (no text)');
  return { text, format: format ?? detectFormat(text), encoding, detectedBy };
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}
