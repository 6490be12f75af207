// What a date expression says, before it is resolved against a reference date.
import type { Grain } from '../types.js';

/** which way a modifier points: "last Friday", "next March", "this week", "since Thursday" */
export type Modifier = 'last' | 'next' | 'this' | 'since' | null;

/** days or months from a base day; weekStart: the Monday of the week n weeks on ("this week", "next week") */
export type Shift = { days: number } | { months: number } | { weekStart: number };

export type Holiday = 'christmas' | 'christmasEve' | 'orthodoxChristmas' | 'newYear' | 'newYearsEve' | 'easter' | 'orthodoxEaster';

export type DateExpr =
  /** the year is written: "Oct. 7, 2023", "February 2022", "in 2011" */
  | { kind: 'absolute'; y: number; m: number | null; d: number | null }
  /** "June 2", "3 November": the year comes from the reference date and the tense */
  | { kind: 'monthDay'; m: number; d: number; wd: number | null }
  /** "in October", "last November"; "in June last year" has yearShift -1 */
  | { kind: 'month'; m: number; mod: Modifier; yearShift: number | null }
  /** "Christmas Day", "Orthodox Easter": a feast whose day is known in any year */
  | { kind: 'holiday'; name: Holiday }
  /** "on Friday", "last Friday"; "Friday last week" has week -1 (weeks from the reference week) */
  | { kind: 'weekday'; wd: number; mod: Modifier; week: number | null }
  /** "at the weekend" */
  | { kind: 'weekend'; mod: Modifier }
  /** counted from the reference date: "last year", "a week ago", "today" */
  | { kind: 'relative'; shift: Shift; grain: Grain }
  /** counted from the day just named: "the next day", "a day earlier" */
  | { kind: 'anchored'; shift: Shift; grain: Grain };
