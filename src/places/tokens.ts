// Word tokens with offsets, for the place matcher. One linear pass over a range: a word
// is a run of letters and digits, with inner apostrophes ("Re'im") and dotted
// abbreviations ("U.S.", "U.N."). Hyphens split words (the gap records them), so
// "Nagorno-Karabakh" is two tokens the gazetteer joins, and "Russia-backed" a place
// token glued to a lower-case one. A possessive "'s" is cut off and flagged.
import type { Entry } from './gazetteer.js';
import { codePointAt, isLetterCode, isMarkCode, isNumberCode, isUpperCode } from '../lexicon/chars.js';

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** first letter upper case */
  cap: boolean;
  /** "Russia's", "Ukraine’s": the 's (or a bare trailing apostrophe) follows */
  poss: boolean;
  /** the text between the previous token and this one ("" for the first) */
  gap: string;
  /** what the gazetteer says of the word, once asked (scan.ts) */
  info: WordInfo | null;
}

/** a word's loose key and its gazetteer answers, the same for every token of that text */
export interface WordInfo {
  key: string;
  /** some gazetteer name starts with this word */
  prefix: boolean;
  entry: Entry | undefined;
  /** a given name, accents folded ("Raúl") */
  given: boolean;
}

// (past the end tested, not read: a read out of bounds deoptimises the tokenizer)
/** text[i] is a letter, digit or mark (false past the end): ASCII by its code, the rest by Unicode class */
const isLetterAt = (text: string, i: number) => {
  if (i >= text.length) return false;
  const k = text.charCodeAt(i);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57);
  return isLetterCode(k) || isNumberCode(k) || isMarkCode(k);
};
const isAposCode = (k: number) => k === 39 || k === 0x2019 || k === 0x2bc;
/** text[i] is A-Z (false past the end) */
const isAZ = (text: string, i: number) => {
  if (i >= text.length) return false;
  const k = text.charCodeAt(i);
  return k >= 65 && k <= 90;
};
const startsUpper = (t: string) => {
  const k = t.charCodeAt(0);
  return k < 128 ? k >= 65 && k <= 90 : isUpperCode(codePointAt(t, 0));
};

export function tokenize(text: string, start: number, end: number): Tok[] {
  const out: Tok[] = [];
  let i = start;
  let prevEnd = start;
  while (i < end) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const s = i;
    let poss = false;
    // dotted abbreviation: U.S., U.N., U.S.A.
    if (i + 2 < end && isAZ(text, i) && text.charCodeAt(i + 1) === 46 && isAZ(text, i + 2)) {
      let j = i;
      while (j + 1 < end && isAZ(text, j) && text.charCodeAt(j + 1) === 46) j += 2;
      if (j < end && isAZ(text, j) && !isLetterAt(text, j + 1)) j += 1; // "U.S" at a sentence end
      i = j;
    } else {
      while (i < end) {
        if (isLetterAt(text, i)) {
          i++;
          continue;
        }
        const c = text.charCodeAt(i);
        if (isAposCode(c) && i + 1 < end && isLetterAt(text, i + 1)) {
          // possessive 's: an s after the apostrophe, then no letter
          const n = text.charCodeAt(i + 1);
          if ((n === 115 || n === 83) && !isLetterAt(text, i + 2)) {
            poss = true;
            break;
          }
          i++;
          continue;
        }
        if (isAposCode(c) && text.charCodeAt(i - 1) === 115) poss = true; // "Philippines'"
        break;
      }
    }
    const t = text.slice(s, i);
    // the gap is nearly always one space: no slice for it
    const gap = s === prevEnd ? '' : s === prevEnd + 1 && text.charCodeAt(prevEnd) === 32 ? ' ' : text.slice(prevEnd, s);
    out.push({ start: s, end: i, text: t, cap: startsUpper(t), poss, gap, info: null });
    if (poss && isAposCode(text.charCodeAt(i))) i += i + 1 < text.length && (text.charCodeAt(i + 1) === 115 || text.charCodeAt(i + 1) === 83) ? 2 : 1;
    prevEnd = i;
  }
  return out;
}

// made once: a pattern literal is a new object at every call
const SPACE_GAP = /^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/;

/** white space inside a paragraph: spaces, or one line break of hard-wrapped copy */
export function isSpace(gap: string): boolean {
  return gap === ' ' || (gap.length > 0 && gap.length <= 8 && SPACE_GAP.test(gap));
}

/** gap that keeps two tokens in one name: white space inside a paragraph or a hyphen */
export function joins(gap: string): boolean {
  return isSpace(gap) || isHyphen(gap);
}

export function isHyphen(gap: string): boolean {
  return gap === '-' || gap === '\u2010' || gap === '\u2011';
}
