import { describe, expect, test } from 'vitest';
import { decodeBytes } from '../../src/decode/charset.js';

const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  test.each([
    ['UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<p>Grüße</p>')]), '<p>Grüße</p>', 'utf-8', 'bom'],
    ['meta charset windows-1252', latin1('<meta charset="windows-1252"><p>Gr\u00fc\u00dfe</p>'), '<meta charset="windows-1252"><p>Grüße</p>', 'windows-1252', 'meta'],
    ['http-equiv iso-8859-1', latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>caf\u00e9</p>'), '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>café</p>', 'windows-1252', 'meta'],
    ['undeclared valid UTF-8', utf8('<p>Grüße</p>'), '<p>Grüße</p>', 'utf-8', 'utf8-valid'],
    ['undeclared invalid UTF-8 → windows-1252', latin1('<p>Gr\u00fc\u00dfe</p>'), '<p>Grüße</p>', 'windows-1252', 'fallback'],
    ['declared latin-1 but valid UTF-8 bytes (re-encoded by a crawler)', utf8('<meta charset="iso-8859-1"><p>Grüße</p>'), '<meta charset="iso-8859-1"><p>Grüße</p>', 'utf-8', 'utf8-valid'],
  ])('%s', (_name, bytes, text, encoding, by) => {
    const r = decodeBytes(bytes);
    expect(r.text).toBe(text);
    expect(r.encoding).toBe(encoding);
    expect(r.detectedBy).toBe(by);
  });

  test('a transport hint wins over the default but not over a BOM', () => {
    expect(decodeBytes(latin1('<p>caf\u00e9</p>'), 'iso-8859-1').detectedBy).toBe('hint');
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('x')]), 'iso-8859-1').detectedBy).toBe('bom');
  });
});
