// Score a header reader against Reuters-21578's own markup: the <TITLE> is the
// headline, and the <DATELINE>'s part before the date is the dateline place
// ("RICHMOND, Va." from "RICHMOND, Va. Feb 26 -", null from "APRIL 7 -").
// The expected place is worked out here on its own, not with the header stage's code.
import type { Article } from '../types.js';
import type { ReutersStory } from './reuters21578.js';

export type HeaderExtractFn = (text: string) => Pick<Article, 'headline' | 'dateline'>;

export interface HeaderMiss {
  id: string;
  field: 'headline' | 'datelinePlace';
  expected: string | null;
  got: string | null;
}

export interface HeaderCheck {
  stories: number;
  withTitle: number;
  headlineRight: number;
  withDateline: number;
  datelinePlaceRight: number;
  /** the first 50 misses */
  misses: HeaderMiss[];
}

const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const MONTH_SET = new Set(MONTH_NAMES.split('|'));
const MAX_MISSES = 50;
const WEEKDAYS = new Set('mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** The place part of a <DATELINE>: everything before its date (and a ", Reuter"), or null. */
export function expectedDatelinePlace(dateline: string): string | null {
  // drop the closing dash(es) and anything after the first " - "
  let s = dateline;
  const dash = s.indexOf(' -');
  if (dash >= 0) s = s.slice(0, dash);
  s = s.trim().replace(/-+$/, '');
  // walk back over words: ", Reuter", a year, "Feb 26" / "26 Feb" / "MAR8"
  const words: { at: number; w: string }[] = [];
  for (const m of s.matchAll(/[^\s,]+/g)) words.push({ at: m.index, w: m[0].replace(/\.$/, '').toLowerCase() });
  let cut = words.length;
  const w = (i: number) => (i >= 0 && i < cut ? words[i].w : '');
  if (/^reuters?$/.test(w(cut - 1))) cut--;
  if (/^\d{4}$/.test(w(cut - 1))) cut--;
  const glued = /^([a-z]+)\.?(\d{1,2})$/.exec(w(cut - 1));
  if (glued && MONTH_SET.has(glued[1])) cut--;
  else if (/^\d{1,2}$/.test(w(cut - 1)) && MONTH_SET.has(w(cut - 2))) cut -= 2;
  else if (MONTH_SET.has(w(cut - 1)) && /^\d{1,2}$/.test(w(cut - 2))) cut -= 2;
  // a mistyped date: "Narch 2", "Apri 1", "March 119", "April l"
  if (cut >= 2 && /^[\dlo]{1,3}$/.test(w(cut - 1)) && /\d|^l$/.test(w(cut - 1)) && nearMonth(w(cut - 2))) cut -= 2;
  else if (cut >= 1 && /^[a-z]{3,9}[\dl]{1,2}$/.test(w(cut - 1)) && nearMonth(w(cut - 1).replace(/[\dl]+$/, ''))) cut--;
  // "CHICAGO, April -": a month alone
  else if (cut >= 2 && MONTH_SET.has(w(cut - 1))) cut--;
  let place = (cut < words.length ? s.slice(0, words[cut].at) : s).replace(/[\s,]+$/, '');
  // stray marks before the place ("****LONDON", "c    CHICAGO")
  place = place.replace(/^(?:[*#-]+\s*|\S\s{2,})/, '');
  // table rows that landed in <DATELINE> ("us   7.8015 -", "Jun  ---  ---") name no place,
  // nor does a bare month or weekday ("TUE, APR 07 -")
  if (/\d/.test(place) || dateline.includes('---')) return null;
  if (MONTH_SET.has(place.toLowerCase()) || WEEKDAYS.has(place.toLowerCase().replace(/\.$/, ''))) return null;
  return place.length > 0 ? place : null;
}

/** Within one edit or swap of a month name ("Narch", "Macrh", "Apri", "Jne"). */
function nearMonth(word: string): boolean {
  for (const m of MONTH_SET) {
    if (Math.abs(m.length - word.length) > 1) continue;
    if (editDistance(word, m) <= 1) return true;
  }
  return false;
}

function editDistance(a: string, b: string): number {
  // Damerau-Levenshtein (optimal string alignment) on short words
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) d.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

export function checkHeaders(stories: ReutersStory[], extractFn: HeaderExtractFn): HeaderCheck {
  const out: HeaderCheck = {
    stories: stories.length, withTitle: 0, headlineRight: 0, withDateline: 0, datelinePlaceRight: 0, misses: [],
  };
  const miss = (m: HeaderMiss) => {
    if (out.misses.length < MAX_MISSES) out.misses.push(m);
  };
  for (const st of stories) {
    if (st.title === null && st.dateline === null) continue;
    const got = extractFn(st.text);
    if (st.title !== null) {
      out.withTitle++;
      if (got.headline === st.title) out.headlineRight++;
      else miss({ id: st.id, field: 'headline', expected: st.title, got: got.headline });
    }
    if (st.dateline !== null) {
      out.withDateline++;
      const expected = expectedDatelinePlace(st.dateline);
      const place = got.dateline?.place ?? null;
      if (place === expected) out.datelinePlaceRight++;
      else miss({ id: st.id, field: 'datelinePlace', expected, got: place });
    }
  }
  return out;
}
