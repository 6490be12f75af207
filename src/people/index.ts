// People stage: named persons in the body, with titles and affiliations.
import type { Context } from '../context.js';
import type { Person } from '../types.js';

export function findPeople(_ctx: Context): Person[] {
  return [];
}
