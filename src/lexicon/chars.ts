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
