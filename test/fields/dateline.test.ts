/** parseDateline on the shapes of shared/datelines.md §2, §3, §8 (composed sentences) and the hard negatives of §4. */
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/fields/index.js';

const REF = '2024-06-20';

describe('parseDateline: positives', () => {
  it.each([
    // language, paragraph, text, location, date, source, body start
    ['en', 'SPRINGFIELD, Ill. (AP) — The governor said.', 'SPRINGFIELD, Ill. (AP)', 'SPRINGFIELD, Ill.', null, 'Associated Press', 'The governor'],
    ['en', 'ST. LOUIS (AP) — The city said.', 'ST. LOUIS (AP)', 'ST. LOUIS', null, 'Associated Press', 'The city'],
    ['en', 'LONDON, Nov 29 (Reuters) - Britain said.', 'LONDON, Nov 29 (Reuters)', 'LONDON', '2024-11-29', 'Reuters', 'Britain'],
    ['en', 'NAIROBI, June 19, 2024 (AFP) - Officials said.', 'NAIROBI, June 19, 2024 (AFP)', 'NAIROBI', '2024-06-19', 'AFP', 'Officials'],
    ['en', '(Bloomberg) -- Shares fell.', '(Bloomberg)', null, null, 'Bloomberg', 'Shares'],
    ['en', 'TOKYO (Kyodo) -- Trains stopped.', 'TOKYO (Kyodo)', 'TOKYO', null, 'Kyodo', 'Trains'],
    ['en', 'New Delhi, Jun 19 (PTI) The government said.', 'New Delhi, Jun 19 (PTI)', 'New Delhi', '2024-06-19', 'PTI', 'The government'],
    ['en', 'Mumbai, June 19 (IANS) The court said.', 'Mumbai, June 19 (IANS)', 'Mumbai', '2024-06-19', 'IANS', 'The court'],
    ['en', 'New Delhi [India], June 19 (ANI): The court said.', 'New Delhi [India], June 19 (ANI)', 'New Delhi [India]', '2024-06-19', 'ANI', 'The court'],
    ['en', 'June 19 (UPI) -- A storm hit.', 'June 19 (UPI)', null, '2024-06-19', 'UPI', 'A storm'],
    ['en', 'BEIRUT, Lebanon, June 2 — Talks resumed.', 'BEIRUT, Lebanon, June 2', 'BEIRUT, Lebanon', '2024-06-02', null, 'Talks'],
    ['en', 'WASHINGTON, D.C., June 19 — The Senate voted.', 'WASHINGTON, D.C., June 19', 'WASHINGTON, D.C.', '2024-06-19', null, 'The Senate'],
    ['en', 'LONDON, Tuesday — Ministers met.', 'LONDON, Tuesday', 'LONDON', '2024-06-18', null, 'Ministers'],
    ['en', '(ANSA) - ROME, JUN 19 - The government said.', '(ANSA) - ROME, JUN 19', 'ROME', '2024-06-19', 'ANSA', 'The government'],
    ['it', '(ANSA) - ROMA, 19 GIU - Il governo.', '(ANSA) - ROMA, 19 GIU', 'ROMA', '2024-06-19', 'ANSA', 'Il governo'],
    ['it', "(ANSA) - L'AQUILA, 19 GIU - Il sindaco.", "(ANSA) - L'AQUILA, 19 GIU", "L'AQUILA", '2024-06-19', 'ANSA', 'Il sindaco'],
    ['it', 'Roma, 19 giu. (Adnkronos) - Il governo.', 'Roma, 19 giu. (Adnkronos)', 'Roma', '2024-06-19', 'AdnKronos', 'Il governo'],
    ['it', '(AGI) - Milano, 19 giu - Il governo.', '(AGI) - Milano, 19 giu', 'Milano', '2024-06-19', 'AGI', 'Il governo'],
    ['it', 'AGI - Il ministro ha detto.', 'AGI', null, null, 'AGI', 'Il ministro'],
    ['it', '(DIRE) Bologna, 19 giu. - Il governo.', '(DIRE) Bologna, 19 giu.', 'Bologna', '2024-06-19', 'Dire', 'Il governo'],
    ['it', 'Milano, mercoledì 19 giugno 2024 – Il governo.', 'Milano, mercoledì 19 giugno 2024', 'Milano', '2024-06-19', null, 'Il governo'],
    ['it', 'ROMA, 19 giugno 2024 ore 14:30 – Il governo.', 'ROMA, 19 giugno 2024 ore 14:30', 'ROMA', '2024-06-19', null, 'Il governo'],
    ['it', 'FIRENZE, 19/06/2024 – Il museo.', 'FIRENZE, 19/06/2024', 'FIRENZE', '2024-06-19', null, 'Il museo'],
    ['es', 'MADRID, 19 Jun. (EUROPA PRESS) - El Gobierno.', 'MADRID, 19 Jun. (EUROPA PRESS)', 'MADRID', '2024-06-19', 'Europa Press', 'El Gobierno'],
    ['es', 'Madrid, 19 jun (EFE).- El Gobierno.', 'Madrid, 19 jun (EFE)', 'Madrid', '2024-06-19', 'EFE', 'El Gobierno'],
    ['es', 'Ciudad de México, 19 de junio (Notimex).- El banco.', 'Ciudad de México, 19 de junio (Notimex)', 'Ciudad de México', '2024-06-19', 'Notimex', 'El banco'],
    ['es', 'Buenos Aires.- El Gobierno anunció nuevas medidas.', 'Buenos Aires', 'Buenos Aires', null, null, 'El Gobierno'],
    ['pt', 'Lisboa, 19 jun 2024 (Lusa) - O Governo.', 'Lisboa, 19 jun 2024 (Lusa)', 'Lisboa', '2024-06-19', 'Lusa', 'O Governo'],
    ['pt', 'SÃO PAULO (Reuters) - Os professores.', 'SÃO PAULO (Reuters)', 'SÃO PAULO', null, 'Reuters', 'Os professores'],
    ['pt', 'RIO — O governo estadual anunciou a contratação.', 'RIO', 'RIO', null, null, 'O governo'],
    ['fr', 'PARIS, 19 juin (Reuters) - Le gouvernement.', 'PARIS, 19 juin (Reuters)', 'PARIS', '2024-06-19', 'Reuters', 'Le gouvernement'],
    ['fr', 'NANTES, 1er juin 2024 (AFP) - Le maire.', 'NANTES, 1er juin 2024 (AFP)', 'NANTES', '2024-06-01', 'AFP', 'Le maire'],
    ['fr', 'Genève (ATS) - Le Conseil.', 'Genève (ATS)', 'Genève', null, 'ATS', 'Le Conseil'],
    ['fr', 'ALGER- Le ministre a annoncé un plan.', 'ALGER', 'ALGER', null, null, 'Le ministre'],
    ['de', 'Kiew/Moskau (dpa) - Die Lage.', 'Kiew/Moskau (dpa)', 'Kiew/Moskau', null, 'dpa', 'Die Lage'],
    ['de', 'Frankfurt a.M. (dpa) - Die Börse.', 'Frankfurt a.M. (dpa)', 'Frankfurt a.M.', null, 'dpa', 'Die Börse'],
    ['de', 'Frankfurt am Main (dpa) - Die Börse.', 'Frankfurt am Main (dpa)', 'Frankfurt am Main', null, 'dpa', 'Die Börse'],
    ['de', 'Hamburg (dpa/lno) - Die Polizei.', 'Hamburg (dpa/lno)', 'Hamburg', null, 'dpa', 'Die Polizei'],
    ['de', 'Hannover (epd). Die Landeskirche.', 'Hannover (epd)', 'Hannover', null, 'epd', 'Die Landeskirche'],
    ['de', 'Bonn (KNA) Die Bischöfe.', 'Bonn (KNA)', 'Bonn', null, 'KNA', 'Die Bischöfe'],
    ['de', 'Frankfurt, 28. Jun (Reuters) - Die Börse.', 'Frankfurt, 28. Jun (Reuters)', 'Frankfurt', '2024-06-28', 'Reuters', 'Die Börse'],
    ['de', 'Wien, 3. Jänner (APA) - Die Regierung.', 'Wien, 3. Jänner (APA)', 'Wien', '2024-01-03', 'APA', 'Die Regierung'],
    ['de', 'Hamburg. Die Polizei hat am Abend gewarnt.', 'Hamburg', 'Hamburg', null, null, 'Die Polizei'],
    ['nl', 'DEN HAAG (ANP) - Het kabinet.', 'DEN HAAG (ANP)', 'DEN HAAG', null, 'ANP', 'Het kabinet'],
    ['nl', 'WASHINGTON (ANP/RTR) - De regering.', 'WASHINGTON (ANP/RTR)', 'WASHINGTON', null, 'ANP', 'De regering'],
    ['nl', "'s-Hertogenbosch (ANP) - De gemeente.", "'s-Hertogenbosch (ANP)", "'s-Hertogenbosch", null, 'ANP', 'De gemeente'],
    ['nl', "'S-HERTOGENBOSCH (ANP) - De gemeente.", "'S-HERTOGENBOSCH (ANP)", "'S-HERTOGENBOSCH", null, 'ANP', 'De gemeente'],
    ['de', 'Halle (Saale) (dpa) - Die Stadt.', 'Halle (Saale) (dpa)', 'Halle (Saale)', null, 'dpa', 'Die Stadt'],
    ['en', 'Amaravati (AP), Jul 12 (PTI) The state government.', 'Amaravati (AP), Jul 12 (PTI)', 'Amaravati (AP)', '2024-07-12', 'PTI', 'The state'],
    ['en', 'WASHINGTON (AP)—The city said.', 'WASHINGTON (AP)', 'WASHINGTON', null, 'Associated Press', 'The city'],
    ['en', "COEUR D'ALENE, Idaho (AP) — The city said.", "COEUR D'ALENE, Idaho (AP)", "COEUR D'ALENE, Idaho", null, 'Associated Press', 'The city'],
    ['en', 'PORT-AU-PRINCE, Haiti (AP) — Gangs blocked roads.', 'PORT-AU-PRINCE, Haiti (AP)', 'PORT-AU-PRINCE, Haiti', null, 'Associated Press', 'Gangs'],
    ['en', 'NEW YORK/LONDON, June 19 (Reuters) - Stocks fell.', 'NEW YORK/LONDON, June 19 (Reuters)', 'NEW YORK/LONDON', '2024-06-19', 'Reuters', 'Stocks'],
    ['it', "(ANSA) - CITTA' DEL VATICANO, 19 GIU - Il Papa.", "(ANSA) - CITTA' DEL VATICANO, 19 GIU", "CITTA' DEL VATICANO", '2024-06-19', 'ANSA', 'Il Papa'],
    ['it', '(ANSA-AFP) - PARIGI, 19 GIU - Il presidente ha parlato.', '(ANSA-AFP) - PARIGI, 19 GIU', 'PARIGI', '2024-06-19', 'ANSA', 'Il presidente'],
    ['it', 'Roma, 19 giu. (Adnkronos Salute) - Il ministro.', 'Roma, 19 giu. (Adnkronos Salute)', 'Roma', '2024-06-19', 'AdnKronos', 'Il ministro'],
    ['en', 'LONDON, Tuesday, June 18 — Ministers met.', 'LONDON, Tuesday, June 18', 'LONDON', '2024-06-18', null, 'Ministers'],
  ])('%s: %s', (language, text, dlText, location, date, source, body) => {
    const m = parseDateline(text, { referenceDate: REF, language });
    expect(m).not.toBeNull();
    expect({ text: m?.text, location: m?.location, date: m?.date, source: m?.source }).toEqual({ text: dlText, location, date, source });
    expect(text.slice(m?.bodyStart)).toMatch(new RegExp(`^${body}`));
  });

  it('reads a dateline that is a whole paragraph (Europa Press)', () => {
    const t = 'MADRID, 19 (EUROPA PRESS)';
    expect(parseDateline(t, { referenceDate: '2024-07-01', language: 'es' })).toEqual({
      text: t, location: 'MADRID', date: '2024-06-19', source: 'Europa Press', bodyStart: t.length,
    });
    const withDash = 'SEVILLA, 30 Nov. (EUROPA PRESS) -';
    expect(parseDateline(withDash, { referenceDate: '2024-11-30', language: 'es' })?.text).toBe('SEVILLA, 30 Nov. (EUROPA PRESS)');
  });

  it('gives bodyStart after the separator and its spaces', () => {
    const t = 'WASHINGTON (AP) — The county commission voted.';
    expect(parseDateline(t, { referenceDate: REF })?.bodyStart).toBe(t.indexOf('The'));
  });
});

describe('parseDateline: negatives (datelines.md §4)', () => {
  it.each([
    ['it', 'ROMA è la capitale europea con il maggior numero di fontane.'],
    ['es', 'Madrid acoge la cumbre.'],
    ['de', 'Berlin hat im vergangenen Jahr so viele Touristen empfangen.'],
    ['en', 'Paris, the organisers said, will host the fair.'],
    ['it', 'Napoli, la città del sole, si prepara.'],
    ['it', 'Il 19 giugno 2024 il Consiglio ha approvato.'],
    ['en', 'On June 19, the board approved a contract.'],
    ['de', 'Am 3. Oktober 2024 feierten Tausende.'],
    ['es', 'MADRID SE QUEDA SIN AGUA'],
    ['es', 'MADRID – SE QUEDA SIN AGUA'],
    ['it', 'MILANO, CITTÀ SOTTO ASSEDIO DELLO SMOG'],
    ['en', 'LONDON CALLING: A NEW FESTIVAL FOR THE CITY'],
    ['en', 'Reuters reported on Monday that the company would sell.'],
    ['it', "Secondo quanto riferisce l'ANSA, la riunione è rinviata."],
    ['en', 'Schools shut in Nellore (AP) after heavy rain'],
    ['en', 'Nellore (AP) after heavy rain the schools closed.'],
    ['en', 'AP Top 25: Unbeaten teams hold the top three spots'],
    ['fr', '(Belga)'],
    ['it', '(ANSA).'],
    ['en', 'Jane Doe (Australian Associated Press)'],
    ['en', 'Apple (AAPL) - Shares rose.'],
    ['de', 'Quelle: dpa'],
    ['en', 'Updated 10:42 a.m. EDT, March 11, 2024'],
    ['en', 'Published Wed, Nov 20 2019'],
    ['en', 'Wednesday, 20th November 2019 — The council met on Monday evening.'],
    ['it', 'Roma, 19 giugno 2024'],
    ['en', 'Blog - Latest News'],
    ['en', 'Dallas - Fort Worth'],
    ['fr', 'Hamburg. Die Polizei hat.'],
    ['en', ''],
  ])('%s: %j', (language, text) => {
    expect(parseDateline(text, { referenceDate: REF, language })).toBeNull();
  });
});
