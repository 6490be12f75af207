// Checks shared by the character-class test files: a string test against the pattern it
// replaces, on surrogate cases, every code point (alone and in context) and random strings.
import { expect } from 'vitest';
import fc from 'fast-check';

// strings that probe the u flag's reading of surrogates: lone halves, pairs, halves around letters
export const SURROGATE_CASES = [
  '', 'a', 'A', '\ud835', '\udc00', '\ud835\udc00', '\udc00\ud835', '\ud835a', 'a\ud835', '\udc00A', 'A\udc00',
  '\ud835\udc00a', 'a\ud835\udc00', '\ud801\udc00', '\ud801\udc28', '\ud800\udfe1', '\ud83d\ude00', '\u2019s', 'x\u0301', '\u00e9', '\u00c9',
  ' \ud801\udc00', '1\ud801\udc28', '\ud835\udfce', '\u0660',
];

export const arb = fc.array(
  fc.oneof(
    fc.constantFrom('a', 'Z', '1', ' ', '.', '\u2019', '\u00e9', '\u00c9', '\u0301', '\u0660', '\ud835', '\udc00', '\ud801\udc00', '\ud801\udc28', 'Ж', 'ж', '\u2160'),
    fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  ),
  { maxLength: 8 },
).map((a) => a.join(''));

export function sameAs<T>(f: (s: string) => T, g: (s: string) => T) {
  for (const s of SURROGATE_CASES) expect([s, f(s)]).toEqual([s, g(s)]);
  const bad: string[] = [];
  for (let c = 0; c <= 0x10ffff; c++) {
    const s = String.fromCodePoint(c);
    if (f(s) !== g(s)) bad.push(s);
    if (c % 5 === 0) for (const t of ['x' + s, s + 'X', ' ' + s + ' ' + s]) if (f(t) !== g(t)) bad.push(t);
  }
  expect(bad).toEqual([]);
  fc.assert(fc.property(arb, (s) => f(s) === g(s)), { numRuns: 5000 });
}
export const by = (re: RegExp) => (s: string) => re.test(s);
