// Turns chrono's results into DateExprs with tight spans.
import type { ParsedResult } from 'chrono-node/en';
import type { Grain } from '../types.js';
import { type Ymd, daysBetween } from './calendar.js';
import type { DateExpr, Holiday, Modifier, Shift } from './expression.js';
import { ANCHOR_TAG, HOLIDAY_TAG, YEAR_TAG, hasTag, wordBefore } from './parsers.js';
import { caseless } from './caseless.js';

export interface Found {
  /** offsets into the text chrono read */
  start: number;
  end: number;
  expr: DateExpr;
}

// run without the i flag on the lower-cased text (see caseless.ts)
const YEAR_AFTER = caseless(/^\s{1,3}(?:of\s{1,3})?(last|this|next)\s{1,3}year\b/i);
const LEAD = caseless(/^(?:[\s,(]|on\s|at\s|in\s|since\s|by\s)+/i);
const TRAIL = /[\s,()]+$/;

function ymdOf(c: ParsedResult['start']): Ymd {
  return { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
}

function smallestUnit(text: string): 'day' | 'week' | 'month' | 'year' {
  if (/\bdays?\b/i.test(text)) return 'day';
  if (/\b(weeks?|fortnights?)\b/i.test(text)) return 'week';
  if (/\bmonths?\b/i.test(text)) return 'month';
  return 'year';
}

/** The offset chrono applied to the reference date, in the unit the text counts in. */
function shiftFrom(ref: Ymd, got: Ymd, unit: 'day' | 'week' | 'month' | 'year'): Shift {
  if (unit === 'day' || unit === 'week') return { days: daysBetween(ref, got) };
  return { months: got.y * 12 + got.m - (ref.y * 12 + ref.m) };
}

// offsets counted in days or weeks name a day; in months or years a month (the
// convention for "a year ago": the month a year back)
const grainOfUnit = (u: string): Grain => (u === 'day' || u === 'week' ? 'day' : 'month');

const MODIFIERS = new Map<string, Modifier>([
  ['last', 'last'],
  ['past', 'last'],
  ['previous', 'last'],
  ['next', 'next'],
  ['coming', 'next'],
  ['this', 'this'],
  ['since', 'since'],
]);

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The modifier s starts with, as a whole word (\w+ up to a non-word character): no regex per call. */
function modifierOf(s: string): Modifier {
  let i = 0;
  while (i < s.length && isWordCode(s.charCodeAt(i))) i++;
  if (i < 4 || i > 8) return null;
  return MODIFIERS.get(s.slice(0, i).toLowerCase()) ?? null;
}

function holidayOf(lower: string): Holiday {
  const orthodox = lower.startsWith('orthodox');
  if (lower.includes('easter')) return orthodox ? 'orthodoxEaster' : 'easter';
  if (lower.includes('christmas')) return orthodox ? 'orthodoxChristmas' : lower.endsWith('eve') ? 'christmasEve' : 'christmas';
  return lower.endsWith('eve') ? 'newYearsEve' : 'newYear';
}

/**
 * What a chrono result says: usually one expression, two for a range ("Nov. 3-4"), none
 * when it names nothing we report. (Each kind is read by a function of its own: a kind
 * first met late in a batch then recompiles that function, not all of them inlined here.)
 */
export function classify(r: ParsedResult, text: string, ref: Ymd): Found[] {
  let start = r.index;
  let end = r.index + r.text.length;
  const raw = r.text;
  const lead = LEAD.exec(raw);
  if (lead) start += lead[0].length;
  const trail = TRAIL.exec(raw);
  if (trail) end -= trail[0].length;
  if (end <= start) return [];
  const t = text.slice(start, end);
  const c = r.start;
  const expr = taggedExpr(r, t, ref);
  if (expr) return [{ start, end, expr }];
  if (c.isCertain('weekday') && !c.isCertain('day')) return weekdayFound(c, text, t, start, end);
  if (c.isCertain('month')) return monthFound(r, text, start, end);
  if (c.isCertain('year')) return [{ start, end, expr: { kind: 'absolute', y: c.get('year')!, m: null, d: null } }];
  return [];
}

/** a year alone, a holiday, an anchored or casual day, "this/last/next week", "two weeks ago": by chrono's tags or the text; null for none of them */
function taggedExpr(r: ParsedResult, t: string, ref: Ymd): DateExpr | null {
  const c = r.start;
  if (hasTag(r, YEAR_TAG)) return { kind: 'absolute', y: c.get('year')!, m: null, d: null };
  if (hasTag(r, HOLIDAY_TAG)) return { kind: 'holiday', name: holidayOf(t.toLowerCase()) };
  if (hasTag(r, ANCHOR_TAG)) return anchoredExpr(t);
  if (hasTag(r, 'parser/ENCasualDateParser')) {
    const lower = t.toLowerCase();
    const days = /^(today|tonight)$/.test(lower) ? 0 : /^tomorrow$/.test(lower) ? 1 : -1;
    return { kind: 'relative', shift: { days }, grain: 'day' };
  }
  const period = /^(this|last|next)\s+(week|fortnight|month|year)$/i.exec(t);
  if (period) return periodExpr(period);
  if (hasTag(r, 'result/relativeDate')) {
    const unit = smallestUnit(t);
    const shift = shiftFrom(ref, ymdOf(c), unit);
    const grain = grainOfUnit(unit);
    // "a year ago", "two weeks from now" count from the reference date; "a day
    // earlier", "three days later" from the day just named
    if (/\b(ago|from now)$/i.test(t)) return { kind: 'relative', shift, grain };
    return { kind: 'anchored', shift, grain };
  }
  return null;
}

/** "the next day", "the previous week", "the same month": a shift from the date just named */
function anchoredExpr(t: string): DateExpr {
  const m = /(next|following|previous|preceding|same|before|after)/i.exec(t)!;
  const dir = /next|following|after/i.test(m[1]) ? 1 : /same/i.test(m[1]) ? 0 : -1;
  const unit = /\bweek\b/i.test(t) ? 'week' : /\bmonth\b/i.test(t) ? 'month' : /\byear\b/i.test(t) ? 'year' : 'day';
  if (unit === 'day') return { kind: 'anchored', shift: { days: dir }, grain: 'day' };
  if (unit === 'week') return { kind: 'anchored', shift: { days: 7 * dir }, grain: 'week' };
  return {
    kind: 'anchored',
    shift: { months: unit === 'month' ? dir : 12 * dir },
    grain: unit,
  };
}

/** "this week", "last month", "next year" (the match of the period pattern) */
function periodExpr(period: RegExpExecArray): DateExpr {
  const dir = period[1].toLowerCase() === 'last' ? -1 : period[1].toLowerCase() === 'next' ? 1 : 0;
  const unit = period[2].toLowerCase();
  if (unit === 'week' || unit === 'fortnight') {
    // gold convention: "last week" is seven days back, "this week" and "next
    // week" the Monday that starts them
    const shift: Shift = dir < 0 ? { days: -7 } : { weekStart: dir };
    return { kind: 'relative', shift, grain: 'week' };
  }
  if (unit === 'month') return { kind: 'relative', shift: { months: dir }, grain: 'month' };
  return { kind: 'relative', shift: { months: 12 * dir }, grain: 'year' };
}

/** a weekday with no day: "Friday", "last Friday", "Friday last week", "the weekend" */
function weekdayFound(c: ParsedResult['start'], text: string, t: string, start: number, end: number): Found[] {
  const before = wordBefore(text, start);
  const mod = modifierOf(t) ?? modifierOf(before);
  if (/weekend/i.test(t)) {
    // the span "weekend" -> "the weekend"
    const the = /\bthe\s{1,3}$/i.exec(text.slice(Math.max(0, start - 6), start));
    if (the) start -= the[0].length;
    return [{ start, end, expr: { kind: 'weekend', mod } }];
  }
  // "Friday last week", "Monday of next week"
  const wk = /\b(this|last|past|next)\s{1,3}week$/i.exec(t);
  const week = wk ? (/next/i.test(wk[1]) ? 1 : /this/i.test(wk[1]) ? 0 : -1) : null;
  return [{ start, end, expr: { kind: 'weekday', wd: c.get('weekday')!, mod: week === null ? mod : null, week } }];
}

/** a month: with its day ("Nov. 3"), its year ("June 2022"), or a modifier ("last June", "in June last year"); a range's end a date of its own */
function monthFound(r: ParsedResult, text: string, start: number, end: number): Found[] {
  const c = r.start;
  const out: Found[] = [];
  const m = c.get('month')!;
  if (c.isCertain('day')) {
    const d = c.get('day')!;
    out.push({
      start,
      end,
      expr: c.isCertain('year')
        ? { kind: 'absolute', y: c.get('year')!, m, d }
        : { kind: 'monthDay', m, d, wd: c.isCertain('weekday') ? c.get('weekday') : null },
    });
  } else if (c.isCertain('year')) {
    out.push({ start, end, expr: { kind: 'absolute', y: c.get('year')!, m, d: null } });
  } else {
    const before = wordBefore(text, start);
    const mod = modifierOf(before);
    if (mod === 'last' || mod === 'next' || mod === 'this') {
      start = text.toLowerCase().lastIndexOf(before, start);
    }
    // "in June last year", "in May of this year"
    const yr = YEAR_AFTER.exec(text.slice(end, end + 24));
    let yearShift: number | null = null;
    if (yr) {
      const w = yr[1].toLowerCase();
      yearShift = w === 'last' ? -1 : w === 'next' ? 1 : 0;
      end += yr[0].length;
    }
    out.push({ start, end, expr: { kind: 'month', m, mod, yearShift } });
  }
  // "Sept. 12-13": the end of a range is a date of its own
  const e = r.end;
  if (e && e.isCertain('day')) out.push(rangeEnd(e, start, end));
  return out;
}

/** the end of a range ("13" of "Sept. 12-13"), over the same span as its start */
function rangeEnd(e: NonNullable<ParsedResult['end']>, start: number, end: number): Found {
  const ed = e.get('day')!;
  const em = e.get('month')!;
  return {
    start,
    end,
    expr: e.isCertain('year')
      ? { kind: 'absolute', y: e.get('year')!, m: em, d: ed }
      : { kind: 'monthDay', m: em, d: ed, wd: null },
  };
}
