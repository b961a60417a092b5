import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/fields/index.js';

const REF = '2024-06-20';

describe('parseDate', () => {
  it.each([
    // language, text, reference, expected
    ['en', 'June 19, 2024', REF, '2024-06-19'],
    ['en', 'Nov 29', '2025-11-30', '2025-11-29'],
    ['en', 'Sept. 4', REF, '2024-09-04'],
    ['en', 'Jan. 2', '2023-12-31', '2024-01-02'],
    ['en', 'February 8, 2023', REF, '2023-02-08'],
    ['en', 'OCT 2', '2025-10-02', '2025-10-02'],
    ['it', '19 giugno 2024', REF, '2024-06-19'],
    ['it', '19 GIU', REF, '2024-06-19'],
    ['it', '12 feb.', '2026-02-13', '2026-02-12'],
    ['it', 'mercoledì 19 giugno 2024', REF, '2024-06-19'],
    ['it', '05/06/2024', REF, '2024-06-05'],
    ['es', '7 de diciembre', '2025-12-07', '2025-12-07'],
    ['es', '16 de octubre de 2026', REF, '2026-10-16'],
    ['es', '11 Sep.', '2024-09-11', '2024-09-11'],
    ['es', '19 sept', REF, '2024-09-19'],
    ['es', '19 de setiembre', REF, '2024-09-19'],
    ['pt', '21 de julho de 2023', REF, '2023-07-21'],
    ['pt', '18 set 2026', REF, '2026-09-18'],
    ['pt', '31 dez 2024', '2025-01-01', '2024-12-31'],
    ['pt', 'segunda-feira, 17 de junho de 2024', REF, '2024-06-17'],
    ['pt', '19-06-2024', REF, '2024-06-19'],
    ['fr', '1er juin 2024', REF, '2024-06-01'],
    ['fr', '4 févr.', REF, '2024-02-04'],
    ['fr', 'le 8 octobre 2024', REF, '2024-10-08'],
    ['fr', 'vendredi 21 juin 2024', REF, '2024-06-21'],
    ['de', '23. April 2025', REF, '2025-04-23'],
    ['de', '15. Sep', '2024-09-15', '2024-09-15'],
    ['de', '3. Jänner', '2024-01-10', '2024-01-03'],
    ['de', 'Mär. 4', REF, '2024-03-04'],
    ['de', 'Mittwoch, 23. April 2025', REF, '2025-04-23'],
    ['de', '19.06.2024', REF, '2024-06-19'],
    ['nl', '2 dec 2024', REF, '2024-12-02'],
    ['nl', '2 mrt', REF, '2024-03-02'],
    ['nl', '26 januari 2023', REF, '2023-01-26'],
    ['nl', '19-06-2024', REF, '2024-06-19'],
  ])('%s %j (ref %s) → %s', (language, text, referenceDate, expected) => {
    expect(parseDate(text, { referenceDate, language })).toBe(expected);
  });

  it('reads numeric dates in the order of the language', () => {
    expect(parseDate('6/5/2024', { referenceDate: REF, language: 'en' })).toBe('2024-06-05');
    expect(parseDate('05/06/2024', { referenceDate: REF, language: 'es' })).toBe('2024-06-05');
    expect(parseDate('13/06/2024', { referenceDate: REF, language: 'en' })).toBe('2024-06-13');
    expect(parseDate('2024-06-19', { referenceDate: REF })).toBe('2024-06-19');
  });

  it('resolves a missing year to the date nearest the reference', () => {
    expect(parseDate('Dec 31', { referenceDate: '2025-01-02', language: 'en' })).toBe('2024-12-31');
    expect(parseDate('31 DIC', { referenceDate: '2025-01-02', language: 'it' })).toBe('2024-12-31');
    expect(parseDate('Jan 2', { referenceDate: '2024-12-30', language: 'en' })).toBe('2025-01-02');
    expect(parseDate('February 29', { referenceDate: '2025-03-01', language: 'en' })).toBe('2024-02-29');
  });

  it('resolves a bare day to the latest such day on or before the reference', () => {
    expect(parseDate('30', { referenceDate: '2024-07-01', language: 'es' })).toBe('2024-06-30');
    expect(parseDate('1', { referenceDate: '2024-07-01', language: 'es' })).toBe('2024-07-01');
    expect(parseDate('31', { referenceDate: '2024-07-01', language: 'es' })).toBe('2024-05-31');
    expect(parseDate('29', { referenceDate: '2026-08-30', language: 'es' })).toBe('2026-08-29');
  });

  it('resolves a weekday alone to the latest such weekday on or before the reference', () => {
    expect(parseDate('Tuesday', { referenceDate: '2024-06-19', language: 'en' })).toBe('2024-06-18');
    expect(parseDate('Wednesday', { referenceDate: '2024-06-19', language: 'en' })).toBe('2024-06-19');
    expect(parseDate('martes', { referenceDate: '2024-06-19', language: 'es' })).toBe('2024-06-18');
    expect(parseDate('Dienstag', { referenceDate: '2024-06-19' })).toBe('2024-06-18');
  });

  it('lets the date win over a disagreeing weekday', () => {
    expect(parseDate('Monday, June 19, 2024', { referenceDate: REF, language: 'en' })).toBe('2024-06-19');
  });

  it('rejects what is not a date', () => {
    expect(parseDate('19 apples', { referenceDate: REF })).toBeNull();
    expect(parseDate('31 June 2024', { referenceDate: REF })).toBeNull();
    expect(parseDate('ROMA è la capitale', { referenceDate: REF })).toBeNull();
    expect(parseDate('', { referenceDate: REF })).toBeNull();
  });

  it('throws on a malformed reference date', () => {
    expect(() => parseDate('19 June', { referenceDate: '19/06/2024' })).toThrow(TypeError);
  });
});
