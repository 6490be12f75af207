// Character tests by code, for the hand-written tokenizers (counts, people) that
// reproduce regular expressions without building a match array per token.

/** JavaScript's \s: white space and line terminators (what a pattern's \s and \S split on). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The length (1 or 2) of the code point at i, as a pattern with the u flag reads it. */
export function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Where a pattern with the u flag starts reading at i: back one place from the middle of a surrogate pair. */
export function codePointStart(s: string, i: number): number {
  return i > 0 && i < s.length && (s.charCodeAt(i) & 0xfc00) === 0xdc00 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
}

// Unicode general categories by code point, without building ICU sets at start-up: a pattern
// with \p{L}, \p{Lu}, \p{Ll}, \p{M} or \p{N} makes V8 ask ICU for the whole set when it is
// first compiled (about a million instructions each). ASCII, Latin-1 and the General
// Punctuation block (’ “ ” – — …), nearly every character of wire copy, and the combining
// diacritical marks U+0300-036F are answered here
// by code; any other code point by ONE shared pattern per class, made on first need.
// test/chars.test.ts checks every code point against the patterns.
const L = 1;
const LU = 2;
const LL = 4;
const M = 8;
const N = 16;

/** The class bits of code point c when decided by code, or -1 (c < 0, past the end: 0). */
function fastClass(c: number): number {
  if (c < 0x80) {
    if (c >= 97 && c <= 122) return L | LL;
    if (c >= 65 && c <= 90) return L | LU;
    return c >= 48 && c <= 57 ? N : 0;
  }
  if (c < 0x100) {
    if (c >= 0xc0) return c === 0xd7 || c === 0xf7 ? 0 : c <= 0xde ? L | LU : L | LL;
    if (c === 0xaa || c === 0xba) return L;
    if (c === 0xb5) return L | LL;
    return c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe) ? N : 0;
  }
  // the combining diacritical marks (what NFD splits off Latin letters) are all marks
  if (c >= 0x300 && c <= 0x36f) return M;
  // General Punctuation has no letter, mark or digit; nor are surrogate halves any of them
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0xd800 && c <= 0xdfff)) return 0;
  return -1;
}

const SLOW_SOURCES = ['\\p{L}', '\\p{Lu}', '\\p{Ll}', '\\p{M}', '\\p{N}'];
const slow: (RegExp | undefined)[] = [];
function slowTest(k: number, c: number): boolean {
  let re = slow[k];
  if (re === undefined) re = slow[k] = new RegExp(SLOW_SOURCES[k], 'u');
  return re.test(String.fromCodePoint(c));
}

/** whether code point c has class bit `bit`: by code where fastClass knows, else by pattern k of SLOW_SOURCES */
function inClass(c: number, bit: number, k: number): boolean {
  const f = fastClass(c);
  return f >= 0 ? (f & bit) !== 0 : slowTest(k, c);
}
/** /\p{L}/u for code point c */
export function isLetterCode(c: number): boolean { return inClass(c, L, 0); }
/** /\p{Lu}/u for code point c */
export function isUpperCode(c: number): boolean { return inClass(c, LU, 1); }
/** /\p{Ll}/u for code point c */
export function isLowerCode(c: number): boolean { return inClass(c, LL, 2); }
/** /\p{M}/u for code point c */
export function isMarkCode(c: number): boolean { return inClass(c, M, 3); }
/** /\p{N}/u for code point c */
export function isNumberCode(c: number): boolean { return inClass(c, N, 4); }

/** The code point at i as a pattern with the u flag reads it from there (-1 past the end). */
export function codePointAt(s: string, i: number): number {
  const c = s.codePointAt(i);
  return c === undefined ? -1 : c;
}

/** /^\p{Lu}/u.test(s) */
export function startsUpper(s: string): boolean {
  return isUpperCode(codePointAt(s, 0));
}
/** /^\p{Ll}/u.test(s) */
export function startsLower(s: string): boolean {
  return isLowerCode(codePointAt(s, 0));
}
/** /^\p{L}/u.test(s) */
export function startsLetter(s: string): boolean {
  return isLetterCode(codePointAt(s, 0));
}
/** /^\p{N}/u.test(s) */
export function startsNumber(s: string): boolean {
  return isNumberCode(codePointAt(s, 0));
}

/** s has a code point for which test answers true (as /\p{…}/u.test(s) reads s) */
function some(s: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (test(c)) return true;
      continue;
    }
    const p = codePointAt(s, i);
    if (test(p)) return true;
    if (p > 0xffff) i++;
  }
  return false;
}
/** /\p{L}/u.test(s) */
export function hasLetter(s: string): boolean {
  return some(s, isLetterCode);
}
/** /\p{Lu}/u.test(s) */
export function hasUpper(s: string): boolean {
  return some(s, isUpperCode);
}
/** /\p{Ll}/u.test(s) */
export function hasLower(s: string): boolean {
  return some(s, isLowerCode);
}

/** /\p{Lu}{n,}/u.test(s): a run of n upper-case letters */
export function hasUpperRun(s: string, n: number): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (isUpperCode(c)) {
      if (++run >= n) return true;
    } else run = 0;
    if (c > 0xffff) i++;
  }
  return false;
}

/**
 * A letter at the start or after a gap character, upper-cased: gap = isSpaceCode is
 * s.replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase()), gap = (c) => c === 32 is
 * s.replace(/(^| )(\p{L})/gu, (m, a, b) => a + b.toUpperCase()) (no white space has a case).
 */
export function upperInitials(s: string, gap: (c: number) => boolean): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && !gap(s.charCodeAt(i - 1))) continue;
    const c = codePointAt(s, i);
    if (!isLetterCode(c)) continue;
    const n = c > 0xffff ? 2 : 1;
    out += s.slice(last, i) + s.slice(i, i + n).toUpperCase();
    last = i + n;
  }
  return out + s.slice(last);
}

/** Calls f on each maximal run of letters, as s.replace(/\p{L}+/gu, f) does, and joins. */
export function replaceLetterRuns(s: string, f: (w: string) => string): string {
  let out = '';
  let last = 0;
  let i = 0;
  while (i < s.length) {
    const c = codePointAt(s, i);
    if (!isLetterCode(c)) {
      i += c > 0xffff ? 2 : 1;
      continue;
    }
    let j = i + (c > 0xffff ? 2 : 1);
    for (;;) {
      const d = codePointAt(s, j);
      if (!isLetterCode(d)) break;
      j += d > 0xffff ? 2 : 1;
    }
    out += s.slice(last, i) + f(s.slice(i, j));
    last = i = j;
  }
  return out + s.slice(last);
}

/** the space bar's character, U+0020 only */
export function isSpaceBarCode(c: number): boolean {
  return c === 32;
}

/** /[\p{L}\p{M}\p{N}]/u for code point c */
export function isWordCode(c: number): boolean {
  return isLetterCode(c) || isMarkCode(c) || isNumberCode(c);
}
/** /[\p{L}\p{M}]/u for code point c */
export function isLetterOrMarkCode(c: number): boolean {
  return isLetterCode(c) || isMarkCode(c);
}
/** /[\p{L}\p{N}]/u for code point c */
export function isLetterOrNumberCode(c: number): boolean {
  return isLetterCode(c) || isNumberCode(c);
}

/**
 * lastIndex - i after a sticky one-class pattern with the u flag (/[…]/uy, class = test)
 * tests s from lastIndex i, or 0 when it fails. From the middle of a pair the pattern
 * reads the pair whole, and answers 1.
 */
export function stickyClassLength(s: string, i: number, test: (c: number) => boolean): number {
  if (i >= s.length) return 0;
  const p = codePointStart(s, i);
  const c = codePointAt(s, p);
  return test(c) ? p + (c > 0xffff ? 2 : 1) - i : 0;
}

/** /\p{Lu}.*\p{Lu}/u.test(s): two upper-case letters with no line break between them */
export function hasTwoUppersInALine(s: string): boolean {
  let seen = false;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) seen = false;
    else if (isUpperCode(c)) {
      if (seen) return true;
      seen = true;
    }
    if (c > 0xffff) i++;
  }
  return false;
}

/** /^\p{Lu}-/u.test(s) */
export function startsUpperHyphen(s: string): boolean {
  const c = codePointAt(s, 0);
  return isUpperCode(c) && s.charCodeAt(c > 0xffff ? 2 : 1) === 45;
}

/** The code point before i (a pair read whole), or -1 at the start. */
function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const c = s.charCodeAt(i - 1);
  if ((c & 0xfc00) === 0xdc00 && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if ((h & 0xfc00) === 0xd800) return ((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** /([\p{L}-]+)\s*$/u.exec(s)?.[1] ?? null: the run of letters and hyphens that ends s, white space aside */
export function trailingWord(s: string): string | null {
  let e = s.length;
  while (e > 0 && isSpaceCode(s.charCodeAt(e - 1))) e--;
  let p = e;
  for (;;) {
    const c = codePointBefore(s, p);
    if (c !== 45 && !isLetterCode(c)) break;
    p -= c > 0xffff ? 2 : 1;
  }
  return p < e ? s.slice(p, e) : null;
}

/** /^\s+(\p{Ll}+)/u.exec(s)?.[1] ?? null: the lower-case word after leading white space */
export function lowerWordAfterSpace(s: string): string | null {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  if (i === 0) return null;
  let j = i;
  for (;;) {
    const c = codePointAt(s, j);
    if (!isLowerCode(c)) break;
    j += c > 0xffff ? 2 : 1;
  }
  return j > i ? s.slice(i, j) : null;
}

/** /^F R*$/u.test(s) for one-code-point classes F (first) and R (rest) */
export function wordShape(s: string, first: (c: number) => boolean, rest: (c: number) => boolean): boolean {
  const c = codePointAt(s, 0);
  if (!first(c)) return false;
  for (let i = c > 0xffff ? 2 : 1; i < s.length; i++) {
    const d = codePointAt(s, i);
    if (!rest(d)) return false;
    if (d > 0xffff) i++;
  }
  return true;
}

/**
 * Where /\s+in\s+\p{Lu}TAIL/u first matches s, or -1, where TAIL matches from k (just
 * past the capital) to the end exactly when k >= tailFrom (see restOfLine, classTail).
 * The white space runs are read whole (the capital is no space), so each "in" with space
 * on both sides and a capital after is one candidate, and the first that passes starts at
 * its run of space. Linear: each run is read once.
 */
export function inPlaceStart(s: string, tailFrom: number): number {
  for (let q = s.indexOf('in', 1); q >= 0; q = s.indexOf('in', q + 1)) {
    if (!isSpaceCode(s.charCodeAt(q - 1)) || !isSpaceCode(s.charCodeAt(q + 2))) continue;
    let r = q + 3;
    while (r < s.length && isSpaceCode(s.charCodeAt(r))) r++;
    const c = codePointAt(s, r);
    if (!isUpperCode(c) || r + (c > 0xffff ? 2 : 1) < tailFrom) continue;
    let p = q - 1;
    while (p > 0 && isSpaceCode(s.charCodeAt(p - 1))) p--;
    return p;
  }
  return -1;
}

/** Where /.*$/u can start: past the last line terminator. */
export function restOfLine(s: string): number {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
    i--;
  }
  return i;
}

/** Where /[class]*$/u can start, class = test for one code point: the start of the last run of it. */
export function classTail(s: string, test: (c: number) => boolean): number {
  let i = s.length;
  for (;;) {
    const c = codePointBefore(s, i);
    if (c < 0 || !test(c)) return i;
    i -= c > 0xffff ? 2 : 1;
  }
}

/** /\p{L}\p{L}/u.test(s): two letters in a row */
export function hasLetterPair(s: string): boolean {
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    const l = isLetterCode(c);
    if (l && prev) return true;
    prev = l;
    if (c > 0xffff) i++;
  }
  return false;
}

/** The code points in s, as a pattern with the u flag counts them. */
export function codePointCount(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

/**
 * s holds only characters the tests above decide by code (ASCII, Latin-1, General
 * Punctuation). On such a string a pattern whose \p{Lu} and \p{L} are spelt out as the
 * classes below (A-Z…, A-Za-z…) matches exactly as the \p{} pattern does, and builds no
 * ICU set: patterns that must stay patterns keep such a twin for it.
 */
export function isLatinText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x100 && (c < 0x2000 || c > 0x206f)) return false;
  }
  return true;
}

/**
 * A pattern made when first asked for. V8 parses a pattern literal when the literal is
 * evaluated, and for each \p{…} class ICU builds its character set then: a module-level
 * /\p{…}/u literal costs every start-up that much, though most texts never need it
 * (their isLatinText twin serves them). Made once, then the same object every time.
 */
export function lazyPattern(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}

/** s.replace(/\p{M}/gu, ''): s without its marks */
export function withoutMarks(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = codePointAt(s, i);
    const n = c > 0xffff ? 2 : 1;
    if (isMarkCode(c)) {
      out += s.slice(last, i);
      last = i + n;
    }
    i += n - 1;
  }
  return out + s.slice(last);
}
