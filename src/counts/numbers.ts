// Numbers as written in wire copy: digits with thousands separators ("1,200"),
// words ("ten", "twenty-five", "three hundred"), "a dozen", "2 million".
// "dozens", "hundreds", "thousands" are not numbers.
import type { Token } from './tokens.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

// every name for which `name in UNITS` or `name in TENS` holds: their keys and the
// names objects inherit ("constructor" too). A Set says no to other words far quicker
// than the `in` tests do, and this runs on every word of every sentence read.
const MAYBE_IN = new Set([...Object.keys(UNITS), ...Object.keys(TENS), ...inheritedNames(UNITS)]);
// `name in SCALES` for every name, as a Set (an `in` test of a word that is no property name
// yet looks the word up in the engine's string table first)
const IN_SCALES = new Set([...Object.keys(SCALES), ...inheritedNames(SCALES)]);
function inheritedNames(o: object): string[] {
  const out: string[] = [];
  for (let p = Object.getPrototypeOf(o); p; p = Object.getPrototypeOf(p)) out.push(...Object.getOwnPropertyNames(p));
  return out;
}

/** Value of one number word ("seven", "twenty-five"), or null. */
export function wordValue(lower: string): number | null {
  if (MAYBE_IN.has(lower)) {
    if (lower in UNITS) return UNITS[lower];
    if (lower in TENS) return TENS[lower];
  }
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const a = TENS[lower.slice(0, dash)];
    const b = UNITS[lower.slice(dash + 1)];
    if (a !== undefined && b !== undefined && b > 0 && b < 10) return a + b;
  }
  return null;
}

export interface NumberMatch {
  /** token index of the first and last token of the number */
  first: number;
  last: number;
  value: number;
  /** written with digits */
  digits: boolean;
  /** a lone "one", which is mostly a determiner ("one soldier said") */
  loneOne: boolean;
  /** written "eight-for-eight": the same number on each side */
  nForN?: boolean;
}

const NOT_A_NUMBER = 0;
const PLAIN = 1;
const THOUSANDS = 2;
const DECIMAL = 3;

/**
 * What a token of digits (the tokenizer's \d+(?:[.,]\d+)*) is, read by character codes:
 * PLAIN "1200", THOUSANDS "1,200" (first group of one to three digits, then groups of
 * three), DECIMAL "2.5" (one full stop, no comma), else NOT_A_NUMBER ("1.200.000", "1,20").
 * The same answers as the patterns ^\d+$, ^\d{1,3}(?:,\d{3})*$ and ^\d+\.\d+$.
 */
function digitShape(s: string): number {
  let commas = 0;
  let dots = 0;
  let group = 0;
  let first = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      group++;
      continue;
    }
    if (c === 44) commas++;
    else if (c === 46) dots++;
    else return NOT_A_NUMBER;
    if (first < 0) first = group;
    else if (group !== 3) return NOT_A_NUMBER;
    group = 0;
  }
  if (commas === 0 && dots === 0) return group > 0 ? PLAIN : NOT_A_NUMBER;
  if (commas === 0 && dots === 1) return first > 0 && group > 0 ? DECIMAL : NOT_A_NUMBER;
  return dots === 0 && first >= 1 && first <= 3 && group === 3 ? THOUSANDS : NOT_A_NUMBER;
}

/** The number that starts at token i, or null. */
export function numberAt(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  let value: number | null = null;
  let last = i;
  let digits = false;
  if (t.kind === 'num') {
    // decimals are measures or money, not heads ("2.5 miles"), unless a scale follows ("1.5 million")
    const shape = digitShape(t.text);
    if (shape === NOT_A_NUMBER) return null;
    const isDecimal = shape === DECIMAL;
    value = Number(shape === THOUSANDS ? t.text.replace(/,/g, '') : t.text);
    digits = true;
    const next = tokens[i + 1];
    if (next && IN_SCALES.has(next.lower) && next.lower !== 'hundred') {
      value *= SCALES[next.lower];
      last = i + 1;
    } else if (isDecimal) return null;
  } else if (t.kind === 'word') {
    // every number word ("zero" to "ninety", "twenty-five", "eight-for-eight") starts with
    // one of z o t f s e n: any other word is answered at once (most words of a sentence)
    const c0 = t.lower.charCodeAt(0);
    if (c0 !== 116 && c0 !== 102 && c0 !== 115 && c0 !== 101 && c0 !== 110 && c0 !== 111 && c0 !== 122 && c0 !== 97) return null;
    if (t.lower === 'a' || t.lower === 'an') {
      // "a dozen", "a hundred", "a thousand"
      const next = tokens[i + 1];
      if (!next) return null;
      if (next.lower === 'dozen') return { first: i, last: i + 1, value: 12, digits: false, loneOne: false };
      if (next.lower === 'hundred' || next.lower === 'thousand') {
        return { first: i, last: i + 1, value: SCALES[next.lower], digits: false, loneOne: false };
      }
      return null;
    }
    value = wordValue(t.lower);
    if (value === null) {
      // "eight-for-eight", "ten-for-ten": one token (the tokenizer keeps hyphenated words whole)
      const f = t.lower.indexOf('-for-');
      if (f > 0) {
        const a = wordValue(t.lower.slice(0, f));
        if (a !== null && a > 1 && a === wordValue(t.lower.slice(f + 5))) return { first: i, last: i, value: a, digits: false, loneOne: false, nForN: true };
      }
      return null;
    }
    // "three hundred", "two thousand", "two dozen", "one hundred and twenty"
    let j = i + 1;
    while (j < tokens.length) {
      const w = tokens[j].lower;
      if (w === 'dozen') {
        value *= 12;
        last = j;
        j++;
      } else if (IN_SCALES.has(w)) {
        value = w === 'hundred' ? value * 100 : value * SCALES[w];
        last = j;
        j++;
        // "one hundred and twenty"
        const after = tokens[j];
        if (after && after.lower === 'and' && tokens[j + 1]) {
          const v = wordValue(tokens[j + 1].lower);
          if (v !== null && v < 100) {
            value += v;
            last = j + 1;
            j += 2;
          }
        }
        const plain = tokens[j] ? wordValue(tokens[j].lower) : null;
        if (plain !== null && plain < 100 && value >= 100) {
          value += plain;
          last = j;
          j++;
        }
      } else break;
    }
  } else return null;
  if (value === null || !Number.isFinite(value)) return null;
  return { first: i, last, value, digits, loneOne: last === i && t.lower === 'one' };
}
