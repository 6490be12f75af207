// Name folding. `loose` is the key every lookup uses, the same function as the build
// script's (scripts/data/places.mjs): case, accents, apostrophes, hyphens and a y
// before a vowel folded, so "Zaporizhzhya" meets GeoNames' "Zaporizhia", "Kramators'k"
// meets "Kramatorsk", "Hama" meets "Hamah" and "Nahariya" meets "Nahariyya" (a doubled
// y is a transliterator's choice). Other doubled letters stay ("Cameron" is no
// "Cameroon"), and so does a y before a consonant ("Tyre" is no "tire").

import { memo } from './sorted.js';
import { hasLower, hasUpper, replaceLetterRuns } from '../lexicon/chars.js';

const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[\u2019'\u02bc\u2018`\u02bb]/g;
const HYPHENS = /[-\u2010\u2011\u2013]/g;

// a plain ASCII word that none of the rules below changes but for its case
const PLAIN = /^[A-Za-z]+$/;
const RULES = /y[aeiouy]|zhzh|ii|[aeiou]h$/;
const remembered = memo(foldLoose);

/** the loose key of a name (remembered: folding is the costly part of a lookup) */
export function loose(s: string): string {
  if (PLAIN.test(s)) {
    const k = s.toLowerCase();
    if (!RULES.test(k)) return k;
  }
  return remembered(s);
}

/** loose(), worked out */
export function foldLoose(s: string): string {
  let k = s.normalize('NFD').replace(MARKS, '').toLowerCase();
  k = k.replace(APOSTROPHES, '').replace(HYPHENS, ' ');
  k = k.replace(/\./g, '').replace(/\s+/g, ' ').trim();
  k = k.replace(/yy/g, 'y').replace(/y(?=[aeiou])/g, 'i').replace(/zhzh/g, 'zh').replace(/i{2,}/g, 'i');
  k = k.replace(/([aeiou])h\b/g, '$1');
  return k;
}

const SMALL = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ed', 'er', 'es', 'et', 'ez', 'ul', 'de', 'of', 'the', 'and', 'on', 'upon', 'en', 'la', 'le', 'du', 'da']);


/** "CHERNIHIV REGION" -> "Chernihiv Region"; small words stay lower case ("Deir al-Balah"). */
export function titleCase(s: string): string {
  let first = true;
  return replaceLetterRuns(s.toLowerCase(), (w) => {
    const keep = !first && SMALL.has(w);
    first = false;
    return keep ? w : w[0].toUpperCase() + w.slice(1);
  });
}


/** true when the word has letters and none of them is lower case ("KYIV", "U.S.") */
export function isAllCaps(s: string): boolean {
  // an a-z letter is lower case: most words answer here, before any Unicode class test
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return hasUpper(s) && !hasLower(s);
}
