// Quotes stage: direct quotations and who said them.
import type { Context } from '../context.js';
import type { Quote } from '../types.js';

export function findQuotes(_ctx: Context): Quote[] {
  return [];
}
