// Dates stage: calendar expressions resolved against the reference date.
// chrono-node (with our parsers and refiners, see engine.ts) finds them in the
// header lines and body sentences; we resolve each one ourselves: weekdays and
// month-days by the tense of their clause, "the next day" from the day just named.
import type { Context } from '../context.js';
import type { DateMention } from '../types.js';
import { span } from '../document/document.js';
import { type Ymd, parseIsoDay } from './calendar.js';
import { chunksOf, windowsOf } from './chunks.js';
import { classify, type Found } from './classify.js';
import { reader } from './engine.js';
import { type Anchors, type Resolved, advance, resolve } from './resolve.js';
import { type Tense, clauseTense } from './tense.js';

// chrono needs some reference; without one, relative results are discarded.
const PLACEHOLDER: Ymd = { y: 2000, m: 1, d: 1 };

interface Located extends Found {
  chunk: { start: number; end: number };
}

// findDates runs once per article: its three phases are functions of their own, so a
// branch first met late in a batch recompiles one phase, not all of them inlined into one
export function findDates(ctx: Context): DateMention[] {
  const ref = ctx.doc.referenceDate ? parseIsoDay(ctx.doc.referenceDate) : null;
  const kept = outermost(locate(ctx, ref ?? PLACEHOLDER));
  return resolveAll(ctx, kept, ref);
}

/** every expression chrono finds in the chunks' windows, in text order */
function locate(ctx: Context, base: Ymd): Located[] {
  const text = ctx.doc.text;
  // local noon: chrono works in local time, and noon keeps every zone on the same day
  const refDate = new Date(base.y, base.m - 1, base.d, 12);
  const found: Located[] = [];
  for (const chunk of chunksOf(ctx)) {
    for (const w of windowsOf(text, chunk)) {
      const wtext = text.slice(w.start, w.end);
      for (const r of reader.parse(wtext, refDate)) {
        for (const f of classify(r, wtext, base)) {
          found.push({ start: w.start + f.start, end: w.start + f.end, expr: f.expr, chunk });
        }
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found;
}

/**
 * One expression, one mention: "last year" inside "in June last year" goes (the two
 * ends of a range share their span and both stay).
 */
function outermost(found: Located[]): Located[] {
  const kept: Located[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    const inside = last && f.start >= last.start && f.end <= last.end;
    const sameSpan = last && f.start === last.start && f.end === last.end;
    if (!inside || sameSpan) kept.push(f);
  }
  return kept;
}

/** each mention resolved to a day, month or year, by its clause's tense and the dates named before it */
function resolveAll(ctx: Context, kept: Located[], ref: Ymd | null): DateMention[] {
  const text = ctx.doc.text;
  const tenses = kept.map((f) =>
    TENSED.has(f.expr.kind) ? clauseTense(text, f.chunk.start, f.chunk.end, f.start, f.end) : null,
  );
  const sameWeekday = weekdaysWithTense(kept, tenses, ref);

  const out: DateMention[] = [];
  const anchors: Anchors = { day: null, month: null, year: null };
  kept.forEach((f, i) => {
    const e = f.expr;
    // a weekday in a clause with no tense ("SECOND STAGE ON SUNDAY") is the day
    // the same weekday names elsewhere in the story
    const known =
      e.kind === 'weekday' && e.mod === null && e.week === null && tenses[i] === null ? sameWeekday.get(e.wd) : undefined;
    const r = known ?? resolve(e, ref, () => tenses[i], anchors);
    advance(anchors, r);
    const s = span(ctx.doc, f.start, f.end);
    // built whole (no spread): the same keys in the same order
    out.push({ start: s.start, end: s.end, text: s.text, iso: r.iso, grain: r.grain });
  });
  return out;
}

// expressions whose direction from the reference date depends on the tense
const TENSED = new Set(['weekday', 'weekend', 'monthDay', 'month', 'holiday']);

/** For each weekday, how its first mention in a tensed clause resolves. */
function weekdaysWithTense(found: Located[], tenses: Tense[], ref: Ymd | null): Map<number, Resolved> {
  const out = new Map<number, Resolved>();
  const none: Anchors = { day: null, month: null, year: null };
  found.forEach((f, i) => {
    const e = f.expr;
    if (e.kind !== 'weekday' || e.mod !== null || e.week !== null || tenses[i] === null || out.has(e.wd)) return;
    out.set(e.wd, resolve(e, ref, () => tenses[i], none));
  });
  return out;
}
