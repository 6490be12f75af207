// Counts stage: numbers of people or bodies exchanged, released, returned, held, listed, agreed.
import type { Context } from '../context.js';
import type { Count } from '../types.js';

export function findCounts(_ctx: Context): Count[] {
  return [];
}
