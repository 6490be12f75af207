// Quotation marks: pair them paragraph by paragraph into quoted segments, run a quote
// that a paragraph leaves open on into the next paragraph when that one opens with a
// quote mark (the wire convention), and cap anything unmatched at its paragraph.
// One left-to-right pass over each paragraph: linear in the input.
import type { Range } from '../document/document.js';

export interface Segment {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, or -1 when the paragraph ends first */
  close: number;
}

export interface RawQuote {
  /** the opening mark of the first segment and the closing mark of the last one */
  open: number;
  close: number;
  /** the words inside: after the first opening mark, before the last closing mark */
  start: number;
  end: number;
  /** the segments it is made of, in order (several when it runs on or is interrupted) */
  segments: Segment[];
}

const DOUBLE_OPEN = new Set(['\u201c', '\u201e', '\u00ab']);
const DOUBLE_CLOSE = new Set(['\u201d', '\u00bb']);
const isLetterOrDigit = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceChar = (c: string | undefined) => c === undefined || /\s/.test(c);
const OPEN_CONTEXT = new Set(['(', '[', '\u2014', '\u2013', '-', ':', '/']);

/** An opening mark may follow: the paragraph start, a space, an opening bracket or dash. */
function canOpenAfter(prev: string | undefined): boolean {
  return prev === undefined || isSpaceChar(prev) || OPEN_CONTEXT.has(prev) || prev === '"' || prev === '\u201c' || prev === '.' || prev === ',';
}

/**
 * Single quotes are quote marks only when they clearly are: an opening mark after a
 * space before a letter, closed by a mark after a non-space and before a non-letter
 * ("Russia’s", "don’t" stay apostrophes). Returns the closing offset or -1.
 */
function singleClose(text: string, at: number, end: number): number {
  const mark = text[at];
  const closer = mark === '\u2018' ? '\u2019' : "'";
  if (!canOpenAfter(text[at - 1]) || !isLetterOrDigit(text[at + 1])) return -1;
  for (let k = at + 2; k < end; k++) {
    const c = text[k];
    if (c === '"' || DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c)) return -1;
    if (c !== closer) continue;
    if (isLetterOrDigit(text[k + 1])) continue; // an apostrophe inside a word
    if (isSpaceChar(text[k - 1])) continue;
    // "the soldiers’ families": a plural possessive, not a closing mark
    if (text[k - 1] === 's' && /^\s+\p{Ll}/u.test(text.slice(k + 1, k + 4)) && !/[.,!?]/.test(text[k - 2])) continue;
    return k;
  }
  return -1;
}

/** The quoted segments of one paragraph; `continuing`: it opens a quote carried over from the previous one. */
export function scanParagraph(text: string, p: Range): Segment[] {
  const out: Segment[] = [];
  let open = -1;
  for (let i = p.start; i < p.end; i++) {
    const c = text[i];
    if (open < 0) {
      if (DOUBLE_OPEN.has(c)) open = i;
      else if (c === '"') {
        // a straight mark opens when a word follows it
        if (!isSpaceChar(text[i + 1]) && i + 1 < p.end) open = i;
      } else if (c === '\u2018' || c === "'") {
        const k = singleClose(text, i, p.end);
        if (k > 0) {
          out.push({ open: i, close: k });
          i = k;
        }
      }
      continue;
    }
    // inside a double quote: single marks belong to the quote
    if (c === '"' || DOUBLE_CLOSE.has(c)) {
      out.push({ open, close: i });
      open = -1;
    } else if (c === '\u201c' && !isLetterOrDigit(text[i + 1]) && i > open + 1) {
      // a curly opening mark used as a closer ("all for all“ )
      out.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) out.push({ open, close: -1 });
  return out;
}

/** Does the paragraph open with a double quote mark (a run-on continuation)? */
function opensWithQuote(text: string, p: Range): boolean {
  const c = text[p.start];
  return c === '"' || DOUBLE_OPEN.has(c);
}

/** All quotes in the given paragraphs (in order), with the run-on rule applied. */
export function pairQuotes(text: string, paragraphs: Range[]): RawQuote[] {
  const out: RawQuote[] = [];
  let pending: Segment[] | null = null;
  let pendingEnd = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    let segs = scanParagraph(text, p);
    if (pending) {
      if (opensWithQuote(text, p) && segs.length > 0 && segs[0].open === p.start) {
        pending.push(segs[0]);
        segs = segs.slice(1);
        if (pending[pending.length - 1].close >= 0) {
          out.push(build(pending, pending[pending.length - 1].close));
          pending = null;
        } else {
          pendingEnd = p.end;
          // the continuation still runs on: nothing else can be in this paragraph
          continue;
        }
      } else {
        // no continuation: cap the open quote at the end of its paragraph
        out.push(build(pending, pendingEnd));
        pending = null;
      }
    }
    for (const s of segs) {
      if (s.close >= 0) out.push(build([s], s.close));
      else {
        pending = [s];
        pendingEnd = p.end;
      }
    }
  }
  // an unclosed quote at the very end of the text is dropped
  return out.filter((q) => q.end > q.start);
}

function build(segments: Segment[], close: number): RawQuote {
  const open = segments[0].open;
  return { open, close, start: open + 1, end: close, segments };
}
