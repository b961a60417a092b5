/** extractFields on composed inputs: what is removed, with which rule, and what stays body. */
import { describe, expect, it } from 'vitest';
import { FIELD_RULES, extractFields } from '../../src/fields/index.js';

const REF = '2024-06-20';
const rules = (r: { decisions: { rule: string }[] }) => r.decisions.map((d) => d.rule);

describe('extractFields', () => {
  it('cuts the dateline and drops the lines before it, reading them for a byline', () => {
    const r = extractFields({
      paragraphs: ['By MARIA LOPEZ Associated Press', 'Updated 10:42 a.m. EDT, June 19, 2024', 'PHOENIX (AP) — Crews restored power.', 'More text.'],
      referenceDate: REF,
      language: 'en',
    });
    expect(r.dateline).toEqual({ text: 'PHOENIX (AP)', location: 'PHOENIX', date: null });
    expect(r.source).toBe('Associated Press');
    expect(r.byline).toBe('MARIA LOPEZ');
    expect(r.body).toEqual(['Crews restored power.', 'More text.']);
    expect(rules(r)).toEqual([FIELD_RULES.byline, FIELD_RULES.published, FIELD_RULES.dateline]);
    expect(r.decisions.every((d) => d.step === 'fields')).toBe(true);
  });

  it('drops a dateline paragraph of its own (Europa Press)', () => {
    const r = extractFields({ paragraphs: ['TOLEDO, 7 (EUROPA PRESS)', 'El Gobierno regional licitará la obra.'], referenceDate: '2025-04-07', language: 'es' });
    expect(r.dateline).toEqual({ text: 'TOLEDO, 7 (EUROPA PRESS)', location: 'TOLEDO', date: '2025-04-07' });
    expect(r.body).toEqual(['El Gobierno regional licitará la obra.']);
    expect(rules(r)).toEqual([FIELD_RULES.datelineLine]);
  });

  it('joins a dateline a converter broke before its dash', () => {
    const r = extractFields({
      paragraphs: ['ST. JOSEPH, Mich. (AP)', '— Michigan health authorities are reporting a sixth death.', 'More text.'],
      referenceDate: REF,
      language: 'en',
    });
    expect(r.dateline).toEqual({ text: 'ST. JOSEPH, Mich. (AP)', location: 'ST. JOSEPH, Mich.', date: null });
    expect(r.source).toBe('Associated Press');
    expect(r.byline).toBeNull();
    expect(r.body).toEqual(['Michigan health authorities are reporting a sixth death.', 'More text.']);
  });

  it('takes a dateline from the block just before the region', () => {
    const own = extractFields({
      paragraphs: ['El puerto de Valencia movió en septiembre un total de 498.300 contenedores.'],
      leading: ['Publicado: martes, 8 octubre 2024 13:45', 'VALENCIA, 8 (EUROPA PRESS)', 'Whatsapp | Facebook | Twitter'],
      referenceDate: '2024-10-08',
      language: 'es',
    });
    expect({ dateline: own.dateline, source: own.source }).toEqual({ dateline: { text: 'VALENCIA, 8 (EUROPA PRESS)', location: 'VALENCIA', date: '2024-10-08' }, source: 'Europa Press' });
    expect(own.body).toEqual(['El puerto de Valencia movió en septiembre un total de 498.300 contenedores.']);
    const broken = extractFields({ paragraphs: ['— Michigan health authorities are reporting a sixth death.'], leading: ['ST. JOSEPH, Mich. (AP)'], referenceDate: REF });
    expect(broken.dateline?.text).toBe('ST. JOSEPH, Mich. (AP)');
    expect(broken.body).toEqual(['Michigan health authorities are reporting a sixth death.']);
    const headline = extractFields({ paragraphs: ['The council met on Monday.'], leading: ['Berlin (dpa) - Die Regierung hat heute beraten.'], referenceDate: REF });
    expect(headline.dateline).toBeNull();
  });

  it('removes closing credits, photo credits and end marks, and cuts a closing (Agency)', () => {
    const r = extractFields({
      paragraphs: ['ROMA, 10 ottobre – Nuovo vertice.', 'Il governo tratta. (Agenzie)', 'Foto: ANSA', '(Schluss) abc/xyz'],
      referenceDate: '2024-10-10',
      language: 'it',
    });
    expect(r.source).toBe('Agencies');
    expect(r.body).toEqual(['Nuovo vertice.', 'Il governo tratta.']);
    expect(rules(r)).toEqual([FIELD_RULES.dateline, FIELD_RULES.endMark, FIELD_RULES.photo, FIELD_RULES.creditSuffix]);
  });

  it('drops photo-credit paragraphs inside the body', () => {
    const r = extractFields({ paragraphs: ['Il sindaco ha parlato.', 'Foto: Inês Carvalho/Lusa', 'Poi è andato via.'], referenceDate: REF });
    expect(r.body).toEqual(['Il sindaco ha parlato.', 'Poi è andato via.']);
    expect(r.source).toBeNull();
  });

  it('reads the edges: a byline before the region, a credit after a teaser list', () => {
    const r = extractFields({
      paragraphs: ['Durante la visita è stato firmato un accordo.'],
      leading: ['Connect with us', 'Pubblicato il 12 marzo 2025 | di Marta Bellini', 'Il titolo'],
      trailing: ['LE ULTIME NOTIZIE', 'Un altro articolo\nRead More\nUn terzo articolo\nRead More', '(con fonte AdnKronos)', 'Di Tendenza/Trending'],
      referenceDate: REF,
      language: 'it',
    });
    expect({ byline: r.byline, source: r.source, dateline: r.dateline }).toEqual({ byline: 'Marta Bellini', source: 'AdnKronos', dateline: null });
    expect(r.body).toEqual(['Durante la visita è stato firmato un accordo.']);
  });

  it('takes the place at the end of an Agência Brasil credit line as the dateline', () => {
    const r = extractFields({
      paragraphs: ['Publicado em 11/02/2025 - 16:05 Por Carlos Menezes - Repórter da Agência Brasil - Rio de Janeiro', 'A prefeitura decretou ponto facultativo.'],
      referenceDate: '2025-02-11',
      language: 'pt',
    });
    expect(r.dateline).toEqual({ text: 'Rio de Janeiro', location: 'Rio de Janeiro', date: null });
    expect({ source: r.source, byline: r.byline }).toEqual({ source: 'Agência Brasil', byline: 'Carlos Menezes' });
    expect(r.body).toEqual(['A prefeitura decretou ponto facultativo.']);
  });

  it('drops headline lines but keeps sentence-case body lines without a period', () => {
    const headline = extractFields({ paragraphs: ['STORM CUTS POWER TO 40,000 HOMES', 'Crews worked through the night.'], referenceDate: REF });
    expect(headline.body).toEqual(['Crews worked through the night.']);
    expect(rules(headline)).toEqual([FIELD_RULES.kicker]);
    const body = [
      'Chelsea have this morning paid the fee to secure the signing of the goalkeeper',
      'This has freed the move of the other goalkeeper to Madrid',
      'He will undergo a medical today.',
    ];
    expect(extractFields({ paragraphs: body, referenceDate: REF }).body).toEqual(body);
    const korean = ['엘제이의 리벤지인가, 류화영의 코스프레인가', '본문입니다.'];
    expect(extractFields({ paragraphs: korean, referenceDate: REF }).body).toEqual(korean);
  });

  it('does not take a dateline from a paragraph after the body has begun', () => {
    const paras = ['The council met on Monday and approved the budget for next year.', 'LONDON — Officials in the capital said the plan would be reviewed.'];
    const r = extractFields({ paragraphs: paras, referenceDate: REF, language: 'en' });
    expect(r.dateline).toBeNull();
    expect(r.body).toEqual(paras);
  });

  it('leaves a paragraph that is only a credit line as body when nothing else is there', () => {
    expect(extractFields({ paragraphs: ['(ANSA).'], referenceDate: REF }).body).toEqual(['(ANSA).']);
  });
});
