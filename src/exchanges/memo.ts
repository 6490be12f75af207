// Look-ups the exchanges stage repeats for every capitalised word of every sentence,
// remembered across documents: both are pure functions of the words, and most words
// come back (sentence openers, the same states and names). Keyed by the token strings
// themselves, so a hit allocates nothing; bounded, and keys are copied so that a
// remembered word never keeps an article's text alive.
import { partyAt, sideOfDemonym } from '../counts/sides.js';
import { detach } from '../places/sorted.js';

const LIMIT = 50_000;
// stands for "no word here" (past the end of the sentence): no token is empty
const END = '';

type Party = [string, number] | null;
let parties = new Map<string, Map<string, Map<string, Party>>>();
let partyCount = 0;

/** partyAt(words, i), remembered by words[i], words[i + 1] and words[i + 2]. */
export function partyAtCached(words: string[], i: number): Party {
  const w0 = words[i];
  const w1 = i + 1 < words.length ? words[i + 1] : END;
  const w2 = i + 2 < words.length ? words[i + 2] : END;
  let m1 = parties.get(w0);
  let m2 = m1?.get(w1);
  const hit = m2?.get(w2);
  if (hit !== undefined) return hit;
  const p = partyAt(words, i);
  if (partyCount >= LIMIT) {
    parties = new Map();
    partyCount = 0;
    m1 = undefined;
    m2 = undefined;
  }
  if (!m1) parties.set(detach(w0), (m1 = new Map()));
  if (!m2) m1.set(detach(w1), (m2 = new Map()));
  m2.set(detach(w2), p);
  partyCount++;
  return p;
}

// null is a common answer: kept as NONE so that a miss is one Map.get
const NONE = '\u0000';
let demonyms = new Map<string, string>();

/** sideOfDemonym(lower), remembered. */
export function sideOfDemonymCached(lower: string): string | null {
  const hit = demonyms.get(lower);
  if (hit !== undefined) return hit === NONE ? null : hit;
  const side = sideOfDemonym(lower);
  if (demonyms.size >= LIMIT) demonyms = new Map();
  demonyms.set(detach(lower), side ?? NONE);
  return side;
}
