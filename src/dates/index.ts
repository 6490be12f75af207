// Dates stage: calendar expressions resolved against the reference date.
import type { Context } from '../context.js';
import type { DateMention } from '../types.js';

export function findDates(_ctx: Context): DateMention[] {
  return [];
}
