// Header stage: headline, bylines, dateline and the closing credits block.
import type { Doc } from '../document/document.js';
import type { Header } from '../context.js';

export function readHeader(doc: Doc): Header {
  return {
    article: { headline: null, bylines: [], dateline: null, credits: [] },
    body: { start: 0, end: doc.text.length },
    dateline: null,
    datelinePlace: null,
    headline: null,
  };
}
