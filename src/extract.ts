// The pure extractor: text in, Result out. No I/O; the CLI is a thin shell around it.
// Stages run in a fixed order (after chrono-node's parsers then refiners): each
// reads the Doc and what earlier stages found, and adds its own findings.
import { createHash } from 'node:crypto';
import { createDoc, segment } from './document/document.js';
import { dateInPath, dateInText, isIsoDate } from './document/reference-date.js';
import type { Context } from './context.js';
import type { ExtractOptions, Result, Warning } from './types.js';
import { readHeader } from './header/index.js';
import { findPlaces } from './places/index.js';
import { findPeople } from './people/index.js';
import { findQuotes } from './quotes/index.js';
import { findDates } from './dates/index.js';
import { findCounts } from './counts/index.js';
import { findExchanges } from './exchanges/index.js';

export class OptionError extends Error {}

function resolveReferenceDate(text: string, options: ExtractOptions, warnings: Warning[]): Result['referenceDate'] {
  if (options.referenceDate != null) {
    if (!isIsoDate(options.referenceDate)) {
      throw new OptionError(`referenceDate must be a calendar date as YYYY-MM-DD, got "${options.referenceDate}"`);
    }
    return { date: options.referenceDate, from: 'option' };
  }
  const fromText = dateInText(text.slice(0, 400));
  if (fromText) return { date: fromText, from: 'text' };
  const fromName = dateInPath(options.path);
  if (fromName) return { date: fromName, from: 'filename' };
  warnings.push({
    code: 'no-reference-date',
    message: 'no publication date given (--date), found in the text or in the file name: relative dates ("on Friday") are left unresolved',
  });
  return { date: null, from: null };
}

export function extract(text: string, options: ExtractOptions = {}): Result {
  if (typeof text !== 'string') throw new TypeError('extract(text): text must be a string');
  const warnings: Warning[] = [...(options.warnings ?? [])];
  const referenceDate = resolveReferenceDate(text, options, warnings);
  const doc = createDoc(text, referenceDate.date);
  const header = readHeader(doc);
  doc.body = header.body;
  segment(doc);

  const ctx: Context = {
    doc, header, places: [], people: [], quotes: [], dates: [], counts: [], exchanges: [], warnings,
  };
  ctx.places = findPlaces(ctx);
  ctx.people = findPeople(ctx);
  ctx.quotes = findQuotes(ctx);
  ctx.dates = findDates(ctx);
  ctx.counts = findCounts(ctx);
  ctx.exchanges = findExchanges(ctx);

  return {
    schemaVersion: 1,
    source: {
      path: options.path ?? null,
      sha256: options.sha256 ?? createHash('sha256').update(text, 'utf8').digest('hex'),
      bytes: options.bytes ?? Buffer.byteLength(text, 'utf8'),
    },
    referenceDate,
    article: header.article,
    exchanges: ctx.exchanges,
    counts: ctx.counts,
    dates: ctx.dates,
    locations: ctx.places,
    people: ctx.people,
    quotes: ctx.quotes,
    warnings,
  };
}
