// Header stage: headline, bylines, dateline and the closing credits block, and
// the body range between them. The top of the text is read line by line (page
// date lines, "By" lines and agency credits are header furniture); the first
// story line may open with a dateline; the bottom is read back for credits and
// trailing agency tags.
import { isLetterCode } from '../lexicon/chars.js';
import type { Doc, Range } from '../document/document.js';
import type { Header } from '../context.js';
import type { Credit, Dateline } from '../types.js';
import { isTitleTail, readBylineLine, readNames } from './byline.js';
import { readCreditsLine } from './credits.js';
import { readDateline as readDatelineAt, type DatelineMatch } from './dateline.js';
import { isTitleLike, type NextLine } from './headline.js';
import { nextNonBlank, prevNonBlank, type Line } from './lines.js';
import { isAgencyLine, isCaptionLine, isClosingMark, isPageDateLine, isPageMetaLine } from './pagelines.js';
import { isAgencyName } from './agencies.js';


export { parseByline } from './byline.js';
export { parseCredits } from './credits.js';

/** header lines read before giving up and calling the rest body */
const MAX_HEADER_LINES = 10;
/** closing lines read back for credits and agency tags */
const MAX_TRAILER_LINES = 4;
const PEEK = 300;
/** longest one-word sign-off ("Reuters") */
const MAX_SIGN_OFF = 8;

const peek = (text: string, l: Line) => text.slice(l.start, Math.min(l.end, l.start + PEEK));

/** A page date, an agency or house credit, a "Source: … | Editor: …" line. */
const isFurniture = (s: string) => isPageDateLine(s) || isAgencyLine(s) || isPageMetaLine(s);

interface Top {
  headline: Line | null;
  /** a one-sentence standfirst above a byline (not a title, but not body either) */
  standfirst: Line | null;
  bylines: string[];
  dateline: DatelineMatch | null;
  /** where the story starts; null when the text is all header */
  bodyStart: number | null;
}

/** fn remembered by the line's start, for one text (a line's answer depends on its text only) */
function byLine<T, A extends unknown[]>(fn: (l: Line, ...rest: A) => T): (l: Line, ...rest: A) => T {
  const answers = new Map<number, T>();
  return (l, ...rest) => {
    if (answers.has(l.start)) return answers.get(l.start)!;
    const v = fn(l, ...rest);
    answers.set(l.start, v);
    return v;
  };
}

function readTop(text: string): Top {
  const top: Top = { headline: null, standfirst: null, bylines: [], dateline: null, bodyStart: null };
  // a line is tested as the next line, then again as the current one: read each once
  // (by its start; the answers depend on the line's text only, its first PEEK characters)
  const readDateline = byLine((l) => readDatelineAt(text, l));
  const bareByline = byLine((l, s: string) => readBylineLine(s, true));
  const isFurnitureLine = byLine((l, s: string) => isFurniture(s));
  let line = nextNonBlank(text, 0);
  let headlineOpen = true;
  let afterByline = false;
  for (let n = 0; line && n < MAX_HEADER_LINES; n++) {
    const s = peek(text, line);
    const len = line.end - line.start;
    // a bare "Name, Agency" line is a byline below the headline, not in its place
    const byline = headlineOpen ? readBylineLine(s, false) : bareByline(line, s);
    if (byline) {
      top.bylines.push(...byline);
      headlineOpen = false;
      afterByline = true;
      line = nextNonBlank(text, line.next);
      continue;
    }
    // "By JANE ROE" then "Associated Press Writer" on a line of its own
    const title = afterByline && len <= 60 && isTitleTail(s.split(/\s+/));
    afterByline = false;
    const tail = text.slice(Math.max(line.start, line.end - 120), line.end);
    if (title || (len <= PEEK && isFurnitureLine(line, s)) || isCaptionLine(s, tail)) {
      line = nextNonBlank(text, line.next);
      continue;
    }
    // below the headline, names alone ("Jane Roe", "Jane Roe in Kyiv") are a byline when
    // header furniture or the dateline follows them
    if (!headlineOpen && len <= PEEK) {
      const names = readNames(s);
      const next = names ? nextNonBlank(text, line.next) : null;
      const nextText = next ? peek(text, next) : '';
      if (names && next && (isFurnitureLine(next, nextText) || isTitleTail(nextText.split(/\s+/)) || readDateline(next))) {
        top.bylines.push(...names);
        afterByline = true;
        line = next;
        continue;
      }
    }
    let dl = readDateline(line);
    // "TOPIC - SOURCE" or "TOPIC ON APRIL 8 - SOURCE" above a real dateline is a title
    if (dl && dl.agency === null && headlineOpen) {
      const next = nextNonBlank(text, line.next);
      if (next && readDateline(next)) dl = null;
    }
    if (dl) {
      top.dateline = dl;
      if (dl.bodyStart < line.end) top.bodyStart = dl.bodyStart;
      else top.bodyStart = nextNonBlank(text, line.next)?.start ?? null;
      return top;
    }
    if (headlineOpen) {
      headlineOpen = false;
      const next = nextNonBlank(text, line.next);
      const nextText = next ? peek(text, next) : null;
      const nextKind: NextLine = next === null || nextText === null ? null
        : bareByline(next, nextText) !== null || isFurnitureLine(next, nextText) ? 'header'
        : readDateline(next) ? 'dateline' : 'text';
      if (isTitleLike(s, len, nextText, nextKind)) {
        top.headline = line;
        line = next;
        continue;
      }
      if (next && nextText !== null && bareByline(next, nextText) !== null) {
        top.standfirst = line;
        line = next;
        continue;
      }
    }
    top.bodyStart = line.start;
    return top;
  }
  top.bodyStart = line ? line.start : null;
  return top;
}

interface Bottom {
  end: number;
  credits: Credit[];
}

// Closing lines that are not story: a bare agency sign-off ("Reuter", "AFP"),
// a site's standards footer, an end mark, a desk's initials, a copyright notice,
// a "Source: …" page line.
function isTrailerJunk(s: string): boolean {
  return isAgencyLine(s) || /^Our Standards:/.test(s) || isClosingMark(s) || isPageMetaLine(s);
}

/** Where a sign-off like " REUTER" after the line's last sentence starts, or -1. */
function trailingSignOff(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && end - i <= MAX_SIGN_OFF && isLetterCode(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, end);
  if (i === end || end - i > MAX_SIGN_OFF || !(isAgencyName(word) || /^(?:enditem|ends)$/i.test(word))) return -1;
  let j = i;
  while (j > start && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  if (j === i || j <= start || !/[.!?"”)]/.test(text[j - 1])) return -1;
  return j;
}

function readBottom(text: string, floor: number, end: number): Bottom {
  const credits: Credit[] = [];
  let at = end;
  for (let n = 0; n < MAX_TRAILER_LINES; n++) {
    const line = prevNonBlank(text, at, floor);
    if (!line) break;
    // never swallow the first story line itself, only a block closing it
    const first = line.start <= floor;
    const len = line.end - line.start;
    if (!first && ((len <= 80 && isTrailerJunk(peek(text, line))) || (len <= 200 && isClosingMark(peek(text, line))))) {
      at = line.start;
      continue;
    }
    // "… of an ounce. REUTER": a sign-off closing the last paragraph
    const signOff = trailingSignOff(text, Math.max(line.start, floor), line.end);
    if (signOff > floor) {
      at = signOff;
      continue;
    }
    const block = readCreditsLine(text, Math.max(line.start, floor), line.end);
    if (!block || block.start <= floor) break;
    credits.unshift(...block.credits);
    at = block.start;
    if (block.start > line.start) break; // credits that close a story paragraph
  }
  return { end: at, credits };
}

function trimmed(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

export function readHeader(doc: Doc): Header {
  const text = doc.text;
  const top = readTop(text);
  const headline = top.headline ? { start: top.headline.start, end: top.headline.end } : null;
  const standfirst = top.standfirst ? { start: top.standfirst.start, end: top.standfirst.end } : null;

  let body: Range;
  let credits: Credit[] = [];
  if (top.bodyStart === null) {
    // all header: a headline alone is the story (a wire brief)
    body = headline ?? standfirst ?? { start: text.length, end: text.length };
  } else {
    const bottom = readBottom(text, top.bodyStart, text.length);
    credits = bottom.credits;
    body = trimmed(text, top.bodyStart, bottom.end);
  }

  const dl = top.dateline;
  let dateline: Dateline | null = null;
  if (dl) {
    dateline = {
      text: text.slice(dl.start, dl.end),
      place: dl.place ? text.slice(dl.place.start, dl.place.end) : null,
      agency: dl.agency,
    };
  }
  return {
    article: {
      headline: headline ? text.slice(headline.start, headline.end) : null,
      bylines: top.bylines,
      dateline,
      credits,
    },
    body,
    dateline: dl ? { start: dl.start, end: dl.end } : null,
    datelinePlace: dl?.place ?? null,
    // a standfirst is reported through the headline range so that later stages
    // still read its facts, though it is not a title
    headline: headline ?? standfirst,
  };
}
