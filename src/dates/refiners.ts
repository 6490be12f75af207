// Our chrono refiners. chrono reads liberally ("now", "May" the verb, "in a
// second", "for 22 months"); these drop what names no calendar day, month or year.
import type { ParsingResult, Refiner } from 'chrono-node/en';
import { MONTHS, PERIOD_PREPOSITIONS, WEEKDAYS } from './lexicon.js';
import { ANCHOR_TAG, HOLIDAY_TAG, type ParsingContext, YEAR_TAG, hasTag, wordBefore } from './parsers.js';
import { caseless } from './caseless.js';

// run without the i flag on the lower-cased text (see caseless.ts)
const MONTH_WORD = caseless(/\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i);
const WEEKDAY_WORD = caseless(/\b(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|urday|sday|nesday|rsday)?\b/i);
const SUB_DAY_UNIT = caseless(/\b(hours?|hrs?|minutes?|mins?|seconds?|secs?)\b/i);
const DAY_OR_MORE_UNIT = caseless(/\b(days?|weeks?|fortnights?|months?|years?|decades?)\b/i);
const OTHER_PERIOD = caseless(/^(?:this|last|past|next)\s+(?:days?|hours?|minutes?|mins?|seconds?|secs?|quarters?|decades?|h|m|s)$/i);
const RELATIVE_PERIOD = caseless(/^(?:on\s+)?(this|last|past|next)\s+(week|month|year|fortnight)s?$/i);

function isUpper(c: string): boolean {
  return c >= 'A' && c <= 'Z';
}

// "Good Friday", "Bloody Sunday", "Black Monday": feasts and names, not the
// nearest such weekday
const WEEKDAY_NAME_LEADS = new Set('good holy black bloody palm ash maundy easter super cyber'.split(' '));

/** "The Sunday Times", "Bloody Sunday": a weekday word that is part of a name. */
function namesNoDay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const lead = /([A-Za-z]+)\s{1,3}$/.exec(before);
  if (lead && isUpper(lead[1][0]) && WEEKDAY_NAME_LEADS.has(lead[1].toLowerCase())) return true;
  // "the Sunday Times": the article, the weekday, then a capitalised word
  if (lead && lead[1].toLowerCase() === 'the' && /^\s{1,3}[A-Z][a-z]/.test(text.slice(end, end + 5))) return true;
  return false;
}

/** "the September meeting", "the Fed's December decision": a month before a common noun. */
function attributiveMonth(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const lead = /(?:\b(the|this|that|its|their|his|her|our|last|next)|['\u2019]s)\s{1,3}$/i.exec(before);
  if (!lead) return false;
  return /^\s{1,3}[a-z]{3,}/.test(text.slice(end, end + 8));
}

/**
 * Why a raw chrono result names no date, or null when it does. (The relative, month and
 * weekday readings are functions of their own: one first met late in a batch then
 * recompiles itself, not this function with all of them inlined.)
 */
function rejection(context: ParsingContext, r: ParsingResult): string | null {
  if (hasTag(r, YEAR_TAG) || hasTag(r, ANCHOR_TAG) || hasTag(r, HOLIDAY_TAG)) return null;
  const text = r.text.trim();
  const lower = text.toLowerCase();
  if (lower === 'now' || lower === 'tmr' || lower === 'tmrw' || lower === 'overmorrow') return 'no calendar meaning';
  const start = r.start;

  // chrono's "this/last/next <unit>" for units we do not count that way: "the
  // past day", "next hour", "last quarter"; "the next day" is our anchor parser's
  if (OTHER_PERIOD.test(text)) return 'not a calendar period';
  // ("last week" and the like go on below)
  if (hasTag(r, 'result/relativeDate') && !RELATIVE_PERIOD.test(text)) return relativeRejection(context, r, text);
  // "every Monday", "each March": recurring, not one day
  // (not "swapped 12 each on Thursday": there the weekday has its own "on")
  if (!/^on\s/i.test(text) && /\b(?:every|each)\s{1,3}$/i.test(context.text.slice(Math.max(0, r.index - 7), r.index))) {
    return 'recurring';
  }
  const relative = RELATIVE_PERIOD.exec(text);
  if (relative) {
    // "the past year", "over the last week": stretches of time
    if (relative[1].toLowerCase() === 'past') return 'duration';
    if (/\bthe\s{1,3}$/i.test(context.text.slice(Math.max(0, r.index - 5), r.index))) return 'duration';
    return null;
  }

  const monthWord = MONTH_WORD.exec(text);
  if (monthWord && (start.isCertain('month') || start.isCertain('day'))) return monthRejection(context, r, monthWord);
  if (start.isCertain('weekday') && !start.isCertain('day')) return weekdayRejection(context, r, text);

  if (hasTag(r, 'parser/ENCasualDateParser')) return null;
  if (start.isCertain('day') || start.isCertain('month') || start.isCertain('year')) return null;
  if (hasTag(r, 'result/relativeDate')) return null;
  return 'no date part';
}

/** offsets from now or from another day: a day or more, never "in a second", "hours earlier" */
function relativeRejection(context: ParsingContext, r: ParsingResult, text: string): string | null {
  if (SUB_DAY_UNIT.test(text) && !DAY_OR_MORE_UNIT.test(text)) return 'time of day';
  // "a few days ago", "several weeks later": no day can be named
  if (/\b(few|several|some|many|couple)\b/i.test(text)) return 'fuzzy';
  // "three days after the vote": counted from an event, not from a named day
  const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 4);
  if (/\b(after|before)$/i.test(text) && /^\s{0,3}[A-Za-z0-9]/.test(after)) return 'counted from an event';
  return null;
}

/** a month word (monthWord: its match in the result's text) */
function monthRejection(context: ParsingContext, r: ParsingResult, monthWord: RegExpExecArray): string | null {
  const start = r.start;
  // wire copy capitalises months: "may", "march" are verbs
  if (!isUpper(monthWord[0][0])) return 'lower-case month word';
  if (!start.isCertain('day') && !start.isCertain('year')) {
    // a lone month needs a full name and a preposition: "in October", "since March"
    if (MONTHS[monthWord[0].toLowerCase()] === undefined) return 'abbreviated lone month';
    const at = r.index + monthWord.index;
    const prev = wordBefore(context.text, at);
    if (!PERIOD_PREPOSITIONS.has(prev) && !attributiveMonth(context.text, at, at + monthWord[0].length)) {
      return 'lone month without preposition';
    }
  }
  return null;
}

/** a weekday with no day of the month */
function weekdayRejection(context: ParsingContext, r: ParsingResult, text: string): string | null {
  if (/\bweekdays?\b/i.test(text)) return 'not a day';
  if (/\bweekend\b/i.test(text)) return null;
  const w = WEEKDAY_WORD.exec(text);
  if (w && namesNoDay(context.text, r.index + w.index, r.index + w.index + w[0].length)) return 'part of a name';
  // full names only: "Sun", "Sat", "Wed" are newspapers and verbs
  if (!w || WEEKDAYS[w[0].toLowerCase()] === undefined || !isUpper(w[0][0])) return 'abbreviated weekday';
  return null;
}

/** Drops results that name no calendar date (runs before chrono merges results). */
export const dropNonDates: Refiner = {
  refine: (context, results) => results.filter((r) => rejection(context, r) === null),
};

const saneYear = (c: ParsingResult['start']) => !c.isCertain('year') || (c.get('year')! >= 1000 && c.get('year')! <= 2999);

/**
 * Drops impossible dates ("February 30") and years chrono reads from stray words
 * ("29 BE" as a Buddhist-era year); stands in for chrono's UnlikelyFormatFilter.
 */
export const validDates: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) => r.start.isValidDate() && saneYear(r.start) && (!r.end || (r.end.isValidDate() && saneYear(r.end))),
    ),
};
