// Page furniture that sits in an article's header: a bare publication-date line
// ("04 Jan 2025", "December 14, 2020 GMT", "Posted on March 3, 2024 6:46 am"),
// a reading-time line ("1 min read") and a bare agency/house credit ("AFP", "XY News").
import { isAgencyName } from './agencies.js';
import { isLatinText, isSpaceCode, lazyPattern } from '../lexicon/chars.js';

// Patterns with Unicode classes, made once, on first use (lazyPattern): the bundle writes a
// /\p{…}/u literal inside a function as new RegExp(…), built again on every call.
const EDITOR_NAME = lazyPattern(() => /^\p{L}[\p{L}.' -]{0,40}$/u);
const INITIAL_AT_END = lazyPattern(() => /\b\p{Lu}\.$/u);

export const MONTH_WORDS = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september ' +
    'oct october nov november dec december'
  ).split(' '),
);

const DAY_WORDS = new Set(
  'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday'.split(' '),
);

const ZONES = new Set(
  'gmt utc bst cet cest eet eest msk est edt cst cdt mst mdt pst pdt et pt ist jst kst ast hkt sgt aest aedt z'.split(' '),
);

// Words that may surround a date on a page line.
const FILLER = new Set(
  (
    'posted published updated update last on at am pm a.m. p.m. min mins minute minutes read ago hour hours ' +
    'h hrs time date of the'
  ).split(' '),
);

const MAX_PAGE_LINE = 80;

/** [\s,|·•/] by character code (\s as JavaScript reads it). */
const isDateSeparator = (c: number): boolean => c === 44 || c === 124 || c === 0xb7 || c === 0x2022 || c === 47 || isSpaceCode(c);

/** A line that holds only a date (with time, zone, weekday, "Posted on", "min read"). */
export function isPageDateLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_PAGE_LINE) return false;
  // the words between runs of [\s,|·•/], read one at a time: most lines fail on their first
  // word, so no array of all of them is made
  const lower = line.toLowerCase();
  let dated = false;
  let readTime = false;
  for (let i = 0, j = 0; ; i = j) {
    while (i < lower.length && isDateSeparator(lower.charCodeAt(i))) i++;
    if (i >= lower.length) break;
    j = i + 1;
    while (j < lower.length && !isDateSeparator(lower.charCodeAt(j))) j++;
    let tok = lower.slice(i, j);
    if (/^[-–—]+$/.test(tok)) continue;
    tok = tok.replace(/[.:;]+$/, '');
    if (tok.length === 0) continue;
    if (MONTH_WORDS.has(tok)) { dated = true; continue; }
    if (DAY_WORDS.has(tok) || ZONES.has(tok) || FILLER.has(tok)) {
      if (tok === 'read') readTime = true;
      continue;
    }
    if (/^\d{1,4}(st|nd|rd|th)?$/.test(tok)) continue;
    // "16:35", "4:35pm", "12.00" (a dotted time, British style)
    if (/^\d{1,2}[:.]\d{2}(:\d{2})?(am|pm)?$/.test(tok)) continue;
    if (/^\d{4}-\d{2}-\d{2}(t[\d:.]+z?)?$/.test(tok)) { dated = true; continue; }
    if (/^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$/.test(tok)) { dated = true; continue; }
    return false;
  }
  return dated || readTime;
}

// House credits that end in a desk word: "XY News", "Reuters Staff", "AP Wire".
const HOUSE_TAIL = /^[A-Z][\w.&'-]{0,20}(?: [A-Z][\w.&'-]{0,20}){0,2} (?:News|Staff|Desk|Newsdesk|Wire|Service|Agency|Online|Reports?)$/;

/** A line that is only an agency or house credit, e.g. "AFP" or "XY News". */
export function isAgencyLine(line: string): boolean {
  if (line.length === 0 || line.length > 50) return false;
  // "-- AFP", "(AFP)", "/Xinhua/"
  const core = line.replace(/^[-–—\s(/]+/, '').replace(/[)\s./]+$/, '');
  if (isAgencyName(core)) return true;
  return HOUSE_TAIL.test(core);
}

// A desk's initials closing a story: "jd/ser", "bur-ser/jm", "AFP/jd" (an agency and initials)
const SIGN_OFF_CODES = /^[A-Za-z]{2,6}(?:[-/][A-Za-z]{2,4}){1,5}$/;
// units written the same way in tables ("dlrs/bbl", "cts/lb")
const UNITS = new Set('cts ct dlrs dlr usd lb lbs bbl bbls pct mln bln kg kgs oz yr yrs mt ton tons km hr hrs'.split(' '));
// "Enditem", "(END)", "-ends-", "###", "(MORE)"
const END_MARK = /^[-(\s]*(?:end|ends|enditem|more)[-)\s.]*$|^#{3,}$/i;
// "Copyright 2024 The X. All rights reserved.", "© Agence …", "This material may not be published, …"
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s)|\ball rights reserved\.?$|\bmay not be (?:published|reproduced), (?:broadcast|distributed)\b/i;

/** A closing line that is no story: an end mark, a desk's sign-off initials, a copyright notice. */
export function isClosingMark(line: string): boolean {
  if (line.length === 0 || line.length > 200) return false;
  if (END_MARK.test(line) || COPYRIGHT.test(line)) return true;
  if (!line.includes('/') || !SIGN_OFF_CODES.test(line)) return false;
  // initials in lower case, maybe after an agency ("AFP/jd"); not "Kiev/Moscow"
  const parts = line.split(/[-/]/);
  return parts.every((p, i) => (p === p.toLowerCase() && !UNITS.has(p)) || (i === 0 && isAgencyName(p)));
}

// "Source: Xinhua", "Editor: Jane Roe", "Photo: AFP": labelled page furniture
const LABEL = /^(source|sources|photo|photos|credit|image|editor|editors|edited by)\s*:\s*(.*)$/i;
const MAX_META_LINE = 120;

const SEPARATOR = /[|·•]/;

/**
 * A page's meta line: segments split by "|" or "·" that are each a date, an agency
 * credit or a label ("Source: Xinhua | 2023-06-06 20:15:32 | Editor: J. Roe").
 */
export function isPageMetaLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_META_LINE) return false;
  // one segment (no separator): only a label can make it a meta line (most lines are no
  // meta line at all: answer them without the split)
  if (!SEPARATOR.test(line) && !LABEL.test(line)) return false;
  const segs = line.split(/\s*[|·•]\s*/).filter((x) => x.length > 0);
  let labelled = segs.length >= 2;
  for (const seg of segs) {
    const label = LABEL.exec(seg);
    if (label) {
      // a source is an agency or house; an editor a short name ("Source: officials said …" is a story)
      const value = label[2].trim();
      const ok = /^ed/i.test(label[1]) ? EDITOR_NAME().test(value) && !/\.\s*$/.test(value.replace(INITIAL_AT_END(), ''))
        : isAgencyLine(value);
      if (!ok) return false;
      labelled = true;
      continue;
    }
    if (!isPageDateLine(seg) && !isAgencyLine(seg)) return false;
  }
  return labelled;
}

// A photo caption in a scraped page's header: "[1/5] …", "… REUTERS/Jane Roe Purchase
// Licensing Rights", "… (AP Photo/Jane Roe, File)", "… (Photo by JANE ROE / AFP)".
const CAPTION_HEAD = /^\[\d{1,2}\s*\/\s*\d{1,2}\]/;
export const CAPTION_TAIL = lazyPattern(
  () => /(?:\b(?:REUTERS|AFP|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?)\s*\/\s*\p{Lu}[\p{L}.' -]{1,40}(?:,\s*File)?\)?|\((?:AP|AFP|Reuters|EPA) Photo\s*\/\s*[^()]{2,60}\)|\(Photo by [^()]{2,60}\)|Purchase Licensing Rights(?:, opens new tab)?)\s*$/u,
);
/** CAPTION_TAIL for isLatinText (src/lexicon/chars.ts) strings: the same matches, no ICU set built */
export const CAPTION_TAIL_LATIN =
  /(?:\b(?:REUTERS|AFP|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?)\s*\/\s*[A-Z\xc0-\xd6\xd8-\xde][A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff.' -]{1,40}(?:,\s*File)?\)?|\((?:AP|AFP|Reuters|EPA) Photo\s*\/\s*[^()]{2,60}\)|\(Photo by [^()]{2,60}\)|Purchase Licensing Rights(?:, opens new tab)?)\s*$/u;

/** `head` is the line's first characters, `tail` its last ones. */
export function isCaptionLine(head: string, tail: string): boolean {
  // each tail form holds a "/" or one of two phrases: the pattern runs only on such tails
  return (head.charCodeAt(0) === 91 && CAPTION_HEAD.test(head)) ||
    ((tail.includes('/') || tail.includes('(Photo by ') || tail.includes('Purchase Licensing Rights')) && (isLatinText(tail) ? CAPTION_TAIL_LATIN : CAPTION_TAIL()).test(tail));
}
