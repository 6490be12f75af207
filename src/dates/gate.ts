// Speed-ups that change no result: chrono runs every parser's pattern over every
// window, and compiling and running its big patterns is most of the dates stage's
// cost (and most of a one-article run's start). Each gated parser runs its pattern
// only on windows that pass small tests every match of the pattern passes too:
//  - "3 days ago", "two weeks later": one huge pattern (up to eleven time units in a
//    row; V8 spends ~60 ms making machine code of it). Every match ends in one time
//    unit and its tail word ("days ago"), so the tests are the tail word, then one
//    unit and the tail, both cut from chrono's own pattern;
//  - parsers whose every match holds a month name, a weekday, "today"-like words,
//    "this/last/next" or four digits: that word family, in any case.
import type { Parser } from 'chrono-node/en';
import type { ParsingContext } from './parsers.js';
import { asciiLower, caseless, lowerSource } from './caseless.js';
import { isSpaceCode } from '../lexicon/chars.js';

// the layout chrono 2.x builds the time-unit patterns with (utils/pattern.js
// repeatedTimeunitPattern, behind the word-boundary prefix)
const HEAD = '(\\W|^)((?:(?:about|around)\\s{0,3})?';
const CONNECTOR = '(?:\\s{0,5},?(?:\\s*and)?\\s{0,5}';
const REPEAT = '){0,10})';

interface Gates {
  tail: RegExp;
  unitTail: RegExp;
}

/** The two gate patterns for a time-unit pattern of that layout; null for any other. */
export function gatesOf(pattern: RegExp): Gates | null {
  const src = pattern.source;
  if (pattern.global || pattern.sticky || !src.startsWith(HEAD)) return null;
  const c = src.indexOf(CONNECTOR, HEAD.length);
  if (c < 0) return null;
  const unit = src.slice(HEAD.length, c);
  const r = src.indexOf(REPEAT, c);
  if (r < 0) return null;
  const tail = src.slice(r + REPEAT.length);
  // exactly HEAD unit (?:CONNECTOR unit){0,10}) tail, or no gate
  if (src !== HEAD + unit + CONNECTOR + unit + REPEAT + tail || tail === '') return null;
  // the tail test without the spaces before the word ("\s{0,5}", which may match
  // nothing): still true wherever the tail matches, and a quicker scan
  const word = tail.replace(/^\\s\{0,\d+\}/, '');
  return { tail: new RegExp(word, pattern.flags), unitTail: new RegExp(unit + tail, pattern.flags) };
}

// chrono 2.x's month group (MONTH_DICTIONARY): every name starts with one of these
const MONTHS =
  '(?:september|february|november|december|january|october|august|march|april|sept\\.|june|july|jan\\.|feb\\.|mar\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept|oct\\.|nov\\.|dec\\.|may|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)';
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * Parsers by class name (a bundler may add a digit): the group every match of the
 * pattern holds (checked to be in the pattern, and not made optional), and a test
 * every text holding that group passes.
 */
const WORD_GATES: { name: string; group: string; test: RegExp }[] = [
  { name: 'ENMonthNameLittleEndianParser', group: `(${MONTHS})`, test: MONTH_WORD },
  { name: 'ENMonthNameMiddleEndianParser', group: `(${MONTHS})`, test: MONTH_WORD },
  { name: 'ENYearMonthNameParser', group: `(${MONTHS})`, test: MONTH_WORD },
  { name: 'ENMonthNameParser', group: `(${MONTHS})`, test: MONTH_WORD },
  {
    name: 'ENWeekdayParser',
    group:
      '((?:wednesday|thursday|saturday|tuesday|sunday|monday|thurs\\.|friday|thurs|thur\\.|sun\\.|mon\\.|tue\\.|wed\\.|thur|thu\\.|fri\\.|sat\\.|sun|mon|tue|wed|thu|fri|sat)|weekend|weekday)',
    test: /sun|mon|tue|wed|thu|fri|sat|week/i,
  },
  { name: 'ENCasualDateParser', group: '(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)', test: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last/i },
  { name: 'ENRelativeDateFormatParser', group: '(this|last|past|next|after\\s*this)', test: /this|last|past|next|after/i },
  { name: 'ENYearMonthDayParser', group: '([0-9]{4})', test: /[0-9]{4}/ },
  { name: 'ISOFormatParser', group: '([0-9]{4})\\-', test: /[0-9]{4}-/ },
];

// Tighter tests, each read off one chrono 2.x pattern and used only while the
// parser's pattern is exactly that one (a chrono upgrade falls back to the word
// tests above). Each test matches a stretch every match of the pattern holds, so
// where the test fails the pattern cannot match; most windows hold a month-like
// word ("market", "decided", "may"), few hold a month next to a day number.
const WEEKDAY_NAMES =
  '(?:wednesday|thursday|saturday|tuesday|sunday|monday|thurs\\.|friday|thurs|thur\\.|sun\\.|mon\\.|tue\\.|wed\\.|thur|thu\\.|fri\\.|sat\\.|sun|mon|tue|wed|thu|fri|sat)';
const ORDINALS =
  '(?:twenty seventh|twenty-seventh|twenty second|twenty-second|twenty fourth|twenty-fourth|twenty eighth|twenty-eighth|twenty first|twenty-first|twenty third|twenty-third|twenty fifth|twenty-fifth|twenty sixth|twenty-sixth|twenty ninth|twenty-ninth|thirty first|thirty-first|seventeenth|thirteenth|fourteenth|eighteenth|nineteenth|fifteenth|sixteenth|twentieth|thirtieth|eleventh|seventh|twelfth|second|fourth|eighth|first|third|fifth|sixth|ninth|tenth)';
/** a day of the month: it always ends in a digit or in st/nd/rd/th, and starts with a digit or one of DAY_START */
const DAY = `(?:${ORDINALS}|[0-9]{1,2}(?:st|nd|rd|th)?)`;
const DAY_START = '(?:\\d|fi|fo|se|si|th|ei|el|ni|te|tw)';
/** a year with an era ends in be/ad/bc/ce, any other in a digit */
const ERA_YEAR = '[1-9][0-9]{0,3}\\s{0,2}(?:BE|AD|BC|BCE|CE)';
const SHORT_YEAR = '[0-9]{2}(?!\\w|:\\d|\\s+(?:am|pm|o\\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))';
const UNITS =
  '(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)';
const MONTH_START = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';

const TIGHT_GATES: { name: string; source: string; test: RegExp }[] = [
  {
    // "3 March", "3rd of March": a day, then "-", "/" or spaces and "of", then a month
    name: 'ENMonthNameLittleEndianParser',
    source: `(\\W|^)(?:on\\s{0,3})?(${DAY})(?:\\s{0,3}(?:to|\\-|\\\u2013|until|through|till)\\s{0,3}(${DAY}))?(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})(${MONTHS})(?:(?:-|\\/|,?\\s{0,3})((?:${ERA_YEAR}|[1-9][0-9]{3}|${SHORT_YEAR})(?!\\w)))?(?=\\W|$)`,
    test: new RegExp(`(?:\\d|st|nd|rd|th)(?:-|\\/|\\s{0,3}(?:of)?\\s{0,3})${MONTH_START}`, 'i'),
  },
  {
    // "March 3": a month, separators, then the start of a day
    name: 'ENMonthNameMiddleEndianParser',
    source: `(\\W|^)(${MONTHS})(?:-|\\/|\\s*,?\\s*)(${DAY})(?!\\s*(?:am|pm))\\s*(?:(?:to|\\-)\\s*(${DAY})\\s*)?(?:(?:-|\\/|\\s*,\\s*|\\s+)((?:${ERA_YEAR}|[1-9][0-9]{3}|${SHORT_YEAR})))?(?=\\W|$)(?!\\:\\d)`,
    test: new RegExp(`${MONTHS}[-\\/\\s,]*${DAY_START}`, 'i'),
  },
  {
    // "2022 March": the end of a year, separators or "of", then a month
    name: 'ENYearMonthNameParser',
    source: `(\\W|^)((?:${ERA_YEAR}|[1-9][0-9]{3}))(?:\\s*[-.\\/,]?\\s*|\\s+of\\s+)(${MONTHS})(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`,
    test: new RegExp(`(?:\\d|be|ad|bc|ce)[-.\\/,\\s]*(?:of\\s+)?${MONTH_START}`, 'i'),
  },
  {
    // a month the next letter does not run on from ("market" never matches);
    // a letter may follow only as "of" before a year
    name: 'ENMonthNameParser',
    source: `(\\W|^)((?:in)\\s*)?(${MONTHS})\\s*(?:(?:,|-|of)?\\s*((?:${ERA_YEAR}|[1-9][0-9]{3}|${SHORT_YEAR}))?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`,
    // (after "of": a year, or the spaces, punctuation or end the pattern's lookahead
    // accepts: "Mayof" at the end of a text matches too, so not only "of" and a digit)
    test: new RegExp(`${MONTHS}(?:of(?:[^a-z_]|$)|[^a-z]|$)`, 'i'),
  },
  {
    // a weekday word ("Monday", not "month") followed by a non-letter or by "of/this/last/past/next"
    name: 'ENWeekdayParser',
    source: `(\\W|^)(?:(?:\\,|\\(|\\\uff08)\\s*)?(?:on\\s*?)?(?:(this|last|past|next)\\s*)?(${WEEKDAY_NAMES}|weekend|weekday)(?:\\s*(?:\\,|\\)|\\\uff09))?(?:\\s*(?:of\\s*)?(this|last|past|next)\\s*week)?(?=\\W|$)`,
    test: new RegExp(`(?:${WEEKDAY_NAMES}|weekend|weekday)(?:[^a-z]|$|of|this|last|past|next)`, 'i'),
  },
  {
    // the word as a whole word ("now", not "known")
    name: 'ENCasualDateParser',
    source: '(\\W|^)(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\\s*night)(?=\\W|$)',
    test: /\b(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)\b/i,
  },
  {
    // "last week", "this year": the modifier right before a whole unit word
    name: 'ENRelativeDateFormatParser',
    source: `(\\W|^)(this|last|past|next|after\\s*this)\\s*(${UNITS})(?=\\s*)(?=\\W|$)`,
    test: new RegExp(`(?:this|last|past|next)\\s*${UNITS}(?!\\w)`, 'i'),
  },
  {
    // "2022/03/04", "2022 Mar. 4": four digits, a separator, a month or a number, a separator, a digit
    name: 'ENYearMonthDayParser',
    source: `(\\W|^)([0-9]{4})[-\\.\\/\\s](?:(${MONTHS})|([0-9]{1,2}))[-\\.\\/\\s]([0-9]{1,2})(?=\\W|$)`,
    test: /[0-9]{4}[-./\s](?:[a-z]+\.?|[0-9]{1,2})[-./\s][0-9]/i,
  },
];

/** The tight test for a parser whose pattern is exactly the one it was read from; null for any other. */
export function tightGateOf(className: string, pattern: RegExp): RegExp | null {
  const g = TIGHT_GATES.find((t) => className.replace(/\d+$/, '') === t.name);
  if (!g || pattern.flags !== 'i' || pattern.source !== g.source) return null;
  return caseless(g.test);
}

/** The word test for a parser whose pattern holds its group as expected; null for any other. */
export function wordGateOf(className: string, pattern: RegExp): RegExp | null {
  const g = WORD_GATES.find((w) => className.replace(/\d+$/, '') === w.name);
  if (!g || pattern.global || pattern.sticky) return null;
  // letters: the test must ignore case as the pattern does (and the pattern must not
  // fold case the Unicode way, which matches more)
  if (/[a-z]/i.test(g.test.source) && (pattern.unicode || pattern.ignoreCase !== g.test.ignoreCase)) return null;
  const src = pattern.source;
  const at = src.indexOf(g.group);
  if (at < 0 || src.indexOf(g.group, at + 1) >= 0) return null;
  // every match holds the group: it is not made optional, it sits at the top level
  // of the pattern (in no group that could be skipped), and the pattern has no
  // top-level alternative that could match without it
  const after = src[at + g.group.length];
  if (after === '?' || after === '*' || after === '{') return null;
  const { depthAt, topBar } = scan(src, at);
  if (depthAt !== 0 || topBar) return null;
  return caseless(g.test);
}

/** The group depth at offset `at` of a pattern source, and whether a "|" sits outside every group. */
function scan(src: string, at: number): { depthAt: number; topBar: boolean } {
  let depth = 0;
  let depthAt = -1;
  let topBar = false;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    if (i === at) depthAt = inClass ? -1 : depth;
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) topBar = true;
  }
  return { depthAt, topBar };
}

// chrono 2.x's time unit (a number, then a unit word), as gatesOf cuts it from the pattern
const NUMBER =
  '(?:(?:(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten)|[0-9]+|[0-9]+\\.[0-9]+|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?))';
const TIME_UNIT = `${NUMBER}\\s{0,3}(?:${UNITS})`;
const UNIT_WORDS = UNITS.slice(3, -1).split('|');
/** the words a number of TIME_UNIT may end in, but "a"/"an", "couple" and "of" (see numberEndsAt) */
const NUMBER_ENDS = ['eleven', 'twelve', 'three', 'seven', 'eight', 'four', 'five', 'nine', 'one', 'two', 'six', 'ten', 'half', 'few', 'several', 'the'];


/** s[at - w.length, at) is the lower-case ASCII word w in any case (as the i flag without u compares ASCII letters) */
function wordEndsAt(s: string, at: number, w: string): boolean {
  if (at < w.length) return false;
  for (let i = 0, j = at - w.length; i < w.length; i++, j++) {
    const c = s.charCodeAt(j);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(i)) return false;
  }
  return true;
}

/** The starts of the up to `max` spaces before `at`: at, at - 1, ... while s holds spaces there. */
function spacesBefore(s: string, at: number, max: number): number[] {
  const out = [at];
  for (let k = 1; k <= max && at - k >= 0 && isSpaceCode(s.charCodeAt(at - k)); k++) out.push(at - k);
  return out;
}

/** Whether a number of TIME_UNIT can end at `at`, `spaced` when spaces follow it (before the unit word). */
function numberEndsAt(s: string, at: number, spaced: boolean): boolean {
  if (at === 0) return false;
  const c = s.charCodeAt(at - 1);
  if (c >= 48 && c <= 57) return true;
  for (const w of NUMBER_ENDS) if (wordEndsAt(s, at, w)) return true;
  // "couple", then up to two spaces and "of" or not
  for (const b of spacesBefore(s, at, 2)) if (wordEndsAt(s, b, 'couple')) return true;
  if (wordEndsAt(s, at, 'of')) for (const b of spacesBefore(s, at - 2, 2)) if (wordEndsAt(s, b, 'couple')) return true;
  // "a", "an": a word boundary after them ("an?\\b"), so a space; or after "half" ("half an")
  for (const w of ['a', 'an']) {
    if (!wordEndsAt(s, at, w)) continue;
    if (spaced) return true;
    for (const b of spacesBefore(s, at - w.length, 2)) if (wordEndsAt(s, b, 'half')) return true;
  }
  return false;
}

/**
 * For a time-unit pattern of chrono 2.x: true wherever TIME_UNIT, \\s{0,5} and the tail
 * match, trying every way the pattern could (each tail, each run of spaces, each
 * unit word, each number end); also where only that number's last word matches.
 * The same answer as the unitTail pattern (a little looser), without compiling it:
 * its number and unit words make it one of the costliest patterns to compile.
 */
function unitTailCheck(word: string, flags: string): RegExp {
  // the tail words (an i pattern) found in the lower-cased text (see caseless.ts)
  const low = flags === 'i' ? lowerSource(word) : null;
  const tails = new RegExp(low ?? word, low !== null ? 'g' : flags + 'g');
  const test = (s: string): boolean => {
    const t = low !== null ? asciiLower(s) : s;
    tails.lastIndex = 0;
    for (let m = tails.exec(t); m; m = tails.exec(t)) {
      tails.lastIndex = m.index + 1;
      for (const e of spacesBefore(s, m.index, 5))
        for (const u of UNIT_WORDS)
          if (wordEndsAt(s, e, u)) {
            const b = e - u.length;
            for (const n of spacesBefore(s, b, 3)) if (numberEndsAt(s, n, n < b)) return true;
          }
    }
    return false;
  };
  return { test } as RegExp;
}

/** The tests every text holding a match of the parser's pattern passes; null when it has none. */
export function testsOf(parser: Parser, pattern: RegExp): RegExp[] | null {
  const units = gatesOf(pattern);
  if (units) {
    // chrono 2.x's unit and spaces before the tail: checked without compiling the gate patterns
    if (pattern.flags === 'i' && units.unitTail.source === `${TIME_UNIT}\\s{0,5}${units.tail.source}`) return [unitTailCheck(units.tail.source, 'i')];
    return [units.tail, units.unitTail];
  }
  const word = tightGateOf(parser.constructor.name, pattern) ?? wordGateOf(parser.constructor.name, pattern);
  return word ? [word] : null;
}

/**
 * The parser, its pattern run only where its tests (testsOf, worked out once by the
 * caller) pass: the same results. `pretested`: the caller ran the tests on the whole
 * text before (DateReader in engine.ts), so they are skipped there and run only on
 * the rest of the text after a match.
 */
export function gated(parser: Parser, tests: RegExp[] | null, pretested = false): Parser {
  let source: RegExp | null = null;
  let wrapped: RegExp | null = null;
  // the length of the text being parsed: chrono execs the pattern on it, then on suffixes of it
  let whole = -1;
  return {
    pattern(context: ParsingContext) {
      const re = parser.pattern(context);
      if (re !== source) {
        // made once per pattern: this is asked for at every window
        source = re;
        // run without the i flag where that matches the same (see caseless.ts)
        const run = caseless(re);
        wrapped = tests
          ? ({ exec: (s: string) => ((pretested && s.length === whole) || passes(tests, s) ? run.exec(s) : null) } as RegExp)
          : run;
      }
      whole = context.text.length;
      // chrono only calls exec on it
      return wrapped!;
    },
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}

export function passes(tests: RegExp[], s: string): boolean {
  for (const t of tests) if (!t.test(s)) return false;
  return true;
}
