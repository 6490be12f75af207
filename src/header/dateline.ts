// Datelines open the first story line: a place, maybe a date, maybe the agency in
// parentheses, then a dash or colon.
//   CHERNIHIV REGION, Ukraine (Reuters) -Russia …     KYIV, Ukraine (AP) — …
//   MOSCOW/KYIV, Jan 29 (Reuters) - …                 Kiev/Moscow, March 8, (dpa/GNA) – …
//   Feb. 8 (UPI) -- …      (no place)                  SALVADOR, Feb 26 - …   (no agency)
//   RICHMOND, Va. Feb 26 - …                           SUMY REGION, Ukraine — …
//   KABUL: …
// The place is kept as written, without the date part; the agency as written in
// the parentheses. Only a bounded window of the line is read.
import { codePointAt, codePointCount, isLatinText, hasLetterPair, isLetterCode, isUpperCode, lazyPattern, wordShape } from '../lexicon/chars.js';
import type { Range } from '../document/document.js';
import { isAgencyName } from './agencies.js';
import type { Line } from './lines.js';

// Patterns with Unicode classes, made once, on first use (lazyPattern): the bundle writes a
// /\p{…}/u literal inside a function as new RegExp(…), built again on every call.
export const WORD_AND_DOT = lazyPattern(() => /^(?:\p{Lu}{3,}|\p{Lu}\p{Ll}{3,})\.$/u);
/** WORD_AND_DOT for isLatinText (src/lexicon/chars.ts) strings: the same matches, no ICU set built */
export const WORD_AND_DOT_LATIN = /^(?:[A-Z\xc0-\xd6\xd8-\xde]{3,}|[A-Z\xc0-\xd6\xd8-\xde][a-z\xb5\xdf-\xf6\xf8-\xff]{3,})\.$/u;
// the other classes by code (src/lexicon/chars.ts): no ICU set built at start-up
const isCodeChar = (c: number) => c === 45 || isUpperCode(c);
/** /^[\p{Lu}-]{4,}$/u */
export const isCapitalsCode = (s: string) => wordShape(s, isCodeChar, isCodeChar) && codePointCount(s) >= 4;
const isPlaceWordCode = (c: number) => c === 46 || c === 39 || c === 0x2019 || c === 38 || c === 47 || c === 45 || isLetterCode(c);
/** /^\p{L}[\p{L}.'’&/-]*$/u */
export const isPlaceWord = (w: string) => wordShape(w, isLetterCode, isPlaceWordCode);
/** /^\[?\p{L}[\p{L}.'’&/-]*\]?$/u: "[" and "]" are in neither class, so each is there or not */
export function isBracketedPlaceWord(w: string): boolean {
  const from = w.charCodeAt(0) === 91 ? 1 : 0;
  const to = w.length > from && w.charCodeAt(w.length - 1) === 93 ? w.length - 1 : w.length;
  return isPlaceWord(w.slice(from, to));
}
/** /[\p{Lu}\d"“‘']/u for one character (or none) */
export const isStoryStart = (ch: string) => {
  const c = codePointAt(ch, 0);
  return (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || isUpperCode(c);
};

export interface DatelineMatch {
  /** the dateline: from the line start to just after its dash or colon */
  start: number;
  end: number;
  /** where the story text starts after the dash (may be the line end) */
  bodyStart: number;
  place: Range | null;
  agency: string | null;
  /** only "PLACE -" or "PLACE:", no agency and no date: could be a title's "TOPIC - SOURCE" */
  weak: boolean;
}

const WINDOW = 200;
/** the dash or colon must come within this many characters of the line start */
const MAX_HEAD = 110;
const MAX_PLACE = 60;
const MAX_PLACE_WORDS = 4;
/** a dateline with neither agency nor date needs this many words of story after it */
const MIN_WORDS_AFTER_WEAK = 4;

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
// a date at the end of the head: "Jan 29", "Feb. 8", "March 8, 2023", "8 March", "MAR8"
const DATE_AT_END = new RegExp(
  `(?:^|[\\s,])(${MONTH},?\\s*\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)$` +
    // "CHICAGO, April -": a month alone after a comma
    `|,\\s*(${MONTH})$`,
  'i',
);
// a mistyped date closing the last comma part: "Narch 2", "Apri 1", "March 2O", "Juen 19"
const TYPO_DATE_AT_END = /,\s*([A-Za-z]{3,9})\.?\s*([0-9lO]{1,3})$/;
const MONTH_NAMES = (
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec'
).split(' ');

/** Within one edit (or one swap of neighbours) of a month name. */
function nearMonth(word: string): boolean {
  const w = word.toLowerCase();
  return MONTH_NAMES.some((m) => withinOneEdit(w, m));
}

function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const DATE_AFTER_DASH = new RegExp(`^\\s*${MONTH}\\s*\\d{1,2}(?:\\s*[-–—]|\\s*$)`, 'i');
// ", Reuter" after the date (old Reuters copy): these four may close any head
const AGENCY_TAIL = /,\s*(Reuters?|AP|AFP|UPI)$/i;
// the last one to three words of a head, after a comma or a space ("…, Jan 5 Kyodo", "Tehran, IRNA")
export const LAST_WORDS = lazyPattern(() => /(,\s*|\s+)(\p{Lu}[\p{L}.&/-]*(?:\s+\p{Lu}[\p{L}.&/-]*){0,2})$/u);
/** LAST_WORDS for isLatinText (src/lexicon/chars.ts) strings: the same matches, no ICU set built */
export const LAST_WORDS_LATIN = /(,\s*|\s+)([A-Z\xc0-\xd6\xd8-\xde][A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff.&/-]*(?:\s+[A-Z\xc0-\xd6\xd8-\xde][A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff.&/-]*){0,2})$/u;

// First words that make a line a sentence or a label, not a place.
const NOT_PLACE = new Set(
  (
    'on in at by for from since until till after before during last this next early late as when while ' +
    'if but and or so yet update updated breaking exclusive analysis factbox explainer refile corrected ' +
    'correction watch live opinion editorial note photo video graphic source sources warning editors ' +
    'he she it they we i you a an there here today yesterday tomorrow'
  ).split(' '),
);
const WEEKDAY = /^(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?$/i;
const OPEN_ENDERS = new Set('on of the and to in at for by with from'.split(' '));
const PARTICLES = new Set('de da do del della di du la le las los al el am an der den upon on sur sous of the and'.split(' '));

interface Head {
  /** length of the place part (0: no place) */
  placeLength: number;
  hasDate: boolean;
  agency: string | null;
}

/** Read "PLACE[, Date][, Reuter]" or just a date; null when it is not a dateline head. */
function parseHead(head: string, strict: boolean): Head | null {
  // "January 12." before a slashed agency: the full stop closes the date
  let h = head.replace(/[\s,]+$/, '').replace(/(\d)\.$/, '$1');
  let agency: string | null = null;
  const tail = agencyTail(h);
  if (tail) {
    agency = tail.agency;
    h = tail.rest;
  }
  let hasDate = false;
  const date = DATE_AT_END.exec(h);
  if (date) {
    hasDate = true;
    const matched = date[1] ?? date[2];
    h = h.slice(0, date.index + (date[0].length - matched.length)).replace(/[\s,]+$/, '');
  } else {
    const typo = TYPO_DATE_AT_END.exec(h);
    // "April l", "Marc 3": a near month and a day that is mostly digits
    const exactMonth = typo !== null && MONTH_NAMES.includes(typo[1].toLowerCase());
    if (typo && nearMonth(typo[1]) && (exactMonth || /\d/.test(typo[2]))) {
      hasDate = true;
      h = h.slice(0, typo.index).replace(/[\s,]+$/, '');
    }
  }
  if (h.length === 0) return { placeLength: 0, hasDate, agency };
  // "KYIV. Dec 3": a full stop between a one-word place and its date is no abbreviation's
  // ("FARMINGTON Conn. March 3" keeps it)
  if (hasDate && (isLatinText(h) ? WORD_AND_DOT_LATIN : WORD_AND_DOT()).test(h)) h = h.slice(0, -1);
  if (h.length > MAX_PLACE) return null;
  if (!validPlace(h, strict && !hasDate && agency === null, hasDate || !strict)) return null;
  return { placeLength: h.length, hasDate, agency };
}

/**
 * A known agency closing the head without parentheses: ", Reuter" anywhere; another
 * agency after a date ("Jan. 5 Kyodo", "Jan 5, 2024, SPA") or, when it is a longer
 * name, after a comma ("Tehran, IRNA"); short codes after a bare comma may be a
 * state ("SCRANTON, PA").
 */
function agencyTail(h: string): { agency: string; rest: string } | null {
  const old = AGENCY_TAIL.exec(h);
  if (old) return { agency: old[1], rest: h.slice(0, old.index).replace(/[\s,]+$/, '') };
  const tail = h.length > 80 ? h.slice(-80) : h;
  const m = (isLatinText(tail) ? LAST_WORDS_LATIN : LAST_WORDS()).exec(tail);
  if (!m) return null;
  const base = h.length - m[2].length;
  // try the longest tail first: "Kyodo News" before "News"
  for (let at = 0; at < m[2].length; ) {
    const agency = m[2].slice(at);
    if (isAgencyName(agency)) {
      const rest = h.slice(0, base + at).replace(/[\s,]+$/, '');
      if (DATE_AT_END.test(rest)) return { agency, rest };
      // no date: only right after a comma, and a code of four capitals or more
      // ("Tehran, IRNA"; not "SHIRAZ, Fars" nor "SCRANTON, PA")
      const comma = at === 0 && m[1].includes(',');
      if (comma && isCapitalsCode(agency)) return { agency, rest };
      return null;
    }
    const space = m[2].indexOf(' ', at);
    if (space < 0) break;
    at = space;
    while (m[2][at] === ' ' || m[2][at] === '\t') at++;
  }
  return null;
}

function validPlace(place: string, allCapsFirst: boolean, lowerAllowed: boolean): boolean {
  const segments = place.split(',');
  if (segments.length > 3) return false;
  const lowerOnly = place.toLowerCase() === place;
  for (let si = 0; si < segments.length; si++) {
    const words = segments[si].trim().split(/\s+/);
    if (words.length === 0 || words[0] === '' || words.length > MAX_PLACE_WORDS) return false;
    // "SUGAR PRICES ON" is a title running into a date, not a place
    if (OPEN_ENDERS.has(words[words.length - 1].toLowerCase())) return false;
    for (let wi = 0; wi < words.length; wi++) {
      const w = words[wi];
      // "Kabul [Afghanistan]": a country in brackets after the town (ANI copy)
      if (!isPlaceWord(w) && !(wi > 0 && isBracketedPlaceWord(w))) return false;
      if (WEEKDAY.test(w)) return false;
      if (si === 0 && wi === 0 && NOT_PLACE.has(w.toLowerCase())) return false;
      const upperStart = w[0] !== w[0].toLowerCase();
      // after a date or agency the place may be in any case ("omaha, april 7", "New york, March 2")
      const relaxed = lowerAllowed && (lowerOnly || si > 0 || wi > 0);
      if (!upperStart && !PARTICLES.has(w.toLowerCase()) && !relaxed) return false;
    }
    if (si === 0 && allCapsFirst) {
      const seg = segments[0];
      // "MOSCOW", "SUMY REGION": the first part is in capitals, at least two letters
      if (seg !== seg.toUpperCase() || !hasLetterPair(seg)) return false;
    }
  }
  return true;
}

const AGENCY_IN_PARENS = /^[A-Z][A-Za-z.&'-]*(?:[ /][A-Za-z][A-Za-z.&'-]*){0,3}$/;

/** The dateline at the start of `line`, or null. */
export function readDateline(text: string, line: Line): DatelineMatch | null {
  let w = text.slice(line.start, Math.min(line.end, line.start + WINDOW));
  // stray marks before the place: "****LONDON", "c    CHICAGO"
  const junk = /^(?:[*#•·>]+\s*|[^\s(]\s{2,})/.exec(w);
  const at = junk ? { ...line, start: line.start + junk[0].length } : line;
  if (junk) w = w.slice(junk[0].length);
  return withAgency(w, at) ?? withSlashedAgency(w, at) ?? withoutAgency(w, at);
}

// "PLACE, Date (Agency) -"
function withAgency(w: string, line: Line): DatelineMatch | null {
  const open = w.indexOf('(');
  if (open < 0 || open > MAX_HEAD) return null;
  const close = w.indexOf(')', open);
  if (close < 0 || close - open > 45) return null;
  const inner = w.slice(open + 1, close).trim();
  const known = isAgencyName(inner);
  if (!known && !AGENCY_IN_PARENS.test(inner)) return null;
  return afterAgency(w, line, w.slice(0, open), close + 1, inner, known);
}

// "MOSCOW, January 12. /TASS/. …": the agency between slashes
function withSlashedAgency(w: string, line: Line): DatelineMatch | null {
  const open = w.indexOf(' /');
  if (open < 0 || open > MAX_HEAD) return null;
  const close = w.indexOf('/', open + 2);
  if (close < 0 || close - open > 25) return null;
  const inner = w.slice(open + 2, close);
  if (!isAgencyName(inner)) return null;
  return afterAgency(w, line, w.slice(0, open), close + 1, inner, true);
}

/**
 * What follows the agency: a dash or colon ("(Reuters) -", "(ANI):"), maybe after a
 * full stop ("(EFE).-"); with a known agency and a date, a full stop alone or nothing
 * before the story ("(IANS) The …", "/TASS/. The …").
 */
function afterAgency(
  w: string, line: Line, before: string, from: number, inner: string, known: boolean,
): DatelineMatch | null {
  let k = skipBlanks(w, from);
  const dot = w[k] === '.' && w[k + 1] !== '.' ? 1 : 0;
  if (dot) k = skipBlanks(w, k + 1);
  const dash = dashAt(w, k);
  const head = parseHead(before, false);
  if (!head) return null;
  if (dash === 0) {
    // no dash: a known agency after a date ("Pune, Mar 4 (IANS) The …"), or opening the
    // line ("(CNN)Rescuers …"); the story starts with a capital, a quote or a figure
    const opening = before.trim().length === 0;
    if (!known || !(head.hasDate || opening) || (k === from + dot && !opening)) return null;
    if (!isStoryStart(w[k] ?? '')) return null;
    return finish(w, line, from + dot, head.placeLength, inner, false);
  }
  // an unknown word in parentheses needs a place or date before it
  if (!known && head.placeLength === 0 && !head.hasDate) return null;
  return finish(w, line, k + dash, head.placeLength, inner, false);
}

function skipBlanks(w: string, k: number): number {
  while (k < w.length && (w[k] === ' ' || w[k] === '\t')) k++;
  return k;
}

// "PLACE, Date -", "PLACE —", "PLACE:"
function withoutAgency(w: string, line: Line): DatelineMatch | null {
  const limit = Math.min(w.length, MAX_HEAD);
  for (let i = 1; i < limit; i++) {
    const c = w[i];
    let dash = 0;
    if (c === '\u2014' || c === '\u2013') dash = 1;
    else if (c === '-' && (w[i - 1] === ' ' || w[i - 1] === '\t')) dash = w[i + 1] === '-' ? 2 : 1;
    // "Feb 26- …": a dash glued to the day number
    else if (c === '-' && /\d/.test(w[i - 1]) && (i + 1 === w.length || w[i + 1] === ' ')) dash = 1;
    else if (c === ':' && (i + 1 === w.length || w[i + 1] === ' ')) {
      const head = w.slice(0, i);
      // "KABUL:", "DUBAI:" - capitals only, no date
      if (head !== head.toUpperCase() || DATE_AT_END.test(head)) return null;
      const h = parseHead(head, true);
      if (!h || h.placeLength === 0 || h.hasDate) return null;
      if (wordsAfter(w, i + 1) < MIN_WORDS_AFTER_WEAK) return null;
      return finish(w, line, i + 1, h.placeLength, null, true);
    } else continue;
    const h = parseHead(w.slice(0, i), true);
    if (!h || (h.placeLength === 0 && !h.hasDate)) return null;
    // "CHEVY CHASE, Md., - March 4 -", "NEW HAVEN, Conn - June 19": the date after the dash
    // ("TOPIC - April 7" alone is a title: a date closing the line needs "PLACE, State")
    const after = DATE_AFTER_DASH.exec(w.slice(i + dash, i + dash + 40));
    const dashed = after !== null && /[-–—]$/.test(after[0]);
    if (after && !h.hasDate && h.placeLength > 0 && (dashed || w.slice(0, h.placeLength).includes(','))) {
      return finish(w, line, i + dash + after[0].length, h.placeLength, h.agency, false);
    }
    const weak = !h.hasDate && h.agency === null;
    // "HONG KONG RATES - APR 7" is a title: a bare "PLACE -" needs a story after it
    if (weak && wordsAfter(w, i + dash) < MIN_WORDS_AFTER_WEAK) return null;
    return finish(w, line, i + dash, h.placeLength, h.agency, weak);
  }
  return null;
}

function wordsAfter(w: string, from: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < w.length && n < MIN_WORDS_AFTER_WEAK; i++) {
    const space = w[i] === ' ' || w[i] === '\t';
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Length of the dash at w[k] ("-", "--", "–", "—", ":"), 0 if none. */
function dashAt(w: string, k: number): number {
  const c = w[k];
  if (c === '-') return w[k + 1] === '-' ? 2 : 1;
  if (c === '\u2013' || c === '\u2014' || c === ':') return 1;
  return 0;
}

function finish(
  w: string, line: Line, end: number, placeLength: number, agency: string | null, weak: boolean,
): DatelineMatch {
  let b = end;
  while (b < w.length && (w[b] === ' ' || w[b] === '\t' || w[b] === '\u00a0')) b++;
  return {
    start: line.start,
    end: line.start + end,
    bodyStart: line.start + b,
    place: placeLength > 0 ? { start: line.start, end: line.start + placeLength } : null,
    agency,
    weak,
  };
}
