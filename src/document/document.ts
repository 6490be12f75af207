// The one document object every stage reads (after spaCy's Doc): the input text
// untouched, and ranges that point into it. Stages never copy or normalise the
// text they report; they report offsets into doc.text.
import type { Span } from '../types.js';
import { splitParagraphs, splitSentences } from './segment.js';
import { lowerBound } from './search.js';

export interface Range {
  start: number;
  end: number;
}

export interface Sentence extends Range {
  /** index of the paragraph that holds it */
  paragraph: number;
}

export interface Doc {
  /** the input exactly as given to extract() */
  readonly text: string;
  /** non-blank lines / blocks, trimmed of surrounding white space */
  readonly paragraphs: Range[];
  /** where the story proper runs: after headline/byline/dateline, before the credits block */
  body: Range;
  /** body sentences in text order; filled by segment() once the header stage set body */
  sentences: Sentence[];
  /** YYYY-MM-DD, or null when none is known */
  referenceDate: string | null;
}

export function createDoc(text: string, referenceDate: string | null): Doc {
  const paragraphs = splitParagraphs(text);
  return {
    text,
    paragraphs,
    body: { start: 0, end: text.length },
    sentences: [],
    referenceDate,
  };
}

/** Split doc.body into sentences (call after the header stage has narrowed body). */
export function segment(doc: Doc): void {
  doc.sentences = splitSentences(doc.text, doc.paragraphs, doc.body);
}

/** A Span for text[start, end), the only way stages should build one. */
export function span(doc: { text: string }, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Shrink a range so it has no white space at either end. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The sentence that contains offset `at`, or undefined. Binary search: sentences are sorted. */
export function sentenceAt(doc: Doc, at: number): Sentence | undefined {
  const s = doc.sentences[lowerBound(doc.sentences, (x) => x.end <= at)];
  return s && s.start <= at ? s : undefined;
}

/** Index of the paragraph that contains offset `at`, or -1. */
export function paragraphAt(doc: Doc, at: number): number {
  const i = lowerBound(doc.paragraphs, (p) => p.end <= at);
  return i < doc.paragraphs.length && doc.paragraphs[i].start <= at ? i : -1;
}
