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
  return g.test;
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

/** The parser, its pattern run only where its gates pass (the same results). */
export function gated(parser: Parser): Parser {
  let source: RegExp | null = null;
  let wrapped: RegExp | null = null;
  return {
    pattern(context: ParsingContext) {
      const re = parser.pattern(context);
      if (re !== source) {
        // made once per pattern: this is asked for at every window
        source = re;
        const units = gatesOf(re);
        const word = wordGateOf(parser.constructor.name, re);
        const tests = units ? [units.tail, units.unitTail] : word ? [word] : null;
        wrapped = tests ? ({ exec: (s: string) => (passes(tests, s) ? re.exec(s) : null) } as RegExp) : re;
      }
      // chrono only calls exec on it
      return wrapped!;
    },
    extract: (context: ParsingContext, match: RegExpMatchArray) => parser.extract(context, match),
  };
}

function passes(tests: RegExp[], s: string): boolean {
  for (const t of tests) if (!t.test(s)) return false;
  return true;
}
