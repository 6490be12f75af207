// Places stage: countries, regions, cities named in the header's dateline, the headline
// and the body, one Place per distinct place with every mention, in text order.
import type { Context } from '../context.js';
import { span, type Range } from '../document/document.js';
import type { Place, PlaceType } from '../types.js';
import { readDateline, findDateline } from './dateline.js';
import { loose } from './fold.js';
import { countryName, entryByKey } from './gazetteer.js';
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
  const p = lookupRemembered(name);
  return p && { ...p };
}

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
