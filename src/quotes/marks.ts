// Quotation marks: pair them paragraph by paragraph into quoted segments, run a quote
// that a paragraph leaves open on into the next paragraph when that one opens with a
// quote mark (the wire convention), and cap anything unmatched at its paragraph.
// One left-to-right pass over each paragraph: linear in the input.
import type { Range } from '../document/document.js';
import { isLetterOrNumberCode, lowerWordAfterSpace } from '../lexicon/chars.js';

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
const isLetterOrDigit = (c: string | undefined) => !!c && isLetterOrNumberCode(c.charCodeAt(0));
const isSpaceChar = (c: string | undefined) => c === undefined || /\s/.test(c);
const FUNCTION_WORDS = new Set('and or but nor to in on at of for with by from as that which who while when than so if after before into was were is are'.split(' '));
const OPEN_CONTEXT = new Set(['(', '[', '\u2014', '\u2013', '-', ':', '/']);

/** An opening mark may follow: the paragraph start, a space, an opening bracket or dash. */
function canOpenAfter(prev: string | undefined): boolean {
  return prev === undefined || isSpaceChar(prev) || OPEN_CONTEXT.has(prev) || prev === '"' || prev === '\u201c' || prev === '.' || prev === ',';
}

/** Is the mark at k a closing single quote (not an apostrophe inside a word or a plural possessive)? */
function closesSingle(text: string, k: number): boolean {
  if (isLetterOrDigit(text[k + 1]) || isSpaceChar(text[k - 1])) return false;
  // "the soldiers’ families": a plural possessive before a noun, not a closing mark
  if (text[k - 1] === 's' && !/[.,!?]/.test(text[k - 2])) {
    const next = lowerWordAfterSpace(text.slice(k + 1, k + 16));
    if (next !== null && !FUNCTION_WORDS.has(next)) return false;
  }
  return true;
}

/**
 * Single quotes are quote marks only when they clearly are: an opening mark after a
 * space before a letter, closed by a mark after a non-space and before a non-letter
 * ("Russia’s", "don’t" stay apostrophes), within a short stretch and before any double
 * mark. The first closer after a position does not depend on the opener, so the last
 * answer is reused: a paragraph is scanned once however many openers it has.
 */
class SingleCloser {
  private from = -1;
  /** offset of the closer, or of a blocking double mark (blocked), or `end` when none */
  private at = -1;
  private blocked = false;

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly closer: string,
  ) {}

  private scan(from: number): void {
    if (this.from >= 0 && from >= this.from && from <= this.at) return;
    let k = from;
    const closer = this.closer.charCodeAt(0);
    for (; k < this.end; k++) {
      const d = this.text.charCodeAt(k);
      // a double mark (straight, curly or guillemet) blocks; only the closer needs a closer look
      if (d === 34 || d === 0xab || d === 0xbb || d === 0x201c || d === 0x201d || d === 0x201e) break;
      if (d === closer && closesSingle(this.text, k)) break;
    }
    this.from = from;
    this.at = k;
    this.blocked = k >= this.end || this.text[k] !== this.closer;
  }

  /** The closing offset for an opener at `at`, or -1. */
  closeFor(open: number): number {
    this.scan(open + 2);
    if (this.blocked) return -1;
    // "rock 'n' roll": a letter or two is no quotation; single-quoted words are short
    if (this.at - open < 3 || this.at - open > 300) return -1;
    return this.at;
  }
}

/** A single mark opens after a space, bracket or dash and before a letter. */
function canOpenSingle(text: string, at: number): boolean {
  return canOpenAfter(text[at - 1]) && isLetterOrDigit(text[at + 1]);
}

// Every character the scan below acts on: " ' « » and U+2018 to U+201E.
const MARK = /["'\u00ab\u00bb\u2018-\u201e]/g;
// The last answer of nextMark: paragraphs are scanned in text order, and a search that
// ran past a paragraph's end answers for the paragraphs up to the mark it found, so
// the text is searched once in all (never again from each paragraph to the end).
let markText = '';
let markFrom = -1;
let markAt = -1;

/** Offset of the first quote or apostrophe mark at or after `from`, or text.length. */
function nextMark(text: string, from: number): number {
  if (from >= markFrom && from <= markAt && text === markText) return markAt;
  MARK.lastIndex = from;
  const at = MARK.test(text) ? MARK.lastIndex - 1 : text.length;
  markText = text;
  markFrom = from;
  markAt = at;
  return at;
}

/** The quoted segments of one paragraph (the last one open, close -1, when the paragraph ends first). */
export function scanParagraph(text: string, p: Range): Segment[] {
  const out: Segment[] = [];
  let open = -1;
  // made when a single mark first opens: most paragraphs have none
  let curly: SingleCloser | null = null;
  let straight: SingleCloser | null = null;
  for (let i = p.start; i < p.end; i++) {
    // most characters are no quote mark at all: go to the next one
    i = nextMark(text, i);
    if (i >= p.end) break;
    const c = text[i];
    if (open < 0) {
      if (DOUBLE_OPEN.has(c)) open = i;
      else if (c === '"') {
        // a straight mark opens when a word follows it
        if (!isSpaceChar(text[i + 1]) && i + 1 < p.end) open = i;
      } else if ((c === '\u2018' || c === "'") && canOpenSingle(text, i)) {
        const k = (c === "'" ? (straight ??= new SingleCloser(text, p.end, "'")) : (curly ??= new SingleCloser(text, p.end, '\u2019'))).closeFor(i);
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
