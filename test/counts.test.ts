// The counts stage: numbers of people or bodies exchanged, released, held or agreed,
// and nothing else (ages, tolls, measures, labels, amnesties, bond swaps).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Count } from '../src/types.js';
import { SHARED } from './helpers.js';
import { countsAndExchanges } from './stages.js';


const counts = (text: string, date = '2024-06-14') => countsAndExchanges(text, date).counts;
const values = (text: string) => counts(text).map((c) => c.value);
const one = (text: string, value: number): Count => {
  const c = counts(text).find((x) => x.value === value);
  if (!c) throw new Error(`no count ${value} in: ${text}`);
  return c;
};

describe('numbers', () => {
  it('reads digits with separators, words, compounds and "a dozen"', () => {
    expect(values('Kyiv said 1,250 prisoners were exchanged on Friday.')).toEqual([1250]);
    expect(values('Rebels freed twenty-five soldiers and three hundred civilians in a swap.')).toEqual([25, 300]);
    expect(values('The two sides swapped a dozen detainees, officials said.')).toEqual([12]);
    expect(values('Militants released 2 million prisoners in a swap, the ministry said.')).toEqual([2_000_000]);
  });

  it('does not read "dozens", "hundreds" or a lone "one" as numbers', () => {
    expect(values('Dozens of prisoners and hundreds of civilians were swapped. One soldier said he was glad.')).toEqual([]);
  });

  it('keeps "one" inside a list of counts', () => {
    expect(values('Hamas freed hostages in a swap, including six women and one child.')).toEqual([6, 1]);
  });
});

describe('what is not a count', () => {
  it('skips ages, durations, distances, money, ordinals and labels', () => {
    const text =
      'The two countries swapped 40 prisoners on Tuesday. One of them, Ivan Petrenko, 52, had been held for 14 months ' +
      'in a camp 300 km from the border. It was the 12th exchange this year and cost $5 million. ' +
      'On day 412 of his captivity he was told of a 3-for-3 plan under Section 7.';
    expect(values(text)).toEqual([40]);
  });

  it('skips tolls of the fighting', () => {
    const text = 'Russia and Ukraine exchanged 90 prisoners of war. The war has killed more than 10,000 people, and 300 soldiers were wounded last week.';
    expect(values(text)).toEqual([90]);
  });

  it('skips "under the age of"', () => {
    expect(values('The sides exchanged prisoners under the age of 21 on Sunday.')).toEqual([]);
  });

  it('reports nothing for a state pardoning its own prisoners', () => {
    const text = 'The government said it would release 3,000 prisoners in an annual amnesty. More than 200 foreigners were pardoned.';
    expect(counts(text)).toEqual([]);
    expect(countsAndExchanges(text, '2024-01-04').exchanges).toEqual([]);
  });

  it('reports nothing for a debt swap or an exchange of fire', () => {
    expect(counts('The treasury swapped 500 bonds for new notes, the ministry said.')).toEqual([]);
    expect(counts('Border troops exchanged heavy fire for hours, killing 4 soldiers.')).toEqual([]);
  });
});

describe('count phrases', () => {
  it('reads approximations', () => {
    const text =
      'Israel freed about 90 prisoners, at least 12 hostages were released, more than 300 detainees were swapped, ' +
      'up to 50 captives will be handed over and fewer than 10 POWs were returned.';
    const got = Object.fromEntries(counts(text).map((c) => [c.value, c.approx]));
    expect(got).toEqual({ 90: 'about', 12: 'at-least', 300: 'more-than', 50: 'up-to', 10: 'fewer-than' });
  });

  it('does not read the "over" of "handed over" as an approximation', () => {
    expect(one('Rebels handed over 30 soldiers to the army.', 30).approx).toBe('exact');
  });

  it('categorises by the head noun', () => {
    const text =
      'The sides exchanged 10 prisoners of war, 11 servicemen, 12 civilians, 13 bodies, 14 hostages, 15 detainees, 16 fighters and 17 inmates.';
    const got = Object.fromEntries(counts(text).map((c) => [c.value, c.category]));
    expect(got).toEqual({
      10: 'pows', 11: 'soldiers', 12: 'civilians', 13: 'bodies', 14: 'hostages', 15: 'detainees', 16: 'other', 17: 'prisoners',
    });
  });

  it('reads "the bodies of N soldiers" and fallen soldiers as bodies', () => {
    const text = 'Moscow handed Kyiv the bodies of 500 Ukrainian soldiers and received 20 fallen servicemen in return.';
    expect(one(text, 500)).toMatchObject({ category: 'bodies', side: 'Ukraine' });
    expect(one(text, 20).category).toBe('bodies');
  });

  it('gives generic nouns the category of the captives named before them', () => {
    const text = 'Hamas released 8 hostages on Monday, among them 5 Thai nationals.';
    expect(one(text, 5)).toMatchObject({ category: 'hostages', side: 'Thailand', noun: 'nationals' });
  });

  it('marks per-side counts', () => {
    expect(one('Russia and Ukraine each released 150 prisoners.', 150).perSide).toBe(true);
    expect(one('They agreed to exchange 300 prisoners each.', 300).perSide).toBe(true);
    expect(one('They agreed to swap at least 500 POWs on each side.', 500)).toMatchObject({ perSide: true, approx: 'at-least' });
    expect(one('It was a 25-for-25 prisoner swap.', 25).perSide).toBe(true);
    expect(one('Kyiv and Moscow swapped 60 prisoners of war.', 60).perSide).toBe(false);
  });

  it('reads the side from a demonym or from "to <country>"', () => {
    const text = 'Azerbaijan said 15 captives were handed over to Armenia and 9 to Azerbaijan, along with 4 Armenian civilians.';
    expect(one(text, 15).side).toBe('Armenia');
    expect(one(text, 9).side).toBe('Azerbaijan');
    expect(one(text, 4).side).toBe('Armenia');
  });

  it('reads counts without a noun of their own after another count', () => {
    const text = 'The sides swapped 240 people in total, 120 each. Israel said it would free up to 600 prisoners, including 90 serving life terms.';
    expect(values(text)).toEqual([240, 120, 600, 90]);
    expect(one(text, 120).perSide).toBe(true);
  });

  it('reads partitives and totals', () => {
    const text = 'So far 300 of 800 detainees have been released. Militants still hold 40 people of 90 originally seized.';
    expect(values(text)).toEqual([300, 800, 40, 90]);
  });

  it('gives spans that point into the text', () => {
    const text = 'Ukraine and Russia each released 205 prisoners of war on Sunday.';
    const c = one(text, 205);
    expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(c.text).toBe('205 prisoners of war');
  });
});

describe('numbers read in context', () => {
  it('reads "N-for-N" written in words as a per-side count', () => {
    expect(one('The two armies swapped captives in a ten-for-ten exchange on Friday.', 10).perSide).toBe(true);
  });

  it('reads "N or so" as an approximation and skips ages written "a man of seventy"', () => {
    const text = 'Rebels freed 30 soldiers in a swap. Officials said "the 400 or so" released by the army included a man of seventy.';
    expect(one(text, 400).approx).toBe('about');
    expect(values(text)).not.toContain(70);
  });

  it('reads a number after "the first day" when people follow it', () => {
    expect(values('On the first day 60 Ukrainian soldiers were freed in exchange for 60 Russian soldiers.')).toEqual([60, 60]);
  });

  it('counts "one" when it is one side of a trade', () => {
    expect(values('Washington freed a jailed businessman in a prisoner swap. "One man for nine people is a good trade," an aide said.')).toEqual([1, 9]);
  });

  it('counts demonyms that are their own plural', () => {
    expect(one('The rebels released 40 detainees, among them 5 Lebanese, in a prisoner swap.', 5).side).toBe('Lebanon');
  });

  it('counts a definite group in a sentence with no word of custody', () => {
    const text = 'Kyiv and Moscow swapped a dozen civilians each on Friday.\n\nThe twenty-four people crossed the border by bus.';
    expect(values(text)).toEqual([12, 24]);
  });

  it('reads subjects that refer back to people counted earlier', () => {
    const text = 'Israel freed 300 Palestinian prisoners on Friday in a swap.\n\nPrison officials said the men were driven to Ramallah. Of them, 45 were serving long sentences.';
    expect(values(text)).toEqual([300, 45]);
  });
});

describe('categories in context', () => {
  it('makes kidnapped or abducted people hostages whatever their noun', () => {
    const text = 'Gunmen freed 30 villagers kidnapped last month. In 2023, 80 schoolchildren abducted by a gang were released.';
    expect(one(text, 30).category).toBe('hostages');
    expect(one(text, 80).category).toBe('hostages');
  });

  it('makes people set free by armed groups hostages', () => {
    const text = 'The army released 20 prisoners in a swap. In return, 6 men, all of them farmers, were set free by local militias.';
    expect(one(text, 6).category).toBe('hostages');
  });

  it('reads "members of the security forces" as soldiers', () => {
    expect(one('The insurgents freed 300 members of the security forces in a prisoner exchange.', 300).category).toBe('soldiers');
  });

  it('reads one number over two kinds of people through its participle', () => {
    expect(one('The militia released 90 detained soldiers and civilians in a swap on Friday.', 90).category).toBe('detainees');
  });

  it('gives a repeated number the category it had first', () => {
    const text = 'The militia released 90 detained soldiers and civilians on Friday. The army said it had received 90 people at the front line.';
    expect(counts(text).map((c) => c.category)).toEqual(['detainees', 'detainees']);
  });

  it('gives members of a group counted before its category', () => {
    const text = 'Caracas freed 20 political prisoners in a swap. Among the 20 political prisoners were a lawyer and three journalists detained last year.';
    expect(one(text, 3).category).toBe('prisoners');
  });

  it('reads a group that includes soldiers or civilians as prisoners in general', () => {
    expect(one('Kyiv said 90 Ukrainians had returned home in a swap, including 10 civilians.', 90).category).toBe('prisoners');
  });

  it('does not take a category from the other side of a trade or from a name', () => {
    const a = 'Hamas freed 20 hostages in exchange for 600 Palestinians on Friday.';
    expect(one(a, 600).category).toBe('prisoners');
    const b = 'Kyiv and Moscow exchanged detainees on Friday. The Commission on Hostages and Missing Persons said the 12 Russians it received were well.';
    expect(one(b, 12).category).toBe('detainees');
  });

  it('falls back on the kind of captives the story is about', () => {
    const text = 'Two militias swap hostages\n\nTwo militias swapped captives on Friday.\n\nThe northern militia released 14 people and the southern one freed 11 men.';
    expect(counts(text).map((c) => c.category)).toEqual(['hostages', 'hostages']);
  });
});

describe('captives of armed groups, the dead, people held', () => {
  it('makes people an armed group frees its hostages', () => {
    expect(one('Militants freed five Malaysian sailors on Sunday after a ransom was paid.', 5).category).toBe('hostages');
    expect(one('The rebels offered to free about 40 of their captives, among them three contractors, in exchange for 500 rebel prisoners.', 3).category).toBe('hostages');
  });

  it('reads remains and possessive bodies as bodies, even of soldiers killed', () => {
    const text = "Hezbollah returns 2 Israeli soldiers' bodies\n\nThe two countries exchanged the remains of 90 soldiers killed in the war on Tuesday. Among the remains were those of two pilots.";
    expect(counts(text).map((c) => `${c.value}:${c.category}`)).toEqual(['2:bodies', '90:bodies', '2:bodies']);
  });

  it('reads "N more" and "put the number at N" as the people counted before', () => {
    expect(one('Israel freed 215 detainees on Monday. He said about three hundred more remained in the camp and would be freed in stages.', 300).category).toBe('detainees');
    expect(one('The government said it had released 117 detainees on Friday. The militants put the number at 206.', 206).category).toBe('detainees');
  });

  it('counts people a group holds, however the number is written', () => {
    expect(values('The rebels freed four hostages on Wednesday. The group is believed to hold about 700 people, many of them for ransom.')).toEqual([4, 700]);
    expect(one('Kidnappers freed an engineer on Monday. His release leaves seventeen foreigners held hostage, among them five Frenchmen.', 5).side).toBe('France');
  });
});

describe.skipIf(!existsSync(join(SHARED, 'seeds')))('seeds and devset (../shared)', () => {
  if (!existsSync(join(SHARED, 'seeds'))) console.warn('skipping: ../shared not found');
  const files: [string, string][] = [];
  for (const dir of ['seeds', 'devset']) {
    const d = join(SHARED, dir);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((f) => f.endsWith('.txt')).sort()) files.push([d, f.slice(0, -4)]);
  }
  it('finds every gold count value and nothing else', () => {
    const misses: string[] = [];
    for (const [d, id] of files) {
      const gold = JSON.parse(readFileSync(join(d, `${id}.gold.json`), 'utf8'));
      const text = readFileSync(join(d, `${id}.txt`), 'utf8');
      const got = new Set(countsAndExchanges(text, gold.referenceDate).counts.map((c) => c.value));
      const want = new Set<number>(gold.counts.map((c: { value: number }) => c.value));
      const miss = [...want].filter((v) => !got.has(v));
      const extra = [...got].filter((v) => !want.has(v));
      if (miss.length || extra.length) misses.push(`${id}: miss ${miss} extra ${extra}`);
    }
    expect(misses).toEqual([]);
  });
});
