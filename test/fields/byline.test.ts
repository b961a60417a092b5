/** parseByline on the byline shapes of shared/datelines.md §5, §7. */
import { describe, expect, it } from 'vitest';
import { parseByline, readsAsSentence, splitCredit } from '../../src/fields/index.js';

describe('parseByline', () => {
  it.each([
    ['By DANIEL OKAFOR Associated Press', 'DANIEL OKAFOR', 'Associated Press', null],
    ['Pubblicato il 12 marzo 2025 | di Marta Bellini', 'Marta Bellini', null, null],
    ['Par Le Courrier des Dunes avec AFP', null, 'AFP', null],
    ['Le Courrier des Dunes avec AFP', null, 'AFP', null],
    ['By Jane Doe, PA Political Staff', 'Jane Doe', 'PA Media', null],
    ['Jane Doe (Australian Associated Press)', 'Jane Doe', 'AAP', null],
    ['Publicado em 19/06/2024 - 10:32 Por Ana Souza - Repórter da Agência Brasil - Brasília', 'Ana Souza', 'Agência Brasil', 'Brasília'],
    ['Express News Service | Pune', null, null, 'Pune'],
    ['Von Anna Schmidt', 'Anna Schmidt', null, null],
    ['Por Juan Pérez y María López', 'Juan Pérez y María López', null, null],
    ['Door Jan de Vries', 'Jan de Vries', null, null],
    ['Posted by John Smith', 'John Smith', null, null],
    ['By Jane Doe and John Roe, Associated Press', 'Jane Doe and John Roe', 'Associated Press', null],
    ['By PTI', null, 'PTI', null],
    ['By Staff', null, null, null],
    ['By John Smith Jr.', 'John Smith Jr.', null, null],
    ['By Jane Doe, John Roe and Ann Smith', 'Jane Doe, John Roe and Ann Smith', null, null],
    ['Von Anna Schmidt, dpa', 'Anna Schmidt', 'dpa', null],
    ['By Nada Tawfik, BBC News, New York', 'Nada Tawfik', null, null],
    ['By Jane Doe - Senior Correspondent', 'Jane Doe', null, null],
    ['Por Ana Souza - Rio de Janeiro', 'Ana Souza', null, null],
  ])('%j', (line, byline, source, location) => {
    expect(parseByline(line)).toEqual({ byline, source, location });
  });

  it.each([
    'Di Maio ha detto che il governo andrà avanti.',
    'Di Tendenza/Trending',
    'Marta Bellini',
    'Porto di Genova, via libera alla nuova diga',
    'Heavy rain in Nellore (AP)',
    'ST. JOSEPH, Mich. (AP)',
    '06.11.23 - 11:32 von Jupp Leerkanne zu',
    'The city will close two of its four public pools.',
    '',
  ])('%j is not a byline', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('splitCredit', () => {
  it.each([
    ['Tom Davies Associated Press', 'Tom Davies', 'Associated Press'],
    ['LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER Associated Press', 'LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', 'Associated Press'],
    ['MEG KINNARD and ERRIN HAINES, Associated Press', 'MEG KINNARD and ERRIN HAINES', 'Associated Press'],
    ['TOM KRISHER, AP Auto Writer', 'TOM KRISHER', 'Associated Press'],
    ['Chris Cillizza, CNN Editor-at-large', 'Chris Cillizza', null],
    ['Jane Doe - Senior Correspondent', 'Jane Doe', null],
    ['Colleen Barry, The Associated Press', 'Colleen Barry', 'Associated Press'],
    ['Jane Doe (AAP)', 'Jane Doe', 'AAP'],
    ['det/dpa', 'det', 'dpa'],
    ['Kevin Johnson and Kevin McCoy USA TODAY', 'Kevin Johnson and Kevin McCoy', null],
    ['Le Courrier des Dunes avec AFP', null, 'AFP'],
    ['Associated Press', null, 'Associated Press'],
    ['Jane Doe and John Smith | Reuters', 'Jane Doe and John Smith', 'Reuters'],
    // Left as they are: names in capitals, a French surname in capitals, a list of names, a credit without agency.
    ['JANIE HAR', 'JANIE HAR', null],
    ['Jean DUPONT', 'Jean DUPONT', null],
    ['Lia Eustachewich, Yaron Steinbuch', 'Lia Eustachewich, Yaron Steinbuch', null],
    ['Detroit News wire services', 'Detroit News wire services', null],
  ])('%j → %j, %j', (credit, byline, source) => {
    expect(splitCredit(credit)).toEqual({ byline, source });
  });
});

describe('readsAsSentence', () => {
  it.each([
    ['* O calendário da Cup é composto por 36 corridas.', true],
    ['*Somente os 12 primeiros disputam o título', true],
    ['• Breaking news', true],
    ['The race calendar is made of 36 races.', true],
    ['Photo by барон Н.Н.Торнау, public domain and free to use', true],
    ['Sarah E. Needleman', false],
    ['Martin Truex Jr.', false],
    ['Finian Cunningham. Sputnik International', false],
    ['Detroit News wire services', false],
    ['Ilana Muhlstein, MS, RDN', false],
  ])('%j → %j', (s, sentence) => {
    expect(readsAsSentence(s)).toBe(sentence);
  });
});
