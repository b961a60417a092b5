/**
 * Language detection from body text (tinyld, light model), used when the page declares none.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let detectFn: ((text: string) => string) | undefined;
/** Characters of body text given to the detector (more adds time, not accuracy). */
const SAMPLE_CHARS = 2000;
/** Below this many characters the detector is not asked. */
const MIN_CHARS = 40;

/**
 * Detects the language of a text.
 * @param text body text (only the first {@link SAMPLE_CHARS} characters are used)
 * @returns an ISO 639-1 code, or `null` when the text is too short or the detector is unsure
 */
export function detectLanguage(text: string): string | null {
  if (text.length < MIN_CHARS) return null;
  detectFn ??= (require('tinyld/light') as { detect: (t: string) => string }).detect;
  const code = detectFn(text.slice(0, SAMPLE_CHARS));
  return code && /^[a-z]{2}$/.test(code) ? code : null;
}
