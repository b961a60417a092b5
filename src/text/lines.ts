/**
 * Stage `blocks`, step 1: a plain-text dump → normalised lines.
 */

/** One line of the dump after normalisation. */
export interface Line {
  /** The line's text, trimmed, inner whitespace runs kept as they are. */
  text: string;
  /** Leading spaces before trimming (lynx indents paragraphs by 3, list items by 4+). */
  indent: number;
  /** Length in characters before trimming (hard-wrapped lines are near the converter's width). */
  rawLength: number;
}

// Tabs and the Unicode spaces a page uses for layout become plain spaces.
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
// Those, and the zero-width and soft-hyphen characters, invisible in the page, that only split words (removed).
const INVISIBLE_OR_ODD = /[\u00ad\u200b-\u200d\u2060\ufeff\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Normalises a whole dump: NFC, `\r\n`/`\r` → `\n`, invisible characters removed,
 * tabs and non-breaking spaces → spaces. The same normalisation applies to every input,
 * so "every word of the output occurs in the input" holds after it.
 */
export function normalizeText(text: string): string {
  let t = text.normalize('NFC');
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  // One scan for both kinds: invisible characters go, odd spaces become spaces.
  return t.replace(INVISIBLE_OR_ODD, (ch) => (ODD_SPACE.test(ch) ? ' ' : ''));
}

/**
 * Splits normalised text into lines; blank lines are kept as `text: ''`.
 * @param text output of {@link normalizeText}
 */
export function splitLines(text: string): Line[] {
  return text.split('\n').map((raw) => {
    const trimmed = raw.trim();
    const indent = trimmed ? raw.length - raw.trimStart().length : 0;
    return { text: trimmed.includes('  ') ? trimmed.replace(/ {2,}/g, ' ') : trimmed, indent, rawLength: raw.length };
  });
}
