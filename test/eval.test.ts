// The scorer: each rule of GOLD.md on small hand-made gold/result pairs, the
// gold-file checks, the floor (ratchet), and the eval command on a temp folder.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import type { Count, DateMention, Exchange, Person, Place, Quote, Result } from '../src/types.js';
import { checkGold, GoldError, parseGold, type Gold } from '../src/eval/gold.js';
import { scoreArticle } from '../src/eval/score.js';
import { FIELDS, figures, type Field } from '../src/eval/tally.js';
import { datelineParts, foldQuoteText, locationKey, speakersAgree, surnameKey } from '../src/eval/fold.js';
import { pairExchanges } from '../src/eval/exchanges.js';
import { checkFloor, formatFloor, parseFloor, raiseFloor, toFloor, type GroupFigures } from '../src/eval/floor.js';
import { evaluate, groupSpec } from '../src/eval/evaluate.js';
import { groupFigures } from '../src/eval/report.js';
import { registerEval, groupSpecs } from '../src/cli/eval-command.js';
import { ROOT, tempDir as makeTempDir } from './helpers.js';

const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = makeTempDir(prefix);
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// ---- builders for hand-made results -------------------------------------------

let offset = 0;
const at = () => (offset += 10);

function result(p: Partial<Omit<Result, 'article'>> & { article?: Partial<Result['article']> } = {}): Result {
  return {
    schemaVersion: 1,
    source: { path: null, sha256: '', bytes: 0 },
    referenceDate: { date: '2025-03-04', from: 'option' },
    exchanges: [],
    counts: [],
    dates: [],
    locations: [],
    people: [],
    quotes: [],
    warnings: [],
    ...p,
    article: { headline: null, bylines: [], dateline: null, credits: [], ...p.article },
  };
}

function count(value: number, perSide = false, category: Count['category'] = 'prisoners', text = `${value} prisoners`): Count {
  const start = at();
  return { start, end: start + text.length, text, value, approx: 'exact', category, noun: 'prisoners', perSide, side: null };
}

function date(text: string, iso: string | null): DateMention {
  const start = at();
  return { start, end: start + text.length, text, iso, grain: 'day' };
}

function place(name: string, ...mentions: string[]): Place {
  return { name, type: 'city', countryCode: null, mentions: (mentions.length ? mentions : [name]).map((t) => ({ start: at(), end: 0, text: t })) };
}

function person(name: string): Person {
  return { name, title: null, affiliation: null, mentions: [{ start: at(), end: 0, text: name }] };
}

function quote(text: string, speaker: string | null): Quote {
  const start = at();
  return { start, end: start + text.length, text, speaker, speakerDescription: null };
}

function exchange(p: Partial<Exchange> & { counts?: Count[] }): Exchange {
  return { status: 'completed', date: null, parties: [], mediators: [], location: null, counts: [], evidence: [], ...p };
}

const gold = (g: Omit<Gold, 'referenceDate'>): Gold => ({ referenceDate: '2025-03-04', ...g });

function fig(g: Gold, r: Result, field: Field) {
  return figures(scoreArticle(g, r).tallies[field]);
}

// ---- folding ------------------------------------------------------------------

describe('folding', () => {
  it('locations: lower case, no "the", no possessive, no trailing region/oblast/province word', () => {
    expect(locationKey('the Kherson region')).toBe('kherson');
    expect(locationKey('KHERSON REGION')).toBe('kherson');
    expect(locationKey('Luhansk Oblast')).toBe('luhansk');
    expect(locationKey('Hama province')).toBe('hama');
    expect(locationKey("Ukraine's")).toBe('ukraine');
    expect(locationKey('Ukraine’s')).toBe('ukraine');
    expect(locationKey('Donetsk People’s Republic')).toBe(locationKey("Donetsk People's Republic"));
    // a region word inside a name is kept
    expect(locationKey('Region of Murcia')).toBe('region of murcia');
  });

  it('locations: U.S., US and United States are one place', () => {
    expect(locationKey('U.S.')).toBe(locationKey('United States'));
    expect(locationKey('the United States')).toBe(locationKey('US'));
  });

  it("the dateline's place splits on commas only", () => {
    expect(datelineParts('KHARKIV REGION, Ukraine')).toEqual(['KHARKIV REGION', 'Ukraine']);
    expect(datelineParts('LVIV/WARSAW')).toEqual(['LVIV/WARSAW']);
    expect(datelineParts(null)).toEqual([]);
  });

  it('people by surname', () => {
    expect(surnameKey('Petro Kovalenko')).toBe('kovalenko');
    expect(surnameKey('Kovalenko')).toBe('kovalenko');
    expect(surnameKey('Martin Luther King Jr.')).toBe('king');
    expect(surnameKey('Hassan al-Amiri')).toBe(surnameKey('Amiri'));
  });

  it('quote text: curly and straight quote marks and apostrophes agree', () => {
    expect(foldQuoteText('“We didn’t give up,” he said')).toContain(foldQuoteText("We didn't give up"));
    expect(foldQuoteText('‘inner’ words')).toBe(foldQuoteText('"inner" words'));
  });

  it('speakers: the last words agree, or both are null', () => {
    expect(speakersAgree('Petro Kovalenko', 'Kovalenko')).toBe(true);
    expect(speakersAgree('Kovalenko', 'Petro Kovalenko')).toBe(true);
    expect(speakersAgree("Moldova's foreign ministry", 'the foreign ministry')).toBe(true);
    expect(speakersAgree('the foreign ministry', 'the defence ministry')).toBe(false);
    expect(speakersAgree('Petro Kovalenko', 'Ivan Shevchuk')).toBe(false);
    expect(speakersAgree(null, null)).toBe(true);
    expect(speakersAgree(null, 'Kovalenko')).toBe(false);
    expect(speakersAgree('Kovalenko', null)).toBe(false);
  });
});

// ---- the scoring rules ----------------------------------------------------------

describe('counts: as sets of values', () => {
  const g = gold({ counts: [{ value: 150, text: '150 prisoners each' }, { value: 150, text: 'the 150' }, { value: 12, text: 'twelve civilians' }] });

  it('a perfect match scores 1; a value said twice counts once', () => {
    const f = fig(g, result({ counts: [count(150), count(12), count(150)] }), 'counts');
    expect([f.precision, f.recall, f.f1, f.gold, f.reported]).toEqual([1, 1, 1, 2, 2]);
  });

  it('a miss lowers recall only', () => {
    const f = fig(g, result({ counts: [count(150)] }), 'counts');
    expect([f.precision, f.recall]).toEqual([1, 0.5]);
  });

  it('an extra lowers precision only', () => {
    const f = fig(g, result({ counts: [count(150), count(12), count(38)] }), 'counts');
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBe(1);
    const issues = scoreArticle(g, result({ counts: [count(150), count(12), count(38, false, 'prisoners', '38 years')] })).issues;
    expect(issues).toEqual([expect.objectContaining({ field: 'counts', kind: 'extra', text: '38 “38 years”' })]);
  });
});

describe('dates: as sets of ISO values; optional dates neither help nor hurt', () => {
  const g = gold({
    dates: [
      { text: 'on Tuesday', iso: '2025-03-04', optional: false },
      { text: 'in 2022', iso: '2022', optional: false },
      { text: 'last week', iso: '2025-02-24', optional: true },
    ],
  });

  it('a perfect match scores 1, with or without the optional date', () => {
    expect(fig(g, result({ dates: [date('on Tuesday', '2025-03-04'), date('in 2022', '2022')] }), 'dates').f1).toBe(1);
    const f = fig(g, result({ dates: [date('on Tuesday', '2025-03-04'), date('in 2022', '2022'), date('last week', '2025-02-24')] }), 'dates');
    expect([f.f1, f.reported, f.gold]).toEqual([1, 2, 2]);
  });

  it('an optional date resolved to another day of its week is set aside by its words', () => {
    const f = fig(g, result({ dates: [date('on Tuesday', '2025-03-04'), date('in 2022', '2022'), date('last week', '2025-02-26')] }), 'dates');
    expect(f.f1).toBe(1);
  });

  it('a miss lowers recall; a wrong or unresolved date is an extra', () => {
    expect(fig(g, result({ dates: [date('on Tuesday', '2025-03-04')] }), 'dates').recall).toBe(0.5);
    const f = fig(g, result({ dates: [date('on Tuesday', '2025-03-04'), date('in 2022', '2022'), date('on Monday', '2025-03-10'), date('on Sunday', null)] }), 'dates');
    expect([f.precision, f.recall]).toEqual([0.5, 1]);
  });
});

describe('places: folded names, the dateline place parts included', () => {
  const g = gold({ locations: ['Kharkiv region', 'Ukraine', 'Russia', 'U.S.'], dateline: { place: 'KHARKIV REGION, Ukraine', agency: 'Reuters' } });
  const dl = { text: 'KHARKIV REGION, Ukraine (Reuters) -', place: 'KHARKIV REGION, Ukraine', agency: 'Reuters' };

  it('a perfect match scores 1, across region words, possessives and aliases', () => {
    const r = result({ locations: [place('Kharkiv', "Kharkiv region's"), place('Ukraine'), place('Russia', "Russia's"), place('United States')], article: { dateline: dl } });
    const f = fig(g, r, 'places');
    expect([f.precision, f.recall, f.f1]).toEqual([1, 1, 1]);
  });

  it("the dateline's parts count as reported places", () => {
    const r = result({ locations: [place('Russia'), place('United States')], article: { dateline: dl } });
    expect(fig(g, r, 'places').f1).toBe(1);
  });

  it("the gold dateline's parts count as gold places", () => {
    const only = gold({ locations: [], dateline: { place: 'ODESA, Ukraine', agency: 'AP' } });
    expect(fig(only, result({ locations: [place('Odesa'), place('Ukraine')] }), 'places').f1).toBe(1);
    expect(fig(only, result(), 'places').recall).toBe(0);
  });

  it('a miss lowers recall; an extra lowers precision', () => {
    const r1 = result({ locations: [place('Ukraine'), place('Russia'), place('United States')], article: { dateline: { ...dl, place: 'Ukraine' } } });
    expect(fig(g, r1, 'places')).toMatchObject({ precision: 1, recall: 0.75 });
    const r2 = result({ locations: [place('Kharkiv'), place('Ukraine'), place('Russia'), place('U.S.'), place('Geneva')] });
    expect(fig(g, r2, 'places')).toMatchObject({ precision: 0.8, recall: 1 });
  });
});

describe('people: by surname', () => {
  const g = gold({ people: [{ name: 'Petro Kovalenko', title: 'official' }, { name: 'Maria Kovalenko', title: null }, { name: 'Shevchuk', title: null }] });

  it('a perfect match scores 1; a surname alone or with another first name agrees', () => {
    expect(fig(g, result({ people: [person('Kovalenko'), person('M. Kovalenko'), person('Ivan Shevchuk')] }), 'people').f1).toBe(1);
  });

  it('two people with one surname need two reported', () => {
    expect(fig(g, result({ people: [person('Petro Kovalenko'), person('Ivan Shevchuk')] }), 'people')).toMatchObject({ precision: 1, recall: 2 / 3 });
  });

  it('an extra lowers precision', () => {
    expect(fig(g, result({ people: [person('Kovalenko'), person('Kovalenko'), person('Shevchuk'), person('Olga Bondar')] }), 'people').precision).toBe(0.75);
  });
});

describe('quotes and speakers', () => {
  const g = gold({
    quotes: [
      { speaker: 'Petro Kovalenko', start: "We didn't give up" },
      { speaker: null, start: 'Home at last' },
    ],
  });

  it('a perfect match scores 1, with quote marks and apostrophes folded', () => {
    const r = result({ quotes: [quote('“We didn’t give up on them,”', 'Kovalenko'), quote('"Home at last!"', null)] });
    expect(fig(g, r, 'quotes').f1).toBe(1);
    expect(fig(g, r, 'speakers').f1).toBe(1);
  });

  it('a wrong speaker lowers speakers only; a missed quote is a missed speaker too', () => {
    const wrong = result({ quotes: [quote('“We didn’t give up on them,”', 'Shevchuk'), quote('"Home at last!"', null)] });
    expect(fig(g, wrong, 'quotes').f1).toBe(1);
    expect(fig(g, wrong, 'speakers')).toMatchObject({ precision: 0.5, recall: 0.5 });
    const missed = result({ quotes: [quote('“We didn’t give up on them,”', 'Kovalenko')] });
    expect(fig(g, missed, 'quotes')).toMatchObject({ precision: 1, recall: 0.5 });
    expect(fig(g, missed, 'speakers')).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it('a speaker given for an unnamed quote is wrong', () => {
    const r = result({ quotes: [quote('“We didn’t give up,”', 'Kovalenko'), quote('"Home at last!"', 'Kovalenko')] });
    expect(fig(g, r, 'speakers').recall).toBe(0.5);
  });

  it('an extra lowers precision; one reported quote finds only one gold quote', () => {
    const extra = result({ quotes: [quote('“We didn’t give up,”', 'Kovalenko'), quote('"Home at last!"', null), quote('"Not today."', null)] });
    expect(fig(g, extra, 'quotes')).toMatchObject({ precision: 2 / 3, recall: 1 });
    const merged = result({ quotes: [quote('“We didn’t give up. Home at last!”', 'Kovalenko')] });
    expect(fig(g, merged, 'quotes')).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it('matching is one-to-one but not fooled by order (a start found in two quotes)', () => {
    const g2 = gold({ quotes: [{ speaker: null, start: 'Go' }, { speaker: null, start: 'Go home now' }] });
    const r = result({ quotes: [quote('"Go home now"', null), quote('"Go!"', null)] });
    expect(fig(g2, r, 'quotes').f1).toBe(1);
  });
});

describe('header fields: headline, bylines, dateline, credits', () => {
  it('headline: right when the words agree', () => {
    const g = gold({ headline: 'Ukraine, Russia swap 150 POWs each' });
    expect(fig(g, result({ article: { headline: 'Ukraine, Russia swap 150 POWs each ' } }), 'headlines').f1).toBe(1);
    expect(fig(g, result({ article: { headline: 'UKRAINE RUSSIA SWAP 150 POWS EACH' } }), 'headlines').f1).toBe(1);
    expect(fig(g, result({ article: { headline: 'Ukraine, Russia swap 150 POWs' } }), 'headlines')).toMatchObject({ precision: 0, recall: 0 });
    expect(fig(g, result(), 'headlines')).toMatchObject({ precision: null, recall: 0 });
    expect(fig(gold({ headline: null }), result({ article: { headline: 'By Jane Doe' } }), 'headlines')).toMatchObject({ precision: 0, recall: null });
  });

  it('bylines: by their words', () => {
    const g = gold({ bylines: ['Jane Doe', 'John Roe'] });
    expect(fig(g, result({ article: { bylines: ['JANE DOE', 'John Roe'] } }), 'bylines').f1).toBe(1);
    expect(fig(g, result({ article: { bylines: ['Jane Doe'] } }), 'bylines')).toMatchObject({ precision: 1, recall: 0.5 });
    expect(fig(g, result({ article: { bylines: ['Jane Doe', 'John Roe', 'Reuters'] } }), 'bylines').precision).toBeCloseTo(2 / 3);
  });

  it('dateline: place and agency must both agree', () => {
    const g = gold({ dateline: { place: 'ODESA, Ukraine', agency: 'Reuters' } });
    const dl = (place: string | null, agency: string | null) => result({ article: { dateline: { text: '', place, agency } } });
    expect(fig(g, dl('ODESA, Ukraine', 'Reuters'), 'datelines').f1).toBe(1);
    expect(fig(g, dl('ODESA, Ukraine', 'AP'), 'datelines').f1).toBe(0);
    expect(fig(g, dl('ODESA', 'Reuters'), 'datelines').f1).toBe(0);
    expect(fig(gold({ dateline: null }), dl('ODESA', 'Reuters'), 'datelines')).toMatchObject({ precision: 0, recall: null });
  });

  it('credits: by surname with the first word of the role', () => {
    const g = gold({ credits: [{ role: 'reporting', names: ['Jane Doe'] }, { role: 'additional reporting', names: ['Kyiv newsroom'] }, { role: 'editing', names: ['John Roe'] }] });
    const r = (credits: { role: string; names: string[] }[]) => result({ article: { credits } });
    expect(fig(g, r([{ role: 'Reporting', names: ['J. Doe'] }, { role: 'Additional reporting', names: ['Kyiv newsroom'] }, { role: 'Editing', names: ['John Roe'] }]), 'credits').f1).toBe(1);
    // the role's first word counts: "additional reporting" is not "reporting"
    expect(fig(g, r([{ role: 'reporting', names: ['Jane Doe', 'Kyiv newsroom'] }, { role: 'editing', names: ['John Roe'] }]), 'credits')).toMatchObject({ precision: 2 / 3, recall: 2 / 3 });
    expect(fig(g, r([{ role: 'Reporting', names: ['Jane Doe'] }]), 'credits')).toMatchObject({ precision: 1, recall: 1 / 3 });
    expect(fig(g, r([...g.credits!, { role: 'editing', names: ['Ann Poe'] }]), 'credits')).toMatchObject({ precision: 3 / 4, recall: 1 });
    // "where the gold lists them": a gold with no credits does not score them
    const none = scoreArticle(gold({ credits: [] }), r([{ role: 'editing', names: ['Ann Poe'] }]));
    expect(none.tallies.credits.reported).toBe(0);
    expect(none.issues).toEqual([]);
  });
});

describe('exchanges: one-to-one by a count of the same value and perSide', () => {
  const g = gold({
    exchanges: [
      { status: 'completed', date: '2025-03-04', parties: ['Russia', 'Ukraine'], counts: [{ value: 150, approx: 'exact', perSide: true, side: null, category: 'pows' }] },
      { status: 'agreed', date: null, parties: ['Russia', 'Ukraine'], counts: [{ value: 1000, approx: 'exact', perSide: true, side: null, category: 'prisoners' }] },
    ],
  });

  it('a perfect match scores 1 on every exchange field', () => {
    const r = result({
      exchanges: [
        exchange({ status: 'completed', date: { iso: '2025-03-04', text: 'on Tuesday' }, parties: ['Ukraine', 'Russia'], counts: [count(150, true, 'pows')] }),
        exchange({ status: 'agreed', parties: ['Russia', 'Ukraine'], counts: [count(1000, true, 'prisoners')] }),
      ],
    });
    const s = scoreArticle(g, r);
    for (const f of ['exchanges', 'exchangeDates', 'exchangeStatus', 'exchangeParties', 'exchangeCounts'] as const) {
      expect(figures(s.tallies[f]).f1, f).toBe(1);
    }
    expect(s.issues).toEqual([]);
  });

  it('the same value with another perSide does not match', () => {
    const r = result({ exchanges: [exchange({ counts: [count(150, false, 'pows')] })] });
    expect(fig(g, r, 'exchanges')).toMatchObject({ precision: 0, recall: 0 });
  });

  it('each reported exchange is used once', () => {
    const twice = gold({
      exchanges: [
        { status: 'completed', date: '2025-03-04', parties: [], counts: [{ value: 150, approx: null, perSide: true, side: null, category: 'pows' }] },
        { status: 'completed', date: '2025-03-05', parties: [], counts: [{ value: 150, approx: null, perSide: true, side: null, category: 'pows' }] },
      ],
    });
    const one = result({ exchanges: [exchange({ counts: [count(150, true, 'pows')] })] });
    expect(fig(twice, one, 'exchanges')).toMatchObject({ precision: 1, recall: 0.5 });
    const r = result({ exchanges: [exchange({ counts: [count(150, true, 'pows')] }), exchange({ counts: [count(150, true, 'pows')] })] });
    expect(fig(twice, r, 'exchanges').f1).toBe(1);
  });

  it('a missed exchange lowers recall, an extra one precision', () => {
    const r = result({ exchanges: [exchange({ counts: [count(150, true, 'pows')] }), exchange({ counts: [count(7)] })] });
    expect(fig(g, r, 'exchanges')).toMatchObject({ precision: 0.5, recall: 0.5 });
  });

  it('the greedy pairing prefers the reported exchange sharing the most counts', () => {
    const g2 = gold({
      exchanges: [{ status: 'completed', date: null, parties: [], counts: [
        { value: 10, approx: null, perSide: false, side: null, category: 'pows' },
        { value: 12, approx: null, perSide: false, side: null, category: 'civilians' },
      ] }],
    });
    const p = pairExchanges(g2.exchanges!, [exchange({ counts: [count(10)] }), exchange({ counts: [count(10), count(12)] })]);
    expect(p.pairs).toEqual([[0, 1]]);
  });

  it("date, status, parties and counts are scored on paired exchanges only", () => {
    const r = result({
      exchanges: [
        exchange({ status: 'agreed', date: { iso: '2025-03-03', text: 'on Monday' }, parties: ['Ukraine'], counts: [count(150, true, 'soldiers'), count(30, false, 'civilians')] }),
      ],
    });
    const s = scoreArticle(g, r);
    expect(figures(s.tallies.exchangeDates)).toMatchObject({ precision: 0, recall: 0, gold: 1, reported: 1 });
    expect(figures(s.tallies.exchangeStatus)).toMatchObject({ f1: 0, gold: 1 });
    expect(figures(s.tallies.exchangeParties)).toMatchObject({ precision: 1, recall: 0.5 });
    // 150 each side but soldiers, not POWs; 30 civilians is an extra
    expect(figures(s.tallies.exchangeCounts)).toMatchObject({ precision: 0, recall: 0, gold: 1, reported: 2 });
  });

  it('a gold exchange without counts is found by one on the same date', () => {
    const g3 = gold({ exchanges: [{ status: 'completed', date: '2025-03-04', parties: ['Belgium', 'Iran'], counts: [] }] });
    expect(fig(g3, result({ exchanges: [exchange({ date: { iso: '2025-03-04', text: 'Tuesday' } })] }), 'exchanges').f1).toBe(1);
    expect(fig(g3, result({ exchanges: [exchange({ date: { iso: '2025-03-01', text: 'Saturday' } })] }), 'exchanges').f1).toBe(0);
  });

  it('a negative (no exchange in the gold) makes every reported exchange an extra', () => {
    const neg = gold({ exchanges: [], counts: [] });
    const r = result({ exchanges: [exchange({ counts: [count(500)] })], counts: [count(500)] });
    expect(fig(neg, r, 'exchanges')).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(fig(neg, result(), 'exchanges').f1).toBeNull();
  });
});

describe('fields left out of the gold file', () => {
  it('are not scored, and the article says so', () => {
    const s = scoreArticle(gold({ counts: [{ value: 3, text: 'three' }] }), result({ quotes: [quote('"x"', null)], people: [person('Doe')] }));
    expect(s.unscored).toContain('quotes');
    expect(s.unscored).toContain('people');
    expect(s.unscored).toContain('credits');
    expect(s.tallies.quotes.reported).toBe(0);
    expect(s.tallies.people.reported).toBe(0);
  });
});

// ---- gold files ---------------------------------------------------------------

describe('gold files: what is wrong and where', () => {
  const err = (text: string) => {
    try {
      parseGold(text);
    } catch (e) {
      expect(e).toBeInstanceOf(GoldError);
      return (e as Error).message;
    }
    throw new Error('expected a GoldError');
  };

  it('accepts the documented format', () => {
    const g = parseGold(JSON.stringify({
      id: 'x', referenceDate: '2025-03-04', headline: null, bylines: [], dateline: { place: 'ODESA', agency: null }, credits: [],
      exchanges: [{ status: 'proposed', date: null, parties: ['A', 'B'], counts: [{ value: 3, approx: 'exact', perSide: false, side: 'A', category: 'hostages' }], notes: 'n' }],
      counts: [{ value: 3, text: 'three hostages' }], dates: [{ text: 'last week', iso: '2025-02-24', optional: true }],
      locations: ['Odesa'], people: [{ name: 'Jane Doe', title: null }], quotes: [{ speaker: null, start: 'Hello' }], notes: '', source: { url: 'u' },
    }));
    expect(g.exchanges?.[0].counts[0]).toMatchObject({ value: 3, perSide: false, category: 'hostages' });
  });

  it('a JSON syntax error gives the line and column', () => {
    expect(err('{\n  "referenceDate": "2025-03-04",\n  "counts": [,]\n}')).toMatch(/^line 3, column \d+: not valid JSON/);
    expect(err('{"referenceDate": "2025-03-04", "counts": [],}')).toBe('line 1, column 46: not valid JSON: expected a "quoted" field name, found "}" (a comma before })');
    expect(err("{'referenceDate': '2025-03-04'}")).toMatch(/^line 1, column 2: .*double quotes/);
    expect(err('{"notes": "one\ntwo", "referenceDate": "2025-03-04"}')).toMatch(/^line 1, column 15: .*line break/);
    expect(err('  \n')).toMatch(/^the file is empty/);
  });

  it('a wrong value names its field path', () => {
    expect(err('{"referenceDate": "2025-03-04", "exchanges": [{"status": "completed", "date": null, "parties": [], "counts": [{"value": 3, "perSide": "yes", "category": "pows"}]}]}'))
      .toBe('exchanges[0].counts[0].perSide: expected true or false, got "yes"');
    expect(err('{"referenceDate": "2025-02-30"}')).toMatch(/^referenceDate: expected a calendar date/);
    expect(err('{"referenceDate": "2025-03-04", "dates": [{"text": "x", "iso": "March 3"}]}')).toMatch(/^dates\[0\]\.iso:/);
    expect(err('{"referenceDate": "2025-03-04", "exchanges": [{"status": "done", "parties": []}]}')).toMatch(/^exchanges\[0\]\.status: expected one of completed/);
  });

  it('a missing referenceDate or a misspelt field is refused, not silently unscored', () => {
    expect(err('{"counts": []}')).toMatch(/^referenceDate: missing/);
    expect(err('{"referenceDate": "2025-03-04", "quote": []}')).toMatch(/^quote: unknown field \(did you mean "quotes"\?\)/);
    expect(err('[]')).toMatch(/^the file: expected an object/);
  });

  it('checkGold takes parsed objects too', () => {
    expect(checkGold({ referenceDate: '2025-03-04' })).toEqual({ referenceDate: '2025-03-04' });
  });
});

// ---- the floor (ratchet) --------------------------------------------------------

describe('the floor file', () => {
  const figs = (name: string, f1s: Partial<Record<Field, number>>): GroupFigures => {
    const fields = Object.fromEntries(
      FIELDS.map((f) => [f, { gold: 1, found: 0, reported: 1, correct: 0, precision: 0, recall: 0, f1: f1s[f] ?? null }]),
    ) as GroupFigures['fields'];
    return { name, fields };
  };

  it('fails a field below its floor, skips a group not in the run, notes a group with no floor', () => {
    const floor = parseFloor(JSON.stringify({ groups: { fixtures: { quotes: 0.9, places: 0.5 }, devset: { quotes: 0.8 } } }));
    const check = checkFloor(floor, [figs('fixtures', { quotes: 0.85, places: 0.5 }), figs('mine', { quotes: 0.1 })]);
    expect(check.below).toEqual([{ group: 'fixtures', field: 'quotes', f1: 0.85, floor: 0.9 }]);
    expect(check.notRun).toEqual(['devset']);
    expect(check.noFloor).toEqual(['mine']);
  });

  it('--update-floor raises and never lowers', () => {
    const floor = parseFloor(JSON.stringify({ groups: { fixtures: { quotes: 0.9, places: 0.5 } } }));
    const { floor: next, raised } = raiseFloor(floor, [figs('fixtures', { quotes: 0.8, places: 0.61237, exchanges: 0.3 })]);
    expect(next.groups.fixtures).toEqual({ quotes: 0.9, places: 0.6123, exchanges: 0.3 });
    expect(raised.map((r) => r.field).sort()).toEqual(['exchanges', 'places']);
    expect(parseFloor(formatFloor(next)).groups).toEqual(next.groups);
    expect(toFloor(1)).toBe(1);
    expect(toFloor(2 / 3)).toBe(0.6666);
  });

  it('a malformed floor file is refused with where', () => {
    expect(() => parseFloor('{"groups": {"fixtures": {"quote": 0.5}}}')).toThrow(/groups\.fixtures\.quote: unknown field/);
    expect(() => parseFloor('{"groups": {"fixtures": {"quotes": 1.5}}}')).toThrow(/between 0 and 1/);
  });
});

// ---- the command ----------------------------------------------------------------

const WIRE_A = [
  'Two sides swap detainees at border crossing',
  '',
  'ODESA, Ukraine (Reuters) - Two sides exchanged 40 detainees each at a border crossing on Tuesday, officials said.',
  '',
  '"Everyone came back," said regional official Petro Kovalenko.',
  '',
].join('\n');

const GOLD_A = {
  id: 'a',
  referenceDate: '2025-03-04',
  exchanges: [{ status: 'completed', date: '2025-03-04', parties: ['Ukraine', 'Russia'], counts: [{ value: 40, approx: 'exact', perSide: true, side: null, category: 'detainees' }] }],
  counts: [{ value: 40, text: '40 detainees each' }],
  quotes: [{ speaker: 'Petro Kovalenko', start: 'Everyone came back' }, { speaker: null, start: 'A sentence nobody wrote' }],
};

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function runEval(args: string[], cwd = ROOT): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const io = {
    stdin: process.stdin,
    stdout: { write: (s: string) => (out.push(s), true), isTTY: false },
    stderr: { write: (s: string) => (err.push(s), true), isTTY: false },
    env: {},
  };
  const program = new Command().exitOverride();
  registerEval(program, io as never, (c) => (code = Math.max(code, c)));
  const here = process.cwd();
  process.chdir(cwd);
  try {
    await program.parseAsync(['eval', ...args], { from: 'user' });
  } finally {
    process.chdir(here);
  }
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function corpus(): string {
  const dir = tempDir('swapfacts-eval-');
  writeFileSync(join(dir, 'a.txt'), WIRE_A);
  writeFileSync(join(dir, 'a.gold.json'), JSON.stringify(GOLD_A, null, 2));
  writeFileSync(join(dir, 'b.txt'), 'Nothing happened on Tuesday.\n');
  writeFileSync(join(dir, 'c.txt'), 'A wire with a broken gold file.\n');
  writeFileSync(join(dir, 'c.gold.json'), '{\n  "referenceDate": "2025-03-04",\n  "counts": [ {"value": 3, "text": "x"} ],,\n}\n');
  writeFileSync(join(dir, 'README.md'), 'not an article\n');
  mkdirSync(join(dir, 'more'));
  writeFileSync(join(dir, 'more', 'd.txt'), 'Four prisoners were freed on Monday.\n');
  writeFileSync(join(dir, 'more', 'd.gold.json'), JSON.stringify({ referenceDate: '2025-03-04', exchanges: [{ status: 'completed', parties: [], counts: [{ value: 4, perSide: 'no', category: 'prisoners' }] }] }));
  return dir;
}

describe('swapfacts eval', () => {
  it('names a missing and a malformed gold file, scores the rest, exits 1', async () => {
    const dir = corpus();
    const r = await runEval([dir, '--json']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`swapfacts: ${join(dir, 'b.txt')}: no gold file (expected b.gold.json beside it in ${dir})`);
    expect(lines[1]).toMatch(new RegExp(`^swapfacts: ${join(dir, 'c.gold.json')}: line 3, column \\d+: not valid JSON`));
    expect(lines[2]).toBe(`swapfacts: ${join(dir, 'more', 'd.gold.json')}: exchanges[0].counts[0].perSide: expected true or false, got "no"`);
    const json = JSON.parse(r.stdout);
    expect(json.articles).toBe(1);
    expect(json.groups[0].articles).toBe(1);
    // the quote nobody wrote can never be found: quotes recall is at most 1/2 whatever the extractor does
    expect(json.all.fields.quotes.gold).toBe(2);
    expect(json.all.fields.quotes.recall).toBeLessThanOrEqual(0.5);
    expect(json.problems).toHaveLength(3);
  });

  it('prints a table by default, and --details lists misses with the gold text', async () => {
    const dir = tempDir('swapfacts-eval-');
    writeFileSync(join(dir, 'a.txt'), WIRE_A);
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify(GOLD_A));
    const r = await runEval([dir, '--details']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^swapfacts eval: swapfacts-eval-\w+, 1 article\n/);
    expect(r.stdout).toMatch(/\nexchange parties\s/);
    expect(r.stdout).toMatch(/\ncredits\s+–/); // left out of the gold: nothing to measure
    expect(r.stdout).toContain('miss  quotes');
    expect(r.stdout).toContain('“A sentence nobody wrote” (no speaker)');
    expect(r.stdout).toContain('not scored for this article (not in its gold file): ');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('shows groups side by side; NAME=PATH names a group; --skip-missing notes what it skips', async () => {
    const dir = tempDir('swapfacts-eval-');
    mkdirSync(join(dir, 'one'));
    mkdirSync(join(dir, 'two'));
    for (const g of ['one', 'two']) {
      writeFileSync(join(dir, g, 'a.txt'), WIRE_A);
      writeFileSync(join(dir, g, 'a.gold.json'), JSON.stringify(GOLD_A));
    }
    const r = await runEval(['one', 'second=two', 'gone=../nowhere', '--skip-missing'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('swapfacts: note: ../nowhere not found: group "gone" skipped\n');
    expect(r.stdout.split('\n')[0]).toBe('swapfacts eval: one 1, second 1 (2 articles)');
    expect(r.stdout).toMatch(/one\s+second\s+│/);
    const strict = await runEval(['one', 'gone=../nowhere'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('../nowhere: no such file or folder');
  });

  it('--floor fails (exit 3) with a line per field below its floor; a missing group is skipped', async () => {
    const dir = tempDir('swapfacts-eval-');
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'a.txt'), WIRE_A);
    writeFileSync(join(dir, 'mine', 'a.gold.json'), JSON.stringify(GOLD_A));
    writeFileSync(join(dir, 'floor.json'), JSON.stringify({ groups: { mine: { quotes: 0.9 }, devset: { quotes: 0.9 } } }));
    const r = await runEval(['mine', '--floor', 'floor.json'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('swapfacts: note: floor of group "devset" not checked: the group is not in this run\n');
    expect(r.stderr).toMatch(/swapfacts: below floor: mine quotes F1 0\.\d{4} < 0\.9000\n/);
    expect(r.stdout).toMatch(/\nquotes .*\*/);
  });

  it('--update-floor adds a new group and never lowers a floor', async () => {
    const dir = tempDir('swapfacts-eval-');
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'a.txt'), WIRE_A);
    writeFileSync(join(dir, 'mine', 'a.gold.json'), JSON.stringify(GOLD_A));
    const floorPath = join(dir, 'floor.json');
    const first = await runEval(['mine', '--floor', 'floor.json', '--update-floor'], dir);
    expect(first.code).toBe(0);
    const made = JSON.parse(readFileSync(floorPath, 'utf8'));
    expect(Object.keys(made.groups)).toEqual(['mine']);
    expect(made.groups.mine.quotes).toBeLessThanOrEqual(0.6667);
    // a floor above the figures stays where it is, and the run fails on it
    made.groups.mine.quotes = 0.99;
    writeFileSync(floorPath, JSON.stringify(made));
    const again = await runEval(['mine', '--floor', 'floor.json', '--update-floor'], dir);
    expect(again.code).toBe(3);
    expect(JSON.parse(readFileSync(floorPath, 'utf8')).groups.mine.quotes).toBe(0.99);
    const usage = await runEval(['mine', '--update-floor'], dir);
    expect(usage.code).toBe(2);
  });

  it('an article that breaks the extractor is named as an internal problem and the others are still scored', () => {
    const dir = tempDir('swapfacts-eval-');
    for (const n of ['a', 'b']) {
      writeFileSync(join(dir, `${n}.txt`), WIRE_A);
      writeFileSync(join(dir, `${n}.gold.json`), JSON.stringify({ ...GOLD_A, id: n }));
    }
    const report = evaluate([{ name: 'x', paths: [dir] }], {
      run: (text, g, path) => {
        if (path.endsWith('b.txt')) throw new Error('boom');
        return result({ counts: [count(40)] });
      },
    });
    expect(report.articleCount).toBe(1);
    expect(report.problems).toEqual([{ path: join(dir, 'b.txt'), message: 'the extractor failed: boom (a bug: please report it)', kind: 'internal' }]);
    expect(figures(report.all.counts).f1).toBe(1);
  });

  it("a gold id that is not the file's name is refused", () => {
    const dir = tempDir('swapfacts-eval-');
    writeFileSync(join(dir, 'a.txt'), WIRE_A);
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ ...GOLD_A, id: 'b' }));
    const report = evaluate([{ name: 'x', paths: [dir] }], { run: () => result() });
    expect(report.problems[0].message).toMatch(/^id: "b" does not match the article's file name "a"/);
  });

  it('a folder with no articles, or a PATH that is not there, is an error, not an empty table', async () => {
    const dir = tempDir('swapfacts-eval-');
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'notes.md'), 'nothing here\n');
    const r = await runEval(['empty', 'missing'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'swapfacts: empty: no articles in this folder (expected X.txt files with X.gold.json beside them)\n' +
        'swapfacts: missing: no such file or folder (check the path)\n' +
        'swapfacts: no article was scored\n',
    );
  });

  it('group names: NAME=PATH, else the last part of the path', () => {
    expect(groupSpec('../shared/devset')).toEqual({ name: 'devset', paths: ['../shared/devset'] });
    expect(groupSpec('fixtures/')).toEqual({ name: 'fixtures', paths: ['fixtures/'] });
    expect(groupSpec('x/a.txt').name).toBe('a');
    expect(groupSpecs(['mine=a', 'mine=b', 'c'])).toEqual([{ name: 'mine', paths: ['a', 'b'] }, { name: 'c', paths: ['c'] }]);
  });
});

// ---- a perfect tool scores 1: the gold files read back as a Result ------------------

/** What a tool that found exactly the gold would report (spans are not scored, so offsets are dummies). */
function oracle(g: Gold): Result {
  const sp = (text: string) => ({ start: 0, end: text.length, text });
  const cnt = (c: { value: number; perSide: boolean; category: Count['category'] }): Count => ({
    ...sp(String(c.value)), value: c.value, approx: 'exact', category: c.category, noun: '', perSide: c.perSide, side: null,
  });
  return result({
    exchanges: (g.exchanges ?? []).map((e) => exchange({
      status: e.status, date: e.date ? { iso: e.date, text: e.date } : null, parties: e.parties, counts: e.counts.map(cnt),
    })),
    counts: (g.counts ?? []).map((c) => cnt({ value: c.value, perSide: false, category: 'other' })),
    dates: (g.dates ?? []).filter((d) => !d.optional).map((d) => ({ ...sp(d.text), iso: d.iso, grain: 'day' as const })),
    locations: (g.locations ?? []).map((l) => place(l)),
    people: (g.people ?? []).map((p) => person(p.name)),
    quotes: (g.quotes ?? []).map((q) => quote(`“${q.start} and so on.”`, q.speaker)),
    article: {
      headline: g.headline ?? null,
      bylines: g.bylines ?? [],
      dateline: g.dateline ? { text: '', ...g.dateline } : null,
      credits: g.credits ?? [],
    },
  });
}

describe('a tool that reports exactly the gold', () => {
  const dirs = [join(ROOT, 'fixtures'), join(ROOT, '..', 'shared', 'seeds'), join(ROOT, '..', 'shared', 'devset')].filter((d) => existsSync(d));
  it('scores 1 (or nothing to measure) on every field of every gold file in the corpora', () => {
    const report = evaluate(dirs.map((d) => ({ name: d, paths: [d] })), { run: (_text, g) => oracle(g) });
    for (const a of report.groups.flatMap((g) => g.articles)) {
      expect(a.score.issues, a.path).toEqual([]);
    }
    for (const f of FIELDS) expect([null, 1], f).toContain(figures(report.all[f]).f1);
  });
});

// ---- the ratchet over the project's own corpora ---------------------------------

const FLOOR = join(ROOT, 'eval', 'floor.json');
const GROUPS = [
  { name: 'fixtures', paths: [join(ROOT, 'fixtures')] },
  { name: 'seeds', paths: [join(ROOT, '..', 'shared', 'seeds')] },
  { name: 'devset', paths: [join(ROOT, '..', 'shared', 'devset')] },
];
if (!existsSync(join(ROOT, '..', 'shared'))) console.warn('skipping the seeds and devset groups of the ratchet: ../shared not found');

describe.skipIf(!existsSync(FLOOR))('the ratchet: eval/floor.json', () => {
  it('every gold file in the corpora parses, and no field falls below its floor', () => {
    const report = evaluate(GROUPS, { skipMissing: true });
    expect(report.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
    const check = checkFloor(parseFloor(readFileSync(FLOOR, 'utf8')), groupFigures(report));
    expect(check.below.map((b) => `${b.group} ${b.field}: F1 ${b.f1.toFixed(4)} < floor ${b.floor}`)).toEqual([]);
  });
});
