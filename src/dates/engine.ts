// The chrono instance the dates stage runs: chrono's English parsers that read
// calendar expressions, our own parsers for what it misses, and our refiners.
// Built once at module load.
import { Chrono, configuration } from 'chrono-node/en';
import type { ParsedResult, Parser, Refiner } from 'chrono-node/en';
import { gated, passes, testsOf } from './gate.js';
import { anchorParser, holidayParser, yearParser } from './parsers.js';
import { dropNonDates, validDates } from './refiners.js';

// chrono's English parsers we keep, by class name (a bundler may add a digit
// suffix to a class name, hence the prefix match). Left out: times of day,
// slashed numbers ("3/4"), "within/for N days" (durations), "in a second",
// "end of this month".
export const KEPT_PARSERS = [
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENYearMonthNameParser',
  'ENCasualDateParser',
  'ENMonthNameParser',
  'ENRelativeDateFormatParser',
];

// chrono's refiners we keep. Left out: time-zone suffixes ("GMT"), date ranges
// (each end is reported as its own date), "end of March" moved to the 31st,
// chrono's filter of all-digit results (it would drop our bare years; see
// validDates) and its "may" filter (ours in refiners.ts also keeps "the end of May").
export const KEPT_REFINERS = [
  'OverlapRemovalRefiner',
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
  'MergeWeekdayComponentRefiner',
  'ENMergeDateTimeRefiner',
  'ENExtractYearSuffixRefiner',
];

// the patterns the kept parsers run do not depend on the parsing context
const PATTERN_CONTEXT = { option: {} } as never;

const baseName = (o: object) => o.constructor.name.replace(/\d+$/, '');

function keep<T extends object>(items: T[], names: string[]): T[] {
  return items.filter((p) => names.includes(baseName(p)));
}

/** chrono with every kept parser, each gated: what DateReader must find (the tests' reference) */
export function createEngine(): Chrono {
  const base = configuration.createCasualConfiguration(false);
  // gated: the same results, without running chrono's costliest patterns where they cannot match
  const parsers: Parser[] = [...keep(base.parsers, KEPT_PARSERS).map((p) => gated(p, testsOf(p, p.pattern(PATTERN_CONTEXT)))), yearParser, anchorParser, holidayParser];
  const refiners: Refiner[] = [dropNonDates, ...keep(base.refiners, KEPT_REFINERS), validDates];
  return new Chrono({ parsers, refiners });
}


// Tests every text holding a match of our own parsers' patterns passes: the
// year's digits, the feast names (the pattern is case-sensitive); the anchor
// pattern is its own test.
const OWN_TESTS = new Map<Parser, RegExp[]>([
  [yearParser, [/(?:1[89]|20)\d\d/]],
  [anchorParser, [anchorParser.pattern({} as never)]],
  [holidayParser, [/Christmas|Easter|New\s{1,3}Year/]],
]);

// "2022-03-04", "2022/3/4" (their tests, tight or not, hold [0-9]{4}) and our bare years
const FOUR_DIGIT_PARSERS = ['ENYearMonthDayParser', 'ISOFormatParser'];
const FOUR_DIGITS = /[0-9]{4}/;

/**
 * What findDates runs instead of engine.parse, with the same results: each
 * parser's tests run once on the whole text, and chrono runs only the parsers
 * that pass them (a parser whose pattern cannot match the text finds nothing),
 * or not at all when none does. Most windows need two or three parsers of the
 * fourteen, and about one in five none.
 */
export class DateReader {
  private readonly parsers: Parser[];
  private readonly tests: (RegExp[] | null)[];
  /** parsers whose every match holds four digits in a row: one quick test spares their own in most windows */
  private readonly fourDigits: boolean[];
  private readonly refiners: Refiner[];
  /** chrono with the parsers whose bits are set, made when first needed */
  private readonly chronos = new Map<number, Chrono>();

  constructor() {
    const base = configuration.createCasualConfiguration(false);
    const chronoParsers = keep(base.parsers, KEPT_PARSERS);
    const chronoTests = chronoParsers.map((p) => testsOf(p, p.pattern(PATTERN_CONTEXT)));
    this.tests = [...chronoTests, ...[yearParser, anchorParser, holidayParser].map((p) => OWN_TESTS.get(p)!)];
    this.fourDigits = [...chronoParsers.map((p) => FOUR_DIGIT_PARSERS.includes(baseName(p))), true, false, false];
    this.parsers = [...chronoParsers.map((p, i) => gated(p, chronoTests[i], true)), yearParser, anchorParser, holidayParser];
    this.refiners = [dropNonDates, ...keep(base.refiners, KEPT_REFINERS), validDates];
  }

  parse(text: string, refDate: Date): ParsedResult[] {
    let mask = 0;
    const digits = FOUR_DIGITS.test(text);
    for (let i = 0; i < this.tests.length; i++) {
      if (this.fourDigits[i] && !digits) continue;
      const t = this.tests[i];
      if (t === null || passes(t, text)) mask |= 1 << i;
    }
    if (mask === 0) return [];
    let chrono = this.chronos.get(mask);
    if (!chrono) {
      chrono = new Chrono({ parsers: this.parsers.filter((_, i) => (mask & (1 << i)) !== 0), refiners: this.refiners });
      this.chronos.set(mask, chrono);
    }
    return chrono.parse(text, refDate);
  }
}

export const reader = new DateReader();
