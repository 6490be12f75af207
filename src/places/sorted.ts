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

/** a lookup function with a memory: words repeat within and across articles */
export function memo<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      v = fn(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, v);
    }
    return v as T;
  };
}
