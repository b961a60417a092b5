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

// Zero-width and soft-hyphen characters are invisible in the page; they only split words.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Tabs and the Unicode spaces a page uses for layout become plain spaces.
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Normalises a whole dump: NFC, `\r\n`/`\r` → `\n`, invisible characters removed,
 * tabs and non-breaking spaces → spaces. The same normalisation applies to every input,
 * so "every word of the output occurs in the input" holds after it.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
}

/**
 * Splits normalised text into lines; blank lines are kept as `text: ''`.
 * @param text output of {@link normalizeText}
 */
export function splitLines(text: string): Line[] {
  return text.split('\n').map((raw) => {
    const trimmed = raw.trim();
    const indent = trimmed ? raw.length - raw.trimStart().length : 0;
    return { text: trimmed.replace(/ {2,}/g, ' '), indent, rawLength: raw.length };
  });
}
