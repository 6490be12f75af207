// A cheap word tokenizer over one sentence: words, numbers with their thousands
// separators, and single punctuation marks, as offsets into the document text.
// Counts and exchanges read sentences through these tokens, never through a parser.
import { isLetterCode, isLetterOrMarkCode, isSpaceCode, stickyClassLength } from '../lexicon/chars.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower case, curly apostrophes folded to straight ones */
  lower: string;
  kind: 'word' | 'num' | 'punct';
}

// A token is what this pattern (flags gu) matches: each alternative is a run of one
// character class followed by groups that each begin with a separator, so no two ways
// to match the same text. tokenize() below finds the same matches by hand, reading the
// document text in place: a regular expression match builds an array per token, and
// this runs on every sentence.
//   /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['\u2019\-.][\p{L}\p{M}]+)*\.?|\S/gu

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  if (end > text.length) end = text.length;
  let p = start;
  for (;;) {
    while (p < end && isSpaceCode(text.charCodeAt(p))) p++;
    if (p >= end) break;
    const c = text.charCodeAt(p);
    if (c >= 48 && c <= 57) {
      // digits with inner "." or "," groups: "1,200", "2.5"
      let j = p + 1;
      while (j < end && isDigit(text.charCodeAt(j))) j++;
      // (the bound tested before each read: a read past the end of the text deoptimises the loop)
      while (j + 1 < end && isGroupMark(text.charCodeAt(j)) && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (j < end && isDigit(text.charCodeAt(j))) j++;
      }
      const t = text.slice(p, j);
      out.push({ start: p, end: j, text: t, lower: t, kind: 'num' });
      p = j;
      continue;
    }
    let k = letterOrMark(text, p, end);
    if (k === 0) {
      // any other character (a whole code point)
      const j = p + (c >= 0xd800 && c <= 0xdbff && p + 1 < end && (text.charCodeAt(p + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      const t = text.slice(p, j);
      // (an ASCII mark that is no letter is its own lower case)
      out.push({ start: p, end: j, text: t, lower: c === 0x2019 ? "'" : c < 128 ? t : t.toLowerCase(), kind: 'punct' });
      p = j;
      continue;
    }
    // letters and marks, joined by inner apostrophes, hyphens and dots; maybe one closing dot
    let curly = false;
    cased = (c >= 65 && c <= 90) || c >= 128;
    let j = letterRun(text, p + k, end);
    while (j < end && isJoinerCode(text.charCodeAt(j)) && (k = letterOrMark(text, j + 1, end)) > 0) {
      if (text.charCodeAt(j) === 0x2019) curly = true;
      const e = text.charCodeAt(j + 1);
      if ((e >= 65 && e <= 90) || e >= 128) cased = true;
      j = letterRun(text, j + 1 + k, end);
    }
    let t: string;
    if (j < end && text.charCodeAt(j) === 46) {
      // a trailing full stop belongs to the word only for abbreviations ("Nov.", "U.S.")
      t = text.slice(p, j + 1);
      if (!((c < 128 || isLetterCode(c)) && !isAbbrev(t))) j++;
      else t = text.slice(p, j);
    } else t = text.slice(p, j);
    // ASCII by its code; only other characters need the Unicode classes
    const kind = c < 128 || isLetterOrMarkCode(c) ? 'word' : 'punct';
    // a word of lower-case ASCII letters (and joiners) is its own lower case
    const lower = cased ? t.toLowerCase() : t;
    out.push({ start: p, end: j, text: t, lower: curly ? lower.replace(/\u2019/g, "'") : lower, kind });
    p = j;
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** "." or "," between digit groups */
const isGroupMark = (c: number) => c === 46 || c === 44;
/** an apostrophe, a hyphen or a dot between the letters of one word */
const isJoinerCode = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46;

/** Set by letterRun: the run had a capital or a character beyond ASCII (lower-casing may change it). */
let cased = false;

/** Where the run of letters and marks from i ends (ASCII letters read inline: most are). */
function letterRun(s: string, i: number, end: number): number {
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) i++;
    else if (c >= 65 && c <= 90) {
      cased = true;
      i++;
    } else {
      const k = letterOrMark(s, i, end);
      if (k === 0) break;
      cased = true;
      i += k;
    }
  }
  return i;
}

/** The length of the code point at i (before `end`) when it is a letter or a mark, else 0. */
function letterOrMark(s: string, i: number, end: number): number {
  if (i >= end) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // a low surrogate here is a lone one in the range read (the scan goes by whole code points
  // from `start`): no letter, though the pattern would back up to a pair that starts before it
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  const n = stickyClassLength(s, i, isLetterOrMarkCode);
  // a pair that `end` splits is no letter: the text is read only up to `end`
  return i + n > end ? 0 : n;
}

const ABBREV = new Set([
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'lt.', 'col.', 'st.', 'no.', 'u.s.', 'u.n.', 'u.k.', 'e.u.', 'a.m.', 'p.m.',
]);

/** Longest word in ABBREV ("sept."): a longer word is none of them. */
const MAX_ABBREV = 5;

function isAbbrev(t: string): boolean {
  return (t.length <= MAX_ABBREV && ABBREV.has(t.toLowerCase())) || initials(t);
}

/** /^(?:[a-z]\.)+$/i by character codes: "U.S.", "a.m." (most words fail at their second character). */
function initials(t: string): boolean {
  if (t.length === 0 || (t.length & 1) === 1) return false;
  for (let i = 0; i < t.length; i += 2) {
    const c = t.charCodeAt(i) | 32;
    if (c < 97 || c > 122 || t.charCodeAt(i + 1) !== 46) return false;
  }
  return true;
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `lower` is one of the words (a fast membership test). */
export const wordSet = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** A word that starts with a capital (code units: no one-character string per word). */
export const isCap = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text.charCodeAt(0) !== t.lower.charCodeAt(0);
/** The token is one of these words (lower case). */
export const isWord = (t: Token | undefined, ...w: string[]): boolean => !!t && w.includes(t.lower);
