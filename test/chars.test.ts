// The character tests of src/lexicon/chars.ts answer as the \p{…} patterns they replace,
// for every code point, for surrogate halves, and for strings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arb, by, sameAs, SURROGATE_CASES } from './char-checks.js';
import * as ch from '../src/lexicon/chars.js';
import * as by_ from '../src/header/byline.js';

const CLASSES: [string, (c: number) => boolean][] = [
  ['L', ch.isLetterCode],
  ['Lu', ch.isUpperCode],
  ['Ll', ch.isLowerCode],
  ['M', ch.isMarkCode],
  ['N', ch.isNumberCode],
];

describe('character classes by code point', () => {
  for (const [name, f] of CLASSES) {
    it(`\\p{${name}} for every code point`, () => {
      const re = new RegExp(`^\\p{${name}}$`, 'u');
      const bad: number[] = [];
      for (let c = 0; c <= 0x10ffff; c++) if (f(c) !== re.test(String.fromCodePoint(c))) bad.push(c);
      expect(bad).toEqual([]);
      expect(f(-1)).toBe(false);
    });
  }
});


describe('string tests', () => {
  it('startsUpper = /^\\p{Lu}/u', () => sameAs(ch.startsUpper, by(/^\p{Lu}/u)));
  it('startsLower = /^\\p{Ll}/u', () => sameAs(ch.startsLower, by(/^\p{Ll}/u)));
  it('startsLetter = /^\\p{L}/u', () => sameAs(ch.startsLetter, by(/^\p{L}/u)));
  it('startsNumber = /^\\p{N}/u', () => sameAs(ch.startsNumber, by(/^\p{N}/u)));
  it('hasLetter = /\\p{L}/u', () => sameAs(ch.hasLetter, by(/\p{L}/u)));
  it('hasUpper = /\\p{Lu}/u', () => sameAs(ch.hasUpper, by(/\p{Lu}/u)));
  it('hasLower = /\\p{Ll}/u', () => sameAs(ch.hasLower, by(/\p{Ll}/u)));
  it('hasUpperRun = /\\p{Lu}{4,}/u', () => sameAs((s) => ch.hasUpperRun(s, 4), by(/\p{Lu}{4,}/u)));
  it('hasUpperRun over runs', () => {
    const a = fc.array(fc.constantFrom('A', 'b', '\u00c9', '\ud801\udc00', '\ud801', '\udc00', '1', 'Ж', '.'), { maxLength: 10 }).map((x) => x.join(''));
    fc.assert(fc.property(a, (s) => ch.hasUpperRun(s, 4) === /\p{Lu}{4,}/u.test(s)), { numRuns: 5000 });
  });
  it('upperInitials = replace(/(^|\\s)\\p{L}/gu) and replace(/(^| )(\\p{L})/gu)', () => {
    sameAs((s) => ch.upperInitials(s, ch.isSpaceCode), (s) => s.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase()));
    sameAs((s) => ch.upperInitials(s, ch.isSpaceBarCode), (s) => s.replace(/(^| )(\p{L})/gu, (m, a: string, b: string) => a + b.toUpperCase()));
    const sp = fc.array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', 'a', '\u00df', '\ud801\udc28', '\ud801', 'ǆ', 'ŉ', '-'), { maxLength: 10 }).map((x) => x.join(''));
    fc.assert(fc.property(sp, (s) => ch.upperInitials(s, ch.isSpaceCode) === s.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())), { numRuns: 5000 });
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (/\s/.test(s)) expect(s.toUpperCase()).toBe(s);
    }
  });
  it('withoutMarks = replace(/\\p{M}/gu, "")', () => {
    sameAs(ch.withoutMarks, (s) => s.replace(/\p{M}/gu, ''));
    sameAs((s) => ch.withoutMarks(s.normalize('NFD')), (s) => s.normalize('NFD').replace(/\p{M}/gu, ''));
    fc.assert(fc.property(arb, (s) => ch.withoutMarks(s) === s.replace(/\p{M}/gu, '')), { numRuns: 5000 });
  });
  it('replaceLetterRuns = replace(/\\p{L}+/gu)', () => {
    let n = 0;
    const f = (w: string) => `<${w}${n++}>`;
    sameAs((s) => ((n = 0), ch.replaceLetterRuns(s, f)), (s) => ((n = 0), s.replace(/\p{L}+/gu, f)));
  });
  it('hasTwoUppersInALine = /\\p{Lu}.*\\p{Lu}/u', () => {
    sameAs(ch.hasTwoUppersInALine, by(/\p{Lu}.*\p{Lu}/u));
    const a = fc.array(fc.constantFrom('A', 'b', '\u00c9', '\ud801\udc00', '\ud801', '\udc00', '\n', '\r', '\u2028', '\u2029', '\u0085', ' ', 'Ж'), { maxLength: 10 }).map((x) => x.join(''));
    fc.assert(fc.property(a, (s) => ch.hasTwoUppersInALine(s) === /\p{Lu}.*\p{Lu}/u.test(s)), { numRuns: 5000 });
  });
  it('startsUpperHyphen = /^\\p{Lu}-/u', () => {
    sameAs(ch.startsUpperHyphen, by(/^\p{Lu}-/u));
    sameAs((s) => ch.startsUpperHyphen(s + '-'), (s) => /^\p{Lu}-/u.test(s + '-'));
  });
  for (const [name, f, src] of [
    ['isWordCode', ch.isWordCode, '[\\p{L}\\p{M}\\p{N}]'],
    ['isLetterOrMarkCode', ch.isLetterOrMarkCode, '[\\p{L}\\p{M}]'],
  ] as const) {
    it(`stickyClassLength(${name}) = /${src}/uy from lastIndex`, () => {
      const re = new RegExp(src, 'uy');
      const viaRe = (s: string, i: number) => {
        re.lastIndex = i;
        return re.test(s) ? re.lastIndex - i : 0;
      };
      const bad: [string, number][] = [];
      const strings = [...SURROGATE_CASES];
      for (let c = 0; c <= 0x10ffff; c += c < 0x3000 ? 1 : 3) strings.push('a' + String.fromCodePoint(c) + '\ud800');
      for (const s of strings) for (let i = 0; i <= s.length + 1; i++) if (ch.stickyClassLength(s, i, f) !== viaRe(s, i)) bad.push([s, i]);
      expect(bad).toEqual([]);
    });
    it(`${name} = /${src}/u for every code point`, () => {
      const re = new RegExp(`^${src}$`, 'u');
      const bad: number[] = [];
      for (let c = 0; c <= 0x10ffff; c++) if (f(c) !== re.test(String.fromCodePoint(c))) bad.push(c);
      expect(bad).toEqual([]);
    });
  }
  it('isLetterOrNumberCode = /[\\p{L}\\p{N}]/u for every code point', () => {
    const re = /^[\p{L}\p{N}]$/u;
    const bad: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) if (ch.isLetterOrNumberCode(c) !== re.test(String.fromCodePoint(c))) bad.push(c);
    expect(bad).toEqual([]);
  });
  const tokens = fc.array(fc.constantFrom('A', 'b', '-', ' ', '\t', '\u00a0', '\u00c9', '\u00df', '\ud801\udc00', '\ud801\udc28', '\ud801', '\udc00', '\u0301', "'", '\u2019', '.', '1', 'Ж', 'ж', '\n'), { maxLength: 12 }).map((x) => x.join(''));
  it('trailingWord = /([\\p{L}-]+)\\s*$/u', () => {
    const g = (s: string) => /([\p{L}-]+)\s*$/u.exec(s)?.[1] ?? null;
    sameAs(ch.trailingWord, g);
    sameAs((s) => ch.trailingWord(s + ' '), (s) => g(s + ' '));
    sameAs((s) => ch.trailingWord('a' + s), (s) => g('a' + s));
    fc.assert(fc.property(tokens, (s) => ch.trailingWord(s) === g(s)), { numRuns: 20000 });
  });
  it('lowerWordAfterSpace = /^\\s+(\\p{Ll}+)/u', () => {
    const g = (s: string) => /^\s+(\p{Ll}+)/u.exec(s)?.[1] ?? null;
    sameAs(ch.lowerWordAfterSpace, g);
    sameAs((s) => ch.lowerWordAfterSpace(' ' + s), (s) => g(' ' + s));
    sameAs((s) => ch.lowerWordAfterSpace(' a' + s), (s) => g(' a' + s));
    fc.assert(fc.property(tokens, (s) => ch.lowerWordAfterSpace(s) === g(s)), { numRuns: 20000 });
  });
  it('wordShape = /^F R*$/u', () => {
    const rest = (c: number) => c === 39 || c === 0x2019 || c === 45 || ch.isLetterOrMarkCode(c);
    const f = (s: string) => ch.wordShape(s, ch.isUpperCode, rest);
    const re = /^\p{Lu}[\p{L}\p{M}'\u2019-]*$/u;
    sameAs(f, by(re));
    sameAs((s) => f('A' + s), (s) => re.test('A' + s));
    sameAs((s) => f(s + 'a'), (s) => re.test(s + 'a'));
    fc.assert(fc.property(tokens, (s) => f(s) === re.test(s)), { numRuns: 20000 });
  });
  const places = fc.array(fc.constantFrom('in', 'In', 'i', 'n', ' ', '  ', '\t', '\n', '\u2028', '\u00a0', 'K', 'k', '\u00c9', '\ud801\udc00', '\ud801', "'", '-', '.', 'Ж', 'ж', 'x'), { maxLength: 14 }).map((x) => x.join(''));
  it('inPlaceStart = /\\s+in\\s+\\p{Lu}…/u', () => {
    const cases: [(s: string) => number, RegExp][] = [
      [() => 0, /\s+in\s+\p{Lu}/u],
      [ch.restOfLine, /\s+in\s+\p{Lu}.*$/u],
      [(s) => ch.classTail(s, by_.isPlaceTailCode), /\s+in\s+\p{Lu}[\p{L}' -]*$/u],
    ];
    for (const [tail, re] of cases) {
      const g = (s: string) => re.exec(s)?.index ?? -1;
      const f = (s: string) => ch.inPlaceStart(s, tail(s));
      sameAs((s) => f(' in ' + s), (s) => g(' in ' + s));
      sameAs((s) => f('a in' + s), (s) => g('a in' + s));
      fc.assert(fc.property(places, (s) => f(s) === g(s)), { numRuns: 30000 });
    }
  });
  it('hasLetterPair and codePointCount', () => {
    sameAs(ch.hasLetterPair, by(/\p{L}\p{L}/u));
    sameAs((s) => ch.hasLetterPair('a' + s), (s) => /\p{L}\p{L}/u.test('a' + s));
    fc.assert(fc.property(tokens, (s) => ch.hasLetterPair(s) === /\p{L}\p{L}/u.test(s)), { numRuns: 20000 });
    fc.assert(fc.property(tokens, (s) => s === '' || ch.codePointCount(s) === s.match(/./gsu)!.length), { numRuns: 20000 });
  });
  it('reads a hostile 1 MB line (each helper is one pass: no timing asserted)', () => {
    const big = ' in A'.repeat(200000) + '!\n';
    expect(ch.inPlaceStart(big, ch.restOfLine(big))).toBe(-1);
    expect(ch.inPlaceStart(big, ch.classTail(big, by_.isPlaceTailCode))).toBe(-1);
    expect(ch.trailingWord('a-'.repeat(500000) + '1')).toBe(null);
    expect(ch.hasTwoUppersInALine('A\n'.repeat(500000))).toBe(false);
    expect(ch.replaceLetterRuns('ab '.repeat(300000), (w) => w).length).toBe(900000);
    expect(ch.upperInitials(' a'.repeat(500000), ch.isSpaceCode).length).toBe(1000000);
  });
});
