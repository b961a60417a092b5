/**
 * Mojibake repair: text that was UTF-8, decoded somewhere upstream as windows-1252 or
 * ISO-8859-1 (`città` → `cittÃ `, `l’anno` → `lâ€™anno`, `Straße` → `StraÃŸe`).
 *
 * A candidate is a UTF-8 lead character (`Â`–`ß` for two bytes, `à`–`ï` for three, `ð`–`ô`
 * for four) followed by the right number of continuation characters (those windows-1252 or
 * ISO-8859-1 show for bytes 0x80–0xBF). It is read back to bytes and decoded as UTF-8, and
 * replaced only when the repair is unambiguous:
 * - the bytes are valid UTF-8 (no overlong or surrogate form);
 * - the result is a character of `targets` (`data/decode/mojibake.json`): a letter or
 *   punctuation mark of European news text, Greek, Cyrillic or an emoji, never an IPA letter
 *   or a CJK ideograph that a real `É»` or `è…` would give;
 * - a two-character candidate whose second character closes a quotation or clause (`’ ” … – — » ›`)
 *   is not taken when it ends an all-capitals word (`MANHÔ`, `PÅ’`): real text as often as mojibake.
 * One case without a continuation character: `Ã` and a space after a lower-case letter is `à`
 * whose no-break space (0xA0) became a space (`cittÃ  di`, or `cittÃ di` once spaces were
 * collapsed → `città di`); no real word has a capital `Ã` after a lower-case letter.
 * Mojibake applied twice (`ÃƒÂ¨`) is undone by up to `maxPasses` passes. The pattern has fixed-length
 * alternatives only: linear time on any input.
 */
import { loadData } from '../data.js';

interface MojibakeData {
  cp1252: Record<string, string>;
  targets: Array<[string, string]>;
  ambiguousAfterCapital: string;
  maxPasses: number;
}

const DATA = loadData<MojibakeData>('decode/mojibake');

/** Character as windows-1252/ISO-8859-1 shows it → the byte it came from (0x80–0xFF). */
const TO_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) TO_BYTE.set(String.fromCharCode(b), b);
for (const [hex, ch] of Object.entries(DATA.cp1252)) TO_BYTE.set(ch, parseInt(hex, 16));

const TARGETS: Array<[number, number]> = DATA.targets.map(([a, b]) => [parseInt(a, 16), parseInt(b, 16)]);
const AMBIGUOUS = new Set([...DATA.ambiguousAfterCapital]);

const escape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** Characters that stand for a UTF-8 continuation byte (0x80–0xBF). */
const CONT = `[\\u0080-\\u00bf${Object.entries(DATA.cp1252).filter(([hex]) => parseInt(hex, 16) <= 0xbf).map(([, ch]) => escape(ch)).join('')}]`;
const CANDIDATE = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}|\\u00c3 (?=\\s)|\\u00c3(?= )`, 'g');
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

function isTarget(cp: number): boolean {
  return TARGETS.some(([a, b]) => cp >= a && cp <= b);
}

/** Result of {@link repairMojibake}. */
export interface MojibakeRepair {
  /** The text with every unambiguous candidate repaired. */
  text: string;
  /** Candidates repaired, over all passes. */
  repaired: number;
}

/**
 * Repairs UTF-8 text that was decoded as windows-1252 or ISO-8859-1 (rules in the module comment).
 * @param text any text; returned unchanged when it holds no candidate
 * @returns the repaired text and the number of repairs
 */
export function repairMojibake(text: string): MojibakeRepair {
  let repaired = 0;
  for (let pass = 0; pass < DATA.maxPasses; pass++) {
    let n = 0;
    const out = text.replace(CANDIDATE, (m: string, offset: number, whole: string) => {
      const fixed = repairOne(m, whole.charAt(offset - 1), whole.charAt(offset + m.length));
      if (fixed !== m) n++;
      return fixed;
    });
    if (!n) break;
    repaired += n;
    text = out;
  }
  return { text, repaired };
}

function repairOne(m: string, before: string, after: string): string {
  // `Ã` + space after a lower-case letter: `à` whose no-break space became a space (that
  // space goes when another whitespace follows it, so `cittÃ  di` and `cittÃ di` are `città di`).
  if (m === '\u00c3' || m === '\u00c3 ') return before && LOWER.test(before) ? '\u00e0' : m;
  const bytes = new Uint8Array(m.length);
  for (let i = 0; i < m.length; i++) bytes[i] = TO_BYTE.get(m[i]!) ?? 0;
  let decoded: string;
  try {
    decoded = UTF8_STRICT.decode(bytes);
  } catch {
    return m;
  }
  if (!isTarget(decoded.codePointAt(0)!)) return m;
  if (m.length === 2 && AMBIGUOUS.has(m[1]!) && before && UPPER.test(before) && !(after && LETTER.test(after))) return m;
  return decoded;
}
