// A cheap word tokenizer over one sentence: words, numbers with their thousands
// separators, and single punctuation marks, as offsets into the document text.
// Counts and exchanges read sentences through these tokens, never through a parser.
import { codePointLength, isSpaceCode } from '../lexicon/chars.js';

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
// to match the same text. nextToken() below finds the same matches by hand: a regular
// expression match builds an array per token, and this runs on every sentence.
//   /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['\u2019\-.][\p{L}\p{M}]+)*\.?|\S/gu
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  const m = { index: 0, end: 0 };
  for (let at = 0; nextToken(slice, at, m); at = m.end) {
    let t = slice.slice(m.index, m.end);
    // a trailing full stop belongs to the word only for abbreviations ("Nov.", "U.S.")
    if (t.length > 1 && t.endsWith('.') && /[\p{L}]/u.test(t[0]) && !isAbbrev(t)) t = t.slice(0, -1);
    const s = start + m.index;
    const c = t.charCodeAt(0);
    // ASCII by its code; only other characters need the Unicode classes
    const kind = c >= 48 && c <= 57 ? 'num' : (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /[\p{L}\p{M}]/u.test(t[0])) ? 'word' : 'punct';
    const lower = t.toLowerCase();
    out.push({ start: s, end: s + t.length, text: t, lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower, kind });
    m.end = m.index + t.length;
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The length of the code point at i when it is a letter or a mark, else 0. */
function letterOrMark(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  LETTER_OR_MARK.lastIndex = i;
  return LETTER_OR_MARK.test(s) ? LETTER_OR_MARK.lastIndex - i : 0;
}

/** The next match of the token pattern at or after `from` in m (index, end); false when there is none. */
function nextToken(s: string, from: number, m: { index: number; end: number }): boolean {
  const n = s.length;
  let p = from;
  while (p < n && isSpaceCode(s.charCodeAt(p))) p++;
  if (p >= n) return false;
  m.index = p;
  if (isDigit(s.charCodeAt(p))) {
    let j = p + 1;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    while (j + 1 < n && (s[j] === '.' || s[j] === ',') && isDigit(s.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
    }
    m.end = j;
    return true;
  }
  let k = letterOrMark(s, p);
  if (k > 0) {
    let j = p;
    while (k > 0) {
      j += k;
      k = letterOrMark(s, j);
    }
    while (j < n && (s[j] === "'" || s[j] === '\u2019' || s[j] === '-' || s[j] === '.') && (k = letterOrMark(s, j + 1)) > 0) {
      j += 1;
      while (k > 0) {
        j += k;
        k = letterOrMark(s, j);
      }
    }
    if (s[j] === '.') j++;
    m.end = j;
    return true;
  }
  // any other character (a whole code point)
  m.end = p + codePointLength(s, p);
  return true;
}

const ABBREV = new Set([
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'lt.', 'col.', 'st.', 'no.', 'u.s.', 'u.n.', 'u.k.', 'e.u.', 'a.m.', 'p.m.',
]);

function isAbbrev(t: string): boolean {
  const l = t.toLowerCase();
  return ABBREV.has(l) || /^(?:[a-z]\.)+$/i.test(t);
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
