/**
 * The classifier on one small hand-made page per language: two article paragraphs kept,
 * and each kind of boilerplate dropped by the rule named for it.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/text/index.js';

interface Page {
  lang: string;
  headline: string;
  paragraphs: [string, string];
  /** Boilerplate lines above the article, each with the category that must drop it. */
  above: Array<[string, string]>;
  /** Boilerplate lines below the article. */
  below: Array<[string, string]>;
}

const PAGES: Page[] = [
  {
    lang: 'en',
    headline: 'Storm leaves thousands without power across the county',
    paragraphs: [
      'Thousands of homes were still without electricity on Monday after a storm brought down power lines across the county, the utility said in a statement.',
      'Crews from three neighbouring states were expected to arrive in the afternoon to help restore service, which could take until the end of the week.',
    ],
    above: [['Skip to main content', 'navigation'], ['We use cookies to improve your experience on our site.', 'cookie'], ['Share this article', 'share']],
    below: [['Read more', 'read-more'], ['Trending Now', 'section-label'], ['Comments (12)', 'comments'], ['Privacy Policy | Terms of Service', 'legal']],
  },
  {
    lang: 'it',
    headline: 'Maltempo, migliaia di famiglie senza corrente in provincia',
    paragraphs: [
      'Migliaia di famiglie sono rimaste senza elettricità anche lunedì dopo che la tempesta ha abbattuto le linee in tutta la provincia, ha fatto sapere il gestore.',
      'Le squadre arrivate dalle regioni vicine lavoreranno per tutta la notte, ma per il ripristino completo potrebbe servire fino alla fine della settimana.',
    ],
    above: [['Vai al contenuto', 'navigation'], ['Questo sito utilizza cookie tecnici e di profilazione.', 'cookie'], ['Condividi su Facebook', 'share']],
    below: [['Leggi anche', 'read-more'], ['I più letti', 'section-label'], ['3 commenti', 'comments'], ['© 2025 Editrice Esempio – Tutti i diritti riservati', 'legal']],
  },
  {
    lang: 'es',
    headline: 'El temporal deja a miles de hogares sin luz en la provincia',
    paragraphs: [
      'Miles de hogares seguían sin electricidad el lunes después de que el temporal derribara varias líneas en toda la provincia, según informó la compañía.',
      'Las brigadas llegadas de las comunidades vecinas trabajarán durante toda la noche, aunque la reparación completa podría alargarse hasta el fin de semana.',
    ],
    above: [['Ir al contenido', 'navigation'], ['Utilizamos cookies propias y de terceros para mejorar nuestros servicios.', 'cookie'], ['Compartir en Twitter', 'share']],
    below: [['Leer más', 'read-more'], ['Lo más leído', 'section-label'], ['Comentarios (5)', 'comments'], ['Aviso legal | Política de cookies', 'legal']],
  },
  {
    lang: 'fr',
    headline: 'La tempête prive des milliers de foyers d’électricité dans le département',
    paragraphs: [
      'Des milliers de foyers étaient encore privés d’électricité lundi après le passage de la tempête qui a abattu des lignes dans tout le département, selon le gestionnaire.',
      'Des équipes venues des régions voisines doivent travailler toute la nuit, mais le rétablissement complet pourrait prendre jusqu’à la fin de la semaine.',
    ],
    above: [['Aller au contenu principal', 'navigation'], ['Nous utilisons des cookies pour améliorer votre expérience.', 'cookie'], ['Partager sur Facebook', 'share']],
    below: [['Lire aussi', 'read-more'], ['Les plus lus', 'section-label'], ['Réagir (7)', 'comments'], ['Mentions légales | Données personnelles', 'legal']],
  },
  {
    lang: 'de',
    headline: 'Sturm lässt Tausende Haushalte im Landkreis ohne Strom',
    paragraphs: [
      'Tausende Haushalte waren auch am Montag noch ohne Strom, nachdem der Sturm im ganzen Landkreis Leitungen umgerissen hatte, wie der Netzbetreiber mitteilte.',
      'Trupps aus den Nachbarländern sollen die ganze Nacht arbeiten, doch bis alle Anschlüsse wieder versorgt sind, könnte es bis zum Ende der Woche dauern.',
    ],
    above: [['Zum Inhalt springen', 'navigation'], ['Wir verwenden Cookies, um Inhalte zu personalisieren.', 'cookie'], ['Artikel teilen', 'share']],
    below: [['Weiterlesen', 'read-more'], ['Meistgelesen', 'section-label'], ['Kommentare (4)', 'comments'], ['Impressum | Datenschutz | AGB', 'legal']],
  },
  {
    lang: 'pt',
    headline: 'Tempestade deixa milhares de casas sem eletricidade no distrito',
    paragraphs: [
      'Milhares de casas continuavam sem eletricidade na segunda-feira depois de a tempestade ter derrubado várias linhas em todo o distrito, segundo a empresa.',
      'As equipas vindas das regiões vizinhas vão trabalhar durante toda a noite, mas a reposição completa poderá demorar até ao fim da semana.',
    ],
    above: [['Saltar para o conteúdo', 'navigation'], ['Este site utiliza cookies para melhorar a sua experiência.', 'cookie'], ['Partilhar: Facebook | X', 'share']],
    below: [['Leia também', 'read-more'], ['Mais lidas', 'section-label'], ['Comentários (2)', 'comments'], ['Ficha técnica | Estatuto editorial', 'legal']],
  },
  {
    lang: 'nl',
    headline: 'Storm laat duizenden huishoudens in de provincie zonder stroom',
    paragraphs: [
      'Duizenden huishoudens zaten maandag nog zonder stroom nadat de storm in de hele provincie leidingen had neergehaald, meldde de netbeheerder.',
      'Ploegen uit de buurregio’s werken de hele nacht door, maar het volledige herstel kan nog tot het einde van de week duren, zegt een woordvoerder.',
    ],
    above: [['Naar de inhoud', 'navigation'], ['Wij gebruiken cookies om de website te verbeteren.', 'cookie'], ['Deel dit artikel', 'share']],
    below: [['Lees ook', 'read-more'], ['Meest gelezen', 'section-label'], ['Reacties (9)', 'comments'], ['Privacybeleid | Algemene voorwaarden', 'legal']],
  },
];

describe.each(PAGES)('$lang page', (page) => {
  const lines = [...page.above.map(([t]) => t), '', page.headline, '', page.paragraphs[0], '', page.paragraphs[1], '', ...page.below.map(([t]) => t)];
  const art = extractText(lines.join('\n'));

  it('detects the language and keeps exactly the two paragraphs', () => {
    expect(art.language).toBe(page.lang);
    expect(art.paragraphs).toEqual(page.paragraphs);
  });
  it('finds the headline', () => {
    expect(art.headline?.text).toBe(page.headline);
  });
  it.each([...page.above, ...page.below])('drops "%s" as %s', (text, category) => {
    const block = art.blocks.find((b) => b.text === text);
    expect(block?.category).toBe(category);
    expect(block?.cls).toBe('bad');
  });
});
