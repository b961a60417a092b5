/**
 * Stage `decode` (issue 7): charsets by BOM, UTF-16 pattern, declaration, valid UTF-8, detection
 * and force; binary inputs refused; format sniffing in linear time; the record's `encoding`.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { clean, isKnownEncoding, NewscleanError } from '../../src/index.js';
import { decodeBytes, detectCharset, utf16Pattern } from '../../src/decode/charset.js';
import { binaryKind, detectFormat } from '../../src/decode/detect.js';
import { decode } from '../../src/decode/index.js';

/** News paragraphs in the languages of each legacy charset (two sentences or more: what a page gives a detector). */
const NEWS: Record<string, string> = {
  fr: 'Le gouvernement a annoncé mercredi de nouvelles mesures pour protéger les forêts. Selon le ministre, les crédits consacrés à la prévention des incendies seront augmentés dès l’été prochain, a-t-il précisé à l’Assemblée.',
  it: 'Il governo ha approvato mercoledì un decreto che prevede nuovi fondi per la città di Genova. Secondo il ministro, i lavori al porto inizieranno entro l’estate e dureranno più di due anni, perché è necessario.',
  de: 'Die Landesregierung will die Genehmigungsverfahren für neue Windkraftanlagen verkürzen. Der Verband begrüßte die Pläne, mahnte aber mehr Personal in den Behörden an. Die Kosten liegen bei 5 € pro Kopf.',
  es: 'El Gobierno aprobó el miércoles un plan para ampliar el puerto de Valencia. Según el ministro, las obras comenzarán el próximo año y costarán más de doscientos millones de euros, añadió el portavoz.',
  pt: 'O Governo aprovou na quarta-feira um plano para ampliar o hospital de Coimbra. Segundo o ministro, as obras começarão no próximo ano e custarão mais de cem milhões de euros, informou a Lusa.',
  pl: 'Rząd w Warszawie zapowiedział w środę nowe przepisy dotyczące ochrony środowiska. Według ministra zmiany mają wejść w życie jeszcze w tym roku, a gminy otrzymają dodatkowe środki na oczyszczanie ścieków.',
  cs: 'Vláda v Praze ve středu schválila nový zákon o ochraně přírody. Podle ministra životního prostředí začnou změny platit od příštího roku a obce dostanou více peněz na čištění odpadních vod.',
  ru: 'Правительство Москвы в среду объявило о строительстве новой линии метро. Как сообщил мэр города, первые станции откроются уже в следующем году, а общая длина линии составит около сорока километров.',
  ja: '東京都は十九日、新しい防災計画を発表した。首都直下地震に備え、避難所の数を増やすとともに、高齢者への支援体制を強化する。知事は記者会見で「都民の命を守るために全力を尽くす」と述べた。',
  zhHans: '国家统计局十九日发布数据显示，今年上半年国内生产总值同比增长百分之五点三。专家表示，消费和投资对经济增长的贡献明显提高，但外部环境仍然复杂。',
  zhHant: '台北市政府十九日宣布，將在明年完成捷運環狀線北段的建設。市長在記者會上表示，這項工程將大幅改善市民的通勤時間，並帶動沿線地區的發展。',
  ko: '서울시는 19일 새로운 재난 대비 계획을 발표했다. 시장은 기자회견에서 시민의 안전을 지키기 위해 모든 노력을 다하겠다고 말했다. 계획에는 대피소 확충과 노인 지원 강화가 포함됐다.',
};

/** `東京は晴れ` in ISO-2022-JP (JIS X 0208 between ESC $ B and ESC ( B). */
const ISO_2022_JP = Buffer.from([0x1b, 0x24, 0x42, 0x45, 0x6c, 0x35, 0x7e, 0x24, 0x4f, 0x40, 0x32, 0x24, 0x6c, 0x1b, 0x28, 0x42]);

const html = (text: string, head = ''): string => `<!DOCTYPE html><html><head>${head}<title>Notizie</title></head><body><h1>Titolo</h1><p>${text}</p><p>${text}</p></body></html>`;

describe('legacy charsets without a declaration are detected (chardet, data/decode/charsets.json)', () => {
  it.each([
    ['fr', 'windows-1252'], ['it', 'windows-1252'], ['de', 'windows-1252'], ['es', 'windows-1252'], ['pt', 'windows-1252'],
    ['pl', 'iso-8859-2'], ['cs', 'iso-8859-2'], ['ru', 'koi8-r'], ['ru', 'windows-1251'],
    ['ja', 'shift_jis'], ['ja', 'euc-jp'], ['zhHans', 'gb18030'], ['zhHant', 'big5'], ['ko', 'euc-kr'],
  ])('%s in %s, as a page and as a dump', (lang, charset) => {
    for (const text of [html(NEWS[lang]!), NEWS[lang]!]) {
      const r = decodeBytes(iconv.encode(text, charset));
      expect(r).toEqual({ text, encoding: charset, detectedBy: 'detector' });
    }
  });

  it('ISO-8859-1 bytes are read as windows-1252, as the WHATWG label table says', () => {
    expect(decodeBytes(iconv.encode(NEWS.es!, 'iso-8859-1')).encoding).toBe('windows-1252');
  });

  it('too little non-ASCII evidence falls back to windows-1252', () => {
    expect(detectCharset(iconv.encode('Il governo è caduto.', 'windows-1252'))).toBeNull();
    expect(decodeBytes(iconv.encode('Il governo è caduto.', 'windows-1252'))).toEqual({ text: 'Il governo è caduto.', encoding: 'windows-1252', detectedBy: 'fallback' });
  });
});

describe('declared, marked and forced charsets', () => {
  it.each([
    ['<meta charset>', '<meta charset="Shift_JIS">', 'ja', 'shift_jis', 'shift_jis', 'meta'],
    ['http-equiv', '<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', 'ja', 'euc-jp', 'euc-jp', 'meta'],
    ['ISO-8859-15 (the € at 0xA4)', '<meta charset="iso-8859-15">', 'de', 'iso-8859-15', 'iso-8859-15', 'meta'],
    ['KOI8-R in an XML declaration', '', 'ru', 'koi8-r', 'koi8-r', 'xml'],
  ])('%s', (_name, head, lang, charset, name, by) => {
    const text = by === 'xml' ? `<?xml version="1.0" encoding="KOI8-R"?>${html(NEWS[lang]!)}` : html(NEWS[lang]!, head);
    expect(decodeBytes(iconv.encode(text, charset))).toEqual({ text, encoding: name, detectedBy: by });
  });

  it.each([
    ['UTF-8', [0xef, 0xbb, 0xbf], 'utf-8', 'utf-8'],
    ['UTF-16LE', [0xff, 0xfe], 'utf-16le', 'utf-16le'],
    ['UTF-16BE', [0xfe, 0xff], 'utf-16be', 'utf-16be'],
  ])('a %s byte-order mark wins over a declaration', (_name, bom, charset, name) => {
    const text = html(NEWS.ja!, '<meta charset="shift_jis">');
    const r = decodeBytes(Buffer.concat([Buffer.from(bom), iconv.encode(text, charset)]));
    expect(r).toEqual({ text, encoding: name, detectedBy: 'bom' });
  });

  it('UTF-16 without a BOM is told by its NUL bytes, for alphabets with ASCII spaces', () => {
    for (const [lang, charset] of [['it', 'utf-16le'], ['ru', 'utf-16be'], ['fr', 'utf-16le']] as const) {
      const text = `${NEWS[lang]}\n`;
      expect(decodeBytes(iconv.encode(text, charset))).toEqual({ text, encoding: charset, detectedBy: 'utf16-pattern' });
    }
    // CJK in UTF-16 has no NUL pattern; ASCII with the odd NUL is not UTF-16.
    expect(utf16Pattern(iconv.encode(NEWS.ja!, 'utf-16le'))).toBeNull();
    expect(utf16Pattern(Buffer.from('plain text\u0000 with one NUL'))).toBeNull();
  });

  it('a forced encoding wins over everything; names are WHATWG labels or iconv-lite names', () => {
    const bytes = iconv.encode(html(NEWS.it!, '<meta charset="utf-8">'), 'windows-1252');
    expect(decodeBytes(bytes, { forced: 'latin1' })).toEqual({ text: html(NEWS.it!, '<meta charset="utf-8">'), encoding: 'windows-1252', detectedBy: 'forced' });
    expect(decodeBytes(iconv.encode('Año', 'cp437'), { forced: 'CP437' }).text).toBe('Año');
    expect(decodeBytes(iconv.encode('東京', 'shift_jis'), { forced: 'sjis' })).toEqual({ text: '東京', encoding: 'shift_jis', detectedBy: 'forced' });
    // iconv-lite has no ISO-2022-JP: the runtime's WHATWG decoder reads it.
    expect(decodeBytes(ISO_2022_JP, { forced: 'csISO2022JP' })).toEqual({ text: '東京は晴れ', encoding: 'iso-2022-jp', detectedBy: 'forced' });
    expect(isKnownEncoding('utf8')).toBe(true);
    expect(isKnownEncoding('x-no-such-charset')).toBe(false);
    expect(() => decodeBytes(bytes, { forced: 'x-no-such-charset' })).toThrow(RangeError);
    // clean() refuses it for a string input too, where nothing would be decoded: a misspelt name is a misuse.
    expect(() => clean('Titolo', { encoding: 'x-no-such-charset' })).toThrow(RangeError);
    expect(clean(html(NEWS.it!), { encoding: 'utf8' }).encoding).toBeNull();
  });

  it('the record says how its bytes were decoded, and null for a string input', () => {
    const page = html(`${NEWS.it} ${NEWS.it}`);
    expect(clean(iconv.encode(page, 'windows-1252')).encoding).toEqual({ name: 'windows-1252', detected_by: 'detector' });
    expect(clean(iconv.encode(page, 'windows-1252'), { encoding: 'iso-8859-15' }).encoding).toEqual({ name: 'iso-8859-15', detected_by: 'forced' });
    expect(clean(Buffer.from(page)).encoding).toEqual({ name: 'utf-8', detected_by: 'utf8-valid' });
    expect(clean(page).encoding).toBeNull();
  });
});

describe('binary and non-document inputs are refused (data/decode/magic.json)', () => {
  const article = Buffer.from(`Titolo\n\n${NEWS.it}\n`);
  it.each([
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]],
    ['GIF image', [...Buffer.from('GIF89a'), 1, 0, 1, 0, 0x80, 0]],
    ['PDF document', [...Buffer.from('%PDF-1.4\n')]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 0x14, 0]],
    ['gzip data', [0x1f, 0x8b, 0x08, 0]],
    ['ELF executable', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]],
    ['MP4/QuickTime media', [0, 0, 0, 0x18, ...Buffer.from('ftypmp42'), 0, 0]],
    ['SQLite database', [...Buffer.from('SQLite format 3\u0000')]],
  ])('%s', (name, head) => {
    const bytes = Buffer.concat([Buffer.from(head), article]);
    expect(binaryKind(bytes)).toBe(name);
    expect(() => clean(bytes)).toThrow(expect.objectContaining({ code: 'not_a_document' }));
  });

  it('a text that starts like a signature of letters is a text (BMW, RIFF, ID3)', () => {
    for (const start of ['BMW richiama 300.000 auto.', 'RIFF tra i partiti.', 'ID3 è un formato.', 'GIF8 e altri.']) {
      expect(binaryKind(Buffer.from(`${start}\n\n${NEWS.it}\n`)), start).toBeNull();
    }
  });

  it('control bytes anywhere: the start, the middle or the end of the input', () => {
    const text = Buffer.from(`${NEWS.it}\n`.repeat(200));
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 32));
    expect(binaryKind(text)).toBeNull();
    for (const at of [0, text.length >> 1, text.length]) {
      const bytes = Buffer.concat([text.subarray(0, at), noise, text.subarray(at)]);
      expect(binaryKind(bytes), `noise at ${at}`).toBe('binary data (NUL or control bytes)');
    }
    // ISO-2022-JP escapes (ESC) and form feeds are text.
    expect(binaryKind(ISO_2022_JP)).toBeNull();
    expect(binaryKind(Buffer.from(`${NEWS.it}\f\n`))).toBeNull();
  });

  it('UTF-16 text is not refused for its NUL bytes', () => {
    expect(decode(iconv.encode(`${NEWS.it}\n`, 'utf-16le')).text).toBe(`${NEWS.it}\n`);
  });

  it('empty and whitespace-only inputs are empty_input', () => {
    for (const input of ['', ' \n\t\u00a0\u3000', new Uint8Array(), Buffer.from([0xef, 0xbb, 0xbf, 0x20])]) {
      expect(() => decode(input)).toThrow(expect.objectContaining({ code: 'empty_input' }));
    }
    expect(() => decode('')).toThrow(NewscleanError);
  });
});

describe('format sniffing', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html><p>x</p>', 'html'],
    ['comments and an XML declaration first', '<?xml version="1.0"?>\n<!-- a -->\n<!-- b -->\n<html>', 'html'],
    ['a dump that mentions <b> once', 'Titolo\n\nUsa il tag <b> per il grassetto.\n', 'text'],
    ['a dump with eight tags', `Titolo ${'<p>x</p>'.repeat(4)}`, 'html'],
  ])('%s → %s', (_name, text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('runs in linear time on comment bombs (a repeated lazy regex group backtracked exponentially)', () => {
    for (const unit of ['<!---->', '<!-- -->', '<!--', '<?xml ?><!---->']) {
      const started = performance.now();
      expect(detectFormat(`${unit.repeat(100_000)}x`)).toBe('text');
      expect(performance.now() - started, unit).toBeLessThan(500);
    }
    expect(detectFormat(`${'<!---->'.repeat(100_000)}<html><body>`)).toBe('html');
  });
});
