// Shared by the stage tests: run some stages of the pipeline on a text, without the
// others, so a stage's tests do not depend on stages it does not read.
import type { Context } from '../src/context.js';
import { createDoc, segment } from '../src/document/document.js';
import { readHeader } from '../src/header/index.js';
import { findDates } from '../src/dates/index.js';
import { findCounts } from '../src/counts/index.js';
import { findExchanges } from '../src/exchanges/index.js';

function emptyContext(doc: Context['doc'], header: Context['header']): Context {
  return { doc, header, places: [], people: [], quotes: [], dates: [], counts: [], exchanges: [], warnings: [] };
}

/** What the counts and exchanges stages read (document, header, dates), then those two stages. */
export function countsAndExchanges(text: string, referenceDate: string): Context {
  const doc = createDoc(text, referenceDate);
  const header = readHeader(doc);
  doc.body = header.body;
  segment(doc);
  const ctx = emptyContext(doc, header);
  ctx.dates = findDates(ctx);
  ctx.counts = findCounts(ctx);
  ctx.exchanges = findExchanges(ctx);
  return ctx;
}

/** A context for one stage alone on a text whose body is all of it (no header stage, no other stage). */
export function bareContext(text: string): Context {
  const doc = createDoc(text, null);
  segment(doc);
  const header = { article: { headline: null, bylines: [], dateline: null, credits: [] }, body: { start: 0, end: text.length }, dateline: null, datelinePlace: null, headline: null };
  return emptyContext(doc, header);
}
