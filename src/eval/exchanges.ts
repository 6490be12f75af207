// Pairing reported exchanges with gold ones (GOLD.md: "a gold exchange with
// counts is found when one reported exchange (each used once) has a count of the
// same value and perSide"). Only paired exchanges have their date, status,
// parties and counts scored.
import type { Exchange } from '../types.js';
import type { GoldExchange } from './gold.js';

export interface ExchangePairing {
  /** [gold index, reported index] */
  pairs: [number, number][];
  unmatchedGold: number[];
  unmatchedReported: number[];
}

const countKey = (c: { value: number; perSide: boolean }): string => `${c.value}|${c.perSide}`;

/**
 * Greedy, one-to-one, in gold order. Decisions where the rules are silent:
 * - among reported exchanges that share a count, the one sharing the most
 *   (value, perSide) pairs wins, then the earliest reported;
 * - a gold exchange without counts (the text gives no number) is found by an
 *   unused reported exchange on the same ISO date, or, when the gold date is
 *   null, by one with no date and the same status; one without counts of its
 *   own is preferred, then the same status, then the earliest. These are paired
 *   after all gold exchanges with counts, so they never take a count match.
 */
export function pairExchanges(gold: GoldExchange[], reported: Exchange[]): ExchangePairing {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  const reportedKeys = reported.map((r) => new Set(r.counts.map(countKey)));

  gold.forEach((g, gi) => {
    if (g.counts.length === 0) return;
    const keys = new Set(g.counts.map(countKey));
    let best = -1;
    let bestShared = 0;
    reported.forEach((_, ri) => {
      if (used.has(ri)) return;
      let shared = 0;
      for (const k of keys) if (reportedKeys[ri].has(k)) shared++;
      if (shared > bestShared) {
        best = ri;
        bestShared = shared;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  });

  gold.forEach((g, gi) => {
    if (g.counts.length > 0) return;
    let best = -1;
    let bestRank = Infinity;
    reported.forEach((r, ri) => {
      if (used.has(ri)) return;
      const iso = r.date?.iso ?? null;
      const sameDay = g.date !== null ? iso === g.date : iso === null && r.status === g.status;
      if (!sameDay) return;
      const rank = (r.counts.length > 0 ? 2 : 0) + (r.status === g.status ? 0 : 1);
      if (rank < bestRank) {
        best = ri;
        bestRank = rank;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  });

  pairs.sort((a, b) => a[0] - b[0]);
  const pairedGold = new Set(pairs.map((p) => p[0]));
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !pairedGold.has(i)),
    unmatchedReported: reported.map((_, i) => i).filter((i) => !used.has(i)),
  };
}
