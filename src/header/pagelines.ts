// Page furniture that sits in an article's header: a bare publication-date line
// ("04 Jan 2025", "December 14, 2020 GMT", "Posted on March 3, 2024 6:46 am"),
// a reading-time line ("1 min read") and a bare agency/house credit ("AFP", "XY News").
import { isAgencyName } from './agencies.js';

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
    'posted published updated last on at am pm a.m. p.m. min mins minute minutes read ago hour hours ' +
    'h hrs time date of the'
  ).split(' '),
);

const MAX_PAGE_LINE = 80;

/** A line that holds only a date (with time, zone, weekday, "Posted on", "min read"). */
export function isPageDateLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_PAGE_LINE) return false;
  const tokens = line.toLowerCase().split(/[\s,|·•/]+/).filter((t) => t.length > 0);
  let dated = false;
  let readTime = false;
  for (let tok of tokens) {
    if (/^[-–—]+$/.test(tok)) continue;
    tok = tok.replace(/[.:;]+$/, '');
    if (tok.length === 0) continue;
    if (MONTH_WORDS.has(tok)) { dated = true; continue; }
    if (DAY_WORDS.has(tok) || ZONES.has(tok) || FILLER.has(tok)) {
      if (tok === 'read') readTime = true;
      continue;
    }
    if (/^\d{1,4}(st|nd|rd|th)?$/.test(tok)) continue;
    if (/^\d{1,2}:\d{2}(:\d{2})?(am|pm)?$/.test(tok)) continue;
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
  // "-- AFP", "(AFP)", "AFP/jd"
  const core = line.replace(/^[-–—\s(]+/, '').replace(/[)\s.]+$/, '');
  if (isAgencyName(core)) return true;
  return HOUSE_TAIL.test(core);
}
