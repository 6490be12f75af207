// The dates stage: what counts as a date, which way weekdays and month-days
// point from the reference date, days named from the day before, the header,
// no reference date, hostile input, and the figures on the shared gold files.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc, segment } from '../src/document/document.js';
import type { Range } from '../src/document/document.js';
import type { Context } from '../src/context.js';
import type { DateMention } from '../src/types.js';
import { findDates } from '../src/dates/index.js';
import { createEngine, DateReader, KEPT_PARSERS, KEPT_REFINERS } from '../src/dates/engine.js';
import { tightGateOf } from '../src/dates/gate.js';
import { hasTag } from '../src/dates/parsers.js';
import { type Chrono, configuration } from 'chrono-node/en';
import { readHeader } from '../src/header/index.js';
import { SHARED } from './helpers.js';

interface Options {
  /** where the body starts and ends (default: the whole text) */
  body?: Range;
  /** run the real header stage to find the body */
  header?: boolean;
}

function contextOf(text: string, ref: string | null, opts: Options = {}): Context {
  const doc = createDoc(text, ref);
  const header = opts.header
    ? readHeader(doc)
    : {
        article: { headline: null, bylines: [], dateline: null, credits: [] },
        body: opts.body ?? { start: 0, end: text.length },
        dateline: null,
        datelinePlace: null,
        headline: null,
      };
  doc.body = header.body;
  segment(doc);
  return { doc, header, places: [], people: [], quotes: [], dates: [], counts: [], exchanges: [], warnings: [] };
}

function mentions(text: string, ref: string | null, opts?: Options): DateMention[] {
  return findDates(contextOf(text, ref, opts));
}

/** "words=iso" for each mention, in text order */
function found(text: string, ref: string | null, opts?: Options): string[] {
  return mentions(text, ref, opts).map((d) => `${d.text}=${d.iso}`);
}

const isos = (text: string, ref: string | null) => mentions(text, ref).map((d) => d.iso);

describe('weekdays take their direction from the tense of their clause', () => {
  // 2025-03-05 is a Wednesday
  const WED = '2025-03-05';

  it('the reference weekday is the reference day, whatever the tense', () => {
    expect(isos('Both sides will free more prisoners on Wednesday.', WED)).toEqual(['2025-03-05']);
    expect(isos('The two sides freed 84 prisoners on Wednesday.', WED)).toEqual(['2025-03-05']);
  });

  it('a past clause points back, a future one ahead', () => {
    expect(isos('Officials said the captives were handed over on Monday.', WED)).toEqual(['2025-03-03']);
    expect(isos('The convoy will cross the border on Friday.', WED)).toEqual(['2025-03-07']);
    expect(isos('A second group is due to be flown home on Friday.', WED)).toEqual(['2025-03-07']);
    expect(isos('The next stage is set to take place on Monday.', WED)).toEqual(['2025-03-10']);
    expect(isos('Kyiv plans to swap more soldiers on Sunday.', WED)).toEqual(['2025-03-09']);
  });

  it('both days of "Saturday and Sunday" share the clause tense', () => {
    expect(isos('The rest are expected to be released on Saturday and Sunday.', WED)).toEqual([
      '2025-03-08',
      '2025-03-09',
    ]);
  });

  it('the verb before the date wins over an attribution after a comma', () => {
    expect(isos('The sides will swap the wounded on Tuesday, the mediator said.', WED)).toEqual(['2025-03-11']);
  });

  it('with no verb before the date, the one after decides', () => {
    expect(isos('Friday is the last day for the lists to be handed over.', WED)).toEqual(['2025-03-07']);
    expect(isos('After meeting the envoy on Monday he changed course.', WED)).toEqual(['2025-03-03']);
  });

  it('"since", "last" and "next" fix the direction', () => {
    expect(isos('No one has crossed since Sunday.', WED)).toEqual(['2025-03-02']);
    expect(isos('The deal was struck last Wednesday.', WED)).toEqual(['2025-02-26']);
    expect(isos('Next Tuesday the envoys meet again.', WED)).toEqual(['2025-03-11']);
  });

  it('"Friday last week" names a day of that week; "starting Monday" looks ahead', () => {
    expect(isos('They met on Friday last week and meet again on Monday next week.', '2025-03-08')).toEqual([
      '2025-02-28',
      '2025-03-10',
    ]);
    expect(isos('The truce, starting Monday, should hold.', WED)).toEqual(['2025-03-10']);
  });

  it('a weekday in a clause with no tense takes the day the same weekday names elsewhere', () => {
    const text = 'The second group will cross on Sunday.\nSECOND STAGE ON SUNDAY\nNothing else.';
    expect(isos(text, WED)).toEqual(['2025-03-09', '2025-03-09']);
  });

  it('recurring weekdays and names with a weekday in them are not dates', () => {
    expect(found('They must report to the police every Monday.', WED)).toEqual([]);
    expect(found('The Sunday Times first reported the swap.', WED)).toEqual([]);
    expect(found('Pilgrims gathered for Good Friday prayers.', WED)).toEqual([]);
    // but "each" before "on Thursday" is a count, not a recurrence
    expect(isos('They released 12 civilians each on Thursday.', '2025-03-06')).toEqual(['2025-03-06']);
  });
});

describe('month and day without a year', () => {
  it('takes the nearest year in the clause direction, day-first forms too', () => {
    expect(isos('The first exchange took place on 3 November.', '2024-11-20')).toEqual(['2024-11-03']);
    expect(isos('A truce was declared on Dec. 29.', '2025-01-04')).toEqual(['2024-12-29']);
    expect(isos('The envoys will return on Jan. 6.', '2024-12-18')).toEqual(['2025-01-06']);
    expect(isos('The bodies will be handed over on May 9, the ministry said.', '2025-04-29')).toEqual([
      '2025-05-09',
    ]);
    expect(isos('Talks are planned ahead of the holiday on Sept. 2.', '2024-08-29')).toEqual(['2024-09-02']);
  });

  it('keeps a written year, and lets a written weekday pick the year', () => {
    expect(isos('Fighting began on Feb. 24, 2022, officials recalled.', '2025-03-05')).toEqual(['2022-02-24']);
    expect(isos('The swap took place on Friday, Feb. 7, near the border.', '2025-03-10')).toEqual(['2025-02-07']);
  });

  it('reads ordinals and both ends of a range', () => {
    expect(isos('The deal dates from February 28th.', '2024-03-10')).toEqual(['2024-02-28']);
    expect(isos('Captives crossed on the night of Nov. 3-4.', '2024-11-10')).toEqual(['2024-11-03', '2024-11-04']);
  });
});

describe('years, months and periods', () => {
  const REF = '2025-03-05';

  it('bare years after a preposition, in lists, as adjectives', () => {
    expect(found('He has been held since 2019 and was tried in 2021.', REF)).toEqual(['2019=2019', '2021=2021']);
    expect(isos('The notes mature in 2027, 2028 and 2029.', REF)).toEqual(['2027', '2028', '2029']);
    expect(isos('Talks stalled in mid-2023.', REF)).toEqual(['2023']);
    expect(isos('The 2014 annexation changed the map.', REF)).toEqual(['2014']);
    expect(isos('He was convicted in 2016 of spying.', REF)).toEqual(['2016']);
  });

  it('numbers that look like years but are not', () => {
    expect(found('The shelling left 2000 people homeless.', REF)).toEqual([]);
    expect(found('Up to 1990 of them were freed; the 2000 Ukrainians were not.', REF)).toEqual([]);
    expect(found('Troops moved at 2100 GMT under Section 1945 of the code.', REF)).toEqual([]);
    expect(found('More than 1,993 people have come home, and 2,800 bodies.', REF)).toEqual([]);
    expect(found('Casualties in the 1990s were never counted.', REF)).toEqual([]);
  });

  it('months with a year, lone months after a preposition, and relative periods', () => {
    expect(isos('The war began in February 2022.', REF)).toEqual(['2022-02']);
    expect(isos('The talks collapsed in October.', REF)).toEqual(['2024-10']);
    expect(isos('He was captured last March.', REF)).toEqual(['2024-03']);
    expect(isos('The first swap took place in June last year.', REF)).toEqual(['2024-06']);
    expect(isos('Minutes of the Fed’s January meeting were released.', REF)).toEqual(['2025-01']);
    expect(found('Last year more were freed than this year, and last month most.', REF)).toEqual([
      'Last year=2024',
      'this year=2025',
      'last month=2025-02',
    ]);
  });

  it('months that are verbs or names are not dates', () => {
    expect(found('Relatives may march to the ministry.', REF)).toEqual([]);
    expect(found('May said the list was ready.', REF)).toEqual([]);
    expect(found('April Jones said she was relieved.', REF)).toEqual([]);
  });

  it('week-level expressions follow the gold conventions', () => {
    const d = mentions(
      'It was agreed last week. More will come next week. Talks began earlier this week. Lists were handed over at the weekend.',
      REF,
    );
    expect(d.map((m) => [m.text, m.iso, m.grain])).toEqual([
      ['last week', '2025-02-26', 'week'],
      ['next week', '2025-03-10', 'week'],
      ['this week', '2025-03-03', 'week'],
      ['the weekend', '2025-03-01', 'week'],
    ]);
  });

  it('offsets from the reference date', () => {
    expect(found('He was freed three days ago, a year after his arrest a year ago.', REF)).toEqual([
      'three days ago=2025-03-02',
      'a year ago=2024-03',
    ]);
    expect(found('Yesterday the lists were swapped, and today the captives.', REF)).toEqual([
      'Yesterday=2025-03-04',
      'today=2025-03-05',
    ]);
  });
});

describe('feasts', () => {
  it('fixed and computed feast days, by the clause tense', () => {
    expect(found('The captives were home before Christmas and freed again on New Year’s Eve.', '2025-01-03')).toEqual([
      'Christmas=2024-12-25',
      'New Year’s Eve=2024-12-31',
    ]);
    // Orthodox Easter 2023 fell on April 16, Western Easter on April 9
    expect(isos('The fighters were released to mark Orthodox Easter.', '2023-04-18')).toEqual(['2023-04-16']);
    expect(isos('Families gathered at Easter.', '2023-04-18')).toEqual(['2023-04-09']);
  });

  it('an event named after a feast is not a date', () => {
    expect(found('Officials called it a great Easter exchange, after the Christmas truce.', '2023-04-18')).toEqual([]);
  });
});

describe('days named from the day just mentioned', () => {
  it('"the next day" counts from the last day named, not the reference date', () => {
    expect(found('The first group crossed on 13 February. The next day a second group followed.', '2025-03-05')).toEqual([
      '13 February=2025-02-13',
      'The next day=2025-02-14',
    ]);
  });

  it('"a day earlier", "two days later", "the following year"', () => {
    expect(isos('Guards released him on Jan. 20. A day earlier his lawyer had been told.', '2025-03-05')).toEqual([
      '2025-01-20',
      '2025-01-19',
    ]);
    expect(isos('The swap began on Monday. Two days later it was over.', '2025-03-05')).toEqual([
      '2025-03-03',
      '2025-03-05',
    ]);
    expect(isos('The rebels took the city in 2014, and the coalition intervened the following year.', '2025-03-05')).toEqual([
      '2014',
      '2015',
    ]);
  });

  it('counted from an event, or a stretch of time: not a date', () => {
    expect(found('The day after the vote, talks resumed.', '2025-03-05')).toEqual([]);
    expect(found('More swaps are expected over the next week.', '2025-03-05')).toEqual([]);
  });
});

describe('what is not a date', () => {
  it.each([
    'For now the talks are frozen.',
    'In a second video the men waved flags.',
    'He was in captivity for 22 months.',
    'The 30-day ceasefire holds.',
    'More will be freed in the coming days.',
    'The 38-year-old soldier was wounded.',
    'It was day 491 of his captivity.',
    'The convoy left at 10:30 a.m. local time.',
    'At least 1,200 POWs are on the list.',
    'Section 505 of the penal code applies.',
    'They marked independence day with an amnesty.',
    'Over the past year and the past three months, little changed.',
    'A few hours earlier the bodies were handed over.',
    'The war is now in its fourth year and families wait every day.',
  ])('%s', (sentence) => {
    expect(found(sentence, '2025-03-05')).toEqual([]);
  });
});

describe('without a reference date', () => {
  it('keeps relative expressions unresolved and resolves absolute ones', () => {
    expect(found('The swap on June 2, 2025 came after talks in 2024. More on Friday and on 3 March.', null)).toEqual([
      'June 2, 2025=2025-06-02',
      '2024=2024',
      'Friday=null',
      '3 March=null',
    ]);
  });

  it('a "next day" after an unresolved day stays unresolved', () => {
    expect(found('They met on Monday. The next day they signed.', null)).toEqual(['Monday=null', 'The next day=null']);
  });
});

describe('header lines and the credits block', () => {
  it('reads a dateline date before the body', () => {
    const text = 'Feb. 8 (UPI) -- The two sides exchanged prisoners on Saturday.';
    const body = { start: text.indexOf('The two'), end: text.length };
    expect(found(text, '2025-02-08', { body })).toEqual(['Feb. 8=2025-02-08', 'Saturday=2025-02-08']);
  });

  it('reads a page date line and skips the credits block', () => {
    const text = '09 Mar 2025\nKYIV (Reuters) - Kyiv said on Sunday it had received 50 soldiers.\n(Editing by Ann Lee; March 10 update)';
    const body = { start: text.indexOf('Kyiv said'), end: text.indexOf('(Editing') };
    expect(found(text, '2025-03-09', { body })).toEqual(['09 Mar 2025=2025-03-09', 'Sunday=2025-03-09']);
  });
});

describe('output', () => {
  const text =
    'KYIV, June 2 (Reuters) - Ukraine said on Monday it had received 90 soldiers, after talks on May 28 and in 2024.';

  it('spans point into the text, in text order, with tight words', () => {
    const d = mentions(text, '2025-06-02');
    for (const m of d) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(d.map((m) => m.start)).toEqual([...d.map((m) => m.start)].sort((a, b) => a - b));
    expect(d.map((m) => m.text)).toEqual(['June 2', 'Monday', 'May 28', '2024']);
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    const runs: string[] = [];
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC']) {
      process.env.TZ = tz;
      runs.push(JSON.stringify(mentions(`${text} A year ago, last week, three days later.`, '2025-03-30')));
    }
    process.env.TZ = before;
    if (before === undefined) delete process.env.TZ;
    expect(new Set(runs).size).toBe(1);
  });

  it('keeps chrono parsers and refiners by name (a bundler renaming them would silently lose dates)', () => {
    const engine = createEngine();
    // ours: years, anchors, feasts
    expect(engine.parsers.length).toBe(KEPT_PARSERS.length + 3);
    // ours: the non-date filter and the validity check
    expect(engine.refiners.length).toBeGreaterThanOrEqual(KEPT_REFINERS.length + 2);
  });
});

describe('the reader: only the parsers whose tests pass', () => {
  it('reads the tight tests off the chrono patterns they were made for (else they are silently off)', () => {
    const tight = configuration
      .createCasualConfiguration(false)
      .parsers.filter((p) => tightGateOf(p.constructor.name, p.pattern({ option: {} } as never)) !== null)
      .map((p) => p.constructor.name.replace(/\d+$/, ''));
    expect(tight.sort()).toEqual([
      'ENCasualDateParser', 'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser',
      'ENRelativeDateFormatParser', 'ENWeekdayParser', 'ENYearMonthDayParser', 'ENYearMonthNameParser',
    ]);
  });

  it('reads the tags of a result as tags() gives them, from the own set of chrono (else each read copies it)', () => {
    const rs = createEngine().parse('On Friday, a year ago, in 2022, the next day, Christmas, May 3-4, today.', new Date(2025, 2, 14, 12));
    expect(rs.length).toBeGreaterThan(4);
    for (const r of rs) {
      expect((r.start as unknown as { _tags: unknown })._tags).toBeInstanceOf(Set);
      for (const t of ['swapfacts/year', 'swapfacts/anchor', 'swapfacts/holiday', 'parser/ENCasualDateParser', 'result/relativeDate', 'x']) {
        expect(hasTag(r, t)).toBe(r.tags().has(t));
      }
    }
  });

  const WORDS = [
    'on', 'Friday', 'fri.', 'SAT', 'the', 'next', 'last', 'this', 'past', 'after', 'week', 'weekend', 'weekday', 'in', '2022', '1999',
    '2024-02-03', '1999/12/31', '2022 Mar. 4', 'Feb.', 'SEPT', 'sept.', '29', '3rd', 'twenty-first', 'first', 'of', 'February', 'May', 'may',
    'market', 'monthly', 'to', '-', '/', ',', '.', 'today', 'TONIGHT', 'tmrw', 'snow', 'yesterday', 'last night', 'now', 'a', 'year', 'ago',
    'days', 'later', 'month', 'AD', 'BE', 'released', '(', ')', 'Christmas', 'Orthodox', 'Easter', 'New', 'Year', 'day', 'before',
  ];
  const reader = new DateReader();
  const plain = createEngine();
  const ref = new Date(2025, 2, 14, 12);
  const found = (rs: ReturnType<Chrono['parse']>) => rs.map((r) => [r.index, r.text, r.start.date().getTime(), [...r.tags()].sort()]);

  it('finds what chrono with every parser finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }), fc.constantFrom(' ', '', '  ', '\n'), (ws, sep) => {
        const text = ws.join(sep);
        expect(found(reader.parse(text, ref))).toEqual(found(plain.parse(text, ref)));
      }),
      { numRuns: 1500 },
    );
    // texts with dates do get through
    expect(reader.parse('On Friday, 3rd of May 2022, a year ago, last week: May 3, 2022 Mar. 4, tonight, the next day, Christmas.', ref).length).toBeGreaterThanOrEqual(6);
  });
});

describe('any mix of date words', () => {
  const TOKENS = [
    'on', 'Friday', 'the', 'next', 'day', 'last', 'week', 'in', '2022', 'Feb.', '29', '30', 'February', 'May',
    'since', ',', '.', '\n', '(Reuters)', '-', 'ago', 'a', 'year', 'later', 'Christmas', 'Easter', 'weekend',
    'will', 'was', 'freed', 'to', 'be', '1999', '2024-02-30', 'Sept', '3-4', 'every', 'Monday', 'of', 'this',
    'month', '\u2019s', 'Orthodox', 'BE', 'tonight', 'between', 'and', '2500', 'people',
  ];
  it('gives spans into the text, in order, with well-formed ISO values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(null, '2024-02-29', '2023-12-31', '1999-06-15'),
        (words, ref) => {
          const text = words.join(' ');
          const d = mentions(text, ref);
          d.forEach((m, i) => {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            if (i > 0) expect(m.start).toBeGreaterThanOrEqual(d[i - 1].start);
            if (m.iso !== null) expect(m.iso).toMatch(/^[12]\d{3}(-\d{2}(-\d{2})?)?$/);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('hostile input (its cost is measured by npm run bench, not here)', () => {
  it.each([
    ['a 1 MB line of weekdays', 'Monday '.repeat(150_000)],
    ['a 1 MB line of years', 'in 2022 '.repeat(120_000)],
    ['a 1 MB line of dates', 'on March 3, 2022 and '.repeat(50_000)],
    ['a 1 MB line without a date', 'the prisoners were released and returned home '.repeat(22_000)],
    ['1 MB of digits', '1'.repeat(1_000_000)],
  ])('%s', (_name, text) => {
    const d = mentions(text, '2025-03-05');
    for (const m of d.slice(0, 50)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

// ---- the shared gold files ----------------------------------------------------

interface GoldDate {
  text: string;
  iso: string | null;
  optional?: boolean;
}

/** micro-averaged F1 over ISO sets; optional golds neither help nor hurt */
function scoreDir(dir: string): { f1: number; misses: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
    const got = new Set(
      mentions(text, gold.referenceDate, { header: true })
        .map((d) => d.iso)
        .filter((i): i is string => i !== null),
    );
    const dates: GoldDate[] = gold.dates;
    const required = new Set(dates.filter((d) => !d.optional).map((d) => d.iso as string));
    const optional = new Set(dates.filter((d) => d.optional).map((d) => d.iso));
    for (const r of required) {
      if (got.has(r)) tp++;
      else {
        fn++;
        misses.push(`${f}: missed ${r}`);
      }
    }
    for (const g of got) {
      if (!required.has(g) && !optional.has(g)) {
        fp++;
        misses.push(`${f}: extra ${g}`);
      }
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { f1: (2 * p * r) / (p + r), misses };
}

const haveShared = existsSync(join(SHARED, 'seeds'));
if (!haveShared) console.warn('skipping the gold-file figures: ../shared not found');

describe.skipIf(!haveShared)('figures on the shared gold files', () => {
  it('seeds: every required date, nothing extra (F1 >= 0.95)', () => {
    const { f1, misses } = scoreDir(join(SHARED, 'seeds'));
    expect(misses).toEqual([]);
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });

  it('devset: F1 >= 0.9', () => {
    const { f1, misses } = scoreDir(join(SHARED, 'devset'));
    if (misses.length) console.warn(misses.join('\n'));
    expect(f1).toBeGreaterThanOrEqual(0.9);
  });
});
