// Titles around a name: before it ("Kremlin aide Vladimir Medinsky", "Deputy Prime
// Minister of Armenia Tigran Avinyan"), as an appositive after it ("Mohamad Rasheed,
// a spokesman for the rebel group,") or before it ("the head of the office, Andriy
// Yermak,"); and the affiliation a title names ("Ukrainian" -> Ukraine, "of the GNA").
import { STOP_WORDS } from './lexicon.js';
import { capAt, kindAt, lowerAt, type Token } from './tokens.js';
import {
  canBeNamePart,
  isDemonym,
  isHonorific,
  isMonthOrDay,
  isPersonNoun,
  isTitleModifier,
  isVerbish,
  type Vocabulary,
} from './words.js';

export interface TitleRange {
  /** token indexes [from, to) in the sentence */
  from: number;
  to: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one']);
const MAX_TITLE = 14;
const PREPOSITIONS_IN_TITLES = new Set(['of', 'for', 'at', 'in', 'to', 'on', 'with', 'from']);
const END_MARKS = new Set([',', '.', ';', ':', '-', '\u2013', '\u2014', ')', '(', '"', '\u201c', '\u201d', '!', '?']);

const PLURAL_S = /[^s]s$/;
const PARTICIPLE = /(?:ed|ing)$/;
const isPlural = (t: Token) => PLURAL_S.test(t.lower) || t.lower.endsWith('men');

function hasHead(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isPersonNoun(tokens[i]) || isHonorific(tokens[i])) return true;
  return false;
}

/** Drop leading determiners, prepositions and possessive marks; null when nothing is left. */
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'also', 'then', 'while', 'as']);

function trimTitle(tokens: Token[], from: number, to: number): TitleRange | null {
  while (from < to && (DETERMINERS.has(tokens[from].lower) || PREPOSITIONS_IN_TITLES.has(tokens[from].lower) || LEADING_CONJUNCTIONS.has(tokens[from].lower) || tokens[from].kind === 'pos')) from++;
  while (to > from && (tokens[to - 1].lower === 'of' || tokens[to - 1].lower === 'the')) to--;
  if (to <= from || !hasHead(tokens, from, to)) return null;
  return { from, to };
}

/**
 * The title written right before a name that starts at token `at`: capitalised words,
 * title words and modifiers, "of (the)" inside; stops at function words and verbs.
 */
export function titleBefore(tokens: Token[], at: number): TitleRange | null {
  let j = at - 1;
  const floor = Math.max(0, at - MAX_TITLE);
  while (j >= floor) {
    const t = tokens[j];
    if (t.kind === 'pos') {
      j--;
      continue;
    }
    if (t.kind !== 'word') break;
    if (isMonthOrDay(t)) break;
    if (t.cap) {
      j--;
      continue;
    }
    if (t.lower === 'of') {
      j--;
      continue;
    }
    if (t.lower === 'the' && j > 0 && tokens[j - 1].lower === 'of') {
      j--;
      continue;
    }
    // lower-case words inside a title are title words, modifiers or compounds ("Moscow-backed")
    if (isPersonNoun(t) && isPlural(t) && lowerAt(tokens, j + 1) === 'of') break;
    if (!isPersonNoun(t) && !isTitleModifier(t) && !t.lower.includes('-')) break;
    j--;
  }
  const r = trimTitle(tokens, j + 1, at);
  // the word next to the name must belong to the title, not be a stray capital
  return r && r.to === at ? r : null;
}

/** "NAME, a spokesman for the group," -> the phrase after the comma (token `at` is the comma). */
export function titleAfter(tokens: Token[], at: number): TitleRange | null {
  if (lowerAt(tokens, at) !== ',') return null;
  let i = at + 1;
  const start = i;
  const ceiling = Math.min(tokens.length, start + MAX_TITLE);
  let headSeen = false;
  while (i < ceiling) {
    const t = tokens[i];
    if (t.kind === 'punct' && END_MARKS.has(t.text)) break;
    if (t.kind === 'num') break;
    if (t.kind === 'word' && !t.cap) {
      if (i > start && isVerbish(t)) break;
      // "an Iranian diplomat detained in Belgium": the participle after the head ends the title
      if (headSeen && PARTICIPLE.test(t.lower) && !isPersonNoun(t)) break;
      if (STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !PREPOSITIONS_IN_TITLES.has(t.lower)) break;
    }
    if (isPersonNoun(t)) headSeen = true;
    i++;
  }
  if (i === start) return null;
  const first = tokens[start];
  // an appositive title opens with a determiner, a possessive place, or a title word
  const opens = DETERMINERS.has(first.lower) || isPersonNoun(first) || isTitleModifier(first) || isDemonym(first) || first.cap;
  if (!opens) return null;
  // "Kyiv, Donetsk, Mariupol": a list of names is no title
  if (first.cap && !isPersonNoun(first) && !isDemonym(first) && kindAt(tokens, start + 1) !== 'pos' && !isTitleModifier(first)) return null;
  const r = trimTitle(tokens, start, i);
  if (!r) return null;
  // the head noun must come early: "a member of the committee", not "the list of 640 POWs"
  for (let k = r.from; k < Math.min(r.to, r.from + 7); k++) if (isPersonNoun(tokens[k]) || isHonorific(tokens[k])) return r;
  return null;
}

/** "the head of the office, NAME" -> the phrase before the comma (token `comma` is the comma). */
export function titleBeforeComma(tokens: Token[], comma: number): TitleRange | null {
  if (lowerAt(tokens, comma) !== ',') return null;
  const tight = titleBefore(tokens, comma);
  if (tight) return tight;
  // looser: back to the clause start, through "at the headquarters coordinating the exchanges"
  let j = comma - 1;
  const floor = Math.max(0, comma - MAX_TITLE);
  let start = -1;
  for (; j >= floor; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' || t.kind === 'num') break;
    if (t.kind !== 'word') continue;
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'another' || t.lower === 'one') {
      start = j;
      break;
    }
    if (!t.cap && STOP_WORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !PREPOSITIONS_IN_TITLES.has(t.lower)) break;
  }
  if (start < 0) {
    if (j < 0) start = 0;
    else if (lowerAt(tokens, j + 1) === 'the') start = j + 1;
    else return null;
  }
  return trimTitle(tokens, start, comma);
}

/** The country or organisation a title names, as written (a demonym becomes its country). */
export function affiliationOf(text: string, tokens: Token[], r: TitleRange, vocab: Vocabulary): string | null {
  // "of Armenia", "for the Jaysh al-Nasr rebel group", "of the GNA"
  for (let i = r.from; i < r.to; i++) {
    if (tokens[i].lower !== 'of' && tokens[i].lower !== 'for') continue;
    let k = i + 1;
    if (lowerAt(tokens, k) === 'the') k++;
    if (k >= r.to) continue;
    const dk = vocab.demonymOf(tokens[k]);
    if (dk) return dk;
    if (tokens[k].lower === 'so-called' || tokens[k].lower === 'self-declared' || tokens[k].lower === 'self-proclaimed') k++;
    const s = k;
    while (k < r.to && (tokens[k].cap || (tokens[k].kind === 'pos' && capAt(tokens, k + 1)))) k++;
    if (k > s) return textOf(text, tokens, s, k);
  }
  // "Russia's human rights ombudsperson"
  for (let i = r.from + 1; i < r.to; i++) {
    if (tokens[i].kind !== 'pos') continue;
    const p = tokens[i - 1];
    if (p.cap && vocab.isPlaceToken(p)) return p.text;
  }
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i];
    const d = vocab.demonymOf(t);
    if (d) return d;
    if (t.cap && vocab.isPlaceToken(t) && kindAt(tokens, i + 1) !== 'pos') return t.text;
  }
  // "Kremlin aide", "Houthi spokesman": a capitalised word that is no title word
  for (let i = r.from; i < r.to; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || !t.cap || isPersonNoun(t) || isHonorific(t) || isTitleModifier(t)) continue;
    if (kindAt(tokens, i + 1) === 'pos') continue;
    if (canBeNamePart(t, vocab) && capAt(tokens, i + 1)) continue; // a person's name inside the title
    return t.text;
  }
  return null;
}

/** The words of tokens [from, to) as written, white space folded. */
export function textOf(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end).replace(/\s+/g, ' ');
}
