// Demonym -> country, for the stages that name the sides of an exchange
// ("116 Ukrainians" -> Ukraine). Adjectives are never places themselves.
import { DEMONYMS } from './gazetteer.js';

/** "Ukrainian", "Ukrainians" -> "Ukraine"; "Americans" -> "United States"; "Palestinians" -> "Palestinians"; else null */
export function countryOfDemonym(word: string): string | null {
  // the usual call: a lower-case token that nothing below would change
  if (isFolded(word)) return DEMONYMS.get(word) ?? null;
  const w = word
    .trim()
    .replace(/['\u2019]s?$/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return DEMONYMS.get(w) ?? null;
}

/** printable ASCII with no capital, no space and no apostrophe: trimming and folding leave it as it is */
function isFolded(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c <= 32 || c >= 127 || (c >= 65 && c <= 90) || c === 39) return false;
  }
  return true;
}
