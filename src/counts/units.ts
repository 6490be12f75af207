// The stretches of text the counts and exchanges stages read: header lines above
// the story (headline, standfirst: headlines carry counts too) and the body's
// sentences, each with its tokens. Built once per document and shared.
import type { Doc } from '../document/document.js';
import type { Context } from '../context.js';
import { tokenize, type Token } from './tokens.js';

export interface Unit {
  start: number;
  end: number;
  /** paragraph index, so a sentence can look back at the one before it in its paragraph */
  paragraph: number;
  /** a headline or other line above the story */
  header: boolean;
  tokens: Token[];
  /** lower-cased text with curly apostrophes folded, for cue tests */
  lower: string;
}

const cache = new WeakMap<Doc, Unit[]>();

/**
 * A unit whose tokens are made when first read: most sentences of most wires hold no
 * trigger word, and the stages look no further than their lower-cased text.
 */
class TextUnit implements Unit {
  #tokens: Token[] | null = null;
  readonly #text: string;
  constructor(text: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly header: boolean, readonly lower: string) {
    this.#text = text;
  }
  get tokens(): Token[] {
    return (this.#tokens ??= tokenize(this.#text, this.start, this.end));
  }
}

export function unitsOf(ctx: Context): Unit[] {
  const doc = ctx.doc;
  const hit = cache.get(doc);
  if (hit) return hit;
  const units: Unit[] = [];
  const make = (start: number, end: number, paragraph: number, header: boolean): Unit =>
    new TextUnit(doc.text, start, end, paragraph, header, foldQuotes(doc.text.slice(start, end).toLowerCase()));
  const bodyStart = doc.body.start;
  const dl = ctx.header.dateline;
  doc.paragraphs.forEach((p, i) => {
    if (p.start >= bodyStart) return;
    let end = Math.min(p.end, bodyStart);
    if (dl && dl.start >= p.start && dl.start < end) end = dl.start;
    if (end > p.start) units.push(make(p.start, end, i, true));
  });
  for (const s of doc.sentences) units.push(make(s.start, s.end, s.paragraph, false));
  cache.set(doc, units);
  return units;
}

/** Curly apostrophes as straight ones (the replace only where there is one). */
const foldQuotes = (s: string): string => (s.includes('\u2019') ? s.replace(/\u2019/g, "'") : s);

/** The unit before `i` when it is in the same paragraph (a sentence's context), else null. */
export function previousInParagraph(units: Unit[], i: number): Unit | null {
  const prev = units[i - 1];
  return prev && !prev.header && !units[i].header && prev.paragraph === units[i].paragraph ? prev : null;
}
