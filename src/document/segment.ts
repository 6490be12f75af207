// Paragraphs and sentences as offsets into the original text. Linear scans only:
// no regular expression here may backtrack over the whole input.
import type { Range, Sentence } from './document.js';

const isBreak = (c: number) => c === 10 /* \n */ || c === 13; /* \r */

interface Line extends Range {
  indented: boolean;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let j = i;
    while (j < n && !isBreak(text.charCodeAt(j))) j++;
    let s = i;
    while (s < j && isSpace(text.charCodeAt(s))) s++;
    let e = j;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    out.push({ start: s, end: e, indented: s > i });
    // \r\n counts as one break
    if (j < n && text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j++;
    i = j + 1;
  }
  return out;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 12 || c === 11;
}

/**
 * Paragraphs: each non-blank line, except in hard-wrapped copy (old wire systems
 * wrap at ~70 columns, e.g. Reuters-21578), where consecutive lines join until a
 * blank or indented line.
 */
export function splitParagraphs(text: string): Range[] {
  const all = lines(text);
  const nonBlank = all.filter((l) => l.end > l.start);
  if (nonBlank.length === 0) return [];
  const lengths = nonBlank.map((l) => l.end - l.start).sort((a, b) => a - b);
  const max = lengths[lengths.length - 1];
  const median = lengths[lengths.length >> 1];
  // wrapped lines end mid-sentence; paragraphs end at a full stop or a closing quote
  const endsSentence = nonBlank.filter((l) => /[.?!:"\u201d')]$/.test(text.slice(l.end - 1, l.end))).length;
  const hardWrapped = nonBlank.length >= 4 && max <= 90 && median >= 45 && endsSentence <= nonBlank.length * 0.5;
  if (!hardWrapped) return nonBlank.map(({ start, end }) => ({ start, end }));
  const out: Range[] = [];
  let cur: Range | null = null;
  for (const l of all) {
    const blank = l.end <= l.start;
    if (blank) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    if (cur && !l.indented) cur.end = l.end;
    else {
      if (cur) out.push(cur);
      cur = { start: l.start, end: l.end };
    }
  }
  if (cur) out.push(cur);
  return out;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig rev fr sr jr st mt ft ' +
    'gov sen rep pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'no nos vol pp inc corp co ltd bros dept est approx vs etc al ' +
    'u.s u.n u.k e.u u.s.a a.m p.m d.c n.y'
  ).split(' '),
);

const OPENERS = new Set(['"', '\u201c', "'", '\u2018', '(', '[', '\u00ab']);
const CLOSERS = new Set(['"', '\u201d', "'", '\u2019', ')', ']', '\u00bb']);

function isUpperStart(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c.toLowerCase() !== c && c.toUpperCase() === c);
}

/** The word ending just before offset `dot` (letters and inner dots). */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor) {
    const c = text[i - 1];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '.') i--;
    else break;
  }
  return text.slice(i, dot);
}

/** Sentences of every paragraph inside `within`. */
export function splitSentences(text: string, paragraphs: Range[], within: Range): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    const start = Math.max(p.start, within.start);
    const end = Math.min(p.end, within.end);
    if (end <= start) return;
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    for (let i = s; i < end; i++) {
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?' && c !== '\u2026') continue;
      // absorb runs of terminal punctuation and closing quotes/brackets
      let j = i + 1;
      while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || CLOSERS.has(text[j]))) j++;
      if (j >= end) break;
      if (!isSpace(text.charCodeAt(j))) {
        i = j - 1;
        continue;
      }
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      if (k >= end) break;
      const next = text[k];
      const startsNew = isUpperStart(next) || OPENERS.has(next);
      if (!startsNew) {
        i = j - 1;
        continue;
      }
      if (c === '.') {
        const w = wordBefore(text, i, s);
        const lw = w.toLowerCase();
        // initials ("John F. Kennedy"), known abbreviations, dotted acronyms ("U.S.")
        if (w.length === 1 && w >= 'A' && w <= 'Z') {
          i = j - 1;
          continue;
        }
        if (ABBREVIATIONS.has(lw) || /^([a-z]\.)+[a-z]$/i.test(w)) {
          i = j - 1;
          continue;
        }
      }
      out.push({ start: s, end: j, paragraph: pi });
      s = k;
      i = k - 1;
    }
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, paragraph: pi });
  });
  return out;
}
