// Our own chrono parsers, for what chrono's English parsers do not read:
// bare years ("in 2022", "since 2013", "2022, 2023 and 2024") and days named
// from the day just mentioned ("the next day", "the day before").
import type { ParsedResult, Parser } from 'chrono-node/en';
import { DETERMINERS, PERIOD_PREPOSITIONS, QUANTITY_NOUNS } from './lexicon.js';
import { caseless } from './caseless.js';

/** chrono's parsing context (not exported by 'chrono-node/en' under its own name) */
export type ParsingContext = Parameters<Parser['extract']>[0];

type Components = ParsedResult['start'];

/** Whether the components carry the tag: chrono's own set when it has one (tags() copies it at each call). */
function componentsHave(c: Components, tag: string): boolean {
  const own = (c as unknown as { _tags?: unknown })._tags;
  return own instanceof Set ? own.has(tag) : c.tags().has(tag);
}

/** r.tags().has(tag) (the tags of its start and of its end), without the copies. */
export function hasTag(r: ParsedResult, tag: string): boolean {
  return componentsHave(r.start, tag) || (r.end !== undefined && r.end !== null && componentsHave(r.end, tag));
}

export const YEAR_TAG = 'swapfacts/year';
export const ANCHOR_TAG = 'swapfacts/anchor';
export const HOLIDAY_TAG = 'swapfacts/holiday';

/** The last word before `at` (letters only), lower-cased; '' when none. */
export function wordBefore(text: string, at: number): string {
  let i = at;
  // step over spaces and a joining hyphen ("mid-2022")
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '-' || text[i - 1] === '\u00a0')) i--;
  const end = i;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end).toLowerCase();
}

/** The first word after `at` (letters only), as written; '' when none. */
export function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  const start = i;
  while (i < text.length && isLetter(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

// Another year just before, joined as in a list: "2022, 2023 and 2024", "2014-2016"
const YEAR_LIST_BEFORE = /(?:1[89]\d\d|20\d\d)(?:\s{0,3}[,\u2013-]\s{0,3}|\s{1,3}(?:and|or|to|through)\s{1,3})$/;

const RANGE_AFTER = /^\s{0,3}(-|\u2013|and|to|or)\s{0,3}(\d[\d,]{0,8})(?:\s{1,3}([A-Za-z]+))?/;

/** "in 2022", "since 2013", "mid-2021", "2022, 2023 and 2024"; not "in 2000 prisoners" or "1,993". */
export const yearParser: Parser = {
  pattern: () => /(?<![\d.,$\u00a3\u20ac])\b(1[89]\d\d|20\d\d)\b(?![.,]\d)/,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    const text = context.text;
    const next = wordAfter(text, index + 4);
    if (QUANTITY_NOUNS.has(next.toLowerCase())) return null;
    // "between 2000 and 2500 people", "from 1900 to 2000 prisoners": a range of counts
    const range = RANGE_AFTER.exec(text.slice(index + 4, index + 40));
    if (range) {
      const n = Number(range[2].replace(/,/g, ''));
      // "2021-22" is a span of years too
      const isYear = (/^\d{4}$/.test(range[2]) && n >= 1800 && n <= 2099) || (/^\d{2}$/.test(range[2]) && /[-\u2013]/.test(range[1]));
      if (!isYear || QUANTITY_NOUNS.has((range[3] ?? '').toLowerCase())) return null;
    }
    const prev = wordBefore(text, index);
    const inList = YEAR_LIST_BEFORE.test(text.slice(Math.max(0, index - 16), index));
    // "the 2014 annexation": a year used as an adjective before a common noun
    // ("the 2015 Minsk agreements" too, but not "the 2000 Ukrainians")
    const attributive = DETERMINERS.has(prev) && next !== '' && (/^[a-z]/.test(next) || !/s$/.test(next));
    // "up to 2000 of them", "2010%"; but "convicted in 2019 of fraud" is a year
    if ((next.toLowerCase() === 'of' && prev === 'to') || text[index + 4] === '%') return null;
    if (!PERIOD_PREPOSITIONS.has(prev) && !inList && !attributive) return null;
    const result = context.createParsingResult(index, match[1], { year: Number(match[1]) });
    result.addTag(YEAR_TAG);
    return result;
  },
};

// Words before a relative phrase that make it a stretch of time, not a day:
// "over the next week", "in the following days".
const DURATION_LEAD = new Set(['in', 'over', 'within', 'for', 'during', 'throughout', 'into']);

// run without the i flag on the lower-cased text (see caseless.ts)
const ANCHOR = caseless(
  /\bthe\s{1,3}(?:(next|following|previous|preceding|same)\s{1,3}(day|morning|afternoon|evening|night|week|month|year)|day\s{1,3}(before|after))\b/i,
);

/** "the next day", "the following week", "the previous day", "the same day", "the day before". */
export const anchorParser: Parser = {
  pattern: () => ANCHOR,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    const text = context.text;
    if (DURATION_LEAD.has(wordBefore(text, index))) return null;
    const end = index + match[0].length;
    // "the day after the vote" counts from an event, not from a named day
    if (match[3] && /^\s{0,3}[A-Za-z0-9]/.test(text.slice(end, end + 4))) return null;
    const result = context.createParsingResult(index, match[0], {});
    result.addTag(ANCHOR_TAG);
    return result;
  },
};

// words after a feast name that do not make it the name of an event
const FUNCTION_WORDS = new Set(
  (
    'and or but nor when while as with to in on at of for from by after before since until that which ' +
    'is was were are has had have will would this last next'
  ).split(' '),
);

/**
 * Feasts on a fixed or computed day that wires date exchanges by: "on Christmas
 * Day", "New Year's Eve", "Orthodox Easter". The classifier reads which one from
 * the text; chrono only needs the span.
 */
export const holidayParser: Parser = {
  pattern: () =>
    /\b(?:(?:Orthodox|Catholic|Western)\s{1,3})?(?:Christmas(?:\s{1,3}(?:Day|Eve))?|Easter(?:\s{1,3}Sunday)?)\b|\bNew\s{1,3}Year(?:['\u2019]s)?(?:\s{1,3}(?:Day|Eve))?\b/,
  extract: (context: ParsingContext, match: RegExpMatchArray) => {
    const index = match.index ?? 0;
    const end = index + match[0].length;
    // "the Easter exchange", "a Christmas truce": an event named after the feast
    if (!/(?:Day|Eve|Sunday)$/.test(match[0])) {
      const next = wordAfter(context.text, end);
      if (/^[a-z]/.test(next) && !FUNCTION_WORDS.has(next)) return null;
    }
    const result = context.createParsingResult(index, match[0], {});
    result.addTag(HOLIDAY_TAG);
    return result;
  },
};
