// What a single token is, for the purposes of names and titles. The stage builds one
// Vocabulary per article: the lexicons plus the places the places stage found.
import type { Place } from '../types.js';
import { startsUpperHyphen } from '../lexicon/chars.js';
import { detach } from '../places/sorted.js';
import {
  COMMON,
  COUNTRIES,
  DEMONYMS,
  firstName,
  GAZETTEER,
  HONORIFICS,
  LAST_NAMES,
  MONTHS_DAYS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_WORDS,
  SPEECH_BEFORE_BACK,
  SPEECH_VERBS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import { isAllCaps, lowerAt, type Token } from './tokens.js';

export class Vocabulary {
  private readonly placeNames: Set<string>;
  private readonly placeSpans: { start: number; end: number }[];
  /** one-word countries and regions this story names: stems of demonyms ("Malian") */
  private readonly lands = new Set<string>();
  private readonly demonymMemo = new Map<string, string | null>();
  /** words of capitalised organisation names in this story ("wagner" of "Wagner Group") */
  readonly orgParts = new Set<string>();

  constructor(places: Place[]) {
    this.placeNames = new Set();
    this.placeSpans = [];
    for (const p of places) {
      this.placeNames.add(p.name.toLowerCase());
      if (p.type === 'country' || p.type === 'region') this.lands.add(p.name.toLowerCase());
      for (const m of p.mentions) {
        this.placeNames.add(m.text.toLowerCase());
        this.placeSpans.push({ start: m.start, end: m.end });
      }
    }
    this.placeSpans.sort((a, b) => a.start - b.start);
  }

  /** A place name as a whole ("Saudi Arabia", "Kyiv"), from the places stage or the gazetteer. */
  isPlaceName(lower: string): boolean {
    return this.placeNames.has(lower) || GAZETTEER.has(lower);
  }

  /** The places stage marked a mention covering [start, end). */
  inPlaceMention(start: number, end: number): boolean {
    const s = this.placeSpans;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (s[mid].end <= start) lo = mid + 1;
      else if (s[mid].start >= end) hi = mid - 1;
      else return s[mid].start <= start && s[mid].end >= end;
    }
    return false;
  }

  isPlaceToken(t: Token): boolean {
    return this.isPlaceName(t.lower) || this.inPlaceMention(t.start, t.end);
  }

  /** isPlaceToken less the gazetteer: a place of this story */
  isStoryPlace(t: Token): boolean {
    return this.placeNames.has(t.lower) || this.inPlaceMention(t.start, t.end);
  }

  /**
   * The country a demonym stands for, from the lexicon or from its shape: a country or
   * region name plus a demonym ending ("Malian" from Mali, "Chadian", "Togolese", "Iraqi").
   * Cities are no stems: "Kashani" and "Tabrizi" are surnames made from cities.
   */
  demonymOf(t: Token): string | null {
    if (t.kind !== 'word') return null;
    const known = DEMONYMS.get(t.lower);
    if (known) return known;
    const w = t.lower;
    if (w.length < 5 || !t.cap) return null;
    let hit = this.demonymMemo.get(w);
    if (hit !== undefined) return hit;
    hit = null;
    // "Israeli-American", "Franco-German": every part a demonym (the country of the first)
    const h = w.indexOf('-');
    if (h > 0) {
      const parts = w.split('-');
      const lands = parts.map((p) => DEMONYMS.get(p) ?? (p.length >= 5 ? this.demonymOf({ ...t, text: p, lower: p }) : null));
      hit = lands.every((x) => !!x) ? lands[0] : null;
      this.demonymMemo.set(w, hit);
      return hit;
    }
    if (!firstName(w) && !LAST_NAMES.has(w)) {
      const stems: string[] = [];
      if (w.endsWith('n') || w.endsWith('i')) stems.push(w.slice(0, -1));
      if (w.endsWith('an')) stems.push(w.slice(0, -2));
      if (w.endsWith('ian')) stems.push(w.slice(0, -3));
      if (w.endsWith('ese')) stems.push(w.slice(0, -3), w.slice(0, -4), w.slice(0, -3) + 'a');
      for (const st of stems) {
        if (st.length >= 4 && (COUNTRIES.has(st) || this.lands.has(st))) {
          hit = st[0].toUpperCase() + st.slice(1);
          break;
        }
      }
    }
    this.demonymMemo.set(w, hit);
    return hit;
  }
}

/** A speech verb as written in running text (lower case: "States" is no verb). */
export const isSpeechVerb = (t: Token) => t.kind === 'word' && !t.cap && SPEECH_VERBS.has(t.lower);
/** A speech verb at tokens[k], phrasal ones included: "shot back" at "shot". */
export const isSpeechAt = (tokens: Token[], k: number) =>
  isSpeechVerb(tokens[k]) || (!tokens[k].cap && SPEECH_BEFORE_BACK.has(tokens[k].lower) && lowerAt(tokens, k + 1) === 'back');
/** the word without a full stop at its end ("gen." -> "gen") */
const undotted = (w: string) => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
export const isHonorific = (t: Token) => t.kind === 'word' && HONORIFICS.has(undotted(t.lower));
export const isPersonNoun = (t: Token) => t.kind === 'word' && PERSON_NOUNS.has(t.lower);
export const isDemonym = (t: Token) => t.kind === 'word' && DEMONYMS.has(t.lower);
export const isMonthOrDay = (t: Token) => MONTHS_DAYS.has(undotted(t.lower));
export const isOrgWord = (t: Token) => ORG_WORDS.has(t.lower);
export const isPlaceWord = (t: Token) => PLACE_WORDS.has(t.lower);
export const isTitleModifier = (t: Token) => TITLE_MODIFIERS.has(t.lower);
export const firstNameGender = (t: Token) => firstName(t.lower);

const FUNCTION_CAPS = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'but', 'i']);
const ABSTRACT_ENDING = /^.{3,}(?:ments?|tions?|sions?|ness|ities|ity|ships?|isms?|ics)$/;


/** A capitalised token that may be part of a person's name. */
export function canBeNamePart(t: Token, vocab: Vocabulary): boolean {
  if (t.kind !== 'word' || !t.cap) return false;
  // what the word lists say of the word itself, remembered by its text: the same words recur
  const lexical = lexicalNamePart(t);
  if (lexical === NOT_NAME) return false;
  // "Another", "Fighting", "Officials" opening a sentence are ordinary words
  if (lexical & UNLESS_INITIAL && t.initial) return false;
  // what this story says: its demonyms ("Malian") and its places
  if (lexical & MAY_BE_DEMONYM && vocab.demonymOf(t)) return false;
  return !vocab.isStoryPlace(t);
}

// canBeNamePart's answer from the word lists: no name word, or a name word (bit 1) unless
// it opens a sentence (bit 2), unless it is a demonym of this story's places (bit 4)
const NOT_NAME = 0;
const NAME = 1;
const UNLESS_INITIAL = 2;
const MAY_BE_DEMONYM = 4;
let lexicalMemo = new Map<string, number>();

/** canBeNamePart's tests on the word alone (a capitalised word token), by its text. */
function lexicalNamePart(t: Token): number {
  let v = lexicalMemo.get(t.text);
  if (v === undefined) {
    v = lexicalTests(t);
    if (lexicalMemo.size >= 50_000) lexicalMemo = new Map();
    // a copy of the key, so the memory keeps no article alive (a long slice shares its text)
    lexicalMemo.set(detach(t.text), v);
  }
  return v;
}

function lexicalTests(t: Token): number {
  if (isAllCaps(t)) return NOT_NAME;
  // "I", "I've", "I'm"
  if (t.text === 'I' || /^I['\u2019]/.test(t.text)) return NOT_NAME;
  if (isHonorific(t) || isPersonNoun(t) || isDemonym(t) || isMonthOrDay(t)) return NOT_NAME;
  // "Separately", "Additionally": an adverb made from an ordinary word
  if (isAdverb(t)) return NOT_NAME;
  if (isOrgWord(t)) return NOT_NAME;
  // "Missing Persons", "Breaking News": an ordinary -ing word is no name
  if (t.lower.endsWith('ing') && COMMON.has(t.lower) && !firstName(t.lower)) return NOT_NAME;
  // "The Health Test", "Bank of ...": function words and the endings of abstract nouns
  // ("Agreement", "Security", "Business") are not name words
  // ("-ics" only when it is a word: "Rinkevics" is a Latvian surname)
  if (FUNCTION_CAPS.has(t.lower) || (ABSTRACT_ENDING.test(t.lower) && !firstName(t.lower) && (!t.lower.endsWith('ics') || COMMON.has(t.lower)))) return NOT_NAME;
  // "D-Conn" (party and state), "Bank-Houston"
  if (startsUpperHyphen(t.text) || t.lower.split('-').some((w) => ORG_WORDS.has(w))) return NOT_NAME;
  // a place the gazetteer knows (the story's own places are tested in canBeNamePart)
  if (GAZETTEER.has(t.lower)) return NOT_NAME;
  let v = NAME;
  // at the start of a sentence, an ordinary word
  if (COMMON.has(t.lower) && !firstName(t.lower)) v |= UNLESS_INITIAL;
  // the words Vocabulary.demonymOf may read as a demonym of a place of the story
  const w = t.lower;
  if (w.length >= 5 && (w.includes('-') || ((w.endsWith('n') || w.endsWith('i') || w.endsWith('ese')) && !firstName(w) && !LAST_NAMES.has(w)))) v |= MAY_BE_DEMONYM;
  return v;
}

/** An -ly adverb of an ordinary adjective ("separately", "happily"), not a name ("Kelly", "Reilly"). */
export function isAdverb(t: Token): boolean {
  const w = t.lower;
  if (w.length < 7 || !w.endsWith('ly') || firstName(w) || LAST_NAMES.has(w)) return false;
  const stem = w.slice(0, -2);
  return COMMON.has(stem) || (stem.endsWith('i') && COMMON.has(stem.slice(0, -1) + 'y')) || (stem.endsWith('al') && COMMON.has(stem.slice(0, -2)));
}

const PARTICIPLE = /(?:ed|ing)$/;

/** Looks like a verb form that ends a title phrase ("based", "convicted", "coordinating"). */
export function isVerbish(t: Token): boolean {
  if (t.kind !== 'word' || t.text.includes('-')) return false;
  if (isPersonNoun(t) || isTitleModifier(t)) return false;
  return PARTICIPLE.test(t.lower) && t.lower.length > 4;
}
