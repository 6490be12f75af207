// The exchanges stage: mentions grouped into events with status, date, parties,
// mediators and counts; running totals, habits, metaphors and amnesties are not events.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context.js';
import { createDoc, segment } from '../src/document/document.js';
import { readHeader } from '../src/header/index.js';
import { findDates } from '../src/dates/index.js';
import { findCounts } from '../src/counts/index.js';
import { findExchanges } from '../src/exchanges/index.js';
import type { Exchange } from '../src/types.js';
import { SHARED } from './helpers.js';

// only the stages counts and exchanges read (document, header, dates)
function runStages(text: string, referenceDate: string): Context {
  const doc = createDoc(text, referenceDate);
  const header = readHeader(doc);
  doc.body = header.body;
  segment(doc);
  const ctx: Context = { doc, header, places: [], people: [], quotes: [], dates: [], counts: [], exchanges: [], warnings: [] };
  ctx.dates = findDates(ctx);
  ctx.counts = findCounts(ctx);
  ctx.exchanges = findExchanges(ctx);
  return ctx;
}

// 2024-06-14 is a Friday
const REF = '2024-06-14';
const events = (text: string, date = REF) => runStages(text, date).exchanges;
const brief = (e: Exchange) => ({
  status: e.status,
  date: e.date?.iso ?? null,
  values: e.counts.map((c) => `${c.value}${c.perSide ? '/side' : ''}`),
});

describe('grouping mentions into events', () => {
  it('keeps a completed swap, an agreement and a planned stage apart', () => {
    const text = [
      'ODESA (Reuters) - Ukraine and Russia each released 150 prisoners of war on Friday, officials said.',
      'The agreement to swap 500 prisoners each was reached at talks last month.',
      'Both sides said they had each freed 100 soldiers and 50 civilians so far, with more due to be released on Sunday.',
      'The freed Ukrainians were taken to a hospital.',
    ].join('\n');
    expect(events(text).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-14', values: ['150/side', '100/side', '50/side'] },
      { status: 'agreed', date: null, values: ['500/side'] },
      { status: 'planned', date: '2024-06-16', values: [] },
    ]);
  });

  it('reports a completed swap with no number as an event with no counts', () => {
    const text = 'Armenia and Azerbaijan exchanged prisoners on Thursday, their foreign ministries said.';
    expect(events(text).map(brief)).toEqual([{ status: 'completed', date: '2024-06-13', values: [] }]);
  });

  it('separates swaps on different days and reads "the next day" from the day before', () => {
    const text = [
      'Released soldiers crossed the border on June 10.',
      'The next day, the two sides swapped 80 prisoners of war.',
      'The men were taken to hospitals.',
    ].join('\n');
    expect(events(text).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-10', values: [] },
      { status: 'completed', date: '2024-06-11', values: ['80'] },
    ]);
  });

  it('keeps a body handover hours earlier apart from the prisoner swap', () => {
    const text =
      'Russia and Ukraine exchanged 90 POWs each on Friday. Hours earlier, the two sides also handed over bodies of fallen soldiers. ' +
      'The Ukrainian POWs, including three civilians, were returned by bus.';
    const got = events(text).map(brief);
    expect(got).toEqual([
      { status: 'completed', date: '2024-06-14', values: ['90/side', '3'] },
      { status: 'completed', date: '2024-06-14', values: [] },
    ]);
  });

  it('does not make a running total into an event', () => {
    const text =
      'Hamas freed 4 hostages and Israel released 120 Palestinian prisoners on Friday. ' +
      'Hamas has now released 20 hostages since the truce began. The total number of prisoners freed now stands at 600.';
    const ctx = runStages(text, REF);
    expect(ctx.exchanges.map(brief)).toEqual([{ status: 'completed', date: '2024-06-14', values: ['4', '120'] }]);
    expect(ctx.counts.map((c) => c.value)).toEqual([4, 120, 20, 600]);
  });

  it('reads future tense as planned and offers as proposed', () => {
    expect(events('Russia and Ukraine will exchange 200 prisoners on Monday, a Russian official said.').map(brief)).toEqual([
      { status: 'planned', date: '2024-06-17', values: ['200'] },
    ]);
    expect(events('The rebels offered to free 40 hostages in exchange for a ceasefire.').map((e) => e.status)).toEqual(['proposed']);
  });

  it('dates a completed swap by its report when it has no day of its own', () => {
    const text = 'Russia handed over 45 soldiers to Ukraine in a prisoner exchange, a Ukrainian official said on Thursday.';
    expect(events(text).map(brief)).toEqual([{ status: 'completed', date: '2024-06-13', values: ['45'] }]);
  });

  it('joins a headline to the body event it sums up', () => {
    const text = [
      'Kyiv and Moscow swap 160 prisoners of war',
      '',
      'KYIV (Reuters) - Ukraine and Russia swapped 80 prisoners of war each on Friday in a deal brokered by Qatar.',
    ].join('\n');
    const got = events(text);
    expect(got).toHaveLength(1);
    expect(brief(got[0])).toEqual({ status: 'completed', date: '2024-06-14', values: ['160', '80/side'] });
  });
});

describe('parties, mediators, evidence', () => {
  it('names the parties and the mediator, and cites the sentences', () => {
    const text = 'Ukraine and Russia swapped 80 prisoners of war each on Friday in a deal brokered by the United Arab Emirates.';
    const [e] = events(text);
    expect(e.parties).toEqual(['Russia', 'Ukraine']);
    expect(e.mediators).toEqual(['United Arab Emirates']);
    expect(e.evidence).toEqual([{ start: 0, end: text.length, text }]);
  });

  it('reads capitals used for governments as parties', () => {
    const [e] = events('Tehran released a French teacher in exchange for an Iranian engineer held in Paris, Iranian media said on Friday.');
    expect(e.parties).toEqual(['Iran']);
  });
});

describe('not events', () => {
  it('ignores habits, metaphors, bond swaps and amnesties', () => {
    expect(events('The two countries have repeatedly exchanged prisoners since 2022.')).toEqual([]);
    expect(events('Troops exchanged fire along the border on Friday, killing two soldiers.')).toEqual([]);
    expect(events('The ministry swapped 2 billion in bonds for new notes on Friday.')).toEqual([]);
    expect(events('The junta said it would free 4,000 prisoners in an amnesty on Friday.')).toEqual([]);
  });

  it('survives a long single line (its cost is measured by npm run bench)', () => {
    const line = 'Russia and Ukraine exchanged 10 prisoners of war on Friday, and '.repeat(20000);
    const ctx = runStages(line, REF);
    expect(ctx.counts.length).toBeGreaterThan(0);
  });
});

describe.skipIf(!existsSync(join(SHARED, 'seeds')))('seeds and devset (../shared)', () => {
  if (!existsSync(join(SHARED, 'seeds'))) console.warn('skipping: ../shared not found');
  it('finds each gold exchange, with its status and date, and reports no extra ones', () => {
    const problems: string[] = [];
    for (const dir of ['seeds', 'devset']) {
      const d = join(SHARED, dir);
      if (!existsSync(d)) continue;
      for (const f of readdirSync(d).filter((f) => f.endsWith('.txt')).sort()) {
        const id = f.slice(0, -4);
        const gold = JSON.parse(readFileSync(join(d, `${id}.gold.json`), 'utf8'));
        const got = runStages(readFileSync(join(d, f), 'utf8'), gold.referenceDate).exchanges;
        const used = new Set<number>();
        for (const g of gold.exchanges) {
          type GC = { value: number; perSide: boolean };
          const idx = got.findIndex((e, i) => !used.has(i) && (g.counts.length
            ? e.counts.some((c) => (g.counts as GC[]).some((gc) => gc.value === c.value && gc.perSide === c.perSide))
            : e.status === g.status && (e.date?.iso ?? null) === g.date));
          if (idx < 0) {
            problems.push(`${id}: missed ${g.status} ${g.date}`);
            continue;
          }
          used.add(idx);
          const e = got[idx];
          if (e.status !== g.status || (e.date?.iso ?? null) !== g.date) problems.push(`${id}: ${e.status} ${e.date?.iso} for ${g.status} ${g.date}`);
        }
        if (got.length > used.size) problems.push(`${id}: ${got.length - used.size} extra`);
      }
    }
    expect(problems).toEqual([]);
  });
});
