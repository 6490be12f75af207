// Refiners: merge mentions of the same event across sentences (same status, same
// or no date, compatible counts), attach count-only sentences to the event before
// them, then drop events that carry nothing of their own.
import type { Count, DateMention, ExchangeStatus } from '../types.js';
import { countInfo } from '../counts/index.js';
import type { Mention } from './mentions.js';

export interface Event {
  status: ExchangeStatus;
  /** the event's own date key (any grain): events on different days are different events */
  key: string | null;
  own: DateMention | null;
  /** a day set by a shift ("the next day") from the event before */
  shifted: string | null;
  report: DateMention | null;
  mentions: Mention[];
  counts: Count[];
  /** the numbers of its counts, for matching */
  values: Set<number>;
  strong: boolean;
  bodies: boolean;
}

const compatible = (e: Event, m: Mention) => !m.counts.length || !e.counts.length || m.counts.some((c) => e.values.has(c.value));

function addDays(iso: string, days: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function newEvent(m: Mention): Event {
  return { status: m.status, key: null, own: null, shifted: null, report: null, mentions: [], counts: [], values: new Set(), strong: false, bodies: m.bodies };
}

function add(e: Event, m: Mention): void {
  e.mentions.push(m);
  for (const c of m.counts) {
    e.counts.push(c);
    e.values.add(c.value);
  }
  if (m.strong) e.strong = true;
  if (m.ownDate && (!e.own || (e.own.grain !== 'day' && m.ownDate.grain === 'day'))) {
    e.own = m.ownDate;
    e.key = m.ownDate.iso;
  }
  if (!e.report && m.reportDate) e.report = m.reportDate;
}

/**
 * A headline or standfirst sums up the story: its mention joins the body's event
 * that shares a number with it, or whose per-side number it doubles (a swap's total),
 * else the first body event of its status.
 */
function placeHeader(events: Event[], m: Mention): Event | null {
  if (events.length === 0) return null;
  const values = m.counts.map((c) => c.value);
  const same = events.filter((e) => e.status === m.status);
  const pool = same.length ? same : events;
  return (
    pool.find((e) => values.some((v) => e.values.has(v))) ??
    pool.find((e) => values.some((v) => v % 2 === 0 && e.values.has(v / 2))) ??
    pool[0]
  );
}

export function mergeMentions(all: Mention[]): Event[] {
  const header = all.filter((m) => m.header);
  const mentions = all.filter((m) => !m.header);
  const events: Event[] = [];
  let lastAny: Event | null = null;
  const last = new Map<ExchangeStatus, Event>();
  const pending: Mention[] = [];
  const lastOf = (s: ExchangeStatus) => last.get(s) ?? null;
  // the latest completed event of the same kind (bodies or living captives), else the latest completed one
  const lastCompleted = (m: Mention) => {
    for (let k = events.length - 1; k >= 0; k--) if (events[k].status === 'completed' && events[k].bodies === m.bodies) return events[k];
    return lastOf('completed');
  };
  for (const m of mentions) {
    let e: Event | null = null;
    if (!m.trigger) {
      // a sentence of counts only: they belong to the event just told, or to the one that gave the same numbers
      if (m.list) e = lastOf('agreed') ?? lastOf('planned') ?? lastAny;
      else e = events.find((x) => m.counts.every((c) => x.values.has(c.value))) ?? lastAny;
      if (!e) {
        pending.push(m);
        continue;
      }
      add(e, m);
      continue;
    }
    const key = m.ownDate?.iso ?? null;
    if (m.list) e = lastOf('agreed') ?? lastOf('planned');
    else if (m.ongoing && !key && lastAny) {
      // "The Houthis are releasing 181 detainees": what the operation just told consists of
      e = lastAny;
    } else if (m.status === 'completed') {
      if (m.shift === 'same' && m.strong && !key) {
        // "Hours later, Israel released 477 prisoners": the next leg of the swap just told, unless it moves the dead and that the living
        const prev = lastOf('completed');
        e = prev && prev.bodies === m.bodies ? prev : null;
      } else if (m.shift && m.strong) {
        e = null;
      } else if (key) {
        // a body handover the same day as a prisoner swap is an event of its own
        e = events.find((x) => x.status === 'completed' && x.key === key && x.bodies === m.bodies) ?? null;
        if (!e) {
          const prev = lastOf('completed');
          if (prev && !prev.key && !prev.shifted && compatible(prev, m)) e = prev;
        }
      } else {
        e = lastCompleted(m) ?? (m.strong ? null : lastAny);
      }
    } else if (m.trigger.terms && (m.status === 'agreed' || m.status === 'proposed') && events.some((x) => x.status === m.status)) {
      // "Under the mediators' plan, ...": the terms of the plan or deal told first
      e = events.find((x) => x.status === m.status)!;
    } else if (m.status === 'agreed') {
      const prev = lastOf('agreed');
      e = prev && compatible(prev, m) ? prev : null;
      if (!e && !m.strong) e = lastAny;
    } else if (m.status === 'planned') {
      if (key) {
        e = events.find((x) => x.status === 'planned' && (x.key === key || !x.key)) ?? null;
      } else if (m.strong && m.later && m.counts.length) {
        // "The remaining 280 prisoners ... will be freed in batches": a coming release of its own
        const prev = lastOf('planned');
        e = prev && !prev.key && compatible(prev, m) ? prev : null;
      } else e = lastAny;
    } else {
      // a new offer with other numbers is another proposal ("mediators proposed ...; Hamas demands ...")
      const prev = lastOf('proposed');
      e = prev && (compatible(prev, m) || !m.strong || m.inReturn) ? prev : m.strong ? null : lastAny;
    }
    if (!e) {
      e = newEvent(m);
      if (m.shift && m.shift !== 'other' && lastAny) {
        const base = lastAny.own?.grain === 'day' ? lastAny.own.iso : lastAny.shifted;
        if (base) e.shifted = m.shift === 'same' || m.shift === 'sameDate' ? base : addDays(base, m.shift.days);
      }
      events.push(e);
      for (const p of pending.splice(0)) add(e, p);
    }
    add(e, m);
    // a passing mention ("the freed prisoners") joins an event but does not make it the one being told
    if (m.strong) {
      last.set(e.status, e);
      lastAny = e;
    }
  }
  for (const m of header) {
    const e = placeHeader(events, m);
    if (e) add(e, m);
    else {
      const n = newEvent(m);
      add(n, m);
      events.push(n);
    }
  }
  return refine(events);
}

function refine(events: Event[]): Event[] {
  // planned with neither day nor number, and events of passing words only, fold into the nearest real one
  const real = (e: Event) => e.counts.length > 0 || !!e.key || !!e.shifted || (e.strong && e.status !== 'planned');
  const keep = events.filter(real);
  if (keep.length === 0) {
    if (events.length === 0) return [];
    const first = events[0];
    for (const e of events.slice(1)) for (const m of e.mentions) add(first, m);
    return [first];
  }
  for (const e of events) {
    if (real(e)) continue;
    const at = e.mentions[0].at;
    let target = keep[0];
    for (const k of keep) if (k.mentions[0].at <= at) target = k;
    for (const m of e.mentions) {
      target.mentions.push(m);
      for (const c of m.counts) {
        target.counts.push(c);
        target.values.add(c.value);
      }
    }
  }
  return keep;
}

/** Counts of one event: each group of people once; a headline's rounded figure gives way to the body's exact one. */
export function eventCounts(e: Event): Count[] {
  const seen = new Set<string>();
  const out: Count[] = [];
  const body = e.counts.filter((c) => !countInfo.get(c)?.header);
  const explicit = new Set(e.counts.filter((c) => !countInfo.get(c)?.inherited).map((c) => `${c.value}|${c.perSide}`));
  for (const c of [...e.counts].sort((a, b) => a.start - b.start)) {
    const info = countInfo.get(c);
    if (info?.header && c.approx !== 'exact') {
      const covered = body.some((b) =>
        b.approx === 'exact' && b.category === c.category &&
        ((c.approx === 'more-than' && b.value > c.value) || (c.approx === 'at-least' && b.value >= c.value) ||
          (c.approx === 'about' && Math.abs(b.value - c.value) <= c.value * 0.15) ||
          ((c.approx === 'up-to' || c.approx === 'fewer-than') && b.value <= c.value)));
      if (covered) continue;
    }
    // the same number for the same side is the same people, whatever the noun
    // ("30 Palestinian prisoners" / "30 Palestinian detainees"); with no side, the noun's class decides
    const cls = c.category === 'soldiers' ? 's' : c.category === 'bodies' ? 'b' : c.category === 'civilians' ? 'v' : 'c';
    const key = c.side ? `${c.value}|${c.perSide}|${c.side}` : `${c.value}|${c.perSide}||${cls}`;
    if (seen.has(key)) continue;
    // "put the number it freed at 137" then "freed 137 'prisoners of war'": the figure with its own noun says who they are
    if (info?.inherited && explicit.has(`${c.value}|${c.perSide}`)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
