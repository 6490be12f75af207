// Lookups in a sorted list kept as one string, one record a line ("key\tvalue..."):
// a binary search over the string itself, so loading the list costs nothing but the
// JSON it came in. Keys compare as JavaScript strings, as the build script sorted them.

/** the record whose key (the text before the first tab, or the whole line) is `key`, or undefined */
export function findRecord(list: string, key: string): string | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = mid === 0 ? 0 : list.lastIndexOf('\n', mid - 1) + 1;
    let end = list.indexOf('\n', start);
    if (end < 0) end = list.length;
    let keyEnd = start;
    while (keyEnd < end && list.charCodeAt(keyEnd) !== 9) keyEnd++;
    const k = list.slice(start, keyEnd);
    if (k < key) lo = end + 1;
    else if (k > key) hi = start;
    else return list.slice(start, end);
  }
  return undefined;
}

export function hasKey(list: string, key: string): boolean {
  return findRecord(list, key) !== undefined;
}

const NONE: unique symbol = Symbol('none');

/**
 * A lookup function with a memory: words repeat within and across articles. The
 * memory holds at most `limit` keys (it starts afresh when full), and nothing in it
 * keeps an article alive: a key or value sliced from an article's text would hold the
 * whole text in memory, so what is kept is a copy (detach).
 */
export function memo<T>(fn: (key: string) => T, limit = 20_000): (key: string) => T {
  // undefined (the usual answer: most words name no place) is kept as NONE, so a
  // lookup is one Map.get
  let cache = new Map<string, T | typeof NONE>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    const v = fn(key);
    if (cache.size >= limit) cache = new Map();
    cache.set(detach(key), v === undefined ? NONE : typeof v === 'string' ? (detach(v) as T) : v);
    return v;
  };
}

/** a copy of `s` that does not share the memory of a longer string it was sliced from */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
