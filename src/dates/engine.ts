// The chrono instance the dates stage runs: chrono's English parsers that read
// calendar expressions, our own parsers for what it misses, and our refiners.
// Built once at module load.
import { Chrono, configuration } from 'chrono-node/en';
import type { Parser, Refiner } from 'chrono-node/en';
import { gated } from './gate.js';
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

const baseName = (o: object) => o.constructor.name.replace(/\d+$/, '');

function keep<T extends object>(items: T[], names: string[]): T[] {
  return items.filter((p) => names.includes(baseName(p)));
}

export function createEngine(): Chrono {
  const base = configuration.createCasualConfiguration(false);
  // gated: the same results, without running chrono's costliest patterns where they cannot match
  const parsers: Parser[] = [...keep(base.parsers, KEPT_PARSERS).map(gated), yearParser, anchorParser, holidayParser];
  const refiners: Refiner[] = [dropNonDates, ...keep(base.refiners, KEPT_REFINERS), validDates];
  return new Chrono({ parsers, refiners });
}

export const engine = createEngine();
