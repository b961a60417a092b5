/**
 * The block classifier and region choice on small hand-made dumps: which lines are kept,
 * which are dropped, and by which rule.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/text/index.js';
import { matchPhrase } from '../../src/text/phrases.js';

const PARA_EN = [
  'The city council approved a plan on Tuesday to rebuild the old bridge over the river, ending a debate that had lasted for more than a decade.',
  'Construction is expected to begin next spring and will take about two years, according to the engineers who presented the project to the council.',
  'Residents who had opposed the plan said they would keep an eye on the costs, which have already grown by a third since the first estimate.',
];

/** Kept paragraphs of a dump. */
const kept = (dump: string): string[] => extractText(dump).paragraphs;
/** Rule of the first block whose text starts with `start`. */
const ruleOf = (dump: string, start: string): string | undefined =>
  extractText(dump).blocks.find((b) => b.text.startsWith(start))?.rule;

describe('matchPhrase', () => {
  it.each([
    ['Connect with us', 'share'],
    ['Read More', 'read-more'],
    ['Read More »', 'read-more'],
    ['LE ULTIME NOTIZIE', 'section-label'],
    ['Di Tendenza/Trending', 'section-label'],
    ['Published', 'meta-label'],
    ['on', 'meta-label'],
    ['Comments (23)', 'comments'],
    ['Kommentare (4)', 'comments'],
    ['0 commenti', 'comments'],
    ['Réagir (12)', 'comments'],
    ['Share this: Facebook | X | Email | Print', 'share'],
    ['Condividi: Facebook | X | WhatsApp', 'share'],
    ['Artikel teilen: Facebook | X', 'share'],
    ['Partilhar: Facebook | X', 'share'],
    ['Leggi anche', 'read-more'],
    ['Lire aussi : Au Sahel, l’élevage nomade face à la raréfaction des points d’eau', 'read-more'],
    ['Mehr zum Thema', 'section-label'],
    ['MÁS NOTICIAS', 'section-label'],
    ['Leia também', 'read-more'],
    ['Lees ook', 'read-more'],
    ['Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.', 'cookie'],
    ['Questo sito utilizza cookie tecnici e di profilazione.', 'cookie'],
    ['Copyright 2025 The Associated Press. All rights reserved.', 'legal'],
    ['© 2024 Weserland Medien GmbH', 'legal'],
    ['Impressum | Datenschutz | AGB', 'legal'],
    ['Foto: Inês Carvalho/Lusa', 'photo-credit'],
    ['Tag: Genova | porto | infrastrutture', 'tags'],
    ['Get our free Morning Briefing newsletter. Enter your email | Sign up', 'newsletter'],
    ['Advertisement', 'advert'],
  ])('%s → %s', (text, category) => {
    expect(matchPhrase(text, 600)?.category).toBe(category);
  });

  it.each([
    'Online voting opened on Monday for the first time.',
    'Published reports suggest the deal is close.',
    'The council will read more than 300 submissions before deciding.',
  ])('leaves running text alone: %s', (text) => {
    expect(matchPhrase(text, 600)).toBeNull();
  });
});

describe('extractText', () => {
  it('keeps the article paragraphs and drops navigation above and teasers below (en)', () => {
    const dump = ['Skip to main content', '', 'News', 'Local', 'Sports', 'Business', '', 'Bridge plan approved after ten years of debate', '', ...PARA_EN.flatMap((p) => [p, '']),
      'Related Stories', '', 'Mayor announces new parking rules downtown', 'The new rules take effect next month and apply to all meters in the centre...', 'Read More', '', '© 2025 Example Media'].join('\n');
    const art = extractText(dump);
    expect(art.paragraphs).toEqual(PARA_EN);
    expect(art.headline?.text).toBe('Bridge plan approved after ten years of debate');
    expect(art.language).toBe('en');
    expect(ruleOf(dump, 'Skip to main content')).toBe('navigation');
    expect(ruleOf(dump, 'Related Stories')).toBe('section-label');
    expect(ruleOf(dump, 'The new rules take effect')).toBe('teaser');
    expect(ruleOf(dump, 'Mayor announces')).toBe('teaser');
  });

  it('drops an inline "Lire aussi" teaser inside a French article', () => {
    const paras = [
      "Après une troisième saison des pluies ratée, des milliers d'éleveurs du nord du Kenya ont abandonné leurs pâturages pour chercher du travail dans les villes.",
      'Dans les comtés de Marsabit et de Turkana, plus de 40% du bétail aurait péri depuis l’été, privant de nombreuses familles de leur principale source de revenus.',
      'Le gouvernement a annoncé le déblocage d’une aide d’urgence, jugée insuffisante par les ONG qui réclament un plan de long terme pour le pays.',
    ];
    const dump = [paras[0], '', paras[1], '', 'Lire aussi : Au Sahel, l’élevage nomade face à la raréfaction des points d’eau', '', paras[2], '', 'Réagir (12)'].join('\n');
    expect(kept(dump)).toEqual(paras);
  });

  it('stops the article at a German "Mehr zum Thema" list and drops the cookie banner', () => {
    const paras = [
      'Die Landesregierung will die Genehmigungsverfahren für neue Windkraftanlagen auf durchschnittlich sechs Monate verkürzen, wie das Kabinett am Donnerstag beschloss.',
      'Kern des Vorhabens ist eine zentrale Servicestelle, die Landkreise bei komplexen Anträgen unterstützen soll, damit die Verfahren schneller werden.',
    ];
    const dump = ['Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Alle akzeptieren | Einstellungen', '',
      'Windräder sollen schneller genehmigt werden', '', ...paras.flatMap((p) => [p, '']), 'Mehr zum Thema', '',
      'Solarpflicht für Parkplätze: Was Kommunen jetzt wissen müssen, wenn sie neue Flächen für Autos und Fahrräder planen und bauen wollen.'].join('\n');
    expect(kept(dump)).toEqual(paras);
    expect(ruleOf(dump, 'Wir verwenden Cookies')).toBe('cookie');
  });

  it('keeps a short subheading between two body paragraphs (context rule)', () => {
    const dump = [PARA_EN[0], '', 'What comes next', '', PARA_EN[1], '', PARA_EN[2]].join('\n');
    expect(kept(dump)).toEqual([PARA_EN[0], 'What comes next', PARA_EN[1], PARA_EN[2]]);
  });

  it('drops a run of short menu lines even between paragraphs', () => {
    const dump = [PARA_EN[0], '', 'Autos', 'Jobs', 'Homes', 'Rentals', '', PARA_EN[1], '', PARA_EN[2]].join('\n');
    expect(kept(dump)).toEqual(PARA_EN);
    expect(ruleOf(dump, 'Rentals')).toBe('short-run');
  });

  it('judges stop words in the article language even when menus are in English (it)', () => {
    const it1 = 'Il comitato di gestione dell’Autorità portuale ha approvato il progetto esecutivo della nuova diga, un’opera che dovrà consentire l’accesso alle navi.';
    const it2 = 'Secondo il cronoprogramma presentato in conferenza stampa, i primi cassoni saranno posati entro la fine di aprile, mentre il completamento è previsto per il 2028.';
    const art = extractText(['Home', 'News', 'Sport', '', it1, '', it2].join('\n'));
    expect(art.language).toBe('it');
    expect(art.paragraphs).toEqual([it1, it2]);
  });
});
