/**
 * Stage `decode`: bytes → a `Document` (string + format), refusing what is not a document.
 */
import { NewscleanError } from '../errors.js';
import type { InputFormat } from '../types.js';
import { binaryKind, detectFormat } from './detect.js';

/** A decoded input. */
export interface Document {
  text: string;
  format: InputFormat;
  /** Character encoding used to decode the bytes (`utf-8` when given a string). */
  encoding: string;
}

/**
 * Decodes an input.
 * Bytes: UTF-8 or UTF-16 by BOM, else UTF-8 (invalid sequences become U+FFFD).
 * @param input bytes of a file, or an already decoded string
 * @param format forces the format instead of detecting it
 * @throws NewscleanError `empty_input` (nothing but whitespace), `not_a_document` (binary)
 */
export function decode(input: string | Uint8Array, format?: InputFormat): Document {
  let text: string;
  let encoding = 'utf-8';
  if (typeof input === 'string') {
    text = input;
  } else {
    encoding = bomEncoding(input) ?? 'utf-8';
    if (encoding === 'utf-8') {
      const kind = binaryKind(input);
      if (kind) throw new NewscleanError('not_a_document', `not a text or HTML document (${kind})`);
    }
    text = new TextDecoder(encoding).decode(input);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new NewscleanError('empty_input', 'input is empty (no text)');
  return { text, format: format ?? detectFormat(text), encoding };
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}
