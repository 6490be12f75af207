// The tokenizers as they were with regular expressions (before the hand-written scanners
// in src/counts/tokens.ts and src/people/tokens.ts): the reference test/speed.test.ts
// checks them against, on any input.
import { HONORIFICS, NAME_PARTICLES } from '../src/people/lexicon.js';

// ---- counts
interface CountsToken {
  start: number;
  end: number;
  text: string;
  /** lower case, curly apostrophes folded to straight ones */
  lower: string;
  kind: 'word' | 'num' | 'punct';
}
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['\u2019\-.][\p{L}\p{M}]+)*\.?|\S/gu;

export function countsTokenizeRef(text: string, start: number, end: number): CountsToken[] {
  const out: CountsToken[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    // a trailing full stop belongs to the word only for abbreviations ("Nov.", "U.S.")
    if (t.length > 1 && t.endsWith('.') && /[\p{L}]/u.test(t[0]) && !isAbbrev(t)) t = t.slice(0, -1);
    const s = start + m.index;
    const c = t.charCodeAt(0);
    // ASCII by its code; only other characters need the Unicode classes
    const kind = c >= 48 && c <= 57 ? 'num' : (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /[\p{L}\p{M}]/u.test(t[0])) ? 'word' : 'punct';
    const lower = t.toLowerCase();
    out.push({ start: s, end: s + t.length, text: t, lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower, kind });
    if (t.length !== m[0].length) TOKEN.lastIndex = m.index + t.length;
  }
  return out;
}
const ABBREV = new Set([
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'lt.', 'col.', 'st.', 'no.', 'u.s.', 'u.n.', 'u.k.', 'e.u.', 'a.m.', 'p.m.',
]);

function isAbbrev(t: string): boolean {
  const l = t.toLowerCase();
  return ABBREV.has(l) || /^(?:[a-z]\.)+$/i.test(t);
}

// ---- people
type TokenKind = 'word' | 'num' | 'pos' | 'punct';

interface PeopleToken {
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

// A word: letters/digits, optionally joined by one hyphen, apostrophe or dot at a time.
// The inner group starts with a separator that letters can never match, so no backtracking.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'\u2019.][\p{L}\p{M}\p{N}]+)*|\S/gu;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;
const OPEN_QUOTES = new Set(['"', '\u201c', '\u2018', "'", '\u00ab', '\u201e', '(', '[']);

function isUpper(ch: string): boolean {
  return UPPER.test(ch);
}

const isAsciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isUpperAt(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(word);
}

/** Tokens of text[start, end). */
export function peopleTokenizeRef(text: string, start: number, end: number): PeopleToken[] {
  const out: PeopleToken[] = [];
  let initial = true;
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    let s = m.index;
    let word = m[0];
    if (s + word.length > end) word = word.slice(0, end - s);
    if (word.length === 1) {
      const c = word.charCodeAt(0);
      if (c < 128 ? !isAsciiLetterOrDigit(c) : !LETTER_OR_DIGIT.test(word)) {
        out.push({ start: s, end: s + 1, text: word, lower: word, kind: 'punct', cap: false, initial: false });
        if (OPEN_QUOTES.has(word) || word === ':' || word === '\u2014' || word === '\u2013') initial = true;
        continue;
      }
    }
    // possessive 's / s' split off as its own token
    let pos: PeopleToken | null = null;
    const n = word.length;
    if (n > 2 && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === "'" || word[n - 2] === '\u2019')) {
      const ps = s + n - 2;
      pos = { start: ps, end: ps + 2, text: word.slice(-2), lower: "'s", kind: 'pos', cap: false, initial: false };
      word = word.slice(0, -2);
    }
    let e = s + word.length;
    // abbreviation or initial followed by its dot: "Gen.", "J.", "U.S."
    if (!pos && text[e] === '.' && e < end) {
      if ((word.length === 1 && isUpperAt(word)) || word.includes('.') || HONORIFICS.has(word.toLowerCase())) {
        e += 1;
        word += '.';
        WORD.lastIndex = e;
      }
    }
    const lower = word.toLowerCase();
    const c0 = word.charCodeAt(0);
    const kind: TokenKind = (c0 >= 48 && c0 <= 57) || (c0 >= 128 && DIGIT.test(word)) ? 'num' : 'word';
    let cap = kind === 'word' && isUpperAt(word);
    // "al-Assad", "el-Sisi": a lower-case particle joined to a capitalised name
    if (!cap && kind === 'word') {
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

