// Binary search over offset-sorted spans, the one way stages find "the first item at
// or after an offset" without scanning.

/** Index of the first item for which `before(item)` is false; items must be partitioned (all true, then all false). */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
