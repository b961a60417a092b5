/** findSource and credit lines: positives of shared/datelines.md §5, photo credits and mentions of §4. */
import { describe, expect, it } from 'vitest';
import { CANONICAL_AGENCIES, findSource, isPhotoCredit, matchCreditLine } from '../../src/fields/index.js';

const OPTS = { referenceDate: '2024-06-20' };

describe('findSource: credit lines', () => {
  it.each([
    ['(con fonte AdnKronos)', 'AdnKronos'],
    ['Fonte: Adnkronos', 'AdnKronos'],
    ['Fonte: ANSA', 'ANSA'],
    ['(ANSA).', 'ANSA'],
    ['(ITALPRESS).', 'Italpress'],
    ['Quelle: dpa', 'dpa'],
    ['Quelle: dpa/lno', 'dpa'],
    ['© dpa-infocom, dpa:240619-99-123456/3', 'dpa'],
    ['— Associated Press', 'Associated Press'],
    ['Copyright 2025 The Associated Press. All rights reserved.', 'Associated Press'],
    ['Source: Reuters', 'Reuters'],
    ['Sources: AFP, Reuters', 'AFP'],
    ['With reporting by Reuters', 'Reuters'],
    ['(Agencias)', 'Agencies'],
    ['(Agenzie)', 'Agencies'],
    ['(agences)', 'Agencies'],
    ['(Agenturen)', 'Agencies'],
    ['(Com agências)', 'Agencies'],
    ['Con información de EFE', 'EFE'],
    ['Fuente: Europa Press', 'Europa Press'],
    ['Com Lusa', 'Lusa'],
    ['Fonte: Agência Brasil', 'Agência Brasil'],
    ['Bron: ANP', 'ANP'],
    ['(Belga)', 'Belga'],
    ['(APS)', 'APS'],
    ['(ats)', 'ATS'],
    ['ats/abc', 'ATS'],
    ['AAP', 'AAP'],
    ['Mit Material von dpa', 'dpa'],
    ['This report by The Canadian Press was first published June 19, 2024.', 'The Canadian Press'],
  ])('%j → %s (credit)', (text, source) => {
    expect(findSource(text, OPTS)).toEqual({ source, text, kind: 'credit' });
  });

  it('finds a credit closing a paragraph, for agencies that close their copy so', () => {
    expect(findSource('Nuovo vertice sulla legge di bilancio. (Agenzie)', OPTS)).toEqual({ source: 'Agencies', text: '(Agenzie)', kind: 'credit' });
    expect(findSource('Il prefetto ha convocato un tavolo. (ANSA).', OPTS)).toEqual({ source: 'ANSA', text: '(ANSA).', kind: 'credit' });
  });

  it('reads a bare agency line only when asked to', () => {
    expect(matchCreditLine('REUTERS')?.source).toBe('Reuters');
    expect(matchCreditLine('REUTERS', { bare: false })).toBeNull();
    expect(matchCreditLine('(Reuters)', { bare: false })?.source).toBe('Reuters');
    expect(matchCreditLine('Quelle: dpa', { bare: false })?.source).toBe('dpa');
  });

  it.each([
    ['Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['Associated Press November 19, 2019, 9:02 AM Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['Reuters · 19 June 2024, 10:02 CET', 'Reuters'],
    ['dpa 19.06.2024, 14:05', 'dpa'],
    ['[Associated] Associated Press November 19, 2019, 9:02 AM', 'Associated Press'],
    ['Reuters reported on June 19, 2024 that talks had failed', null],
    ['Reuters 19 June', null],
    ['Associated Press November 19, 2019, 9:02 AM Updated by the desk', null],
  ])('reads a wire credit stamp (agency, date, time and nothing else) as a credit: %s', (line, source) => {
    expect(matchCreditLine(line, { bare: false })?.source ?? null).toBe(source);
  });

  it('finds the agency of an opening dateline', () => {
    expect(findSource('WASHINGTON (AP) — The county commission voted.', OPTS)).toEqual({ source: 'Associated Press', text: 'WASHINGTON (AP)', kind: 'dateline' });
    expect(findSource('Berlin (dpa) - Die Regierung hat.', OPTS)).toEqual({ source: 'dpa', text: 'Berlin (dpa)', kind: 'dateline' });
  });

  it('finds the agency of a byline', () => {
    expect(findSource('By JANE DOE Associated Press', OPTS)).toEqual({ source: 'Associated Press', text: 'By JANE DOE Associated Press', kind: 'byline' });
    expect(findSource('Par Le Courrier des Dunes avec AFP', OPTS)).toEqual({ source: 'AFP', text: 'Par Le Courrier des Dunes avec AFP', kind: 'byline' });
    expect(findSource('Le Courrier des Dunes avec AFP', OPTS)?.source).toBe('AFP');
    expect(findSource('20 Minutes avec AFP', OPTS)?.source).toBe('AFP');
    expect(findSource('La rédaction avec AFP', OPTS)?.source).toBe('AFP');
    expect(findSource('Jane Doe (Australian Associated Press)', OPTS)?.source).toBe('AAP');
    expect(findSource('By Jane Doe, PA Political Staff', OPTS)?.source).toBe('PA Media');
  });
});

describe('findSource: photo credits and mentions do not count', () => {
  it.each([
    'Foto: ANSA',
    '© ANSA',
    'Photo: AP Photo/Jane Doe',
    'Bild: dpa',
    '(Foto: EFE)',
    'Foto: ANP / Sanne Verbeek',
    'Foto: Inês Carvalho/Lusa',
    '-foto ufficio stampa Regione Siciliana-',
    'Reuters reported on Monday, citing two people familiar with the matter.',
    "Secondo quanto riferisce l'ANSA, la riunione è rinviata.",
    'wie die dpa berichtete',
    'Dat meldt persbureau ANP op basis van ingewijden.',
    'La directora de la agencia "EFE Verifica" explicó.',
    'Il sindaco ha parlato con ANSA',
    'AP Top 25: Unbeaten teams hold the top three spots',
    'Schools shut in Nellore (AP) after heavy rain',
    'Source: company filings',
    'Reporting by Jane Doe; Editing by John Roe',
    '© 2025 Central Prairie Media',
    'An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)',
  ])('%j → null', (text) => {
    expect(findSource(text, OPTS)).toBeNull();
  });

  it('recognises photo credits', () => {
    expect(isPhotoCredit('Foto: ANSA')).toBe(true);
    expect(isPhotoCredit('(Foto: EFE)')).toBe(true);
    expect(isPhotoCredit('© ANSA')).toBe(true);
    expect(isPhotoCredit('© dpa-infocom, dpa:240619-99-123456/3')).toBe(false);
    expect(isPhotoCredit('Fotografen waren vor Ort.')).toBe(false);
  });
});

describe('canonical agencies', () => {
  it('has the 35 canonical values of datelines.md §6', () => {
    expect(CANONICAL_AGENCIES).toHaveLength(35);
    expect(new Set(CANONICAL_AGENCIES).size).toBe(35);
  });
});
