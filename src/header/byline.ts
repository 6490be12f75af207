// Byline lines: "By Jane Roe", "By Jane Roe and John Doe", "By A, B and C",
// "By Jane Roe in Kyiv", "By Reuters - 17 October 2022 - 16:35" (an agency: no
// person), "by The X news desk December 14, 2022 1:24 PM", other lead-ins ("Author:",
// "Written by", "Reporting by" at the top), a name with its title ("By JANE ROE
// Associated Press Writer") and a name credited to an agency ("Jane Roe, Reuters").
// Bylines list persons only.
import { classTail, inPlaceStart, isLetterCode, isUpperCode, lazyPattern, restOfLine, startsUpper, wordShape } from '../lexicon/chars.js';
import { isAgencyName, isDeskOrAgency } from './agencies.js';
import { MONTH_WORDS, isPageDateLine } from './pagelines.js';
import { COMMON, LAST_NAMES, firstName } from '../people/lexicon.js';

// Patterns with Unicode classes, made once, on first use (lazyPattern): the bundle writes a
// /\p{…}/u literal inside a function as new RegExp(…), built again on every call.
const ARABIC_ARTICLE = lazyPattern(() => /^(al|el)-\p{L}/iu);
// the pattern's other classes by code (src/lexicon/chars.ts): no ICU set built at start-up
/** [\p{L}' -] */
export const isPlaceTailCode = (c: number) => c === 39 || c === 32 || c === 45 || isLetterCode(c);
/** /^\p{Lu}[\p{L}'’.-]*$/u */
export const isCapitalisedWord = (w: string) => wordShape(w, isUpperCode, (c) => c === 39 || c === 0x2019 || c === 46 || c === 45 || isLetterCode(c));
/** /^\p{Lu}[\p{Lu}'’.-]*$/u */
export const isCapsWord = (w: string) => wordShape(w, isUpperCode, (c) => c === 39 || c === 0x2019 || c === 46 || c === 45 || isUpperCode(c));
/** ARABIC_ARTICLE.test(w), asked only of words that start "al-" or "el-" in any case (all it can match) */
export function isArabicArticle(w: string): boolean {
  const a = w.charCodeAt(0) | 32;
  return (a === 97 || a === 101) && (w.charCodeAt(1) | 32) === 108 && w.charCodeAt(2) === 45 && ARABIC_ARTICLE().test(w);
}

const MAX_BYLINE = 160;
const MAX_NAME_AGENCY = 120;

// "By", "By:", "Author:", "Written by" …: what may open a byline line
const LEAD_IN = /^(?:by:?|byline:|authors?:|writers?:|(?:written|reported|reporting|words|story|text)\s+by:?)\s+/i;

/** A sentence that opens with "By" ("By Monday the talks had …") ends with a full stop. */
function endsLikeSentence(line: string): boolean {
  return /[.!?]["”’']?$/.test(line.replace(/\b(?:[A-Z]|Jr|Sr)\.$/, ''));
}

/**
 * The persons of a byline line ([] for an agency or desk), or null when the line is
 * no byline. "By Jane Roe" is one whatever follows; other lead-ins ("Author:",
 * "Written by") and bare "Name, Agency" lines must name a person or a desk. `bare`
 * allows the "Name, Agency" shape (not on a text's first line, the headline's place).
 */
export function readBylineLine(line: string, bare = true): string[] | null {
  if (line.length > MAX_BYLINE || endsLikeSentence(line)) return null;
  const lead = LEAD_IN.exec(line);
  if (lead && startsUpper(line.slice(lead[0].length))) {
    const names = parseByline(line);
    if (/^by\s/i.test(lead[0]) || names.length > 0) return names;
    const rest = line.slice(lead[0].length).split(/\s[-–—|•·]\s/)[0].replace(/[\s.,;:]+$/, '');
    return isDeskOrAgency(rest) ? [] : null;
  }
  return bare ? readNameAgencyLine(line) : null;
}

/**
 * "Jane Roe, Reuters", "Jane Roe and John Doe | AFP", "JANE ROE (AP)", "Jane Roe | 03.05.2024":
 * persons credited to a known agency, or dated on the same line.
 */
function readNameAgencyLine(line: string): string[] | null {
  if (line.length > MAX_NAME_AGENCY) return null;
  let names: string | null = null;
  const paren = /^([^()]+)\(([^()]+)\)$/.exec(line);
  if (paren) {
    if (isAgencyName(paren[2])) names = paren[1];
  } else {
    const sep = Math.max(line.lastIndexOf(','), line.lastIndexOf('|'), line.lastIndexOf(' - '), line.lastIndexOf(' – '), line.lastIndexOf(' — '));
    if (sep > 0 && isAgencyName(line.slice(sep + 1).replace(/^[-–—\s]+/, ''))) names = line.slice(0, sep);
    // "Jane Roe | March 3, 2024": a date after the first bar or dash
    const bar = /\s*[|•·]\s*|\s[-–—]\s/.exec(line);
    if (names === null && bar && bar.index > 0 && isPageDateLine(line.slice(bar.index + bar[0].length))) {
      names = line.slice(0, bar.index);
    }
  }
  return names === null ? null : readNames(names, true);
}

/**
 * A line of names alone ("Jane Roe and John Doe", "Jane Roe in Kyiv"), each a
 * credible person: the caller knows from the lines around it that it is a byline.
 * Each name needs a known first name, unless `credited` (an agency or date on the
 * same line vouches for it) and it has no ordinary word.
 */
export function readNames(line: string, credited = false): string[] | null {
  if (line.length > MAX_NAME_AGENCY) return null;
  const parts = line.trim().split(/\s*(?:,|;|&|\band\b)\s*/).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 4) return null;
  const out: string[] = [];
  for (let p of parts) {
    // "Jane Roe in Kyiv"
    const at = inPlaceStart(p, classTail(p, isPlaceTailCode));
    if (at >= 0) p = p.slice(0, at);
    if (!credibleName(p, credited)) return null;
    out.push(p);
  }
  return out;
}

/**
 * A person's name standing alone: a known first name, or no ordinary word at all;
 * in a longer name no ordinary word after the first that is no surname ("John Roe
 * Visits Town", "Russia Frees Prisoners" are titles).
 */
function credibleName(p: string, credited: boolean): boolean {
  if (!looksLikePersonName(p)) return false;
  const words = p.toLowerCase().split(/\s+/);
  if (words.length > 4) return false;
  const known = firstName(words[0]) !== undefined;
  if (!known && !(credited && plain(words[0]))) return false;
  return (known && words.length <= 2) || words.slice(1).every(plain);
}

// English word endings that surnames seldom have ("Communications", "Reported")
const WORD_ENDING = /(?:s|ed|ing|tion|ment|ness|ity|ship)$/;

/** Not an ordinary word, unless a known surname. */
function plain(w: string): boolean {
  return LAST_NAMES.has(w) || (!COMMON.has(w) && !WORD_ENDING.test(w));
}

// Words that make up a reporter's title after the name: "Associated Press Writer",
// "AP Diplomatic Writer", "Staff Writer", "Senior Correspondent".
const TITLE_WORDS = new Set(
  'writer writers correspondent correspondents reporter reporters editor editors columnist staff producer photographer contributor'.split(' '),
);
const TITLE_MODIFIERS = new Set(
  (
    'staff senior chief special associate assistant contributing deputy managing executive political diplomatic ' +
    'business medical science health foreign national international economics economic defence defense security ' +
    'military legal investigative technology global regional religion sports'
  ).split(' '),
);

/** "Associated Press Writer", "AP Diplomatic Writer", "Staff Writer", "Reuters": a desk title, no name. */
export function isTitleTail(words: string[]): boolean {
  if (words.length === 0 || words.length > 6) return false;
  if (isAgencyName(words.join(' '))) return true;
  if (!TITLE_WORDS.has(words[words.length - 1].toLowerCase())) return false;
  let i = 0;
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (isAgencyName(words.slice(0, k).join(' '))) {
      i = k;
      break;
    }
  }
  for (; i < words.length - 1; i++) if (!TITLE_MODIFIERS.has(words[i].toLowerCase())) return false;
  return true;
}


/**
 * "NADIA ROE Associated Press Writer" -> "NADIA ROE", "Jane Roe Staff Writer" -> "Jane Roe":
 * a title written after the name, on the same line.
 */
function withoutTitleTail(part: string): string {
  const words = part.split(/\s+/);
  // a name in capitals ends where the capitals end, when a desk title follows
  let caps = 0;
  while (caps < words.length && isCapsWord(words[caps])) caps++;
  if (caps >= 2 && caps < words.length && isDeskOrAgency(words.slice(caps).join(' '))) {
    return words.slice(0, caps).join(' ');
  }
  // from the first word: a part that is all title ("Chief Political Correspondent") is no name
  for (let i = 0; i < words.length; i++) {
    if (isTitleTail(words.slice(i))) return words.slice(0, i).join(' ');
  }
  return part;
}

// Name particles written in lower case inside a person's name.
const PARTICLES = new Set('de da do dos das del della der den di du la le van von ter al el bin ibn bint y'.split(' '));

// Words that make a "By" phrase a clause ("BY A BANK ON THE EXCHANGE"), not a name.
const NOT_IN_NAMES = new Set('on the of at for to in with from as a an'.split(' '));

/** "Jane Roe", "Stefan J. Bos", "Mary-Ann O'Neil", "Ahmed al-Masri". */
export function looksLikePersonName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 6) return false;
  let capitals = 0;
  for (const w of words) {
    if (NOT_IN_NAMES.has(w.toLowerCase())) return false;
    if (isCapitalisedWord(w)) capitals++;
    else if (!PARTICLES.has(w.toLowerCase()) && !isArabicArticle(w)) return false;
  }
  return capitals >= 2 || (capitals >= 1 && words.length >= 2 && /-/.test(name));
}

/** "Jane Roe Associated Press" -> "Jane Roe" (an agency name written after the person). */
function withoutAgencyTail(part: string): string {
  const words = part.split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (isAgencyName(words.slice(-k).join(' '))) return words.slice(0, -k).join(' ');
  }
  return part;
}

/** The person names of a "By" line ([] for an agency or desk). */
export function parseByline(line: string): string[] {
  let rest = line.replace(LEAD_IN, '');
  // cut at what follows the names: " - date", " | ", a date, a time, "Updated"
  const cut = rest.search(/\s[-–—|•·]\s|\s\d{1,2}:\d{2}|\s(?:updated|published|posted)\b/i);
  if (cut >= 0) rest = rest.slice(0, cut);
  const words = rest.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase().replace(/[.,]$/, '');
    // "December 14, 2022" or "14 December 2022" ends the names
    if (MONTH_WORDS.has(w) && (/^\d/.test(words[i + 1] ?? '') || /^\d/.test(words[i - 1] ?? ''))) {
      rest = words.slice(0, /^\d/.test(words[i - 1] ?? '') ? i - 1 : i).join(' ');
      break;
    }
  }
  const names: string[] = [];
  for (let part of rest.split(/\s*(?:,|;|&|\band\b)\s*/)) {
    // "Jane Roe in Kyiv" -> "Jane Roe"
    const at = inPlaceStart(part, restOfLine(part));
    if (at >= 0) part = part.slice(0, at);
    part = part.replace(/[\s.,;:]+$/, '').trim();
    part = withoutAgencyTail(withoutTitleTail(part));
    if (part.length === 0) continue;
    if (isDeskOrAgency(part)) continue;
    if (looksLikePersonName(part.replace(/\.$/, ''))) names.push(part);
  }
  return names;
}
