// The header, people and quotes patterns whose classes are tested by code, and their
// Latin-text twins: they answer as the \p{…} patterns they stand for (see chars.test.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameAs } from './char-checks.js';
import * as ch from '../src/lexicon/chars.js';
import * as by_ from '../src/header/byline.js';
import * as dl from '../src/header/dateline.js';
import * as cr from '../src/header/credits.js';
import * as pi from '../src/people/index.js';
import * as hl from '../src/header/headline.js';
import * as pl from '../src/header/pagelines.js';
import * as at from '../src/quotes/attribution.js';

describe('header word shapes and Latin twins', () => {
  it('header word shapes', () => {
    const pairs: [(s: string) => boolean, RegExp][] = [
      [by_.isCapitalisedWord, /^\p{Lu}[\p{L}'’.-]*$/u],
      [by_.isCapsWord, /^\p{Lu}[\p{Lu}'’.-]*$/u],
      [by_.isArabicArticle, /^(al|el)-\p{L}/iu],
      [dl.isCapitalsCode, /^[\p{Lu}-]{4,}$/u],
      [dl.isPlaceWord, /^\p{L}[\p{L}.'’&/-]*$/u],
      [dl.isBracketedPlaceWord, /^\[?\p{L}[\p{L}.'’&/-]*\]?$/u],
    ];
    const words = fc.array(fc.constantFrom('A', 'b', 'E', 'l', 'L', 'al-', 'El-', '-', '[', ']', '&', '/', '\u00c9', '\u00df', '\ud801\udc00', '\ud801\udc28', '\ud801', '\udc00', '\u0301', '\u0345', "'", '\u2019', '.', '1', 'Ж', 'ж', ' '), { maxLength: 8 }).map((x) => x.join(''));
    for (const [f, re] of pairs) {
      for (const pre of ['', 'A', 'al-', 'EL-', '[', 'AB-']) sameAs((s) => f(pre + s), (s) => re.test(pre + s));
      sameAs((s) => f(s + ']'), (s) => re.test(s + ']'));
      fc.assert(fc.property(words, (s) => f(s) === re.test(s)), { numRuns: 20000 });
    }
    // asked of one UTF-16 unit (or none)
    const story = /[\p{Lu}\d"“‘']/u;
    expect(dl.isStoryStart('')).toBe(false);
    for (let c = 0; c <= 0xffff; c++) expect(dl.isStoryStart(String.fromCharCode(c))).toBe(story.test(String.fromCharCode(c)));
  });
  const LU = String.raw`A-Z\xc0-\xd6\xd8-\xde`;
  const LL = String.raw`A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff`;
  const LLOW = String.raw`a-z\xb5\xdf-\xf6\xf8-\xff`;
  // the mechanical rewrite: \p{Lu} and \p{L} spelt out, inside a class or as one
  const latin = (src: string) =>
    src
      .replace(/\[([^\]]*)\]/g, (m, inner: string) => '[' + inner.replaceAll('\\p{Lu}', LU).replaceAll('\\p{Ll}', LLOW).replaceAll('\\p{L}', LL) + ']')
      .replaceAll('\\p{Lu}', `[${LU}]`)
      .replaceAll('\\p{Ll}', `[${LLOW}]`)
      .replaceAll('\\p{L}', `[${LL}]`);
  it('isLatinText and the spelt-out classes agree with \\p{Lu} and \\p{L} on it', () => {
    const lu = new RegExp(`^[${LU}]$`, 'u');
    const l = new RegExp(`^[${LL}]$`, 'u');
    const ll = new RegExp(`^[${LLOW}]$`, 'u');
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      expect(ch.isLatinText(s)).toBe(c < 0x100 || (c >= 0x2000 && c <= 0x206f));
      if (!ch.isLatinText(s)) continue;
      expect(lu.test(s)).toBe(/^\p{Lu}$/u.test(s));
      expect(l.test(s)).toBe(/^\p{L}$/u.test(s));
      expect(ll.test(s)).toBe(/^\p{Ll}$/u.test(s));
    }
  });
  it('the Latin twins are the rewrite of their patterns and match alike', () => {
    const twins: [RegExp, RegExp, string[]][] = [
      [dl.LAST_WORDS(), dl.LAST_WORDS_LATIN, ['KYIV, Reuters', 'Tehran, IRNA', ' Kyodo News', ', \u00c9ditions \u00c0 \u00d6l', 'a', ' ', ',', '.', '&', '/', '-', '\u00b5', '\u00df', '\u00aa', '\u2019', '\u00d7', 'x']],
      [cr.CONTRIBUTORS(), cr.CONTRIBUTORS_LATIN, ['Associated Press writers ', 'Reuters staff ', 'reporters ', '\u00c9mile Zola', 'Jane Roe', ' contributed', ' contributed.', 'x', ' ', '\t', '\u00e9', '\u2019', '\n']],
      [hl.LAST_WORD(), hl.LAST_WORD_LATIN, ['Kyiv', 'on', ' ', '.', '!', '"', '\u201d', '1', '_', '\u00e9', '\u00c9', 'x', '\u00d7', '\u2019']],
      [hl.INITIALS_AT_END(), hl.INITIALS_AT_END_LATIN, ['U.', 'S.', 'a.', '\u00c9.', ' ', '(', '.', 'x', '\u00b5.']],
      [dl.WORD_AND_DOT(), dl.WORD_AND_DOT_LATIN, ['KYIV', 'K', 'yiv', '\u00c9', '\u00e9', '\u00df', '.', 'A', 'b']],
      [at.TITLE_WORD_BEFORE(), at.TITLE_WORD_BEFORE_LATIN, ['Foreign ', 'foreign ', 'state ', 'Minister', '\u00c9', '\u00e9', '.', "'", '\u2019', '-', ' ', 'x']],
      [pl.CAPTION_TAIL(), pl.CAPTION_TAIL_LATIN, ['REUTERS', 'AFP', ' / ', '/', 'Jane', ' Roe', '\u00c9', '\u00e9', ', File', ')', '(AP Photo/', '(Photo by ', 'Purchase Licensing Rights', ', opens new tab', ' ', '.', "'"]],
      [pi.BYLINE(), pi.BYLINE_LATIN, ['By', 'BY', 'by', 'Author', 'Authors', 'AUTHOR', 'Written by', ':', ' ', '  ', '\t', 'J', 'j', '\u00c9', '\u00e9', '\u00d7', '\u2019', '\u00a0']],
    ];
    for (const [re, twin, parts] of twins) {
      expect(twin.source).toBe(latin(re.source));
      expect(twin.flags).toBe(re.flags);
      const arb = fc.array(fc.oneof(fc.constantFrom(...parts), fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)), fc.integer({ min: 0x2000, max: 0x206f }).map((c) => String.fromCharCode(c))), { maxLength: 10 }).map((x) => x.join(''));
      fc.assert(
        fc.property(arb, (s) => {
          const a = re.exec(s);
          const b = twin.exec(s);
          return JSON.stringify(a) === JSON.stringify(b) && a?.index === b?.index;
        }),
        { numRuns: 30000 },
      );
    }
    // whole lines of each shape, with Latin-1 names
    const name = fc.array(fc.constantFrom('J', 'j', '\u00c9', '\u00e9', '\u00df', 'ane', ' ', '.', '-', '\u2019', ','), { maxLength: 8 }).map((x) => x.join(''));
    const lines: [RegExp, RegExp, fc.Arbitrary<string>][] = [
      [cr.CONTRIBUTORS(), cr.CONTRIBUTORS_LATIN, fc.tuple(fc.constantFrom('', 'Associated Press ', 'The AP '), fc.constantFrom('writers ', 'staff reporter ', 'journalists  '), name, fc.constantFrom(' contributed', ' contributed.', 'contributed', ' contributes')).map((x) => x.join(''))],
      [pi.BYLINE(), pi.BYLINE_LATIN, fc.tuple(fc.constantFrom('By', 'BY', 'Author:', 'Authors :', 'Written by', 'by'), fc.constantFrom(' ', ': ', ' : ', '', ' :'), name).map((x) => x.join(''))],
      [dl.LAST_WORDS(), dl.LAST_WORDS_LATIN, fc.tuple(name, fc.constantFrom(', ', ' ', ',', '  '), name, fc.constantFrom('', ' \u00c9ds', ' Ab Cd')).map((x) => x.join(''))],
    ];
    for (const [re, twin, arb] of lines) {
      let hits = 0;
      fc.assert(
        fc.property(arb, (s) => {
          const a = re.exec(s);
          if (a) hits++;
          return JSON.stringify(a) === JSON.stringify(twin.exec(s));
        }),
        { numRuns: 20000 },
      );
      expect(hits).toBeGreaterThan(100);
    }
  });
});
