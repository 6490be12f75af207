// The dates stage's gates that are code, not patterns: each must pass wherever the pattern it stands for matches.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { configuration } from 'chrono-node/en';
import { gatesOf, testsOf } from '../src/dates/gate.js';
import { asciiLower, caseless, lowerSource } from '../src/dates/caseless.js';
import { KEPT_PARSERS } from '../src/dates/engine.js';
import { anchorParser } from '../src/dates/parsers.js';

const unitParsers = () =>
  configuration
    .createCasualConfiguration(false)
    .parsers.filter((p) => /^ENTimeUnit(?:Ago|Later)FormatParser/.test(p.constructor.name));

describe('the time-unit check', () => {
  const cases = unitParsers().map((p) => {
    const pattern = p.pattern({ option: {} } as never);
    return { pattern, gates: gatesOf(pattern)!, tests: testsOf(p, pattern)! };
  });

  it('stands for both gate patterns of both parsers', () => {
    expect(cases.length).toBe(2);
    for (const c of cases) {
      expect(c.tests.length).toBe(1);
      expect(c.tests[0]).not.toBe(c.gates.tail);
      expect(c.tests[0] instanceof RegExp).toBe(false);
    }
  });

  const agree = (text: string) => {
    for (const c of cases) {
      const want = c.gates.tail.test(text) && c.gates.unitTail.test(text);
      const got = c.tests[0].test(text);
      // never false where the pattern matches; and no looser on these texts
      expect([text, got]).toEqual([text, want]);
      if (c.pattern.test(text)) expect(got).toBe(true);
    }
  };

  it('answers as the patterns do on sentences of my own', () => {
    for (const text of [
      'He was freed three days ago, and two weeks later he spoke.',
      'The talks ended 2 years, 3 months and 4 days earlier; about a week after that they met.',
      'Six prisoners came out a month before the vote, others a few days afterwards.',
      'A day or two later, nothing; half an hour from now, perhaps.',
      'shortly before', 'hours before', 'the day before', 'halfaday ago', 'aday ago', 'a couple  of  days ago',
      'couple ofdays ago', 'banana day ago', 'often d later', '10.5hrs out', 'THE DAY BEFORE', 'The\u00a0Day\u2003Before',
      'a  \t few   weeks      ago', 'an\u212aday ago', 'one mos  out', 'two dayS\nlater', 'halF AN hour later',
    ])
      agree(text);
  });

  it('answers as the patterns do on any mix of time words', () => {
    const WORDS = [
      'a', 'an', 'A', 'the', 'The', 'few', 'half', 'HALF', 'couple', 'of', 'about', 'two', 'Three', '3', '10.5', '.5', 'day', 'days', 'Week',
      'months', 'year', 'hrs', 'd', 's', 'y', 'and', ',', 'ago', 'before', 'Earlier', 'later', 'after', 'from', 'now', 'out',
      'forward', 'henceforth', 'freed', 'Friday', '.', '-', 'shortly', 'often', '\u00a0', '\n', 'ſ', '\u212a', 'x', '_',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), fc.constantFrom(' ', '', '  ', '\t', '    '), (ws, sep) => agree(ws.join(sep))),
      { numRuns: 20000 },
    );
  });

  it('answers as the patterns do on random text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'adhmsyowfteAOB \t\n.05'.split('')), maxLength: 20 }), (t) => agree(t)), { numRuns: 20000 });
  });
});

describe('case-insensitive patterns run on the lower-cased text', () => {
  const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));

  it('an ASCII letter of an i pattern matches just that letter in either case, for every code unit', () => {
    for (const x of 'abcdefghijklmnopqrstuvwxyz') {
      const re = new RegExp(x, 'i');
      expect(all.filter((c) => re.test(c) !== (asciiLower(c) === x))).toEqual([]);
    }
    // astral characters are two code units without the u flag
    for (const c of ['\u{1d400}', '\u{10428}', '\u{1f600}']) for (const x of 'ksz') expect(new RegExp(x, 'i').test(c)).toBe(false);
  });

  it('the escapes answer the same with and without the i flag, on each code unit and on its lower-cased form', () => {
    for (const e of ['\\s', '\\S', '\\d', '\\D', '\\w', '\\W', 'x\\b', 'x\\B', '.', '[0-9]', '[\\s,]', '[-.\\/,\\s]', '[^\\s\\w]', '[^0-9]', '[^\\d]', '\\（', '\\u2013']) {
      const withI = new RegExp(`^${e}`, 'i');
      const low = new RegExp(`^${lowerSource(e)}`);
      const text = (c: string) => (e.startsWith('x') ? `x${c}` : c);
      expect([e, all.filter((c) => low.test(asciiLower(text(c))) !== withI.test(text(c)))]).toEqual([e, []]);
    }
  });

  it('lower-cases A-Z, keeps every offset, and turns no other character into ASCII', () => {
    const bad: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      const s = String.fromCodePoint(c);
      const l = asciiLower(`x${s}Q`);
      const want = c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s;
      if (l.length !== s.length + 2 || l[0] !== 'x' || l[l.length - 1] !== 'q') bad.push(c);
      else if (c < 0x80 || /[\x00-\x7f]/.test(l.slice(1, -1))) {
        if (l.slice(1, -1) !== want) bad.push(c);
      }
    }
    expect(bad).toEqual([]);
    expect(asciiLower('\u212a\u0130 ABC \u00c9')).toBe('\u212a\u0130 abc \u00c9');
    expect(asciiLower('ABC \u00c9')).toBe('abc \u00e9');
  });

  it('refuses what it cannot lower-case', () => {
    for (const s of ['[a-z]', '[^a]', '[\\w\\b]', '\\p', '\\n', '(a)\\1', '(?<x>a)', '\u00e9', '\\u00e9', '\\u0041', 'a[b'])
      expect([s, lowerSource(s)]).toEqual([s, null]);
    expect(lowerSource('(?<=A)(?<!b)\\W(?:Ab)\\s{0,3}\\（')).toBe('(?<=a)(?<!b)\\W(?:ab)\\s{0,3}\\（');
  });

  const kept = configuration.createCasualConfiguration(false).parsers.filter((p) => KEPT_PARSERS.includes(p.constructor.name.replace(/\d+$/, '')));
  const patterns = [...kept.map((p) => p.pattern({ option: {} } as never)), anchorParser.pattern({} as never)];

  it('stands in for every kept chrono pattern (else one silently compiles with the i flag)', () => {
    for (const re of patterns) expect([re.source, caseless(re) === re]).toEqual([re.source, false]);
  });

  const same = (text: string) => {
    for (const re of patterns) {
      const a = re.exec(text);
      const b = caseless(re).exec(text);
      expect(b === null ? null : [...b, b.index, b.input]).toEqual(a === null ? null : [...a, a.index, a.input]);
    }
  };

  it('finds the same matches and groups', () => {
    const WORDS = [
      'On', 'March', 'MAR.', 'sept.', 'the', 'The', '3rd', 'of', '2022', '22', 'BC', 'ad', 'Friday', 'THU.', 'this', 'Last', 'week',
      'WeekEnd', 'today', 'Tonight', 'next', 'day', 'Day', 'before', 'after', 'two', 'Days', 'ago', 'Later', '（', '）', ',', '-', '/',
      '\u2013', 'to', 'until', 'In', 'k', '\u212a', 'ſ', '\u00a0', 'following', 'Same', 'Morning', 'pm',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), fc.constantFrom(' ', '', '  ', '\n'), (ws, sep) => same(ws.join(sep))),
      { numRuns: 5000 },
    );
  });
});
