// The dates stage's gates that are code, not patterns: each must pass wherever the pattern it stands for matches.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { configuration } from 'chrono-node/en';
import { gatesOf, testsOf } from '../src/dates/gate.js';

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
