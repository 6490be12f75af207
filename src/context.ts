// What the stages hand on to each other. Each stage reads the Doc and the
// results of the stages before it, and adds its own; extract() runs them in order.
import type { Doc, Range } from './document/document.js';
import type { Article, Count, DateMention, Exchange, Person, Place, Quote, Warning } from './types.js';

export interface Header {
  article: Article;
  /** where headline/byline/dateline end and the story starts, and where the credits block starts */
  body: Range;
  /** offsets of the dateline text (e.g. "CHERNIHIV REGION, Ukraine (Reuters) -"), if any */
  dateline: Range | null;
  /** offsets of the dateline's place part, if any, so the places stage can read it */
  datelinePlace: Range | null;
  /** offsets of the headline line, if any */
  headline: Range | null;
}

export interface Context {
  doc: Doc;
  header: Header;
  places: Place[];
  people: Person[];
  quotes: Quote[];
  dates: DateMention[];
  counts: Count[];
  exchanges: Exchange[];
  warnings: Warning[];
}
