// Folding: how two strings written by different hands (an annotator, the tool)
// are made comparable. Each scoring rule in ../shared/GOLD.md names what it
// ignores; these helpers implement exactly that and nothing cleverer.

import { lazyPattern } from '../lexicon/chars.js';

// Quote marks and apostrophes of every style fold to the ASCII ones.
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u02BC\u0060\u00B4]/g;
// made on first use (lazyPattern): the command's bundle holds this module, and most runs score nothing
const MARKS = lazyPattern(() => /\p{M}+/gu);

/** Lower case, accents off, curly quotes and apostrophes made straight. */
export function foldChars(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS(), '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .toLowerCase();
}

/**
 * Text for "contains": quote marks and apostrophes folded, and (a decision the
 * rules leave open) case, accents, white space runs, dashes and ellipses folded
 * too, so a start copied by hand across a line break or with a hyphen for an en
 * dash is still found. Double and single quote marks fold together because a
 * quote inside a quote is written with either.
 */
export function foldQuoteText(s: string): string {
  return foldChars(s)
    .replace(/"/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a string: letters and digits, possessive 's dropped, lower case. */
export function words(s: string): string[] {
  return foldChars(s)
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** "Words agree": the same words in the same order (case, punctuation, accents aside). */
export function sameWords(a: string | null, b: string | null): boolean {
  return (a === null ? '' : words(a).join(' ')) === (b === null ? '' : words(b).join(' '));
}

// One name for the places the devset notes say "the scorer aliases" (U.S., US,
// United States); the UK and UAE get the same treatment for the same reason.
const PLACE_ALIASES: Record<string, string> = {
  'us': 'us',
  'usa': 'us',
  'united states': 'us',
  'united states of america': 'us',
  'uk': 'uk',
  'united kingdom': 'uk',
  'uae': 'uae',
  'united arab emirates': 'uae',
};

const REGION_WORD = / (?:region|oblast|province)$/;

/**
 * A location as the rules compare it: lower case, no leading "the", no possessive,
 * no trailing region/oblast/province word. Dots go too, so "U.S." is "us".
 * Hyphens stay ("Nagorno-Karabakh"); "/" stays, so a two-city dateline place
 * ("MOSCOW/KYIV") is one location, as the devset notes say the reference scorer does.
 */
export function locationKey(s: string): string {
  let k = foldChars(s).replace(/\./g, '').replace(/\s+/g, ' ').trim();
  k = k.replace(/^the /, '');
  k = k.replace(/'s?$/, '');
  k = k.replace(REGION_WORD, '');
  k = k.trim();
  return PLACE_ALIASES[k] ?? k;
}

/** The dateline's place parts as locations: split on commas only (the reference scorer's rule). */
export function datelineParts(place: string | null | undefined): string[] {
  if (!place) return [];
  return place
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const WORD_CHAR = lazyPattern(() => /[\p{L}\p{N}]/u);

/** Punctuation off both ends of a word (a loop, not a regex: linear on any input). */
function trimPunct(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && !WORD_CHAR().test(w[a])) a++;
  while (b > a && !WORD_CHAR().test(w[b - 1])) b--;
  return w.slice(a, b);
}

const NAME_SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * A person by surname: the last word of the name, ignoring Jr./Sr./II and an
 * Arabic article on the surname ("al-Assad" and "Assad" are the same man).
 */
export function surnameKey(name: string): string {
  const parts = foldChars(name)
    .replace(/'s$/, '')
    .split(/\s+/)
    .map(trimPunct)
    .filter((w) => w !== '');
  while (parts.length > 1 && NAME_SUFFIX.has(parts[parts.length - 1])) parts.pop();
  const last = parts[parts.length - 1] ?? '';
  return last.replace(/^(?:al|el)-(?=\p{L})/u, '');
}

/**
 * Speakers agree when their last words agree. Decision: compare the last two
 * words, or one when either name has only one ("Zelenskiy" = "Volodymyr
 * Zelenskiy"; "the foreign ministry" = "Oman's foreign ministry"; but "defence
 * ministry" is not "foreign ministry"). Both null agree; one null does not.
 */
export function speakersAgree(gold: string | null, reported: string | null): boolean {
  if (gold === null || reported === null) return gold === reported;
  const g = words(gold);
  const r = words(reported);
  if (g.length === 0 || r.length === 0) return g.length === r.length;
  const k = Math.min(2, g.length, r.length);
  return g.slice(-k).join(' ') === r.slice(-k).join(' ');
}

/** The first word of a credit role: "additional reporting" -> "additional". */
export function roleKey(role: string): string {
  return words(role)[0] ?? '';
}

/** Shorten a text for one line of a report. */
export function clip(s: string, max = 90): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : one.slice(0, max - 1) + '…';
}
