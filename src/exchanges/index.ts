// Exchanges stage: counts, dates and places grouped into exchange events.
import type { Context } from '../context.js';
import type { Exchange } from '../types.js';

export function findExchanges(_ctx: Context): Exchange[] {
  return [];
}
