/**
 * Mojibake repair (issue 7): UTF-8 read as windows-1252 or ISO-8859-1 upstream is repaired on
 * real Italian, French, German, Spanish, Portuguese and English text, once or twice garbled;
 * clean text is never touched (every dump and page of the shared benchmark); ambiguous pairs
 * are left alone; `fixMojibake: false` turns it off.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/decode/mojibake.js';
import { clean } from '../../src/index.js';
import { mojibake } from '../../fixtures/hostile/generate.mjs';
import { ROOT, SHARED } from '../support.js';

/** UTF-8 read as ISO-8859-1 (every byte its own code point). */
const latin1 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');
const windows1252 = mojibake as (s: string) => string;

const REAL = ['seed/pyongyang-it', 'pages/it-wp-genova-porto', 'pages/fr-afp-nairobi-secheresse', 'pages/de-dpa-hannover-windkraft', 'pages/es-ep-valencia-puerto', 'pages/pt-lusa-coimbra-hospital', 'pages/en-ap-iowa-floods']
  .map((name) => ({ name, text: readFileSync(join(ROOT, 'fixtures', `${name}.txt`), 'utf8') }));

describe('repairMojibake on real text', () => {
  it.each(REAL.map((r) => [r.name, r.text] as const))('%s: garbled once or twice, as windows-1252 or ISO-8859-1, comes back exactly', (_name, text) => {
    for (const garble of [windows1252, latin1, (s: string) => windows1252(windows1252(s)), (s: string) => latin1(latin1(s))]) {
      const garbled = garble(text);
      expect(garbled).not.toBe(text);
      const r = repairMojibake(garbled);
      expect(r.text).toBe(text);
      expect(r.repaired).toBeGreaterThan(0);
    }
  });

  it('leaves the clean text alone', () => {
    for (const { name, text } of REAL) expect(repairMojibake(text), name).toEqual({ text, repaired: 0 });
  });

  it('changes nothing in any dump or page of the shared benchmark but real mojibake', () => {
    const dumps = join(SHARED, 'bench/textdumps');
    if (!existsSync(dumps)) return;
    let files = 0;
    for (const conv of ['bs4', 'chromium', 'lynx', 'w3m']) {
      for (const f of readdirSync(join(dumps, conv)).filter((x) => x.endsWith('.txt'))) {
        const text = readFileSync(join(dumps, conv, f), 'utf8');
        expect(repairMojibake(text).repaired, `${conv}/${f}`).toBe(0);
        files++;
      }
    }
    expect(files).toBeGreaterThan(400);
    // One page holds real mojibake in a script comment (Portuguese `nÃ£o`, `espaÃ§o`, `funÃ§Ã£o`).
    const pages = join(SHARED, 'bench/articles/html');
    const repaired = readdirSync(pages).filter((f) => repairMojibake(gunzipSync(readFileSync(join(pages, f))).toString('utf8')).repaired > 0);
    expect(repaired.map((f) => f.slice(0, 12))).toEqual(['11ea381ad92b']);
  });
});

describe('repairMojibake, one sequence at a time', () => {
  it.each([
    ['two-byte letters', 'perchÃ© cittÃ  cosÃ¬ piÃ¹ StraÃŸe SÃ£o', 'perché città così più Straße São'],
    ['three-byte punctuation', 'lâ€™anno â€œcitazioneâ€\u009d â€“ 5 â‚¬ â€¦', 'l’anno “citazione” – 5 € …'],
    ['capitals', 'PERCHÃ‰ CITTÃ€ ACCIÃ“N', 'PERCHÉ CITTÀ ACCIÓN'],
    ['à whose no-break space became a space, after a lower-case letter', 'la cittÃ  di Roma', 'la città di Roma'],
    ['Greek, Cyrillic, Romanian, emoji', 'ÎµÎ»Î»Î·Î½Î¹ÎºÎ¬ Ð¿Ñ€Ð¸Ð²ÐµÑ‚ È™i ðŸ˜€', 'ελληνικά привет și 😀'],
    ['mojibake applied twice', 'ÃƒÂ¨ Ã¢â‚¬â„¢', 'è ’'],
  ])('%s', (_name, garbled, text) => {
    expect(repairMojibake(garbled).text).toBe(text);
  });

  it.each([
    ['a capital at the end of an all-capitals word before closing punctuation', '«MANHÔ e «PÅ’.'],
    ['a result that is no European letter (IPA, CJK)', 'CAFÉ» È… é»…'],
    ['Ã and a space after a capital (Portuguese IRMÃ)', 'IRMÃ E'],
    ['a byte lost upstream (U+FFFD): Á, Í, Ï, Ð, Ý or ” cannot be told apart', 'Ã\ufffd â€\ufffd'],
    ['Â and a space', 'Â x'],
  ])('leaves alone: %s', (_name, text) => {
    expect(repairMojibake(text)).toEqual({ text, repaired: 0 });
  });
});

describe('clean() and fixMojibake', () => {
  const dump = readFileSync(join(ROOT, 'fixtures/hostile/mojibake-it.txt'));
  it('repairs by default and says so in warnings; the option turns it off', () => {
    const fixed = clean(dump, { referenceDate: '2024-06-20' });
    expect(fixed.body).toContain('è stato firmato un accordo storico');
    expect(fixed.warnings).toEqual(['mojibake_repaired']);
    const raw = clean(dump, { referenceDate: '2024-06-20', fixMojibake: false });
    expect(raw.body).toContain('Ã¨ stato firmato un accordo storico');
    expect(raw.warnings).toEqual([]);
  });
});
