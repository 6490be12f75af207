// The place matcher. Two passes over the scan units (headline, body sentences):
//  1. patterns that say a capitalised phrase is a place whatever the gazetteer knows
//     ("X region", "region of X", "the city of X", "capital X", "kibbutz X",
//     "X People's Republic", "near X"), and the ones that say it is not (a person after
//     a first name or title, "X airport"); the place names learned here count
//     elsewhere in the document too ("Re'im" after "kibbutz Re'im");
//  2. a longest-match gazetteer lookup at every capitalised token, filtered by context
//     (compound adjectives, persons, organisations, small towns with no locative).
// Work is one tokenisation per unit and a few memoised lookups per capitalised token.
import type { PlaceType } from '../types.js';
import { isAllCaps, loose, titleCase } from './fold.js';
import { DEMONYMS, entryByKey, FIRST_NAMES, isPrefix, MAX_WORDS, type Entry } from './gazetteer.js';
import { isHyphen, isSpace, joins, tokenize, type Tok, type WordInfo } from './tokens.js';
import * as W from './words.js';
import { detach } from './sorted.js';
import { hasLetter, hasUpperRun, isSpaceCode, startsLetter, startsNumber } from '../lexicon/chars.js';

export interface Hit {
  start: number;
  end: number;
  name: string;
  type: PlaceType;
  countryCode: string | null;
  key: string;
  soft?: boolean;
}

export interface Unit {
  start: number;
  end: number;
  /** the headline: title case there says nothing */
  heading?: boolean;
}

interface Learned {
  name: string;
  type: PlaceType;
  countryCode: string | null;
}

const MAX_PHRASE = 5;
const REGION_SUFFIX = /\s+(region|oblast|province|governorate)$/i;

/** the merge key: one Place per country, else per type and folded name without its region word */
export function keyOf(type: PlaceType, countryCode: string | null, name: string, fold: (s: string) => string = loose): string {
  if (type === 'country' && countryCode) return `C:${countryCode}`;
  const base = fold(name.replace(REGION_SUFFIX, ''));
  return `${type === 'region' ? 'R' : type === 'city' ? 'T' : 'O'}:${base}`;
}

// patterns used per token are made once (a pattern literal inside a function is a new object at every call)
const SPACES = /\s+/g;
const COMMA_GAP = /^\s*,\s*$/;
const AFTER_STOP = /[.!?:;]\s*["\u201c\u2018'(]*\s*$/;
const OPENS_QUOTE = /^\s*["\u201c\u2018'(]/;
const SENTENCE_END = /[.!?"\u201d\u2019')]/;

/** text.slice(start, end).trimEnd().slice(-1), without copying the range */
function lastChar(text: string, start: number, end: number): string {
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e > start ? text[e - 1] : '';
}

/** all-caps dateline or heading words read as a name: "KYIV" -> "Kyiv"; "U.S.", "UAE" stay */
export function display(s: string): string {
  const one = s.replace(SPACES, ' ');
  return isAllCaps(one) && hasUpperRun(one, 4) ? titleCase(one) : one;
}

const lower = (t: Tok) => t.text.toLowerCase();
/** "Raúl" -> "raul", for the given-name list */
const plain = (t: Tok) => t.text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

let wordInfos = new Map<string, WordInfo>();
/** a token's loose key and gazetteer answers: asked once per token, remembered per text across articles */
function infoOf(t: Tok): WordInfo {
  if (t.info) return t.info;
  let v = wordInfos.get(t.text);
  if (v === undefined) {
    // (detached: loose() may hand back the token's own text, a slice of the article)
    const key = detach(loose(t.text));
    v = { key, prefix: isPrefix(key), entry: entryByKey(key), given: FIRST_NAMES.has(plain(t)) };
    if (wordInfos.size >= 50_000) wordInfos = new Map();
    // a copy of the key: a long slice would keep the article's text alive
    wordInfos.set(detach(t.text), v);
  }
  t.info = v;
  return v;
}

/** the words (lower-cased) at which a pattern of pass 1 may start, for a quick skip */
const TRIGGERS = new Set(
  [
    ...W.REGION_KEEP, ...W.REGION_STRIP, ...W.CITY_AFTER, ...W.FACILITY, ...W.CROSSING, ...W.OF_HEADS.keys(),
    ...W.LOCATIVE, ...W.NEAR, ...W.GEO_HEADS, 'prison', 'jail', 'border', 'capital', 'kibbutz', 'moshav', 'people',
  ].map((w) => w.toLowerCase()),
);

// the length and first letter of each of them, so most other words are passed over without
// a lower-cased copy or a hash (a word that lower-cases to one of them is ASCII letters but
// for a Kelvin sign, which keeps its length: a first character past ASCII is asked in full)
// (and a bit per second letter: "in" lets "is", "it" and "if" through no more)
const TRIGGER_SHAPES = new Uint32Array(32 * 128);
for (const w of TRIGGERS) if (w.length < 32) TRIGGER_SHAPES[w.length * 128 + w.charCodeAt(0)] |= 1 << secondLetterBit(w.charCodeAt(1));
/** a-z: bits 0-25; anything else (or no second character): bit 31 */
function secondLetterBit(c: number): number {
  if (c >= 65 && c <= 90) c += 32;
  return c >= 97 && c <= 122 ? c - 97 : 31;
}
function mayTrigger(w: string): boolean {
  const c = w.charCodeAt(0);
  const c1 = w.charCodeAt(1);
  if (c >= 128 || c1 >= 128 || w.length >= 32) return true;
  const shape = TRIGGER_SHAPES[w.length * 128 + (c >= 65 && c <= 90 ? c + 32 : c)];
  return shape !== 0 && ((shape >>> secondLetterBit(c1)) & 1) === 1;
}

/** a lower-case word that may sit inside a name: "of" between spaces, "on"/"al" between hyphens */
function connects(toks: Tok[], k: number, withAnd: boolean): boolean {
  if (k < 0 || k + 1 >= toks.length) return false;
  const t = toks[k];
  const n = toks[k + 1];
  if (W.HYPHEN_CONNECTORS.has(t.text)) return isHyphen(n.gap) || (isHyphen(t.gap) && joins(n.gap));
  if (t.text === 'and') return withAnd && isSpace(t.gap) && isSpace(n.gap);
  return W.CONNECTORS.has(t.text) && isSpace(t.gap) && isSpace(n.gap);
}

// (tokens past either end are tested for, not read: a read out of bounds, or a compare
// that first meets undefined, deoptimises the optimised caller)
/** the text of token k, or '' past the end */
function textAt(toks: Tok[], k: number): string {
  return k >= 0 && k < toks.length ? toks[k].text : '';
}
/** token k, or undefined past either end */
function tokAt(toks: Tok[], k: number): Tok | undefined {
  return k >= 0 && k < toks.length ? toks[k] : undefined;
}

export class Scanner {
  readonly hits: Hit[] = [];
  private readonly learned = new Map<string, Learned>();
  private readonly facility = new Set<string>();
  private readonly surnames = new Set<string>();
  /** start offsets of tokens pass 1 used up */
  private readonly covered = new Set<number>();
  private readonly units: { toks: Tok[]; weak: boolean; caps: boolean }[] = [];

  private readonly learnedPrefixes = new Set<string>();
  private readonly keyCache = new Map<string, string>();

  constructor(private readonly text: string) {}

  /** loose(), remembered: names repeat, and folding is the costly part of a lookup */
  private readonly fold = (s: string): string => {
    let v = this.keyCache.get(s);
    if (v === undefined) {
      v = loose(s);
      this.keyCache.set(s, v);
    }
    return v;
  };

  /** a place the header or the caller already knows (the dateline's parts) */
  learn(key: string, l: Learned): void {
    if (!key || this.learned.has(key)) return;
    this.learned.set(key, l);
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) this.learnedPrefixes.add(words.slice(0, i).join(' '));
  }

  /** soft: a guess ("X prison" names a town) that a later "X prison in ..." takes back */
  add(start: number, end: number, name: string, type: PlaceType, countryCode: string | null, soft = false): void {
    this.hits.push({ start, end, name, type, countryCode, key: keyOf(type, countryCode, name, this.fold), soft });
  }

  /** the finds, less the guesses the rest of the text took back */
  results(): Hit[] {
    return this.hits.filter((h) => !(h.soft && this.facility.has(this.fold(h.name))));
  }

  run(units: Unit[]): void {
    for (const u of units) {
      const toks = tokenize(this.text, u.start, u.end);
      if (toks.length === 0) continue;
      // counted, not filtered: no arrays per unit
      let words = 0;
      let capWords = 0;
      for (const t of toks) {
        if (t.text.length >= 4 && startsLetter(t.text)) {
          words++;
          if (t.cap) capWords++;
        }
      }
      // a title-case heading (no full stop at the end): capitals say nothing there
      const weak = words >= 3 && capWords / words >= 0.7 && (!!u.heading || !SENTENCE_END.test(lastChar(this.text, u.start, u.end)));
      const caps = toks.length >= 2 && toks.every((t) => isAllCaps(t.text) || !hasLetter(t.text));
      this.units.push({ toks, weak, caps });
    }
    for (const u of this.units) if (!u.caps) this.patterns(u.toks);
    for (const u of this.units) this.lookups(u.toks, u.weak, u.caps);
  }

  // ---- phrases ---------------------------------------------------------------------

  private nameStart(toks: Tok[], i: number): boolean {
    const t = tokAt(toks, i);
    if (!t) return false;
    if (t.cap) return true;
    // (the articles are two or three letters: no set lookup for longer words)
    return t.text.length <= 3 && W.ARTICLES.has(t.text) && i + 1 < toks.length && isHyphen(toks[i + 1].gap) && toks[i + 1].cap;
  }

  /** the capitalised phrase ending at token `e`: its first token index (> e when none) */
  private phraseBack(toks: Tok[], e: number): number {
    if (!tokAt(toks, e)?.cap) return e + 1;
    let s = e;
    while (s > 0 && e - s + 1 < MAX_PHRASE && joins(toks[s].gap) && !toks[s - 1].poss) {
      const p = toks[s - 1];
      // a country ends the phrase: "the U.K. North Sea" is the North Sea
      if (p.cap && !W.NOT_NAMES.has(lower(p)) && infoOf(p).entry?.type !== 'country') s--;
      // a group adjective before it: "the Gulf Coast area" names no "Coast"
      else if (p.cap && W.NOT_NAMES.has(lower(p)) && !W.DETERMINERS.has(lower(p)) && !W.DIRECTIONS.has(lower(p))) return e + 1;
      else if (W.ARTICLES.has(p.text) && isHyphen(toks[s].gap)) {
        // "al-Shwayrif", "Deir al-Balah"
        s--;
        if (s > 0 && toks[s - 1].cap && joins(p.gap) && !toks[s - 1].poss) s--;
        else break;
      } else if (s - 2 >= 0 && connects(toks, s - 1, false) && toks[s - 2].cap && (W.GEO_OF.has(toks[s - 2].text) || this.lookup(this.fold(this.slice(toks, s - 2, e))))) {
        // "of" inside a name only after a geographic head or in a known name ("Bay of Plenty")
        s -= 2;
      } else break;
    }
    // leading words that start no name: "the", "Eastern", demonyms, titles
    while (s <= e && (W.NOT_NAMES.has(lower(toks[s])) || W.FUNCTION.has(lower(toks[s])) || DEMONYMS.has(lower(toks[s])) || W.TITLES.has(lower(toks[s])) || (!toks[s].cap && !this.nameStart(toks, s)))) s++;
    return s;
  }

  /** the capitalised phrase starting at token `s`: its last token index */
  private phraseFwd(toks: Tok[], s: number): number {
    let e = s;
    if (!toks[s].cap) e = s + 1; // "al" of "al-Shwayrif"
    while (e + 1 < toks.length && e - s + 1 < MAX_PHRASE && !toks[e].poss && joins(toks[e + 1].gap)) {
      const n = toks[e + 1];
      if (n.cap && !W.NOT_NAMES.has(lower(n))) e++;
      else if (e + 2 < toks.length && connects(toks, e + 1, false) && toks[e + 2].cap && !W.NOT_NAMES.has(lower(toks[e + 2]))) e += 2;
      else break;
    }
    return e;
  }

  private slice(toks: Tok[], s: number, e: number): string {
    return this.text.slice(toks[s].start, toks[e].end);
  }

  private lookup(key: string): Entry | Learned | undefined {
    return this.learned.get(key) ?? entryByKey(key);
  }

  /** a phrase a pattern may call a place: not a demonym, month, title or country */
  private plausible(toks: Tok[], s: number, e: number): boolean {
    if (s > e) return false;
    const first = lower(toks[s]);
    if (W.NOT_NAMES.has(first) || W.FUNCTION.has(first) || DEMONYMS.has(first) || W.TITLES.has(first)) return false;
    if (e - s + 1 > 4) return false;
    for (let k = s; k <= e; k++) if (startsNumber(toks[k].text)) return false;
    return true;
  }

  /** a phrase split at its hyphens when the whole is unknown and a part is a known place */
  private hyphenParts(toks: Tok[], s: number, e: number): [number, number][] {
    const parts: [number, number][] = [];
    let a = s;
    for (let k = s + 1; k <= e; k++) {
      if (isHyphen(toks[k].gap) && toks[k].cap && toks[k - 1].cap) {
        parts.push([a, k - 1]);
        a = k;
      }
    }
    parts.push([a, e]);
    if (parts.length === 1 || this.lookup(this.fold(this.slice(toks, s, e)))) return [[s, e]];
    return parts.some(([x, y]) => this.lookup(this.fold(this.slice(toks, x, y)))) ? parts : [[s, e]];
  }

  private cover(toks: Tok[], s: number, e: number): void {
    for (let k = s; k <= e; k++) this.covered.add(toks[k].start);
  }

  // ---- pass 1: patterns ----------------------------------------------------------------

  // The loop over every token stays small and each pattern is a method of its own: a
  // pattern first met late in a batch then recompiles itself, not the loop with every
  // pattern inlined into it.
  private patterns(toks: Tok[]): void {
    const n = toks.length;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      // persons: a first name or a title, then a capitalised word (the cheap tests first)
      if (t.cap && i + 1 < n && toks[i + 1].cap && isSpace(toks[i + 1].gap)) this.personAt(toks, i);
      // every pattern below starts at one of a few words: skip the rest at once
      if (!mayTrigger(t.text)) continue;
      const lw = lower(t);
      if (TRIGGERS.has(lw)) this.patternAt(toks, i, lw);
    }
  }

  /** a first name or a title before a capitalised word: the last word of the run is a surname */
  private personAt(toks: Tok[], i: number): void {
    const n = toks.length;
    const t = toks[i];
    const given = infoOf(t).given;
    if (given || W.TITLES.has(lower(t))) {
      let e = i + 1;
      while (e + 1 < n && toks[e + 1].cap && isSpace(toks[e + 1].gap) && !toks[e].poss && e - i < 3) e++;
      if (given || !W.TITLES.has(lower(toks[e]))) this.surnames.add(infoOf(toks[e]).key);
    }
  }

  /** the patterns that may start at token i, one of the trigger words (lw: lower-cased) */
  private patternAt(toks: Tok[], i: number, lw: string): void {
    if (this.beforeWord(toks, i, lw) || this.ofHead(toks, i, lw)) return;
    const n = toks.length;
    const t = toks[i];
    const prev = i > 0 ? toks[i - 1] : undefined;

    // "flights between A, B, C and X": a list of towns after a locative (not "of": "the
    // regions of A, B and X" may list a plant or a unit among the towns)
    if (W.LOCATIVE.has(t.text) && t.text !== 'of' && i + 1 < n && isSpace(toks[i + 1].gap) && this.nameStart(toks, i + 1)) this.townList(toks, i + 1);

    // "near Saraqeb", "outside Bosra": a capitalised name after a strong locative is a
    // place even when no list holds it (people and bodies are seldom "near" anything)
    if (W.NEAR.has(t.text) && i + 1 < n && this.nameStart(toks, i + 1) && isSpace(toks[i + 1].gap)) this.nearName(toks, i + 1);

    // "the capital Tripoli", "capital, Naypyidaw"
    if (lw === 'capital' && !t.cap && !t.poss && this.nameStart(toks, i + 1) && /^\s*,?\s+$/.test(toks[i + 1].gap)) {
      this.capitalName(toks, i + 1);
      return;
    }

    // "kibbutz Re'im", "Kibbutz Be'eri"
    if ((lw === 'kibbutz' || lw === 'moshav') && this.nameStart(toks, i + 1) && isSpace(toks[i + 1].gap)) {
      this.kibbutzName(toks, i);
      return;
    }

    // "Donetsk People's Republic"
    if (t.text === 'People' && t.poss && textAt(toks, i + 1) === 'Republic' && prev?.cap && joins(t.gap)) {
      this.peoplesRepublic(toks, i);
      return;
    }

    // "Crimean Peninsula", "Golan Heights": a capitalised geographic head
    if (W.GEO_HEADS.has(t.text) && prev?.cap && isSpace(t.gap) && !prev.poss && !(i + 1 < n && toks[i + 1].cap)) this.geoHead(toks, i);
  }

  /**
   * "X region", "Kursk area", "Donetsk and Luhansk Oblast", "X town", "X airport",
   * "Luhansk Oblast", "Zamfara state" (a capitalised "District" or "State" belongs to a
   * proper name): the name before the word. False when the word does not follow a name.
   */
  private beforeWord(toks: Tok[], i: number, lw: string): boolean {
    const t = toks[i];
    const prev = i > 0 ? toks[i - 1] : undefined;
    const next = textAt(toks, i + 1);
    const regionWord = W.REGION_KEEP.has(lw) || (W.REGION_STRIP.has(lw) && t.text === lw);
    const cityWord = W.CITY_AFTER.has(lw) && !t.cap;
    const facilityWord = W.FACILITY.has(t.text);
    const prisonWord = lw === 'prison' || lw === 'jail';
    const crossingWord = (W.CROSSING.has(lw) && !t.cap) || (t.text === 'border' && next === 'crossing');
    const afterName = (regionWord || cityWord || facilityWord || prisonWord || crossingWord) && prev && prev.cap && !prev.poss && isSpace(t.gap);
    if (!afterName) return false;
    const s = this.phraseBack(toks, i - 1);
    // "the Israeli town of X": no name before the word, the name follows its "of"
    const ofNext = W.OF_HEADS.has(lw) && !t.cap && next === 'of';
    if (!this.plausible(toks, s, i - 1)) return !ofNext;
    const pText = this.slice(toks, s, i - 1);
    // an acronym is no region name ("OECD area", "RIA state news agency"), nor is an adjective "state"
    if (isAllCaps(pText) || (lw === 'state' && W.STATE_NOUNS.has(next))) return true;
    const pKey = this.fold(pText);
    const known = entryByKey(pKey);
    if (known?.type === 'country' || known?.type === 'continent') return true;
    if (facilityWord || (prisonWord && t.cap)) {
      // the facility's own name; a big city or region stays a place ("a Moscow airport")
      if (!(known && known.big)) {
        this.facility.add(pKey);
        this.cover(toks, s, i);
      }
      return true;
    }
    if (prisonWord || crossingWord) this.facilityName(toks, s, i, pKey, known, prisonWord, crossingWord);
    else this.regionName(toks, s, i, lw, pText, pKey, known, regionWord);
    return true;
  }

  /** "Tehran's Evin prison", "Ofer prison near Ramallah", "the Chaman-Spin Boldak crossing": toks s..i-1 name the prison or crossing at i */
  private facilityName(toks: Tok[], s: number, i: number, pKey: string, known: Entry | undefined, prisonWord: boolean, crossingWord: boolean): void {
    // a prison in a place, named for itself
    const inPlace = (s > 0 && toks[s - 1].poss && !!this.lookup(infoOf(toks[s - 1]).key)) || (prisonWord && ['in', 'near', 'outside'].includes(textAt(toks, i + 1)));
    if (inPlace) {
      this.facility.add(pKey);
      this.cover(toks, s, i);
    } else if (!known || (crossingWord && !known.big)) {
      // a crossing between two places; a small place names its crossing without a
      // locative ("the X crossing")
      for (const [a, b] of this.hyphenParts(toks, s, i - 1)) {
        const text = this.slice(toks, a, b);
        const k = this.fold(text);
        const e = this.lookup(k);
        this.add(toks[a].start, toks[b].end, display(text), e?.type ?? 'city', e?.countryCode ?? null, !e && prisonWord);
        if (!e) this.learn(k, { name: display(text), type: 'city', countryCode: null });
      }
      this.cover(toks, s, i - 1);
    }
  }

  /** "X region", "X town": toks s..i-1 name a region or a town, and so may the names listed before them */
  private regionName(toks: Tok[], s: number, i: number, lw: string, pText: string, pKey: string, known: Entry | undefined, regionWord: boolean): void {
    const t = toks[i];
    const prev = toks[i - 1];
    const type: PlaceType = regionWord ? 'region' : 'city';
    const cc = known?.countryCode ?? null;
    const keepWord = W.REGION_KEEP.has(lw) && !lw.endsWith('s');
    const word = isAllCaps(t.text) || !prev.cap ? lw : t.text;
    const name = keepWord ? `${display(pText)} ${isAllCaps(t.text) ? lw : word}` : display(pText);
    this.add(toks[s].start, keepWord ? t.end : toks[i - 1].end, name, type, cc);
    if (!known) this.learn(pKey, { name: display(pText), type, countryCode: cc });
    this.cover(toks, s, keepWord ? i : i - 1);
    // coordinated names before it: "Donetsk and Luhansk Oblast", "Kherson, Zaporizhzhia and Donetsk regions"
    // (a comma alone lists only before a plural or after an "and": "Robert Hunter, Chase area" is no list)
    let k = s;
    let listed = lw.endsWith('s');
    for (let guard = 0; guard < 8 && k > 0; guard++) {
      let e2: number;
      if ((toks[k - 1].text === 'and' || toks[k - 1].text === 'or') && k - 2 >= 0) {
        e2 = k - 2;
        listed = true;
      } else if (listed && COMMA_GAP.test(toks[k].gap)) e2 = k - 1;
      else break;
      const s2 = this.phraseBack(toks, e2);
      if (!this.plausible(toks, s2, e2) || toks[e2].poss) break;
      const qText = this.slice(toks, s2, e2);
      const qKnown = entryByKey(this.fold(qText));
      if (qKnown?.type === 'country' || qKnown?.type === 'continent') break;
      this.add(toks[s2].start, toks[e2].end, display(qText), type, qKnown?.countryCode ?? null);
      if (!qKnown) this.learn(this.fold(qText), { name: display(qText), type, countryCode: null });
      this.cover(toks, s2, e2);
      k = s2;
    }
  }

  /** "region of Lugansk", "the port city of Mariupol", "regions of A, B and C"; false when lw is no such head */
  private ofHead(toks: Tok[], i: number, lw: string): boolean {
    const n = toks.length;
    const head = W.OF_HEADS.get(lw);
    if (!(head && !toks[i].cap && textAt(toks, i + 1) === 'of' && this.nameStart(toks, i + 2))) return false;
    const plural = lw.endsWith('s');
    let s = i + 2;
    for (let guard = 0; guard < 10; guard++) {
      const e = this.phraseFwd(toks, s);
      if (!this.plausible(toks, s, e)) break;
      const pText = this.slice(toks, s, e);
      const known = this.lookup(this.fold(pText));
      // in a list, a name nobody knows may be anything ("Azovstal" among the regions)
      if (!known && s !== i + 2) break;
      if (known?.type !== 'country' && known?.type !== 'continent') {
        const type: PlaceType = known?.type ?? head;
        this.add(toks[s].start, toks[e].end, display(pText), type, known?.countryCode ?? null);
        if (!known) this.learn(this.fold(pText), { name: display(pText), type, countryCode: null });
        this.cover(toks, s, e);
      }
      if (!plural) break;
      // next item: ", B", "and C", ", and D"
      let j = e + 1;
      if (j < n && toks[j].text === 'and' && /^\s*,?\s*$/.test(toks[j].gap)) j++;
      else if (!(j < n && COMMA_GAP.test(toks[j].gap))) break;
      if (j < n && toks[j].text === 'and') j++;
      if (!this.nameStart(toks, j)) break;
      s = j;
    }
    return true;
  }

  /** "near Saraqeb": the name at s after a strong locative, when no list knows it */
  private nearName(toks: Tok[], s: number): void {
    const e = Math.min(this.phraseFwd(toks, s), s + 2);
    const after = e + 1 < toks.length ? toks[e + 1] : undefined;
    const pText = this.slice(toks, s, e);
    const pKey = this.fold(pText);
    if (
      this.plausible(toks, s, e) &&
      !this.lookup(pKey) &&
      !infoOf(toks[s]).given &&
      !toks[e].poss &&
      !(after && after.cap && isSpace(after.gap)) &&
      !isAllCaps(pText)
    ) {
      this.add(toks[s].start, toks[e].end, display(pText), 'city', null);
      this.learn(pKey, { name: display(pText), type: 'city', countryCode: null });
      this.cover(toks, s, e);
    }
  }

  /** "the capital Tripoli": the name at s is a city */
  private capitalName(toks: Tok[], s: number): void {
    const e = Math.min(this.phraseFwd(toks, s), s + 2);
    if (this.plausible(toks, s, e)) {
      const pText = this.slice(toks, s, e);
      const known = entryByKey(this.fold(pText));
      // a capital is a city, whatever else bears its name (a province, a small place)
      if (!known || (!known.big && known.type !== 'country' && known.type !== 'continent')) {
        const cc = known?.countryCode ?? null;
        this.add(toks[s].start, toks[e].end, display(pText), 'city', cc);
        this.learn(this.fold(pText), { name: display(pText), type: 'city', countryCode: cc });
        this.cover(toks, s, e);
      }
    }
  }

  /** "kibbutz Re'im" (the word at i): a town in Israel */
  private kibbutzName(toks: Tok[], i: number): void {
    const t = toks[i];
    const s = i + 1;
    const e = Math.min(this.phraseFwd(toks, s), s + 2);
    if (this.plausible(toks, s, e)) {
      const pText = this.slice(toks, s, e);
      const name = t.cap ? this.slice(toks, i, e) : pText;
      this.add(toks[t.cap ? i : s].start, toks[e].end, display(name), 'city', 'IL');
      this.learn(this.fold(pText), { name: display(pText), type: 'city', countryCode: 'IL' });
      this.cover(toks, t.cap ? i : s, e);
    }
  }

  /** "Donetsk People's Republic" ("People" at i) */
  private peoplesRepublic(toks: Tok[], i: number): void {
    const s = this.phraseBack(toks, i - 1);
    if (s <= i - 1) {
      const name = display(this.slice(toks, s, i + 1));
      const known = entryByKey(this.fold(this.slice(toks, s, i - 1)));
      this.add(toks[s].start, toks[i + 1].end, name, 'other', known?.countryCode ?? null);
      this.cover(toks, s, i + 1);
    }
  }

  /** "Crimean Peninsula", "Golan Heights" (the head at i) */
  private geoHead(toks: Tok[], i: number): void {
    const t = toks[i];
    const s = this.phraseBack(toks, i - 1);
    // the adjective may be a demonym here ("Crimean Peninsula", "Korean Peninsula")
    let s2 = s;
    if (s2 > i - 1 && DEMONYMS.has(lower(toks[i - 1]))) s2 = i - 1;
    while (s2 < i - 1 && W.NOT_NAMES.has(lower(toks[s2]))) s2++;
    if (s2 <= i - 1 && !W.NOT_NAMES.has(lower(toks[s2]))) {
      const name = display(this.slice(toks, s2, i));
      if (!entryByKey(this.fold(name))) {
        const known = entryByKey(this.fold(this.slice(toks, s2, i - 1)));
        this.add(toks[s2].start, t.end, name, 'other', known?.countryCode ?? null);
        this.learn(this.fold(name), { name, type: 'other', countryCode: known?.countryCode ?? null });
        this.cover(toks, s2, i);
      }
    }
  }
  /**
   * A list of three or more names after a locative ("between A, B, C and X on Sunday"),
   * where at least two are known towns and no known item is anything but a town: the
   * names nobody lists are towns too (of the others' country when they share one). The
   * list must close there (a full stop, a comma, a function word), so "A, B and Hamas
   * officials" gives nothing.
   */
  private townList(toks: Tok[], s0: number): void {
    const items: [number, number][] = [];
    let j = s0;
    let last = false;
    for (let guard = 0; guard < 12; guard++) {
      const e = Math.min(this.phraseFwd(toks, j), j + 2);
      items.push([j, e]);
      if (last || toks[e].poss) break;
      const k = e + 1;
      const nx = toks[k];
      if (!nx) break;
      if ((nx.text === 'and' || nx.text === 'or') && /^\s*,?\s*$/.test(nx.gap) && k + 1 < toks.length && isSpace(toks[k + 1].gap)) {
        j = k + 1;
        last = true;
      } else if (COMMA_GAP.test(nx.gap)) j = k;
      else break;
      if (!this.nameStart(toks, j)) return;
    }
    if (!last || items.length < 3) return;
    const [, end] = items[items.length - 1];
    const after = tokAt(toks, end + 1);
    if (toks[end].poss || (after && !/[.,;:!?)\u2014\u2013]/.test(after.gap) && !W.LIST_END.has(after.text))) return;
    let towns = 0;
    let cc: string | null | undefined;
    const unknown: [number, number][] = [];
    for (const [a, b] of items) {
      const known = this.lookup(this.fold(this.slice(toks, a, b)));
      if (known) {
        if (known.type !== 'city') return;
        towns++;
        cc = cc === undefined || cc === known.countryCode ? known.countryCode : null;
      } else unknown.push([a, b]);
    }
    if (towns < 2 || unknown.length === 0 || unknown.length > towns) return;
    for (const [a, b] of unknown) {
      const text = this.slice(toks, a, b);
      if (!this.plausible(toks, a, b) || isAllCaps(text) || infoOf(toks[a]).given || this.surnames.has(infoOf(toks[b]).key)) return;
    }
    for (const [a, b] of unknown) {
      const text = this.slice(toks, a, b);
      this.add(toks[a].start, toks[b].end, display(text), 'city', cc ?? null);
      this.learn(this.fold(text), { name: display(text), type: 'city', countryCode: cc ?? null });
      this.cover(toks, a, b);
    }
  }

  // ---- pass 2: gazetteer ------------------------------------------------------------

  private lookups(toks: Tok[], weak: boolean, caps: boolean): void {
    const n = toks.length;
    // folded only when a name may start or go on there: most tokens never need it
    // (the first word's gazetteer answers come with its key: infoOf)
    const keyAt = (k: number): string => infoOf(toks[k]).key;
    for (let i = 0; i < n; i++) {
      if (!this.nameStart(toks, i) || this.covered.has(toks[i].start)) continue;
      // extend while some name starts with the words so far; then longest match first
      let e = i;
      let key = keyAt(i);
      // the keys of tokens i..i+k, made only when the name goes on past its first word
      let phraseKeys: string[] | null = null;
      while (
        e + 1 < n &&
        e - i + 1 <= MAX_WORDS &&
        ((e === i ? infoOf(toks[i]).prefix : isPrefix(key)) || this.learnedPrefixes.has(key)) &&
        !toks[e].poss &&
        (joins(toks[e + 1].gap) || (toks[e + 1].gap === '. ' && W.NAME_ABBREVIATIONS.has(toks[e].text))) &&
        !this.covered.has(toks[e + 1].start)
      ) {
        const nx = toks[e + 1];
        if (!nx.cap && !connects(toks, e + 1, true)) break;
        e++;
        key = `${key} ${keyAt(e)}`;
        (phraseKeys ??= [keyAt(i)]).push(key);
      }
      let match: { e: number; entry: Entry | Learned; learned: boolean } | null = null;
      for (let end = e; end >= i; end--) {
        if (!toks[end].cap) continue;
        const k = end - i;
        const pk = k === 0 ? keyAt(i) : phraseKeys![k];
        const l = this.learned.get(pk);
        const g = l ? undefined : k === 0 ? infoOf(toks[i]).entry : entryByKey(pk);
        if (l || g) {
          match = { e: end, entry: (l ?? g)!, learned: !!l };
          break;
        }
      }
      if (!match) continue;
      const { entry, learned } = match;
      let end = match.e;
      // "Gaza City", "Zamboanga City": a place and "City" name the city itself
      const city = tokAt(toks, end + 1);
      if (city !== undefined && city.text === 'City' && isSpace(city.gap) && !toks[end].poss && !this.covered.has(city.start)) {
        const name = display(this.slice(toks, i, end + 1));
        const asCity: Learned = { name, type: 'city', countryCode: entry.countryCode };
        if (this.accept(toks, i, end + 1, asCity, true, weak, caps)) {
          this.add(toks[i].start, city.end, name, 'city', entry.countryCode);
          i = end + 1;
          continue;
        }
      }
      if (this.accept(toks, i, end, entry, learned, weak, caps)) {
        this.add(toks[i].start, toks[end].end, display(this.slice(toks, i, end)), entry.type, entry.countryCode);
        i = end;
      }
    }
  }

  private isPlaceToken(t: Tok | undefined): boolean {
    if (!t) return false;
    const w = infoOf(t);
    return !!(this.learned.get(w.key) ?? w.entry);
  }

  private accept(toks: Tok[], s: number, e: number, entry: Entry | Learned, learned: boolean, weak: boolean, caps: boolean): boolean {
    const first = toks[s];
    const last = toks[e];
    const prev = tokAt(toks, s - 1);
    const next = tokAt(toks, e + 1);
    const written = this.slice(toks, s, e);
    const key = this.fold(written);
    const type = entry.type;
    // a city that is also a given name ("Vladimir", "Sofia") needs the context a small town needs
    const big = learned || ((entry as Entry).big !== false && !FIRST_NAMES.has(key));
    // a small place spelt like a demonym ("in Somali waters") is the adjective
    if (!big && DEMONYMS.has(key)) return false;

    // "US" is a country, "Us" a pronoun; short abbreviations must be upper case
    if (written.replace(/\./g, '').length <= 3 && !isAllCaps(written)) return false;
    // an acronym in running text is no town ("ICO", "AMI"); datelines are read apart
    if (!caps && !learned && type === 'city' && isAllCaps(written)) return false;
    // an all-caps heading: no town, however big ("DELTA ROCKET BLASTS OFF")
    if (caps && (written.replace(/\./g, '').length <= 3 || (!learned && (type === 'city' || type === 'region')))) return false;

    // compound adjectives and hyphenated names: "Russia-backed", "pro-Russia", "Ben-Ami"
    if (next && isHyphen(next.gap)) {
      if (!next.cap && !W.LOCATED.has(next.text)) return false;
      if (next.cap && !this.isPlaceToken(next)) return false;
    }
    if (prev && isHyphen(first.gap)) {
      if (!prev.cap && !W.ARTICLES.has(prev.text)) return false;
      if (prev.cap && !this.isPlaceToken(prev)) return false;
    }

    if (this.inOrgName(toks, s, type)) return false;

    if (type === 'country') {
      // "Michael Jordan", "Georgia Smith"
      if (prev && prev.cap && isSpace(first.gap) && infoOf(prev).given) return false;
      if (s === e && next && next.cap && isSpace(next.gap) && FIRST_NAMES.has(key) && !this.isPlaceToken(next)) return false;
      return true;
    }

    // the tail of a longer name: "Taco Bell", "Con Edison", "Wall Street" (a first word of a sentence says nothing)
    if (!weak && prev && prev.cap && isSpace(first.gap) && !prev.poss && s - 1 > 0 && !this.isPlaceToken(prev) && !W.NOT_NAMES.has(lower(prev)) && !DEMONYMS.has(lower(prev))) return false;
    // a city or region word in a person's name: "Sofia Petrova", "President Lincoln", "Abraham Lincoln"
    if (prev && prev.cap && isSpace(first.gap) && (infoOf(prev).given || W.TITLES.has(lower(prev))) && !prev.poss) return false;
    if (!last.poss && next && next.cap && isSpace(next.gap) && !this.isPlaceToken(next) && (FIRST_NAMES.has(key) || this.surnames.has(infoOf(next).key))) return false;
    if (!learned && this.surnames.has(key)) return false;
    if (prev && !prev.cap && W.NAMING.has(prev.text)) return false;
    // newspapers, units, clubs: "Kyiv Independent", "Azov brigade"
    if (!last.poss && next && isSpace(next.gap) && W.ORG_HEADS.has(next.text)) return false;
    // the first word of a longer name: "Paris Hilton", "Gaza Health Ministry", "Minsk Protocol";
    // a title after it keeps it a place ("Kyiv Mayor Vitali Klitschko", "Gaza City")
    if (!weak && !last.poss && next && next.cap && isSpace(next.gap) && !this.isPlaceToken(next) && !W.AFTER_PLACE.has(lower(next))) return false;
    if (this.facility.has(key)) return false;
    if (learned) return true;

    // sentence-initial or title-case heading: capitals prove nothing for a small town
    const initial = s === 0 || AFTER_STOP.test(first.gap) || OPENS_QUOTE.test(first.gap);
    if (!big && (weak || initial)) return false;
    if ((weak || initial) && s === e && this.occursLower(first.text.toLowerCase())) return false;
    if (big) return true;

    // a small town followed by a capitalised word is part of a longer name ("Federal Security Service")
    if (!last.poss && next && next.cap && isSpace(next.gap) && !this.isPlaceToken(next)) return false;
    // a small town needs a locative ("near Soledar", "in Bakhmut and Soledar") or ", Country"
    if (next && COMMA_GAP.test(next.gap) && infoOf(next).entry?.type === 'country') return true;
    // back over a list of places: "near Bakhmut and Soledar", "in Sanaa, Aden and Marib"
    let j = s - 1;
    for (let guard = 0; guard < 12 && j >= 0; guard++) {
      const t = toks[j];
      if ((t.text === 'and' || t.text === 'or') && j > 0 && toks[j - 1].cap) {
        j--;
        continue;
      }
      if (t.cap && this.isPlaceToken(t) && (COMMA_GAP.test(toks[j + 1].gap) || toks[j + 1].text === 'and' || toks[j + 1].text === 'or' || joins(toks[j + 1].gap))) {
        j--;
        continue;
      }
      break;
    }
    const before = tokAt(toks, j);
    if (!before || before.cap || !W.LOCATIVE.has(before.text)) return false;
    // "Chamber of Commerce", "University of X": "of" inside a capitalised name
    return !(before.text === 'of' && j > 0 && toks[j - 1].cap);
  }

  /**
   * The place ends an organisation's name: "Council of Europe", "Bank of X", "Organization
   * for Security and Co-operation in Europe". Back from "of"/"for" over the name's
   * capitalised words and small words to a capitalised head (words.ts ORG_OF); after
   * "in" only a continent or a wider region ("the Ministry of Defence in Moscow" says where).
   */
  private inOrgName(toks: Tok[], s: number, type: PlaceType): boolean {
    let j = s - 1;
    if (textAt(toks, j) === 'the' && isSpace(toks[s].gap)) j--;
    const via = tokAt(toks, j);
    if (!via || !isSpace(toks[j + 1].gap)) return false;
    if (via.text === 'in') {
      if (type !== 'continent' && type !== 'other') return false;
    } else if (via.text !== 'of' && via.text !== 'for') return false;
    for (let k = j - 1, guard = 0; k >= 0 && guard < 10; k--, guard++) {
      const t = toks[k];
      if (!joins(toks[k + 1].gap)) return false;
      if (t.cap) {
        if (W.ORG_OF.has(t.text)) return true;
        if (t.poss) return false;
      } else if (!isHyphen(t.gap) && !W.ORG_CONNECTORS.has(t.text)) return false;
    }
    return false;
  }

  private lowerCache = new Map<string, boolean>();
  /** the word occurs in lower case somewhere in the text: an ordinary word here */
  private occursLower(w: string): boolean {
    let r = this.lowerCache.get(w);
    if (r === undefined) {
      r = false;
      let at = this.text.indexOf(w);
      while (at >= 0) {
        const b = this.text[at - 1];
        const a = this.text[at + w.length];
        if (!(b && hasLetter(b)) && !(a && hasLetter(a))) {
          r = true;
          break;
        }
        at = this.text.indexOf(w, at + 1);
      }
      this.lowerCache.set(w, r);
    }
    return r;
  }
}
