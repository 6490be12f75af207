// Where the dates stage looks: the header lines before the body (datelines such
// as "Feb. 8 (UPI) --", page date lines such as "04 Jan 2025") and the body
// sentences, never the credits block. Only stretches that hold a trigger word
// reach chrono, in windows of bounded length so a 1 MB line stays linear.
import type { Context } from '../context.js';
import type { Range } from '../document/document.js';

export interface Window extends Range {
  /** the sentence or header line the window lies in (the tense scan stays inside it) */
  chunk: Range;
}

// Cheap pre-filter: words that can start or carry a date expression.
// (one \b before the whole alternation: the same matches as a \b in front of each
// branch, and a quicker scan)
const TRIGGER =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|today|tonight|last\s+night|yesterday|tomorrow|days?|weeks?|fortnight|months?|years?|christmas|easter|new\s+year|(?:1[89]|20)\d\d\b)/gi;

/** sentences up to this long go to chrono whole */
export const MAX_CHUNK = 600;
/** longer ones in windows of at most this (chrono's cost grows with window length × matches) */
export const MAX_WINDOW = 320;
const MARGIN = 100;

/** Header lines before the body, then body sentences, in text order. */
export function chunksOf(ctx: Context): Range[] {
  const { doc } = ctx;
  const body = doc.body;
  const out: Range[] = [];
  for (const p of doc.paragraphs) {
    const end = Math.min(p.end, body.start);
    if (end > p.start) out.push({ start: p.start, end });
    else break;
  }
  for (const s of doc.sentences) out.push({ start: s.start, end: s.end });
  return out;
}

/** Windows of `chunk` around trigger words (the whole chunk when it is short). */
export function windowsOf(text: string, chunk: Range): Window[] {
  const slice = text.slice(chunk.start, chunk.end);
  TRIGGER.lastIndex = 0;
  const first = TRIGGER.exec(slice);
  if (!first) return [];
  // a short chunk goes whole: its first trigger word is all it takes
  if (chunk.end - chunk.start <= MAX_CHUNK) return [{ start: chunk.start, end: chunk.end, chunk }];
  const hits: number[] = [];
  for (let m: RegExpExecArray | null = first; m; m = TRIGGER.exec(slice)) hits.push(chunk.start + m.index);
  const out: Window[] = [];
  let cur: Window | null = null;
  for (const h of hits) {
    const start = snapBack(text, Math.max(chunk.start, h - MARGIN), chunk.start);
    const end = snapForward(text, Math.min(chunk.end, h + MARGIN), chunk.end);
    if (cur && start <= cur.end && end - cur.start <= MAX_WINDOW) cur.end = Math.max(cur.end, end);
    else {
      if (cur) out.push(cur);
      // a window never starts inside the previous one
      cur = { start: cur ? Math.max(start, cur.end) : start, end, chunk };
    }
  }
  if (cur) out.push(cur);
  return out.filter((w) => w.end > w.start);
}

function snapBack(text: string, at: number, floor: number): number {
  let i = at;
  for (let n = 0; i > floor && n < 40 && text[i - 1] !== ' '; n++) i--;
  return i;
}

function snapForward(text: string, at: number, ceil: number): number {
  let i = at;
  for (let n = 0; i < ceil && n < 40 && text[i] !== ' '; n++) i++;
  return i;
}
