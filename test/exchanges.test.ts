// The exchanges stage: mentions grouped into events with status, date, parties,
// mediators and counts; running totals, habits, metaphors and amnesties are not events.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exchange } from '../src/types.js';
import { SHARED } from './helpers.js';
import { countsAndExchanges } from './stages.js';
import { TRIGGER_HINT, TRIGGER_WORDS } from '../src/exchanges/triggers.js';


// 2024-06-14 is a Friday
const REF = '2024-06-14';
const events = (text: string, date = REF) => countsAndExchanges(text, date).exchanges;
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
    const ctx = countsAndExchanges(text, REF);
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

describe('running totals and events in one sentence', () => {
  it('keeps the release and drops the total of a clause that brings the number to N', () => {
    const ctx = countsAndExchanges('Afghanistan freed 900 Taliban prisoners on Tuesday, bringing the number it has released under the deal to about 3,000, officials said.', REF);
    expect(ctx.exchanges.map(brief)).toEqual([{ status: 'completed', date: '2024-06-11', values: ['900'] }]);
    expect(ctx.counts.map((c) => c.value)).toEqual([900, 3000]);
  });

  it('reads sentences opened by the handover they follow as totals, and the perfect sentence after them', () => {
    const text =
      'Hamas handed over the remains of two hostages on Tuesday.\n\nWith Tuesday\'s handover, Hamas has returned the remains of 15 hostages, and 13 are still in Gaza. Israel has returned 195 Palestinian bodies.';
    expect(events(text).map(brief)).toEqual([{ status: 'completed', date: '2024-06-11', values: ['2'] }]);
  });

  it('reads releases over a period and a year\'s tally as totals', () => {
    const text =
      'Hamas freed 4 hostages on Friday in exchange for 120 prisoners.\n\nDuring the last truce, Hamas released 30 hostages in exchange for nearly 900 Palestinians. Last year Kyiv secured the return of about 300 civilians.';
    expect(events(text).map(brief)).toEqual([{ status: 'completed', date: '2024-06-14', values: ['4', '120'] }]);
  });

  it('makes the latest swap after a running total an event of its own day', () => {
    const text = 'Russia and Ukraine have exchanged thousands of prisoners since 2022, most recently on May 11, when each side freed 60 prisoners of war.';
    expect(events(text).map(brief)).toEqual([{ status: 'completed', date: '2024-05-11', values: ['60/side'] }]);
  });

  it('dates a when-clause by the date before it', () => {
    const text = 'Russia and Ukraine swapped 100 prisoners each on Friday. It was the first exchange since April 4, when the sides swapped 75 prisoners each.';
    expect(events(text).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-14', values: ['100/side'] },
      { status: 'completed', date: '2024-04-04', values: ['75/side'] },
    ]);
  });
});

describe('operations over several days', () => {
  it('makes each day its own event and a figure over both days a count only', () => {
    const text =
      'Yemen\'s rivals began a prisoner exchange on Sunday. The ICRC said 550 detainees had been flown between the two cities on Sunday and Monday. ' +
      'On Sunday 300 detainees were flown, and another 250 on Monday, the ICRC said.';
    const ctx = countsAndExchanges(text, REF);
    expect(ctx.exchanges.map(brief)).toEqual([
      { status: 'completed', date: '2024-06-09', values: ['300'] },
      { status: 'completed', date: '2024-06-10', values: ['250'] },
    ]);
    expect(ctx.counts.map((c) => c.value)).toContain(550);
  });

  it('reads "the first day" of a staged operation from the days told before', () => {
    const text =
      'Kyiv and Moscow completed a two-stage prisoner exchange that brought home 100 Ukrainians, with the first group crossing the border on 3 June and the second the next day. ' +
      'On the first day 50 Ukrainian soldiers were freed in exchange for 50 Russian soldiers.';
    expect(events(text).map(brief)).toEqual([{ status: 'completed', date: '2024-06-03', values: ['50', '50'] }]);
  });

  it('reads captives flown or carried as part of the exchange, but not as evidence of one', () => {
    const text = 'The rivals freed hundreds of detainees in a prisoner exchange on Friday. ICRC planes carried 357 detainees on Friday, after 318 were flown between the cities on Thursday.';
    expect(events(text).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-14', values: ['357'] },
      { status: 'completed', date: '2024-06-13', values: ['318'] },
    ]);
    expect(events('The bodies of three soldiers killed in the clash were flown to the capital on Friday.')).toEqual([]);
  });

  it('keeps a body handover on the same day apart from the swap', () => {
    const text = 'The rebels and the government swapped 500 detainees on Monday. The ICRC also oversaw the handover of the remains of 20 fighters on Monday.';
    expect(events(text).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-10', values: ['500'] },
      { status: 'completed', date: '2024-06-10', values: ['20'] },
    ]);
  });

  it('keeps a release "on the same day" by the other side apart', () => {
    const text = 'The government freed 900 prisoners of war on Tuesday. The rebels said they had released 80 soldiers on the same day in the south.';
    expect(events(text).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-11', values: ['900'] },
      { status: 'completed', date: '2024-06-11', values: ['80'] },
    ]);
  });

  it('reads stages to come: the next batch, the remaining people, the remainder', () => {
    const text =
      'The rebels handed over about 400 captured soldiers on Thursday, the first stage of a release both sides agreed to under last month\'s deal. ' +
      'A second group of up to 250 soldiers is due to be handed over on Saturday and the remainder next week.';
    expect(events(text).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-13', values: ['400'] },
      { status: 'agreed', date: null, values: [] },
      { status: 'planned', date: '2024-06-15', values: ['250'] },
      { status: 'planned', date: null, values: [] },
    ]);
    const rest = "Afghanistan's government freed 120 of the last 400 Taliban prisoners on Thursday. The remaining 280 prisoners will be freed in batches over the coming days.";
    expect(events(rest).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-13', values: ['120'] },
      { status: 'planned', date: null, values: ['280'] },
    ]);
    expect(events('Russia and Ukraine each freed 100 prisoners of war on Friday. Officials said the next stage was due to take place on Sunday.').map(brief)).toEqual([
      { status: 'completed', date: '2024-06-14', values: ['100/side'] },
      { status: 'planned', date: '2024-06-16', values: [] },
    ]);
  });
});

describe('legs and stages of one operation', () => {
  it('joins the other side\'s release hours later to the swap, but not a release "on the same day" elsewhere', () => {
    const text = 'Hamas freed the soldier in a prisoner swap on Tuesday. Hours later, Israel released 477 Palestinian prisoners.';
    expect(events(text).map(brief)).toEqual([{ status: 'completed', date: '2024-06-11', values: ['477'] }]);
  });

  it('dates a handover "the next day" from the day named before it, the move being part of it', () => {
    const text = 'Militants freed two hostages on Sunday after a prisoner exchange. The prisoners had been flown to the border on Friday and handed over to the militants the next day.';
    expect(events(text, '2024-06-16').map(brief)).toEqual([
      { status: 'completed', date: '2024-06-16', values: ['2'] },
      { status: 'completed', date: '2024-06-15', values: [] },
    ]);
  });

  it('keeps a coming stage apart: "another exchange next week", "three hundred more would be freed"', () => {
    expect(events('Russia and Ukraine swapped 64 captives on Saturday. Another exchange is expected next week, an adviser said.', '2024-06-16').map(brief)).toEqual([
      { status: 'completed', date: '2024-06-15', values: ['64'] },
      { status: 'planned', date: null, values: [] },
    ]);
    expect(events('Israel freed 215 detainees on Monday. He said about three hundred more remained in the camp and would be freed in stages.', '2024-06-16').map(brief)).toEqual([
      { status: 'completed', date: '2024-06-10', values: ['215'] },
      { status: 'planned', date: null, values: ['300'] },
    ]);
  });

  it('reads "In return, X demanded" as the other half of the offer just told', () => {
    const text = 'North Korea offered to swap two captured soldiers for Ukrainians. In return, Kyiv demanded the release of at least 30 Ukrainian soldiers.';
    expect(events(text).map(brief)).toEqual([{ status: 'proposed', date: null, values: ['2', '30'] }]);
  });

  it('does not read money handed over as people, nor people still held as handed over', () => {
    const text = 'The group freed four hostages on Saturday. A local official said 30 million pesos had been handed to the militants on Friday.';
    expect(events(text, '2024-06-16').map(brief)).toEqual([{ status: 'completed', date: '2024-06-15', values: ['4'] }]);
    const held = 'Kidnappers freed a French engineer on Monday. His release leaves seventeen foreigners held hostage, among them six Americans and five Frenchmen.';
    expect(events(held, '2024-06-16').map(brief)).toEqual([{ status: 'completed', date: '2024-06-10', values: [] }]);
  });
});

describe('dates and names that belong to something else', () => {
  it('dates an announcement, not the release it announced, and talks, not the release they discuss', () => {
    expect(events('The guerrillas freed four hostages on Wednesday. The guerrillas announced the release earlier this month as a gesture.').map(brief)).toEqual([
      { status: 'completed', date: '2024-06-12', values: ['4'] },
    ]);
    const talks = 'Hamas freed three hostages on Saturday in a prisoner swap. Talks on the second phase, which would see the remaining hostages freed, are expected to start next week.';
    expect(events(talks).map(brief)).toEqual([{ status: 'completed', date: '2024-06-08', values: ['3'] }]);
  });

  it('does not make a group\'s patron a party', () => {
    const text = 'Jihadists linked to Al-Qaeda freed two soldiers on Sunday after a prisoner exchange. The jihadists had held them for a year.';
    expect(events(text).flatMap((e) => e.parties)).not.toContain('al-Qaeda');
  });
});

describe('status from the words around the event', () => {
  it('reads the terms of a deal as agreed and the make-up of the operation as part of it', () => {
    const text = 'Under the deal, the rebels and the government agreed to release 900 detainees in all. The rebels are releasing 200 detainees, while the government side is freeing 700.';
    expect(events(text).map(brief)).toEqual([{ status: 'agreed', date: null, values: ['900', '200', '700'] }]);
  });

  it('reads a plan, a modal under a proposal and readiness to swap as proposed', () => {
    expect(events('Under the mediators\' plan, the rebels would release 40 hostages in exchange for 200 prisoners.').map(brief)).toEqual([
      { status: 'proposed', date: null, values: ['40', '200'] },
    ]);
    expect(events('Mediators have proposed a truce under which the group would free 12 hostages, officials said.').map((e) => e.status)).toEqual(['proposed']);
    expect(events('The rebel group said it was ready to exchange all prisoners held by both sides.').map((e) => e.status)).toEqual(['proposed']);
  });

  it('reads an agreement with a day set for it as planned, and a day to come as planned', () => {
    const text = 'Iran and the United States have agreed to exchange prisoners, under which three Americans held in Tehran are due to be flown to Doha on Monday, officials said.';
    expect(events(text).map(brief)).toEqual([{ status: 'planned', date: '2024-06-17', values: ['3'] }]);
    const heading = 'Russia and Ukraine swapped 90 prisoners each on Friday.\n\nSECOND STAGE ON JUNE 16\n\nOfficials said buses were ready.';
    expect(events(heading).map((e) => e.status)).toEqual(['completed', 'planned']);
  });

  it('gives a list of people to a proposal told in the same sentence', () => {
    const text = 'He said the bishop had passed to Moscow a list of 22 wounded Ukrainian soldiers, and that Russia had proposed exchanging them for its own troops.';
    expect(events(text).map(brief)).toEqual([{ status: 'proposed', date: null, values: ['22'] }]);
  });
});

describe('counts that stay out of events', () => {
  it('leaves people held out of the agreed exchange', () => {
    const text = 'Armenia and Azerbaijan agreed to exchange 15 detainees for four soldiers. Yerevan says 19 of its citizens are in Azerbaijani custody, while Baku acknowledges holding 15.';
    expect(events(text).map(brief)).toEqual([{ status: 'agreed', date: null, values: ['15', '4'] }]);
  });

  it('leaves out the whole of a batch only partly freed', () => {
    const text = "Kabul frees last 400 Taliban prisoners\n\nAfghanistan's government freed 120 of the last 400 Taliban prisoners on Thursday.";
    expect(events(text).map(brief)).toEqual([{ status: 'completed', date: '2024-06-13', values: ['120'] }]);
  });

  it('gives a repeated number to the event that told it', () => {
    const text = 'Hamas freed three hostages on Saturday in exchange for 183 prisoners. Eight of the 33 promised hostages are dead. The three men were thin and pale.';
    expect(events(text).map(brief)).toEqual([
      { status: 'completed', date: '2024-06-08', values: ['3', '183'] },
      { status: 'agreed', date: null, values: ['33'] },
    ]);
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
    // Tehran frees; Paris held the man it gets back
    const [e] = events('Tehran released a French teacher in exchange for an Iranian engineer held in Paris, Iranian media said on Friday.');
    expect(e.parties).toEqual(['France', 'Iran']);
  });
});

describe('parties as the text names them', () => {
  const parties = (text: string) => events(text).map((e) => e.parties);

  it('names a state\'s government or army when it deals with an armed group of its own', () => {
    expect(parties("Afghanistan's government freed 900 Taliban prisoners on Tuesday, officials said.")).toEqual([['Afghan government', 'Taliban']]);
    expect(parties('The Syrian government and rebel groups swapped 50 prisoners on Tuesday, a British-based monitor said.')).toEqual([['Syrian government', 'Syrian rebels']]);
    const army =
      "Sudan's paramilitary Rapid Support Forces released 125 detained soldiers on Wednesday, the ICRC said. An army spokesman said the military had received 125 people. " +
      'The war between the army and the RSF has killed thousands.';
    expect(parties(army)).toEqual([['Rapid Support Forces', 'Sudanese army']]);
  });

  it('keeps states as states against a foreign group, and lets the group stand for a stateless people', () => {
    expect(parties('Hamas freed 4 hostages on Friday and Israel released 120 Palestinian prisoners.')).toEqual([['Hamas', 'Israel']]);
  });

  it('reads group names: apposition, a head word, forces loyal to a commander, acronyms', () => {
    expect(parties('The Mountain Brigade, a local armed faction, released 14 people on Friday, while the Sons of Karak, a tribal group, freed 11 men in a swap.')).toEqual([
      ['Mountain Brigade', 'Sons of Karak'],
    ]);
    const loyal = 'Six more prisoners were swapped on Monday between the Government of National Unity (GNU) and forces loyal to Gen. Omar Baltani. The GNU said the exchange would continue.';
    expect(parties(loyal)).toEqual([['Baltani forces', 'Government of National Unity']]);
  });

  it('names an armed group by description: the one the story uses most, or a qualified one', () => {
    const text = 'Gunmen freed 30 villagers kidnapped last month in northern Nigeria, police said on Tuesday. The bandits had demanded a ransom. Bandits often kidnap villagers for money.';
    expect(parties(text)).toEqual([['Nigeria', 'bandits']]);
    expect(parties('Syrian government forces and Turkish-backed rebels exchanged the bodies of 21 fighters on Tuesday in a handover overseen by Turkey and Russia.')).toEqual([
      ['Syrian government', 'Turkish-backed rebels'],
    ]);
  });

  it('takes every state of a "between" list, and no place named only as a location', () => {
    expect(parties('The agency said it had coordinated the exchange of eight people between the United States, Russia, Germany and Poland on Thursday.')).toEqual([
      ['Germany', 'Poland', 'Russia', 'United States'],
    ]);
    expect(parties("Colombia's ELN rebels freed six hostages on Tuesday near the border with Venezuela, the commission said.")).toEqual([['Colombia', 'National Liberation Army']]);
  });

  it('reads mediators from "by" lists, hyphenated compounds, and not past the list', () => {
    const mediators = (text: string) => events(text).map((e) => e.mediators);
    expect(mediators('Syrian government forces and Turkish-backed rebels exchanged the bodies of 21 fighters on Tuesday in a handover overseen by Turkey and Russia.')).toEqual([
      ['Russia', 'Turkey'],
    ]);
    expect(mediators('Russia and Ukraine swapped 80 prisoners each in a UAE-brokered deal on Friday.')).toEqual([['United Arab Emirates']]);
    const baku = events('Azerbaijan handed over 10 captured Armenian soldiers to Armenia on Saturday in an exchange mediated by Russia, Baku said.');
    expect(baku.map((e) => [e.parties, e.mediators])).toEqual([[['Armenia', 'Azerbaijan'], ['Russia']]]);
  });
});

describe('the trigger pre-filter', () => {
  it('lets through every trigger word rawTriggers reads (those that need a second word, with it)', () => {
    // "came home", "next stage": these words are triggers only with the word that makes them one
    const withWord: Record<string, string> = { came: 'came home', come: 'come home', comes: 'comes home', coming: 'coming home', stage: 'next stage', batch: 'second batch', group: 'final group' };
    const missed = [...TRIGGER_WORDS].filter((w) => !TRIGGER_HINT.test(` ${withWord[w] ?? w} `));
    expect(missed).toEqual([]);
  });
});

describe('not events', () => {
  it('ignores habits, metaphors, bond swaps and amnesties', () => {
    expect(events('The two countries have repeatedly exchanged prisoners since 2022.')).toEqual([]);
    expect(events('Troops exchanged fire along the border on Friday, killing two soldiers.')).toEqual([]);
    expect(events('The ministry swapped 2 billion in bonds for new notes on Friday.')).toEqual([]);
    expect(events('The junta said it would free 4,000 prisoners in an amnesty on Friday.')).toEqual([]);
  });

  it('finds nothing in market copy: exchanges, trade, currency and debt swaps, repatriated profits, council bodies', () => {
    const wires = [
      'The exchange said trading in futures would resume. Commodity exchange members voted on Friday, and 300 members attended.',
      'The company repatriated profits and swapped 2 billion yen in loans for an equity stake, officials said.',
      'The bank set a five billion dlr swap limit with the Federal Reserve, the sources said, and 30 traders were told.',
      'Canada and the United States traded accusations over 40 workers in free trade talks on Friday.',
      'The districts would return several deputies to local council bodies, the agency said.',
    ];
    for (const w of wires) expect(countsAndExchanges(w, REF).counts.concat().length + events(w).length).toBe(0);
  });

  it('finds no event in raids, demands for unconditional release, purposes, possibilities and tallies', () => {
    const wires = [
      'Rebel soldiers forced their way into army headquarters and freed several men held prisoner in the camp, military sources said.',
      'The State Department called for the immediate and unconditional release of all those held hostage.',
      'The report faulted his commitment to freeing the hostages and his bid to trade arms for help in freeing American hostages.',
      'A kidnapped businessman is alive and may soon be released, the archbishop said.',
      'Civil rights groups said many detainees had been freed in recent weeks. The government said it held 1,500 detainees.',
      'The opposition demands included resuming talks and releasing political detainees, the radio said.',
    ];
    for (const w of wires) expect(events(w)).toEqual([]);
  });

  it('still finds a kidnap release and a swap offer', () => {
    expect(events('A kidnapped diplomat has been freed in the capital after 64 days in captivity, witnesses said.').map((e) => e.status)).toEqual(['completed']);
    const offer = events('Kidnappers said the American hostage was ill and offered to free him in exchange for 100 detainees in Israel.');
    expect(offer.map((e) => [e.status, e.parties, e.counts.map((c) => c.value)])).toEqual([['proposed', ['Israel', 'kidnappers'], [100]]]);
  });

  it('survives a long single line (its cost is measured by npm run bench)', () => {
    const line = 'Russia and Ukraine exchanged 10 prisoners of war on Friday, and '.repeat(20000);
    const ctx = countsAndExchanges(line, REF);
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
        const got = countsAndExchanges(readFileSync(join(d, f), 'utf8'), gold.referenceDate).exchanges;
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
