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

export type Shift = { days: number } | 'same' | 'other' | null;

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
  /** offset for ordering */
  at: number;
}

const RUNNING = /\b(?:total number|stands at|stood at|now stands|so far this year|out of a total|cumulative)\b/;
const PERFECT_RELEASE = /\b(?:has|have|had)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?(?:released|freed|returned|exchanged|swapped|swopped|handed over|repatriated|liberated)\b/;
const TOTAL_CUE = /\b(?:since|a total of|in total|in all|before)\b/;
const NEXT_DAY = /\b(?:the next day|the following day|a day later|the day after)\b/;
const DAY_BEFORE = /\b(?:the day before|the previous day|a day earlier)\b/;
const SAME_DAY = /\b(?:hours? (?:earlier|later)|earlier that day|later that day|earlier in the day|later in the day)\b/;
const OTHER_EVENT = /\b(?:the last time|last (?:carried out|exchanged|swapped|swopped)|the previous (?:swap|exchange)|an earlier (?:swap|exchange)|the first batch|first batch)\b/;

/** A sentence that sums up earlier releases ("has now released 16 ... since", "the total ... stands at 81"). */
function runningTotal(u: Unit, counts: Count[], triggers: Trigger[], dated: boolean): boolean {
  if (RUNNING.test(u.lower) || /^so far\b/.test(u.lower)) return true;
  // "around 700 of 1,000 inmates were released" (a tally), but "on Thursday freed 120 of the last 400" (a release)
  const releases = triggers.some((t) => t.status === 'completed');
  if (releases && !dated && counts.some((c) => countInfo.get(c)?.partOf)) return true;
  if (PERFECT_RELEASE.test(u.lower) && (TOTAL_CUE.test(u.lower) || counts.some((c) => c.approx !== 'exact'))) return true;
  return false;
}

/** Where each shift phrase first occurs in a unit (offsets), read once per unit. */
function shiftsIn(u: Unit): { next: number; prev: number; same: number; other: boolean } {
  const at = (re: RegExp) => {
    const m = re.exec(u.lower);
    return m === null ? Infinity : u.start + m.index;
  };
  return { next: at(NEXT_DAY), prev: at(DAY_BEFORE), same: at(SAME_DAY), other: OTHER_EVENT.test(u.lower) };
}

/** A shift phrase before the trigger at `at` ("The next day, the sides swapped ..."); one after it dates something else. */
function shiftOf(sh: ReturnType<typeof shiftsIn>, at: number): Shift {
  if (sh.next < at) return { days: 1 };
  if (sh.prev < at) return { days: -1 };
  if (sh.same < at) return 'same';
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

const CLAUSE_AUX = new Set(['was', 'were', 'been', 'being', 'had', 'has', 'have', 'who', 'which', 'that', 'after', 'when']);
const TIME_PREP = new Set(['since', 'until', 'till', 'before', 'after']);

/** How far back a date looks for its verb: a clause, not a whole run-on line. */
const DATE_REACH = 40;

function classifyDate(tokens: Token[], trs: Trigger[], active: number[], d: number): DateUse | null {
  let ti = lastTriggerAtOrBefore(trs, d - 1);
  for (let k = d - 1; k >= Math.max(0, d - DATE_REACH); k--) {
    const t = tokens[k];
    // the date belongs to another verb between it and the trigger: "who were detained on Nov. 16",
    // "since the start of the uprising in 2011", "talks in Istanbul on June 2"
    if (TIME_PREP.has(t.lower)) return null;
    if (DATE_BLOCKERS.has(t.lower) && (d - k <= 3 || CLAUSE_AUX.has(tokens[k - 1]?.lower ?? ''))) return null;
    while (ti >= 0 && trs[ti].first > k) ti--;
    if (ti >= 0 && trs[ti].last >= k) return { kind: 'own', trigger: owner(trs, ti) };
    if (REPORTING.has(t.lower)) return { kind: 'report', trigger: -1 };
  }
  // a date before any trigger dates the first one only when it opens the sentence
  // ("On March 15, the bodies ... were returned") or sits just before it ("Venezuela on Saturday freed")
  const after = firstActiveAfter(trs, active, d);
  if (after === undefined) return null;
  return d <= 2 || trs[after].first - d <= 6 ? { kind: 'own', trigger: after } : null;
}

const STILL_HELD = /\b(?:still|remain\w*)\b/;
const BODIES_WORDS = /\b(?:bodies|remains|war dead|the dead|corpses)\b/;
const LIVING_CAPTIVES = /\b(?:prisoners?|pows?|hostages?|captives?|detainees?|inmates?)\b/;

/** Bodies of the dead, not living captives: by the counts, or by the sentence's nouns when it has none. */
function isBodies(u: Unit, counts: Count[]): boolean {
  if (counts.length) return counts.every((c) => c.category === 'bodies');
  return BODIES_WORDS.test(u.lower) && !LIVING_CAPTIVES.test(u.lower);
}

/** Prefer a day over a month or year for the same role. */
const better = (a: DateMention | null, b: DateMention): DateMention => (!a || (a.grain !== 'day' && b.grain === 'day') ? b : a);

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
  units.forEach((u, ui) => {
    const { triggers } = triggersOf(u);
    const counts = byUnit.get(ui) ?? [];
    const active = triggers.map((_, k) => k).filter((k) => triggers[k].absorbedBy < 0);
    const dated = (datesByUnit.get(ui) ?? []).some((d) => d.grain === 'day');
    if (runningTotal(u, counts, triggers, dated)) return;
    // "Eight of the 33 hostages are dead": a part with its own predicate stays out of the event,
    // unless a trigger takes it as its object ("freed 120 of the last 400")
    const triggerEnds = new Set(triggers.map((t) => t.last));
    const attachable = counts.filter((c) => !countInfo.get(c)?.partOf || triggerEnds.has(tokenAt(u.tokens, c.start) - 1));
    if (active.length === 0) {
      // "still hold 73 people", "597 of them will remain in custody": people held, not handed over
      if (attachable.length && !STILL_HELD.test(u.lower)) {
        out.push({
          unit: ui, trigger: null, status: 'completed', strong: false, counts: attachable, ownDate: null, reportDate: null,
          shift: null, list: attachable.every((c) => countInfo.get(c)?.list), bodies: isBodies(u, attachable), header: u.header, at: attachable[0].start,
        });
      }
      return;
    }
    const ms = new Map<number, Mention>();
    const shifts = shiftsIn(u);
    for (const a of active) {
      const t = triggers[a];
      const shift = shiftOf(shifts, u.tokens[t.first].start);
      ms.set(a, {
        unit: ui, trigger: t, status: t.status, strong: t.strong, counts: [], ownDate: null, reportDate: null,
        shift: t.status === 'completed' ? shift : null, list: false, bodies: false, header: u.header, at: u.tokens[t.first].start,
      });
    }
    for (const c of attachable) {
      const info = countInfo.get(c)!;
      const endTok = tokenAt(u.tokens, c.end) - 1;
      const a = triggerForCount(u.tokens, triggers, active, info.token, endTok);
      const m = ms.get(a)!;
      m.counts.push(c);
      if (info.list) m.list = true;
    }
    let report: DateMention | null = null;
    for (const d of datesByUnit.get(ui) ?? []) {
      // weeks are fuzzy and years ("this year", "in 2011") name no event day
      if (!d.iso || d.grain === 'week' || d.grain === 'year') continue;
      const use = classifyDate(u.tokens, triggers, active, tokenAt(u.tokens, d.start));
      if (!use) continue;
      if (use.kind === 'report') report = better(report, d);
      else {
        const m = ms.get(use.trigger);
        if (m) m.ownDate = better(m.ownDate, d);
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
    for (const m of merged) {
      m.bodies = isBodies(u, m.counts);
      m.reportDate = report;
      // "a list of 640 POWs had been handed to Ukraine": a list, not people, changed hands
      if (m.list && m.counts.every((c) => countInfo.get(c)?.list)) m.status = 'agreed';
      if (m.counts.length || m.ownDate) m.strong = true;
      out.push(m);
    }
  });
  return out.sort((a, b) => a.at - b.at);
}
