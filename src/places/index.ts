// Places stage: countries, regions, cities named in the header's dateline and the body.
import type { Context } from '../context.js';
import type { Place } from '../types.js';

export function findPlaces(_ctx: Context): Place[] {
  return [];
}
