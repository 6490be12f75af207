// Line walking for the header stage: lines are offset ranges trimmed of white
// space, found one at a time from either end, so a 1 MB single-line input costs
// one scan and never a split of the whole text.
import { isSpace } from '../document/segment.js';

export interface Line {
  /** first non-space character */
  start: number;
  /** just after the last non-space character (start === end for a blank line) */
  end: number;
  /** where the next line begins (after \n, \r\n or \r) */
  next: number;
  /** where this line began, before leading white space */
  from: number;
}

const isBreak = (c: number) => c === 10 || c === 13;

/** The line that begins at `from` (which must be a line start). */
export function lineAt(text: string, from: number): Line {
  const n = text.length;
  let j = from;
  while (j < n && !isBreak(text.charCodeAt(j))) j++;
  let s = from;
  while (s < j && isSpace(text.charCodeAt(s))) s++;
  let e = j;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  let next = j;
  if (next < n) next += text.charCodeAt(next) === 13 && text.charCodeAt(next + 1) === 10 ? 2 : 1;
  return { start: s, end: e, next, from };
}

/** The next non-blank line at or after `from`, or null. */
export function nextNonBlank(text: string, from: number): Line | null {
  let at = from;
  while (at < text.length) {
    const l = lineAt(text, at);
    if (l.end > l.start) return l;
    at = l.next;
  }
  return null;
}

/** The last non-blank line that ends at or before `before`, or null. */
export function prevNonBlank(text: string, before: number, floor = 0): Line | null {
  let e = before;
  while (e > floor) {
    // skip trailing white space and breaks
    while (e > floor && (isSpace(text.charCodeAt(e - 1)) || isBreak(text.charCodeAt(e - 1)))) e--;
    if (e <= floor) return null;
    let s = e;
    while (s > floor && !isBreak(text.charCodeAt(s - 1))) s--;
    const l = lineAt(text, s);
    if (l.end > l.start) return { ...l, end: Math.min(l.end, e) };
    e = s;
  }
  return null;
}
