/**
 * Publication-time lines (`Published: Jun. 4, 2025`, `Publié le 26/11/2024`, `Pubblicato il …`):
 * their opening words, from `data/fields/published-prefixes.json`.
 */
import { loadData } from '../data.js';
import { phraseList, startsWithPhrase } from './text.js';

const PREFIXES = phraseList(loadData<{ prefixes: string[] }>('fields/published-prefixes').prefixes);

/** True when `s` opens with a publication/update word (`Published`, `Aggiornato`, `Veröffentlicht`…), in any case. */
export function startsWithPublished(s: string): boolean {
  return startsWithPhrase(s, PREFIXES) !== null;
}
