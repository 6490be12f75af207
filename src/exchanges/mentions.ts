// One mention per trigger that survives: its status, the counts of its clause, the
// date that belongs to it (or only to the report of it), and cues that it is a
// different event from the one before (a running total, "the next day").
import type { Context } from '../context.js';
import type { Count, DateMention, ExchangeStatus } from '../types.js';
import { countInfo } from '../counts/index.js';
import { tokenAt, type Token } from '../counts/tokens.js';
import { unitsOf, type Unit } from '../counts/units.js';
import { DATE_BLOCKERS, REPORTING } from './lexicon.js';
import { triggersOf, type Trigger } from './triggers.js';

/** "the next day" (+1), "hours later" ('same': the day of the event just told), "on the same day" ('sameDate': that day, another event) */
export type Shift = { days: number } | 'same' | 'sameDate' | 'other' | null;

export interface Mention {
  unit: number;
  /** null for a sentence that only adds counts to the event before it */
  trigger: Trigger | null;
  status: ExchangeStatus;
  strong: boolean;
  counts: Count[];
  /** the date of the event itself ("exchanged ... on Monday") */
  ownDate: DateMention | null;
  /** the date of a report of it ("said on Tuesday"), a fallback for completed events */
  reportDate: DateMention | null;
  shift: Shift;
  /** counts of a list of people for a coming exchange ("a first list of 640 POWs") */
  list: boolean;
  /** the people are bodies of the dead: a body handover is a separate event from a prisoner swap */
  bodies: boolean;
  /** read from a headline or standfirst */
  header: boolean;
  /** "the Houthis are releasing 181": part of the operation just told, whatever its status */
  ongoing: boolean;
  /** a sentence summing up a multi-day operation: it makes no event of its own */
  summary: boolean;
  /** "the remaining 280", "a further 18": people of a later stage than the one told */
  later: boolean;
  /** "In return, Kyiv demanded ...": the other side of the deal just told */
  inReturn?: boolean;
  /** offset for ordering */
  at: number;
}

const RUNNING = /\b(?:total number|stands at|stood at|now stands|so far this year|out of a total|cumulative)\b/;
const PERFECT_RELEASE =
  /\b(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+|also\s+)?(?:been\s+)?(?:released|freed|set free|returned|exchanged|swapped|swopped|handed over|repatriated|liberated|received|recovered|brought|come home|come back|secured|facilitated|overseen|helped|traded)\b/;
const TOTAL_CUE = /\b(?:since|a total of|in total|in all|before (?:the|this|that|[\w-]+'s)|to date|in that time|over the (?:past|last))\b/;
// "During that truce, Hamas released 33 hostages": releases over a period, not one event
const PERIOD = /^(?:during|throughout|over) (?:that|the|this|its|their) (?:[\w-]+ )?(?:truce|ceasefire|cease-fire|war|conflict|phase|period|year|deal)\b/;
// "With Tuesday's handover, Hamas has returned the remains of 15 hostages"
const WITH_EVENT = /^with (?:[\w-]+'s |the |this |that )?(?:latest )?(?:handover|release|releases|swap|exchange|repatriation|transfer)\b/;
// "..., bringing the number it has released to about 3,000", "and brought the number ... to more than 4,600"
const TOTAL_CLAUSE = /(?:,|\band)\s*(?:bringing|taking|raising|pushing|lifting|brought|took|raised|pushed)\b[^.;]{0,120}?\b(?:number|total|tally|overall)\b/;
// "a two-day prisoner exchange", "a three-stage swap": an operation over several days, told as a whole
const STAGED = /\b(?:two|three|four|five|multi|2|3|4)[- ](?:stage|day|phase|part)\b/;
// (the nouns first: a plain substring test spares the pattern on most sentences)
const hasStaged = (lower: string): boolean =>
  (lower.includes('day') || lower.includes('stage') || lower.includes('phase') || lower.includes('part')) && STAGED.test(lower);
// "On the first day 84 ... were freed": one stage of an operation told as a whole before
const REMAINDER = /\band the (?:remainder|rest)(?: of them)?\b/;
const LATER = /\b(?:remaining|remainder|rest of the|further|next|second|third|later|another|more (?:remain\w*|will|would|are due|are expected))\b/;
const STAGE_REF = /\bthe (first|second|third|fourth|last|final) (?:day|group|stage|batch|phase|round)\b/;
const NEXT_DAY = /\b(?:the next day|the following day|a day later|the day after)\b/;
const DAY_BEFORE = /\b(?:the day before|the previous day|a day earlier)\b/;
const SAME_DAY = /\b(?:hours? (?:earlier|later)|earlier that day|later that day|earlier in the day|later in the day)\b/;
// "released 80 ... on the same day": a date of the verb itself, before or after it
const SAME_DATE = /\b(?:on the same day|that same day|on that same day)\b/;
const OTHER_EVENT = /\b(?:the last time|last (?:carried out|exchanged|swapped|swopped)|the previous (?:swap|exchange)|an earlier (?:swap|exchange)|the first batch|first batch)\b/;

/**
 * Where a unit sums up earlier releases: 0 when it all does ("has now released 16 ... since",
 * "the total ... stands at 81"), the offset of the clause that does (", bringing the number ... to
 * 3,000"), or -1.
 */
function runningTotal(u: Unit, counts: Count[], triggers: Trigger[], dates: DateMention[], prevTotal: () => boolean): number {
  // (each pattern only where a word it needs is there: plain substring tests first)
  const lower = u.lower;
  const clause = lower.includes('number') || lower.includes('total') || lower.includes('tally') || lower.includes('overall') ? TOTAL_CLAUSE.exec(lower) : null;
  const head = clause ? lower.slice(0, clause.index) : lower;
  const headCounts = clause ? counts.filter((c) => c.start < u.start + clause.index) : counts;
  const dated = dates.some((d) => d.grain === 'day' && (!clause || d.start < u.start + clause.index));
  if (((head.includes('total') || head.includes('stand') || head.includes('stood') || head.includes('cumulative') || head.includes('so far')) && RUNNING.test(head)) || /^so far\b/.test(head)) return 0;
  // "around 700 of 1,000 inmates were released" (a tally), but "on Thursday freed 120 of the last 400" (a release)
  const releases = triggers.some((t) => t.status === 'completed');
  if (releases && !dated && headCounts.some((c) => countInfo.get(c)?.partOf)) return 0;
  const perfect = (head.includes('has') || head.includes('have') || head.includes('had')) && PERFECT_RELEASE.test(head);
  if (perfect && (TOTAL_CUE.test(head) || headCounts.some((c) => c.approx !== 'exact'))) return 0;
  if (releases && (PERIOD.test(head) || (WITH_EVENT.test(head) && perfect))) return 0;
  // "Last year Kyiv secured the return of about 350 civilians": a year's tally
  if (releases && !dated && headCounts.some((c) => c.approx !== 'exact') && dates.some((d) => d.grain === 'year')) return 0;
  // "Israel has returned 195 Palestinian bodies." after a sentence of totals
  if (perfect && !dated && prevTotal()) return 0;
  return clause ? clause.index : -1;
}

// "have exchanged thousands of prisoners since 2022, most recently on 11 September, when ...": the latest one is an event
const LATEST = /,\s*(?:most recently|the latest|the last one|the last time)\b/;

/** Where each shift phrase first occurs in a unit (offsets), read once per unit. */
function shiftsIn(u: Unit): { next: number; prev: number; same: number; sameDate: boolean; other: boolean } {
  const at = (re: RegExp) => {
    const m = re.exec(u.lower);
    return m === null ? Infinity : u.start + m.index;
  };
  // every day phrase has "day" in it, the others "hour" or an earlier event's word: most sentences have none
  const day = u.lower.includes('day');
  const other = u.lower.includes('last') || u.lower.includes('previous') || u.lower.includes('earlier') || u.lower.includes('first batch');
  return {
    next: day ? at(NEXT_DAY) : Infinity,
    prev: day ? at(DAY_BEFORE) : Infinity,
    same: day || u.lower.includes('hour') ? at(SAME_DAY) : Infinity,
    sameDate: day && SAME_DATE.test(u.lower),
    other: other && OTHER_EVENT.test(u.lower),
  };
}

/** A shift phrase before the trigger at `at` ("The next day, the sides swapped ..."); one after it dates something else. */
function shiftOf(sh: ReturnType<typeof shiftsIn>, at: number): Shift {
  if (sh.next < at) return { days: 1 };
  if (sh.prev < at) return { days: -1 };
  if (sh.same < at) return 'same';
  if (sh.sameDate) return 'sameDate';
  return sh.other ? 'other' : null;
}

const owner = (trs: Trigger[], k: number): number => {
  let o = k;
  while (trs[o].absorbedBy >= 0) o = trs[o].absorbedBy;
  return o;
};

const AUXLIKE = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'will', 'would', 'to', 'also', 'reportedly', 'then', 'later']);

/** Position in `active` (text order) of the first trigger starting after token p: binary search. */
function firstActiveIndex(trs: Trigger[], active: number[], p: number): number {
  let lo = 0;
  let hi = active.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (trs[active[mid]].first <= p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const firstActiveAfter = (trs: Trigger[], active: number[], p: number): number | undefined => active[firstActiveIndex(trs, active, p)];

/** Index of the last trigger starting at or before token k, or -1. */
function lastTriggerAtOrBefore(trs: Trigger[], k: number): number {
  let lo = 0;
  let hi = trs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (trs[mid].first <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Which active trigger a count at token p belongs to. */
function triggerForCount(tokens: Token[], trs: Trigger[], active: number[], p: number, end: number): number {
  // the count is the subject of the next trigger: "110 Ukrainians ... would be freed", "44 captives have also returned"
  const next = firstActiveAfter(trs, active, end);
  if (next !== undefined) {
    const t = trs[next];
    let k = end + 1;
    while (k < t.first && (AUXLIKE.has(tokens[k].lower) || (tokens[k].kind === 'punct' && tokens[k].text === ','))) k++;
    if (k === t.first && k - end <= 5) return next;
  }
  // else the trigger before it in its sentence, or the first one when the count comes first
  const idx = firstActiveIndex(trs, active, p);
  return idx > 0 ? active[idx - 1] : active[0];
}

interface DateUse {
  kind: 'own' | 'report';
  trigger: number;
}

// reporting verbs that take the event as their object ("announced the release"), unlike "said"
const ANNOUNCING = new Set(['announced', 'announces', 'confirmed', 'confirms', 'reported', 'reports', 'welcomed', 'hailed', 'disclosed']);
const CAPTURE = new Set(['captured', 'detained', 'arrested', 'seized', 'abducted', 'kidnapped', 'taken', 'sentenced', 'convicted']);
const CLAUSE_AUX = new Set(['was', 'were', 'been', 'being', 'had', 'has', 'have', 'who', 'which', 'that', 'after', 'when']);
const TIME_PREP = new Set(['since', 'until', 'till', 'before', 'after']);

/** How far back a date looks for its verb: a clause, not a whole run-on line. */
const DATE_REACH = 40;

function classifyDate(tokens: Token[], trs: Trigger[], active: number[], d: number, after: number): DateUse | null {
  // "since July 4, when the sides swapped 95 prisoners each": the date of the when-clause
  if (tokens[after]?.text === ',' && tokens[after + 1]?.lower === 'when') {
    const t = firstActiveAfter(trs, active, after + 1);
    if (t !== undefined && trs[t].first - after <= 12) return { kind: 'own', trigger: t };
  }
  let ti = lastTriggerAtOrBefore(trs, d - 1);
  for (let k = d - 1; k >= Math.max(0, d - DATE_REACH); k--) {
    const t = tokens[k];
    // the date belongs to another verb between it and the trigger: "who were detained on Nov. 16",
    // "since the start of the uprising in 2011", "talks in Istanbul on June 2"
    if (TIME_PREP.has(t.lower)) return null;
    // ("11 National Guard members captured near Ilovaisk in late August": captivity verbs reach a little further)
    if (DATE_BLOCKERS.has(t.lower) && (d - k <= 3 || (d - k <= 6 && CAPTURE.has(t.lower)) || CLAUSE_AUX.has(tokens[k - 1]?.lower ?? ''))) return null;
    while (ti >= 0 && trs[ti].first > k) ti--;
    if (ti >= 0 && trs[ti].last >= k) {
      // "announced the unilateral release earlier this month": the date of the announcement
      const t = trs[ti];
      if (t.role === 'noun' && [1, 2, 3].some((b) => ANNOUNCING.has(tokens[t.first - b]?.lower ?? ''))) return { kind: 'report', trigger: -1 };
      return { kind: 'own', trigger: owner(trs, ti) };
    }
    if (REPORTING.has(t.lower)) return { kind: 'report', trigger: -1 };
  }
  // a date before any trigger dates the first one only when it opens the sentence
  // ("On March 15, the bodies ... were returned") or sits just before it ("Venezuela on Saturday freed")
  const next = firstActiveAfter(trs, active, d);
  if (next === undefined) return null;
  return d <= 2 || trs[next].first - d <= 6 ? { kind: 'own', trigger: next } : null;
}

// "still hold 73 people", "597 of them will remain in custody", "8,000 Ukrainians ... are being held in Russian captivity"
// (but not "the remains of")
const STILL_HELD = /\b(?:still|remain|remained|remaining|remains (?:in|at|behind|held|captive|imprisoned|jailed)|(?:are|is|were|being) held|in (?:[\w-]+ )?(?:captivity|custody))\b/;
const HOLDING = new Set(['holding', 'holds', 'hold', 'held', 'acknowledges', 'listed']);
const HELD_AFTER = /^\s*(?:(?:are|were|is|was|remain|remained|still|being)\s+)+held\b|^\s*held (?:hostage|captive)\b|^(?:\s*(?:are|were|is|was|remain|remained|still|being))*\s*in (?:[\w-]+ )?(?:custody|captivity|jails?|prisons?)\b/;

/** "Baku acknowledges holding 15", "19 of its citizens are in Azerbaijani custody": people held, not handed over. */
function heldCount(u: Unit, c: Count): boolean {
  const k = tokenAt(u.tokens, c.start);
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (HOLDING.has(u.tokens[j].lower)) return true;
  return HELD_AFTER.test(u.lower.slice(c.end - u.start, c.end - u.start + 60));
}
const BODIES_WORDS = /\b(?:bodies|remains|war dead|the dead|corpses)\b/;
const LIVING_CAPTIVES = /\b(?:prisoners?|pows?|hostages?|captives?|detainees?|inmates?)\b/;

/** Bodies of the dead, not living captives: by the counts, or by the sentence's nouns when it has none. */
function isBodies(u: Unit, counts: Count[]): boolean {
  if (counts.length) return counts.every((c) => c.category === 'bodies');
  return BODIES_WORDS.test(u.lower) && !LIVING_CAPTIVES.test(u.lower);
}

/** Prefer a day over a month or year for the same role. */
const better = (a: DateMention | null, b: DateMention): DateMention => (!a || (a.grain !== 'day' && b.grain === 'day') ? b : a);

/** A synthetic date for "the first day" of an operation whose days were told before. */
function stageDate(u: Unit, m: RegExpExecArray, iso: string): DateMention {
  const start = u.start + m.index;
  return { start, end: start + m[0].length, text: m[0], iso, grain: 'day' };
}

const ORDINAL: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

function addDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const NONE_DATES: DateMention[] = [];
const NONE_COUNTS: Count[] = [];
const NO_TRIGGERS: Trigger[] = [];

export function findMentions(ctx: Context): Mention[] {
  const units = unitsOf(ctx);
  const byUnit = new Map<number, Count[]>();
  for (const c of ctx.counts) {
    const info = countInfo.get(c);
    if (!info) continue;
    const list = byUnit.get(info.unit) ?? [];
    list.push(c);
    byUnit.set(info.unit, list);
  }
  // dates of each unit, in one sweep (both are in text order)
  const dates = [...ctx.dates].sort((a, b) => a.start - b.start);
  const datesByUnit = new Map<number, DateMention[]>();
  let di = 0;
  units.forEach((u, ui) => {
    if (u.header) {
      for (const d of dates) if (d.start >= u.start && d.end <= u.end) (datesByUnit.get(ui) ?? datesByUnit.set(ui, []).get(ui)!).push(d);
      return;
    }
    while (di < dates.length && dates[di].start < u.start) di++;
    for (let k = di; k < dates.length && dates[k].start < u.end; k++) {
      if (dates[k].end <= u.end) (datesByUnit.get(ui) ?? datesByUnit.set(ui, []).get(ui)!).push(dates[k]);
    }
  });
  const out: Mention[] = [];
  // numbers that sum up several events (a running total, a two-day operation): the same number later is that total again
  const totals = new Set<number>();
  // the whole of a partitive whose part changed hands ("freed 120 of the last 400"): not handed over itself
  const wholes = new Set<number>();
  // the days of an operation told as a whole ("the first group ... on 3 November and the second the next day")
  let stageDays: string[] = [];
  // whether each unit sums up earlier releases as a whole (a sentence of totals, which the next one may
  // continue): set as units are read, except for units with no trigger, count or date (most sentences),
  // which make no mention and are read for it only when the sentence after them asks
  const isTotal: (boolean | undefined)[] = [];
  const samePara = (k: number) => k > 0 && units[k - 1].paragraph === units[k].paragraph && !units[k].header;
  const wasTotal = (k: number): boolean => {
    if (k < 0) return false;
    if (isTotal[k] === undefined) {
      // back to the first unit whose answer does not hang on an unread one before it, then forward (no recursion)
      let j = k;
      while (j > 0 && isTotal[j - 1] === undefined && samePara(j)) j--;
      for (; j <= k; j++) {
        const i = j;
        isTotal[i] = runningTotal(units[i], NONE_COUNTS, NO_TRIGGERS, NONE_DATES, () => samePara(i) && wasTotal(i - 1)) === 0 && !LATEST.test(units[i].lower);
      }
    }
    return isTotal[k]!;
  };
  units.forEach((u, ui) => {
    const { triggers } = triggersOf(u);
    const unitDates = datesByUnit.get(ui) ?? NONE_DATES;
    let counts = byUnit.get(ui) ?? NONE_COUNTS;
    if (triggers.length === 0 && counts.length === 0 && unitDates.length === 0) return;
    isTotal[ui] = false;
    const active = triggers.map((_, k) => k).filter((k) => triggers[k].absorbedBy < 0);
    let total = runningTotal(u, counts, triggers, unitDates, () => samePara(ui) && wasTotal(ui - 1));
    let skipBefore = -Infinity;
    if (total === 0) {
      const latest = LATEST.exec(u.lower);
      if (!latest) {
        isTotal[ui] = true;
        return;
      }
      skipBefore = u.start + latest.index;
      total = -1;
    }
    if (skipBefore > -Infinity) counts = counts.filter((c) => c.start >= skipBefore);
    const cut = total > 0 ? u.start + total : Infinity;
    if (total > 0) {
      for (const c of counts) if (c.start >= cut) totals.add(c.value);
      counts = counts.filter((c) => c.start < cut);
    }
    // "1,056 detainees ... on Sunday and Monday", "a two-day prisoner exchange": the whole of a multi-day operation
    const ref = ctx.doc.referenceDate;
    const days = unitDates.filter((d) => d.grain === 'day' && d.iso && d.start < cut && (!ref || d.iso <= ref));
    const coordinated = days.some((d, k) => k > 0 && days[k - 1].iso !== d.iso && /^\s*(?:and|,)\s*(?:on\s+)?$/.test(ctx.doc.text.slice(days[k - 1].end, d.start)));
    const summary = !u.header && (coordinated || (triggers.length > 0 && hasStaged(u.lower)));
    if (summary) {
      const isos = [...new Set(days.map((d) => d.iso!))].sort();
      if (isos.length && NEXT_DAY.test(u.lower.slice(days[days.length - 1].end - u.start))) isos.push(addDay(isos[isos.length - 1]));
      if (isos.length > 1) stageDays = isos;
      for (const c of counts) totals.add(c.value);
      counts = [];
    }
    // "Eight of the 33 hostages are dead": a part with its own predicate stays out of the event,
    // unless a trigger takes it as its object ("freed 120 of the last 400"), and then its whole does
    const triggerEnds = new Set(triggers.map((t) => t.last));
    const objectParts = new Set(counts.filter((c) => countInfo.get(c)?.partOf && triggerEnds.has(tokenAt(u.tokens, c.start) - 1)));
    // the whole of such a part is the count that ends where it ends and starts inside it
    const partEnds = new Map<number, Count>();
    for (const p of objectParts) partEnds.set(p.end, p);
    let attachable = counts.filter((c) => {
      if (countInfo.get(c)?.partOf && !objectParts.has(c)) return false;
      const p = partEnds.get(c.end);
      if (p && p !== c && c.start > p.start) {
        wholes.add(c.value);
        return false;
      }
      return true;
    });
    // a number already told as a total, with no day of its own here, is that total again
    if (!unitDates.some((d) => d.grain === 'day')) attachable = attachable.filter((c) => !totals.has(c.value));
    if (u.header) attachable = attachable.filter((c) => !wholes.has(c.value));
    // "accused Kiev of still holding at least 150", "leaves seventeen foreigners held hostage, among them six Americans": people held
    if (active.length) {
      const held = attachable.filter((c) => heldCount(u, c));
      if (held.length) {
        const firstHeld = held[0].start;
        const among = /\b(?:among them|including)\b/.exec(u.lower);
        attachable = attachable.filter((c) => !held.includes(c) && !(among && c.start > firstHeld && c.start > u.start + among.index));
      }
    }
    if (active.length === 0) {
      // "still hold 73 people", "597 of them will remain in custody": people held, not handed over
      // (one number held makes the sentence a tally of people held: "it held 258 Indians, 209 of them fishermen")
      const handed = STILL_HELD.test(u.lower) || attachable.some((c) => heldCount(u, c)) ? [] : attachable;
      if (handed.length) {
        out.push({
          unit: ui, trigger: null, status: 'completed', strong: false, counts: handed, ownDate: null, reportDate: null,
          shift: null, list: handed.every((c) => countInfo.get(c)?.list), bodies: isBodies(u, handed), header: u.header,
          ongoing: false, summary: false, later: false, at: handed[0].start,
        });
      }
      return;
    }
    const ms = new Map<number, Mention>();
    const shifts = shiftsIn(u);
    const later = LATER.test(u.lower);
    const inReturn = /^(?:in return|in exchange|in turn)\b/.test(u.lower);
    for (const a of active) {
      const t = triggers[a];
      if (u.tokens[t.first].start >= cut || u.tokens[t.first].start < skipBefore) continue;
      const shift = shiftOf(shifts, u.tokens[t.first].start);
      ms.set(a, {
        unit: ui, trigger: t, status: t.status, strong: t.strong && !summary, counts: [], ownDate: null, reportDate: null,
        shift: t.status === 'completed' && !summary ? shift : null, list: false, bodies: false, header: u.header,
        ongoing: !!t.ongoing, summary, later, inReturn, at: u.tokens[t.first].start,
      });
    }
    if (ms.size === 0) return;
    const live = active.filter((a) => ms.has(a));
    for (const c of attachable) {
      const info = countInfo.get(c)!;
      const endTok = tokenAt(u.tokens, c.end) - 1;
      const a = triggerForCount(u.tokens, triggers, live, info.token, endTok);
      const m = ms.get(a)!;
      m.counts.push(c);
      if (info.list) m.list = true;
    }
    let report: DateMention | null = null;
    const dateAt = new Map<number, DateMention>();
    for (const d of unitDates) {
      // weeks are fuzzy and years ("this year", "in 2011") name no event day (a coming week still sets a stage apart)
      if (!d.iso || d.grain === 'year' || d.start >= cut) continue;
      if (d.grain === 'week' && !(ref && d.iso > ref)) continue;
      const first = tokenAt(u.tokens, d.start);
      dateAt.set(first, d);
      if (summary) continue;
      const use = classifyDate(u.tokens, triggers, live, first, tokenAt(u.tokens, d.end));
      if (!use) continue;
      if (use.kind === 'report') report = better(report, d);
      else {
        const m = ms.get(use.trigger);
        if (m) m.ownDate = better(m.ownDate, d);
      }
    }
    // "On the first day 84 ... were freed": the first of the days told before
    const stage = STAGE_REF.exec(u.lower);
    if (stage && stageDays.length > 1) {
      const idx = stage[1] === 'last' || stage[1] === 'final' ? stageDays.length - 1 : ORDINAL[stage[1]];
      const iso = stageDays[idx];
      if (iso) for (const m of ms.values()) if (!m.ownDate && m.status === 'completed') m.ownDate = stageDate(u, stage, iso);
    }
    // "On Sunday 522 detainees were flown, and another 534 on Monday": a count with its own day is another day's event
    const gapped: Mention[] = [];
    for (const m of ms.values()) {
      if (!m.ownDate || m.ownDate.grain !== 'day' || !m.trigger) continue;
      for (const c of [...m.counts]) {
        const ct = tokenAt(u.tokens, c.start);
        if (ct <= m.trigger.last) continue;
        let k = tokenAt(u.tokens, c.end);
        if (u.tokens[k]?.lower === 'on') k++;
        const d = dateAt.get(k);
        if (!d || d.iso === m.ownDate.iso || !u.tokens.slice(m.trigger.last + 1, ct).some((t) => t.lower === 'and')) continue;
        m.counts.splice(m.counts.indexOf(c), 1);
        gapped.push({ ...m, counts: [c], ownDate: d, at: c.start });
      }
    }
    // "is due to be handed over on Saturday and the remainder next week": the rest on another day is another stage
    const rest = REMAINDER.exec(u.lower);
    if (rest) {
      const at = u.start + rest.index;
      const d = unitDates.find((x) => x.start >= at && x.start - at <= rest[0].length + 4 && x.iso);
      const m = [...ms.values()].filter((x) => x.at < at && x.trigger).pop();
      if (d && m) gapped.push({ ...m, counts: [], ownDate: d, strong: true, at });
    }
    // "handed over to the jihadists the next day": the day after the one just named in the sentence
    const nextAfter = NEXT_DAY.exec(u.lower);
    if (nextAfter) {
      const at = u.start + nextAfter.index;
      const base = unitDates.filter((d) => d.grain === 'day' && d.iso && d.end <= at).pop();
      if (base) for (const m of ms.values()) if (!m.ownDate && m.at < at && m.status === 'completed') m.ownDate = stageDate(u, nextAfter, addDay(base.iso!));
    }
    // "The prisoners had been flown to Tessalit on Friday and handed over ... the next day": the move is part of the handover
    const moves = [...ms.values()].filter((m) => m.trigger?.transport);
    const handover = [...ms.values()].find((m) => !m.trigger?.transport && m.status === 'completed');
    if (moves.length && handover) {
      for (const m of moves) {
        handover.counts.push(...m.counts);
        handover.ownDate = handover.ownDate ?? m.ownDate;
        for (const [k, v] of ms) if (v === m) ms.delete(k);
      }
    }
    // coordinated verbs of one status are one event: "Hamas freed 12 hostages and Israel released 30 prisoners on Tuesday"
    const merged: Mention[] = [];
    for (const m of ms.values()) {
      const twin = merged.find((x) => x.status === m.status && (!x.ownDate || !m.ownDate || x.ownDate.iso === m.ownDate.iso));
      if (twin && !m.list && !twin.list) {
        twin.counts.push(...m.counts);
        twin.ownDate = twin.ownDate ?? m.ownDate;
        twin.strong = twin.strong || m.strong;
      } else merged.push(m);
    }
    // "have agreed to exchange prisoners, under which three Americans are due to be flown to Doha on Monday":
    // an agreement with a day set for it is the planned exchange
    const planned = merged.find((m) => m.status === 'planned' && m.ownDate?.grain === 'day');
    if (planned) {
      for (const m of merged.filter((x) => x.status === 'agreed' && !x.list)) {
        planned.counts.push(...m.counts);
        merged.splice(merged.indexOf(m), 1);
      }
    }
    // "a list of twenty-two wounded soldiers ..., and that Russia had proposed exchanging them": the list is the proposal's
    const listed = merged.find((m) => m.list && m.status === 'completed' && m.counts.every((c) => countInfo.get(c)?.list));
    const terms = merged.find((m) => m.status !== 'completed');
    if (listed && terms) {
      terms.counts.push(...listed.counts);
      terms.list = true;
      merged.splice(merged.indexOf(listed), 1);
    }
    for (const m of [...merged, ...gapped]) {
      // a day still to come makes it a planned event whatever the verb says ("SECOND STAGE ON SUNDAY")
      if (m.status === 'completed' && m.ownDate?.grain === 'day' && ref && m.ownDate.iso! > ref) m.status = 'planned';
      m.bodies = isBodies(u, m.counts);
      m.reportDate = report;
      // "a list of 640 POWs had been handed to Ukraine": a list, not people, changed hands
      if (m.list && m.status === 'completed' && m.counts.every((c) => countInfo.get(c)?.list)) m.status = 'agreed';
      if ((m.counts.length || m.ownDate) && !m.summary) m.strong = true;
      out.push(m);
    }
  });
  // a headline's number that is the whole of a batch only partly handed over ("begins freeing last 400")
  for (const m of out) if (m.header && m.counts.length) m.counts = m.counts.filter((c) => !wholes.has(c.value));
  return out.sort((a, b) => a.at - b.at);
}
