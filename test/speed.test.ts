// Speed-ups must change no result: each one is checked against the plain code here.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Chrono, configuration, type Parser } from 'chrono-node/en';
import { gated, gatesOf, testsOf, wordGateOf } from '../src/dates/gate.js';

/** a chrono parser gated on the tests worked out from its own pattern */
const gatedOnItsTests = (p: Parser) => gated(p, testsOf(p, p.pattern({} as never)));
import { KEPT_PARSERS } from '../src/dates/engine.js';
import { detach, memo } from '../src/places/sorted.js';
import { foldLoose, loose } from '../src/places/fold.js';

const unitParsers = () =>
  configuration
    .createCasualConfiguration(false)
    .parsers.filter((p) => /^ENTimeUnit(?:Ago|Later)FormatParser/.test(p.constructor.name));

describe('gated chrono parsers', () => {
  it('finds the layout of the time-unit patterns (else the gate is silently off)', () => {
    const ps = unitParsers();
    expect(ps.length).toBe(2);
    for (const p of ps) {
      const g = gatesOf(p.pattern({} as never));
      expect(g).not.toBeNull();
      expect(g!.unitTail.test('three days ago') || g!.unitTail.test('three days later')).toBe(true);
      expect(g!.tail.test('no date words in here')).toBe(false);
    }
  });

  it('leaves other patterns alone', () => {
    expect(gatesOf(/\bthe\s+next\s+day\b/i)).toBeNull();
    expect(gatesOf(/(\W|^)(?:today|tonight)(?=\W|$)/i)).toBeNull();
  });

  const plain = new Chrono({ parsers: unitParsers(), refiners: [] });
  const fast = new Chrono({ parsers: unitParsers().map(gatedOnItsTests), refiners: [] });
  const ref = new Date(2025, 2, 14, 12);
  const found = (c: Chrono, text: string) => c.parse(text, ref).map((r) => [r.index, r.text, r.start.date().getTime()]);

  it('finds what the plain parsers find in sentences of my own', () => {
    for (const text of [
      'He was freed three days ago, and two weeks later he spoke.',
      'The talks ended 2 years, 3 months and 4 days earlier; about a week after that they met.',
      'Six prisoners came out a month before the vote, others a few days afterwards.',
      'A day or two later, nothing; half an hour from now, perhaps.',
    ]) {
      const a = found(plain, text);
      expect(found(fast, text)).toEqual(a);
    }
    expect(found(plain, 'He was freed three days ago.').length).toBe(1);
  });

  it('finds what the plain parsers find in any mix of time words', () => {
    const WORDS = [
      'a', 'an', 'the', 'few', 'half', 'couple', 'of', 'about', 'two', '3', '10.5', 'day', 'days', 'week', 'months',
      'year', 'hrs', 'd', 's', 'and', ',', 'ago', 'before', 'earlier', 'later', 'after', 'from', 'now', 'out',
      'forward', 'henceforth', 'freed', 'Friday', '.', '-',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), fc.constantFrom(' ', '', '  '), (ws, sep) => {
        const text = ws.join(sep);
        expect(found(fast, text)).toEqual(found(plain, text));
      }),
      { numRuns: 400 },
    );
  });
});

describe('chrono parsers gated on their words', () => {
  const kept = () => configuration.createCasualConfiguration(false).parsers.filter((p) => KEPT_PARSERS.includes(p.constructor.name.replace(/\d+$/, '')));

  it('gates every kept parser (else a chrono upgrade silently made one slower)', () => {
    const ungated = kept()
      .filter((p) => !gatesOf(p.pattern({ option: {} } as never)) && !wordGateOf(p.constructor.name, p.pattern({ option: {} } as never)))
      .map((p) => p.constructor.name);
    expect(ungated).toEqual([]);
  });

  it('refuses a group that a match can do without', () => {
    const months = '((?:september|february|november|december|january|october|august|march|april|sept\\.|june|july|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept|oct\\.|nov\\.|dec\\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))';
    expect(wordGateOf('ENMonthNameParser', new RegExp(`(\\W|^)${months}`, 'i'))).not.toBeNull();
    expect(wordGateOf('ENMonthNameParser', new RegExp(`(\\W|^)${months}?`, 'i'))).toBeNull();
    expect(wordGateOf('ENMonthNameParser', new RegExp(`(\\W|^)(?:x${months})?`, 'i'))).toBeNull();
    expect(wordGateOf('ENMonthNameParser', new RegExp(`today|${months}`, 'i'))).toBeNull();
    expect(wordGateOf('ENMonthNameParser', new RegExp(`(\\W|^)${months}`))).toBeNull();
  });

  const plain = new Chrono({ parsers: kept(), refiners: [] });
  const fast = new Chrono({ parsers: kept().map(gatedOnItsTests), refiners: [] });
  const ref = new Date(2025, 2, 14, 12);
  const found = (c: Chrono, text: string) => c.parse(text, ref).map((r) => [r.index, r.text, r.start.date().getTime()]);

  it('finds what the plain parsers find in any mix of date words', () => {
    const WORDS = [
      'on', 'Friday', 'fri.', 'the', 'next', 'last', 'this', 'past', 'after', 'week', 'weekend', 'in', '2022', '2024-02-03', '1999/12/31',
      'Feb.', 'SEPT', '29', '3rd', 'twenty-first', 'February', 'May', 'may', 'of', 'to', '-', ',', '.', 'today', 'TONIGHT', 'tmrw',
      'yesterday', 'last night', 'now', 'a', 'year', 'ago', 'days', 'later', 'month', 'AD', 'released', '(', ')',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }), fc.constantFrom(' ', '', '  ', '\n'), (ws, sep) => {
        const text = ws.join(sep);
        expect(found(fast, text)).toEqual(found(plain, text));
      }),
      { numRuns: 1500 },
    );
    // words run together (as the empty separator makes them): a month and "of" at the end
    for (const text of ['Mayof', 'Mayof.', 'Mayof 2022', 'Mayofx', 'in Mayof']) expect(found(fast, text)).toEqual(found(plain, text));
  });
});

describe('bounded memos that keep no article alive', () => {
  it('remembers results, undefined ones included, and starts afresh when full', () => {
    let calls = 0;
    const f = memo((k: string) => {
      calls++;
      return k.length > 3 ? k.toUpperCase() : undefined;
    }, 3);
    expect(f('kyiv')).toBe('KYIV');
    expect(f('kyiv')).toBe('KYIV');
    expect(f('x')).toBeUndefined();
    expect(f('x')).toBeUndefined();
    expect(calls).toBe(2);
    f('a');
    f('b'); // the fourth key: the memory starts again
    f('kyiv');
    expect(calls).toBe(5);
  });

  it('treats keys like "__proto__" and "constructor" as names', () => {
    const f = memo((k: string) => `<${k}>`);
    expect(f('__proto__')).toBe('<__proto__>');
    expect(f('constructor')).toBe('<constructor>');
    expect(f('toString')).toBe('<toString>');
  });

  it('detach keeps the text', () => {
    const long = 'The swap took place near the border. '.repeat(50);
    const s = long.slice(4, 40);
    expect(detach(s)).toBe(s);
    expect(detach('short')).toBe('short');
  });
});


describe('loose keys with a fast path for plain words', () => {
  it('equal the worked-out key for any word', () => {
    const CHARS = ['a', 'e', 'i', 'o', 'u', 'y', 'Y', 'z', 'h', 'H', 'k', 'K', 'v', 'r', 'ii', 'zhzh', '\u00e9', '-', "'", '.', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }), (cs) => {
        const w = cs.join('');
        expect(loose(w)).toBe(foldLoose(w));
      }),
      { numRuns: 2000 },
    );
    for (const w of ['Kyiv', 'Hamah', 'Zaporizhzhia', 'Shiite', 'Tyre', 'RIYADH', 'Sloviansk']) expect(loose(w)).toBe(foldLoose(w));
  });
});

describe('batch plumbing', () => {
  it('lineGroups splits lines as readline does, however the stream is chunked', async () => {
    const { Readable } = await import('node:stream');
    const { createInterface } = await import('node:readline');
    const { lineGroups } = await import('../src/batch/lines.js');
    const PARTS = ['a', 'é', '{"id":1}', '\n', '\r\n', '\r', ' ', '\u2019', '\ud83d\ude00'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 8 }), async (parts, cuts) => {
        const bytes = Buffer.from(parts.join(''), 'utf8');
        const chunks: Buffer[] = [];
        for (let at = 0, k = 0; at < bytes.length; k++) {
          const n = cuts[k % cuts.length];
          chunks.push(bytes.subarray(at, at + n));
          at += n;
        }
        const expected: string[] = [];
        for await (const line of createInterface({ input: Readable.from(chunks), crlfDelay: Infinity })) expected.push(line);
        const got: string[] = [];
        for await (const group of lineGroups(Readable.from(chunks))) got.push(...group);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('batches keep every task once, in order, small first', async () => {
    const { batches } = await import('../src/batch/batches.js');
    const task = (i: number) => ({ kind: 'record' as const, line: String(i), lineNo: i, referenceDate: null });
    const groups = [Array.from({ length: 100 }, (_, i) => task(i)), [task(100)], Array.from({ length: 5 }, (_, i) => task(101 + i))];
    const out: { first: number; n: number; lines: string[] }[] = [];
    for await (const b of batches(groups, 2)) out.push({ first: b.first, n: b.tasks.length, lines: b.tasks.map((t) => (t as { line: string }).line) });
    expect(out.flatMap((b) => b.lines)).toEqual(Array.from({ length: 106 }, (_, i) => String(i)));
    expect(out.map((b) => b.n).slice(0, 4)).toEqual([1, 1, 2, 2]);
    for (const b of out) expect(b.lines[0]).toBe(String(b.first));
    expect(Math.max(...out.map((b) => b.n))).toBeLessThanOrEqual(32);
  });
});

describe('number words', () => {
  it('wordValue answers as the plain `in` tests do, inherited names included', async () => {
    const { wordValue } = await import('../src/counts/numbers.js');
    const UNITS: Record<string, number> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
    const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
    const plain = (lower: string): unknown => {
      if (lower in UNITS) return UNITS[lower];
      if (lower in TENS) return TENS[lower];
      const dash = lower.indexOf('-');
      if (dash > 0) {
        const a = TENS[lower.slice(0, dash)];
        const b = UNITS[lower.slice(dash + 1)];
        if (a !== undefined && b !== undefined && b > 0 && b < 10) return a + b;
      }
      return null;
    };
    for (const w of ['seven', 'twenty', 'twenty-five', 'ninety-nine', 'thirty-zero', 'soldiers', '', 'constructor', 'tostring', 'valueOf', '__proto__', 'hasOwnProperty', 'twenty-constructor']) {
      expect(wordValue(w)).toEqual(plain(w));
    }
  });
});

describe('hand-written tokenizers', () => {
  // letters, marks, digits of several scripts, joiners, spaces of every kind, astral
  // characters and lone surrogates: whatever the patterns would split differently
  const PARTS = [
    'a', 'Z', 'é', 'e\u0301', '\u0301', 'Ж', 'ß', '\u0627\u0644', '\u4e2d', '\ud835\udc00', '\ud835', '\udc00', '\ud83d\ude00',
    '0', '7', '\u0663', '\u00b2', '\u2167', '½', '.', ',', "'", '\u2019', '-', '\u2010', '\u2011', '\u2013', '"', '(', ')',
    ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u0085', '\u180e', 'U.S.', "'s", 'Gen.', 'Mr', '1,200', '3.5',
  ];
  const text = fc.array(fc.constantFrom(...PARTS), { maxLength: 30 }).map((p) => p.join(''));

  it('isSpaceCode is \\s for every UTF-16 code unit', async () => {
    const { isSpaceCode } = await import('../src/lexicon/chars.js');
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  // the same check for each hand-written tokenizer against the pattern it replaces
  const tokenizers = [
    { name: 'counts', load: async () => [(await import('../src/counts/tokens.js')).tokenize, (await import('./speed-reference.js')).countsTokenizeRef] as const },
    { name: 'people', load: async () => [(await import('../src/people/tokens.js')).tokenize, (await import('./speed-reference.js')).peopleTokenizeRef] as const },
  ];
  for (const { name, load } of tokenizers) {
    it(`${name} tokens: the same as the pattern gives, for any text and range`, async () => {
      const [tokenize, reference] = await load();
      fc.assert(
        fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
          const start = Math.min(a, b) % (t.length + 1);
          const end = Math.min(t.length, start + (Math.max(a, b) % (t.length + 1)));
          expect(tokenize(t, start, end)).toEqual(reference(t, start, end));
        }),
        { numRuns: 3000 },
      );
    });
  }
});

describe('sorted word lists', () => {
  it('a sorted one-word-a-line list answers as a Set of the same words does, for every word and near misses', async () => {
    const { hasKey } = await import('../src/places/sorted.js');
    const { COMMON } = await import('../src/people/lexicon.js');
    const listOf = (ws: string[]) => ({ has: (w: string) => !w.includes('\n') && hasKey([...ws].sort().join('\n'), w) });
    const words = ['a', 'able', 'about', 'abs', 'b', 'be', 'bee', 'zulu', 'zz', '\u00e9t\u00e9'];
    const list = listOf(words);
    const set = new Set(words);
    const probes = [...words, '', 'ab', 'abo', 'abouts', 'aa', 'c', 'zzz', 'Z', '\n', 'a\nb', '\u00e9', 'bef'];
    for (const w of probes) expect(list.has(w)).toBe(set.has(w));
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }).filter((w) => !/[\n\t]/.test(w)), { maxLength: 40 }), fc.string({ maxLength: 6 }), (ws, probe) => {
        const l = listOf(ws);
        const s = new Set(ws);
        for (const w of [...ws, probe]) expect(l.has(w)).toBe(s.has(w));
      }),
      { numRuns: 500 },
    );
    expect(listOf([]).has('a')).toBe(false);
    // the lexicon's own list, as built
    expect(COMMON.has('the')).toBe(true);
    expect(COMMON.has('the\nthe')).toBe(false);
  });
});
