// Exchanges stage: counts, dates and places grouped into exchange events.
// Parsers find mentions (a trigger and what its clause holds, see mentions.ts),
// refiners merge them into events (refine.ts), then each event gets its parties,
// mediators, location, date and evidence. An article whose only releases are a
// state's own amnesty or pardon has no events.
import type { Context } from '../context.js';
import { span } from '../document/document.js';
import type { Exchange } from '../types.js';
import { unitsOf } from '../counts/units.js';
import { countInfo } from '../counts/index.js';
import { findMentions } from './mentions.js';
import { eventCounts, mergeMentions, type Event } from './refine.js';
import { locationOf, mediatorsIn, partiesOf } from './parties.js';
import { hasExchangeEvidence } from './triggers.js';

function eventDate(e: Event, referenceDate: string | null): Exchange['date'] {
  // an agreement's date is when it was agreed, not when the exchange happens
  if (e.status === 'agreed' || e.status === 'proposed') return null;
  if (e.own && e.own.grain === 'day' && e.own.iso) return { iso: e.own.iso, text: e.own.text };
  if (e.own) return null; // a month or a year: the day is not said
  if (e.shifted) return { iso: e.shifted, text: '' };
  if (e.status === 'completed' && e.report && e.report.grain === 'day' && e.report.iso) {
    if (!referenceDate || e.report.iso <= referenceDate) return { iso: e.report.iso, text: e.report.text };
  }
  return null;
}

/** The one calendar day the story names, if it names only one: the day of its main event. */
function onlyDay(ctx: Context): Exchange['date'] {
  const days = ctx.dates.filter((d) => d.grain === 'day' && d.iso && d.start >= ctx.doc.body.start && (!ctx.doc.referenceDate || d.iso <= ctx.doc.referenceDate));
  const isos = new Set(days.map((d) => d.iso));
  return isos.size === 1 ? { iso: days[0].iso!, text: days[0].text } : null;
}

export function findExchanges(ctx: Context): Exchange[] {
  if (!hasExchangeEvidence(ctx)) return [];
  const units = unitsOf(ctx);
  const mentions = findMentions(ctx);
  const events = mergeMentions(mentions);
  // the article's main parties, for events told in sentences that name only one side
  const allTriggerUnits = new Set(mentions.filter((m) => m.trigger).map((m) => m.unit));
  const articleMediators = new Set<string>();
  for (const ui of allTriggerUnits) for (const m of mediatorsIn(units[ui])) articleMediators.add(m.party);
  let firstCompleted = true;
  const out: { ex: Exchange; at: number }[] = [];
  for (const e of events) {
    const evidence = [...new Set(e.mentions.map((m) => m.unit))].sort((a, b) => a - b);
    const triggerUnits = new Set(e.mentions.filter((m) => m.trigger).map((m) => m.unit));
    // roles come from the sentences that tell the event, not from passing mentions of it
    const mediatorSet = new Set<string>();
    for (const ui of evidence) for (const m of mediatorsIn(units[ui])) mediatorSet.add(m.party);
    const withTrigger = e.mentions.filter((m) => m.trigger && !m.header);
    const strong = withTrigger.filter((m) => m.strong);
    const told = (strong.length ? strong : withTrigger.length ? withTrigger : e.mentions.filter((m) => m.trigger)).map((m) => ({ unit: m.unit, trigger: m.trigger! }));
    const firstSide = e.counts.filter((c) => !countInfo.get(c)?.header).sort((a, b) => a.start - b.start)[0]?.side ?? null;
    const parties = partiesOf(ctx, units, allTriggerUnits, told, evidence, new Set([...mediatorSet, ...articleMediators]), firstSide);
    let date = eventDate(e, ctx.doc.referenceDate);
    if (e.status === 'completed') {
      if (!date && !e.own && firstCompleted) date = onlyDay(ctx);
      firstCompleted = false;
    }
    const ex: Exchange = {
      status: e.status,
      date,
      parties,
      mediators: [...mediatorSet].sort(),
      location: locationOf(ctx, units, triggerUnits, parties),
      counts: eventCounts(e),
      evidence: evidence.map((ui) => span(ctx.doc, units[ui].start, units[ui].end)),
    };
    out.push({ ex, at: e.mentions.reduce((a, m) => Math.min(a, m.at), Infinity) });
  }
  // headline mentions come first in the text but say nothing about order: sort by the body's evidence
  return out.sort((a, b) => a.at - b.at).map((o) => o.ex);
}
