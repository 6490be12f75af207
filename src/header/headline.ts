// Is the first line a headline? A title is short, has no closing full stop and
// no "…, officials said" tail, and is not the first piece of a hard-wrapped
// paragraph. A line right above a dateline is a headline whatever its shape.

import { isLatinText, lazyPattern, startsLower } from '../lexicon/chars.js';
// Patterns with Unicode classes, made once, on first use (lazyPattern): the bundle writes a
// /\p{…}/u literal inside a function as new RegExp(…), built again on every call.
export const LAST_WORD = lazyPattern(() => /(\p{L}+)\W*$/u);
/** LAST_WORD for isLatinText (src/lexicon/chars.ts) strings: the same matches, no ICU set built */
export const LAST_WORD_LATIN = /([A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff]+)\W*$/u;
export const INITIALS_AT_END = lazyPattern(() => /(?:^|[\s(])(?:\p{L}\.){2,}$/u);
/** INITIALS_AT_END for isLatinText (src/lexicon/chars.ts) strings: the same matches, no ICU set built */
export const INITIALS_AT_END_LATIN = /(?:^|[\s(])(?:[A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff]\.){2,}$/u;

const MAX_TITLE = 110;
const MAX_TITLE_ABOVE_DATELINE = 200;
const MAX_WORDS = 22;

// Words a headline does not end on, but a hard-wrapped line often does.
const OPEN_ENDERS = new Set(
  'a an the of to in on at for with from by and or but as that which who than into onto over under its their his her'.split(' '),
);

// ", the ministry said" / ", officials reported": the tail of a sentence.
const ATTRIBUTION_TAIL =
  /,\s[^,]{1,60}\s(?:said|reported|told|added|announced|stated|wrote|noted|confirmed|claimed)$/;

/** What follows the candidate line: a dateline, header furniture (a "By" line, a page date), story text. */
export type NextLine = 'dateline' | 'header' | 'text' | null;

export function isTitleLike(line: string, length: number, next: string | null, nextKind: NextLine): boolean {
  if (nextKind === 'dateline') return length <= MAX_TITLE_ABOVE_DATELINE;
  if (length > MAX_TITLE) return false;
  if (line.split(/\s+/).length > MAX_WORDS) return false;
  const upper = line === line.toUpperCase();
  if (/[,;:\u2014\u2013-]$/.test(line)) return false;
  if (!upper && endsWithFullStop(line)) return false;
  if (ATTRIBUTION_TAIL.test(line)) return false;
  // a continuation line ("… on\nFriday") means this line is a wrapped paragraph
  // (a line in capitals does not wrap into a lower-case one)
  if (!upper && nextKind === 'text' && next !== null && startsLower(next)) return false;
  const last = (isLatinText(line) ? LAST_WORD_LATIN : LAST_WORD()).exec(line);
  if (!upper && last && OPEN_ENDERS.has(last[1])) return false;
  return true;
}

/** Ends with "." (not "U.S." or an initial), optionally inside closing quotes. */
function endsWithFullStop(line: string): boolean {
  const t = line.replace(/["”’')\]]+$/, '');
  if (!t.endsWith('.')) return false;
  if ((isLatinText(t) ? INITIALS_AT_END_LATIN : INITIALS_AT_END()).test(t)) return false;
  return true;
}
