// Demonym -> country, for the stages that name the sides of an exchange
// ("116 Ukrainians" -> Ukraine). Adjectives are never places themselves.
import { DEMONYMS } from './gazetteer.js';

/** "Ukrainian", "Ukrainians" -> "Ukraine"; "Americans" -> "United States"; "Palestinians" -> "Palestinians"; else null */
export function countryOfDemonym(word: string): string | null {
  const w = word
    .trim()
    .replace(/['\u2019]s?$/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return DEMONYMS.get(w) ?? null;
}
