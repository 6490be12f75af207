// Case-insensitive patterns run without the i flag, on the text with its ASCII
// capitals lower-cased: V8 compiles a pattern of lower-case words about twice as
// fast without the i flag (no case-folding work for each letter), and chrono's
// patterns are among the costliest a one-article run compiles.
//
// The same matches: without the u flag, an ASCII letter of an i pattern matches
// only that letter in either case (a character whose capital is ASCII, as "ſ" or
// the Kelvin sign, is not folded onto it), and \s, \d, \w, \W, \b and "." answer the
// same for a capital and its small letter. So a pattern of lower-case ASCII letters,
// such escapes and letter-free classes matches a text exactly where its i version
// matches the text with A-Z lower-cased; lower-casing keeps every offset, so the
// groups are cut from the text itself at the offsets the match reports.

/**
 * The text with A-Z lower-cased, at the same offsets (other letters may be
 * lower-cased too: no pattern this serves tells them apart, see lowerSource);
 * the last answer is kept, as tests and parsers ask in turn.
 */
let lastIn = '';
let lastOut = '';
const CAPITALS = /[A-Z]+/g;
// the only characters toLowerCase turns into ASCII or into two characters ("İ", the Kelvin sign)
const INTO_ASCII = /[\u0130\u212a]/;
export function asciiLower(s: string): string {
  if (s === lastIn) return lastOut;
  lastIn = s;
  // toLowerCase is native and quick; a callback for each run of capitals is not
  lastOut = INTO_ASCII.test(s) ? s.replace(CAPITALS, (m) => m.toLowerCase()) : s.toLowerCase();
  return lastOut;
}

// escapes that stand for no letter, or for a class that holds both cases of each
// ASCII letter or neither (\w, \W, \b, \B, \s, \S, \d, \D), and escaped punctuation
const SAFE_ESCAPE = /^[sSdDwWbB.\\/\-,()[\]{}?*+|^$:!=<>'"&%#@~`;]$/;
// characters with no case outside ASCII that patterns hold: fullwidth brackets, the en dash
const SAFE_WIDE = new Set(['\uff08', '\uff09', '\u2013']);

/**
 * The source of a pattern with its letters lower-cased, to be run without the i flag
 * on asciiLower(text); null when that would not match the same (a class or escape
 * with letters, a back-reference, a named group, a character with case outside ASCII).
 */
export function lowerSource(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1] ?? '';
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        const ch = String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16));
        if (/[A-Za-z]/.test(ch) || (ch > '\x7f' && !SAFE_WIDE.has(ch))) return null;
        out += source.slice(i, i + 6);
        i += 5;
        continue;
      }
      if (SAFE_WIDE.has(e)) {
        out += c + e;
        i++;
        continue;
      }
      if (!SAFE_ESCAPE.test(e) || (inClass && /[bB]/.test(e))) return null;
      out += c + e;
      i++;
      continue;
    }
    if (c > '\x7f' && !SAFE_WIDE.has(c)) return null;
    if (inClass) {
      if (/[A-Za-z]/.test(c)) return null;
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      continue;
    }
    // (?<name> and (?<= / (?<!: a name would be lower-cased too
    if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') return null;
    out += c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
  }
  return inClass ? null : out;
}

/**
 * A stand-in for an i pattern (without g, y or u): exec and test answer as the
 * pattern does, its groups cut from the text given; the pattern itself when it
 * cannot be stood in for.
 */
export function caseless(re: RegExp): RegExp {
  if (re.flags !== 'i') return re;
  const src = lowerSource(re.source);
  if (src === null) return re;
  const low = new RegExp(src, 'd');
  const exec = (s: string): RegExpExecArray | null => {
    const m = low.exec(asciiLower(s));
    if (!m) return null;
    const at = m.indices!;
    const out = [] as unknown as RegExpExecArray;
    for (let k = 0; k < m.length; k++) out.push(at[k] ? s.slice(at[k]![0], at[k]![1]) : (undefined as unknown as string));
    out.index = m.index;
    out.input = s;
    out.groups = undefined;
    return out;
  };
  return { exec, test: (s: string) => low.test(asciiLower(s)), source: re.source, flags: re.flags } as RegExp;
}
