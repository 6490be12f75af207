// Resolves a DateExpr to an ISO value against the reference date, the clause's
// tense and the day just named. Pure calendar arithmetic.
import type { Grain } from '../types.js';
import {
  type Ymd,
  addDays,
  addMonths,
  daysBetween,
  easter,
  isValidYmd,
  isoDay,
  isoMonth,
  isoYear,
  mondayOf,
  weekday,
} from './calendar.js';
import type { DateExpr, Holiday, Modifier, Shift } from './expression.js';
import type { Tense } from './tense.js';

export interface Resolved {
  iso: string | null;
  grain: Grain;
  /** the day it names, or the first day of the month or year it names; null when unresolved */
  point: Ymd | null;
}

/** The dates just named, at each grain: what "the next day", "a month later", "the following year" count from. */
export interface Anchors {
  day: Ymd | null;
  month: Ymd | null;
  year: Ymd | null;
}

const NONE = (grain: Grain): Resolved => ({ iso: null, grain, point: null });

const grainOfExpr = (e: DateExpr): Grain => {
  switch (e.kind) {
    case 'absolute':
      return e.d != null ? 'day' : e.m != null ? 'month' : 'year';
    case 'monthDay':
    case 'weekday':
    case 'holiday':
      return 'day';
    case 'month':
      return 'month';
    case 'weekend':
      return 'week';
    default:
      return e.grain;
  }
};

function atGrain(day: Ymd, grain: Grain): Resolved {
  if (grain === 'year') return { iso: isoYear(day.y), grain, point: { y: day.y, m: 1, d: 1 } };
  if (grain === 'month') return { iso: isoMonth(day.y, day.m), grain, point: { y: day.y, m: day.m, d: 1 } };
  return { iso: isoDay(day), grain, point: day };
}

/** Moves the anchors on past a resolved mention. */
export function advance(anchors: Anchors, r: Resolved): void {
  if (r.grain === 'day') anchors.day = r.point; // an unresolved day clears it
  if (!r.point || r.grain === 'week') return;
  if (r.grain === 'day' || r.grain === 'month') anchors.month = r.point;
  anchors.year = r.point;
}

function shifted(base: Ymd, shift: Shift): Ymd {
  if ('weekStart' in shift) return mondayOf(addDays(base, 7 * shift.weekStart));
  if ('days' in shift) return addDays(base, shift.days);
  return addMonths(base, shift.months);
}

const HOLIDAYS: Record<Holiday, (y: number) => Ymd> = {
  christmas: (y) => ({ y, m: 12, d: 25 }),
  christmasEve: (y) => ({ y, m: 12, d: 24 }),
  orthodoxChristmas: (y) => ({ y, m: 1, d: 7 }),
  newYear: (y) => ({ y, m: 1, d: 1 }),
  newYearsEve: (y) => ({ y, m: 12, d: 31 }),
  easter: (y) => easter(y, false),
  orthodoxEaster: (y) => easter(y, true),
};

/** A day named without its year: the nearest one in the direction the clause points. */
function yearOf(dayIn: (y: number) => Ymd, wd: number | null, ref: Ymd, tense: Tense): Ymd | null {
  const cands = [ref.y - 1, ref.y, ref.y + 1].map(dayIn).filter(isValidYmd);
  if (cands.length === 0) return null;
  // "Friday, Feb. 7": the weekday picks the year when only one fits
  if (wd != null) {
    const fits = cands.filter((c) => weekday(c) === wd);
    if (fits.length === 1) return fits[0];
  }
  const past = cands.filter((c) => daysBetween(c, ref) >= 0);
  const future = cands.filter((c) => daysBetween(ref, c) >= 0);
  const latestPast = past[past.length - 1];
  const firstFuture = future[0];
  if (tense === 'past') return latestPast ?? firstFuture;
  if (tense === 'future') return firstFuture ?? latestPast;
  if (!latestPast) return firstFuture;
  if (!firstFuture) return latestPast;
  return daysBetween(latestPast, ref) <= daysBetween(ref, firstFuture) ? latestPast : firstFuture;
}

function weekdayDay(wd: number, mod: Modifier, ref: Ymd, tense: Tense): Ymd {
  const back = (weekday(ref) - wd + 7) % 7; // 0..6 days back to that weekday
  const fwd = (wd - weekday(ref) + 7) % 7;
  if (mod === 'last') return addDays(ref, -(back || 7));
  if (mod === 'next') return addDays(ref, fwd || 7);
  if (back === 0) return ref;
  if (mod === 'since') return addDays(ref, -back);
  const forward = tense === 'future' || tense === 'present' || (mod === 'this' && tense !== 'past');
  return forward ? addDays(ref, fwd) : addDays(ref, -back);
}

export function resolve(e: DateExpr, ref: Ymd | null, tense: () => Tense, anchors: Anchors): Resolved {
  const grain = grainOfExpr(e);
  if (e.kind === 'absolute') {
    if (e.d != null && e.m != null) return atGrain({ y: e.y, m: e.m, d: e.d }, 'day');
    if (e.m != null) return atGrain({ y: e.y, m: e.m, d: 1 }, 'month');
    return atGrain({ y: e.y, m: 1, d: 1 }, 'year');
  }
  if (e.kind === 'anchored') {
    const anchor = 'months' in e.shift ? (grain === 'year' ? anchors.year : anchors.month) : anchors.day;
    const base = anchor ?? ref;
    return base ? atGrain(shifted(base, e.shift), grain) : NONE(grain);
  }
  if (!ref) return NONE(grain);
  switch (e.kind) {
    case 'relative':
      return atGrain(shifted(ref, e.shift), grain);
    case 'monthDay': {
      const day = yearOf((y) => ({ y, m: e.m, d: e.d }), e.wd, ref, tense());
      return day ? atGrain(day, 'day') : NONE(grain);
    }
    case 'holiday': {
      const day = yearOf(HOLIDAYS[e.name], null, ref, tense());
      return day ? atGrain(day, 'day') : NONE(grain);
    }
    case 'month': {
      if (e.yearShift != null) return atGrain({ y: ref.y + e.yearShift, m: e.m, d: 1 }, 'month');
      const refIdx = ref.y * 12 + ref.m - 1;
      const t = e.mod === 'last' ? 'strict-past' : e.mod === 'since' ? 'past' : e.mod === 'next' ? 'strict-future' : e.mod === 'this' ? 'this' : tense();
      let y = ref.y;
      const idx = (yy: number) => yy * 12 + e.m - 1;
      if (t === 'strict-past') y = idx(ref.y) < refIdx ? ref.y : ref.y - 1;
      else if (t === 'strict-future') y = idx(ref.y) > refIdx ? ref.y : ref.y + 1;
      else if (t === 'future') y = idx(ref.y) >= refIdx ? ref.y : ref.y + 1;
      else if (t === 'past') y = idx(ref.y) <= refIdx ? ref.y : ref.y - 1;
      else if (t !== 'this') {
        // no tense, or the present ("the deadline is in March", "the September
        // meeting's minutes are out"): the nearest such month, the past one on a tie
        const back = (refIdx - e.m + 1 + 12) % 12;
        y = back <= 6 ? (idx(ref.y) <= refIdx ? ref.y : ref.y - 1) : idx(ref.y) > refIdx ? ref.y : ref.y + 1;
      }
      return atGrain({ y, m: e.m, d: 1 }, 'month');
    }
    case 'weekday':
      if (e.week !== null) return atGrain(addDays(mondayOf(ref), 7 * e.week + ((e.wd + 6) % 7)), 'day');
      return atGrain(weekdayDay(e.wd, e.mod, ref, tense()), 'day');
    case 'weekend': {
      // the Saturday of that weekend
      return atGrain(weekdayDay(6, e.mod === 'this' ? null : e.mod, ref, tense()), 'week');
    }
  }
}
