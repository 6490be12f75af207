// A light tokenizer over one sentence: words (with inner hyphens, apostrophes and dots,
// "al-Assad", "Be'eri", "U.S."), possessive "'s" split off, and single punctuation marks.
// One linear regex pass; tokens keep their offsets into doc.text.
import {
  codePointLength,
  codePointStart,
  hasTwoUppersInALine,
  isLetterOrNumberCode,
  isSpaceCode,
  isWordCode,
  startsNumber,
  startsUpper,
  stickyClassLength,
} from '../lexicon/chars.js';
import { HONORIFICS, NAME_PARTICLES } from './lexicon.js';

export type TokenKind = 'word' | 'num' | 'pos' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** starts with a capital letter, or is a particle-prefixed name part ("al-Assad") */
  cap: boolean;
  /** first word of its sentence, or first word after an opening quote mark */
  initial: boolean;
}

// A word: letters/digits, optionally joined by one hyphen, apostrophe or dot at a time;
// else one character. That is what this pattern (flags gu) matches, and nextWord()
// below finds the same matches by hand (a regular expression match builds an array
// per token, and this runs on every sentence, twice):
//   /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'\u2019.][\p{L}\p{M}\p{N}]+)*|\S/gu
const OPEN_QUOTES = new Set(['"', '\u201c', '\u2018', "'", '\u00ab', '\u201e', '(', '[']);

// Tokens around a name, read past either end of the sentence: a read out of bounds, or a
// compare with undefined, first met in an optimised function deoptimises it. These test
// the bounds and hand back one type either way ('' or false outside the sentence).
/** tokens[k], or undefined outside the sentence */
export function peek(tokens: Token[], k: number): Token | undefined {
  return k >= 0 && k < tokens.length ? tokens[k] : undefined;
}
export function textAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].text : '';
}
export function lowerAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].lower : '';
}
export function kindAt(tokens: Token[], k: number): TokenKind | '' {
  return k >= 0 && k < tokens.length ? tokens[k].kind : '';
}
export function capAt(tokens: Token[], k: number): boolean {
  return k >= 0 && k < tokens.length && tokens[k].cap;
}

export function isUpper(ch: string): boolean {
  return startsUpper(ch);
}

const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

function isUpperAt(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return startsUpper(word);
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let initial = true;
  const m: WordMatch = { index: 0, end: 0, joined: false, lower: false };
  for (let at = start; nextWord(text, at, m) && m.index < end; at = m.end) {
    let s = m.index;
    // (cut at `end`: a word may run on past the range)
    let word = text.slice(s, Math.min(m.end, end));
    if (word.length === 1) {
      const c = word.charCodeAt(0);
      if (c < 128 ? !isAsciiLetterOrDigit(c) : !isLetterOrNumberCode(c)) {
        out.push({ start: s, end: s + 1, text: word, lower: word, kind: 'punct', cap: false, initial: false });
        if (OPEN_QUOTES.has(word) || word === ':' || word === '\u2014' || word === '\u2013') initial = true;
        continue;
      }
    }
    // possessive 's / s' split off as its own token
    let pos: Token | null = null;
    const n = word.length;
    const last = word.charCodeAt(n - 1);
    const apos = n > 2 ? word.charCodeAt(n - 2) : 0;
    if (n > 2 && (last === 115 || last === 83) && (apos === 39 || apos === 0x2019)) {
      const ps = s + n - 2;
      pos = { start: ps, end: ps + 2, text: word.slice(-2), lower: "'s", kind: 'pos', cap: false, initial: false };
      word = word.slice(0, -2);
    }
    let e = s + word.length;
    // abbreviation or initial followed by its dot: "Gen.", "J.", "U.S."
    if (!pos && e < end && text.charCodeAt(e) === 46) {
      if ((word.length === 1 && isUpperAt(word)) || word.includes('.') || HONORIFICS.has(word.toLowerCase())) {
        e += 1;
        word += '.';
        m.end = e;
      }
    }
    // (a word with no capital and no letter past ASCII is its own lower case: no copy)
    const lower = m.lower ? word : word.toLowerCase();
    const c0 = word.charCodeAt(0);
    const kind: TokenKind = (c0 >= 48 && c0 <= 57) || (c0 >= 128 && startsNumber(word)) ? 'num' : 'word';
    let cap = kind === 'word' && isUpperAt(word);
    // "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name
    // (only a word the scan joined at a hyphen, apostrophe or dot can hold one)
    if (!cap && kind === 'word' && m.joined) {
      const h = word.indexOf('-');
      if (h > 0 && NAME_PARTICLES.has(lower.slice(0, h)) && isUpper(word[h + 1] ?? '')) cap = true;
    }
    out.push({ start: s, end: e, text: word, lower, kind, cap, initial });
    initial = false;
    if (pos) out.push(pos);
    s = e;
  }
  return out;
}

/** The length of the code point at i when it is a letter, a mark or a digit, else 0. */
function wordChar(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  return stickyClassLength(s, i, isWordCode);
}

const isJoinerCode = (c: number) => c === 45 || c === 0x2010 || c === 0x2011 || c === 39 || c === 0x2019 || c === 46;

interface WordMatch {
  index: number;
  end: number;
  /** the word went on past a hyphen, an apostrophe or a dot */
  joined: boolean;
  /** no A-Z and no word character past ASCII (the joiners \u2010, \u2011, \u2019 have no case): lower case already */
  lower: boolean;
}

/**
 * The word characters from j on: the end of the run. ASCII letters and digits by their
 * codes (most of a word), the rest by wordChar; clears m.lower at a capital or past ASCII.
 */
function wordRun(s: string, j: number, m: WordMatch): number {
  for (;;) {
    // (the end tested, not read past: a read out of bounds deoptimises the tokenizer)
    if (j >= s.length) return j;
    const c = s.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) j++;
    else if (c >= 65 && c <= 90) {
      m.lower = false;
      j++;
    } else if (c >= 128) {
      const k = wordChar(s, j);
      if (k === 0) return j;
      m.lower = false;
      j += k;
    } else return j;
  }
}

/** The next match of the word pattern at or after `from` in m (index, end); false when there is none. */
function nextWord(s: string, from: number, m: WordMatch): boolean {
  const n = s.length;
  let p = codePointStart(s, from);
  while (p < n && isSpaceCode(s.charCodeAt(p))) p++;
  if (p >= n) return false;
  m.index = p;
  m.joined = false;
  m.lower = true;
  if (wordChar(s, p) === 0) {
    m.end = p + codePointLength(s, p);
    m.lower = s.charCodeAt(p) < 128 && !(s.charCodeAt(p) >= 65 && s.charCodeAt(p) <= 90);
    return true;
  }
  let j = wordRun(s, p, m);
  while (j < n && isJoinerCode(s.charCodeAt(j)) && wordChar(s, j + 1) > 0) {
    m.joined = true;
    j = wordRun(s, j + 1, m);
  }
  m.end = j;
  return true;
}

/** Every letter is a capital (a shouted heading "TRUMP HAILS RELEASE", an acronym "ICRC"). */
export function isAllCaps(t: Token): boolean {
  const w = t.text;
  if (w.length <= 1) return false;
  // an a-z letter is no capital: most words answer here, with no upper-cased copy made
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return w === w.toUpperCase() && hasTwoUppersInALine(w);
}
