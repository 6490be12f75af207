// Counting for precision and recall. Recall counts gold items found; precision
// counts reported items that are right. The two numerators are kept apart because
// they can differ (one reported place may cover two gold spellings of it), and
// everything is summed over articles before dividing: micro-averaging.

export const FIELDS = [
  'exchanges',
  'exchangeDates',
  'exchangeStatus',
  'exchangeParties',
  'exchangeCounts',
  'counts',
  'dates',
  'places',
  'people',
  'quotes',
  'speakers',
  'headlines',
  'bylines',
  'datelines',
  'credits',
] as const;

export type Field = (typeof FIELDS)[number];

export const FIELD_LABEL: Record<Field, string> = {
  exchanges: 'exchanges',
  exchangeDates: 'exchange dates',
  exchangeStatus: 'exchange status',
  exchangeParties: 'exchange parties',
  exchangeCounts: 'exchange counts',
  counts: 'counts',
  dates: 'dates',
  places: 'places',
  people: 'people',
  quotes: 'quotes',
  speakers: 'speakers',
  headlines: 'headlines',
  bylines: 'bylines',
  datelines: 'datelines',
  credits: 'credits',
};

export interface Tally {
  /** gold items */
  gold: number;
  /** gold items the tool found (recall numerator) */
  found: number;
  /** items the tool reported */
  reported: number;
  /** reported items that are right (precision numerator) */
  correct: number;
}

export type Tallies = Record<Field, Tally>;

export interface Figures extends Tally {
  /** null when there is nothing to divide by (no items reported / in the gold) */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function emptyTally(): Tally {
  return { gold: 0, found: 0, reported: 0, correct: 0 };
}

export function emptyTallies(): Tallies {
  return Object.fromEntries(FIELDS.map((f) => [f, emptyTally()])) as Tallies;
}

export function addTallies(into: Tallies, from: Tallies): void {
  for (const f of FIELDS) {
    into[f].gold += from[f].gold;
    into[f].found += from[f].found;
    into[f].reported += from[f].reported;
    into[f].correct += from[f].correct;
  }
}

/**
 * Precision, recall, F1. Decisions: with no gold items and nothing reported the
 * field is not measured (all null: neither good nor bad); with gold items but
 * nothing reported precision is null and F1 is 0; with reported items but no gold
 * items recall is null and F1 is 0 (every report is an extra).
 */
export function figures(t: Tally): Figures {
  const precision = t.reported > 0 ? t.correct / t.reported : null;
  const recall = t.gold > 0 ? t.found / t.gold : null;
  let f1: number | null;
  if (precision === null && recall === null) f1 = null;
  else if (precision === null || recall === null) f1 = 0;
  else f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...t, precision, recall, f1 };
}
