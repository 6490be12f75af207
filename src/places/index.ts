// Places stage: countries, regions, cities named in the header's dateline, the headline
// and the body, one Place per distinct place with every mention, in text order.
import type { Context } from '../context.js';
import { span, type Range } from '../document/document.js';
import type { Place, PlaceType } from '../types.js';
import { readDateline, findDateline } from './dateline.js';
import { loose } from './fold.js';
import { countryName, entryByKey, mayHaveEntry } from './gazetteer.js';
import { Scanner, type Unit } from './scan.js';
import { detach, memo } from './sorted.js';
import * as W from './words.js';

export { countryOfDemonym } from './demonyms.js';
export { countryName } from './gazetteer.js';

// a credits paragraph left in the body while the header stage cannot cut it off
const CREDITS = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|edited)\s+by\b/i;

/** the first character of a CREDITS match: "(", white space, or the a/r/w/e/c of its words (past ASCII: maybe) */
function mayBeCredits(c: number): boolean {
  if (c >= 128 || c === 40 || c === 32 || (c >= 9 && c <= 13)) return true;
  const l = c | 32;
  return l === 97 || l === 114 || l === 119 || l === 101 || l === 99;
}

export function findPlaces(ctx: Context): Place[] {
  const { doc, header } = ctx;
  const text = doc.text;
  const sc = new Scanner(text);

  let place = header.datelinePlace;
  let dateline: Range | null = header.dateline;
  if (!place && !dateline) {
    const found = findDateline(doc);
    if (found) {
      place = found.place;
      dateline = found.whole;
    }
  }
  if (place) readDateline(text, place, sc);

  const units: Unit[] = [];
  const h = header.headline;
  if (h && (h.end <= doc.body.start || h.start >= doc.body.end)) units.push({ start: h.start, end: h.end, heading: true });
  for (const s of doc.sentences) {
    let start = s.start;
    if (dateline && dateline.start < s.end && dateline.end > start) start = Math.max(start, dateline.end);
    if (start >= s.end) continue;
    if (mayBeCredits(text.charCodeAt(start)) && CREDITS.test(text.slice(start, Math.min(s.end, start + 40)))) continue;
    units.push({ start, end: s.end });
  }
  sc.run(units);
  return group(text, sc.results());
}

function group(text: string, hits: { start: number; end: number; name: string; type: PlaceType; countryCode: string | null; key: string }[]): Place[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const byKey = new Map<string, Place>();
  let lastEnd = -1;
  for (const hit of hits) {
    if (hit.start < lastEnd) continue; // overlapping finds: the first (longest) wins
    lastEnd = hit.end;
    let p = byKey.get(hit.key);
    if (!p) {
      p = { name: hit.name, type: hit.type, countryCode: hit.countryCode, mentions: [] };
      byKey.set(hit.key, p);
    }
    if (!p.countryCode && hit.countryCode) p.countryCode = hit.countryCode;
    p.mentions.push(span({ text }, hit.start, hit.end));
  }
  return [...byKey.values()];
}

// names repeat: callers ask for every word and pair of words of a sentence
const lookupRemembered = memo((name: string) => {
  const p = lookupName(name);
  return p && { ...p, name: detach(p.name) };
});

/**
 * What the gazetteer knows about a name as written: "Kyiv" -> {Kyiv, city, UA},
 * "U.S." -> {United States, country, US}, "Kursk region" -> {Kursk region, region, RU}.
 * null for anything else (demonyms included: see countryOfDemonym).
 */
export function lookupPlace(name: string): { name: string; type: PlaceType; countryCode: string | null } | null {
  // most names asked (the words around a count) are none: answered without a lookup
  if (surelyNoPlace(name)) return null;
  const p = lookupRemembered(name);
  return p && { ...p };
}

// the words that make lookupName read "X region", "X area": their lengths and first letters
const REGION_SHAPES = new Uint8Array(32 * 128);
for (const w of [...W.REGION_KEEP, ...W.REGION_STRIP]) REGION_SHAPES[w.length * 128 + w.charCodeAt(0)] = 1;

/**
 * lookupName(name) is null for sure: a name with nothing for lookupName to strip or read
 * (no white space at either end, no leading "the", no "'s", no region word last), so that
 * its answer is the gazetteer's under loose(name), and the gazetteer has no such key.
 */
function surelyNoPlace(name: string): boolean {
  const n = name.length;
  if (n === 0) return false;
  const c0 = name.charCodeAt(0);
  const cn = name.charCodeAt(n - 1);
  if (c0 <= 32 || cn <= 32 || c0 >= 128) return false;
  // "the ...": stripped
  if ((c0 | 32) === 116 && n > 3 && (name.charCodeAt(1) | 32) === 104 && (name.charCodeAt(2) | 32) === 101 && isAsciiSpace(name.charCodeAt(3))) return false;
  // "...'s": stripped (a curly apostrophe is past ASCII: mayHaveEntry says maybe)
  if (cn === 115 && n > 1 && name.charCodeAt(n - 2) === 39) return false;
  // the last word after white space: a region word?
  let i = n - 1;
  while (i > 0 && !isAsciiSpace(name.charCodeAt(i - 1))) i--;
  if (i > 0) {
    const len = n - i;
    const f = name.charCodeAt(i);
    if (len >= 32 || f >= 128 || REGION_SHAPES[len * 128 + (f >= 65 && f <= 90 ? f + 32 : f)] === 1) return false;
  }
  return !mayHaveEntry(name);
}

/** the white space of \s within ASCII */
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

function lookupName(name: string): { name: string; type: PlaceType; countryCode: string | null } | null {
  const s = name.trim().replace(/^the\s+/i, '').replace(/['\u2019]s$/, '');
  const m = /\s+(\S+)$/.exec(s);
  const word = m ? m[1].toLowerCase() : '';
  if (m && (W.REGION_KEEP.has(word) || W.REGION_STRIP.has(word))) {
    const base = s.slice(0, s.length - m[0].length);
    const e = entryByKey(loose(base));
    if (e?.type === 'country') return null;
    return { name: W.REGION_KEEP.has(word) ? `${base} ${word}` : base, type: 'region', countryCode: e?.countryCode ?? null };
  }
  const e = entryByKey(loose(s));
  if (!e) return null;
  return { name: e.type === 'country' && e.countryCode ? countryName(e.countryCode) ?? e.name : e.name, type: e.type, countryCode: e.countryCode };
}
