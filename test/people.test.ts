// The people stage: named persons in the body with their titles, affiliations and every
// mention. Unit tests run the whole pipeline on short original wires; the last block
// scores people by surname on the shared seeds and devset when ../shared is there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { findPeople } from '../src/people/index.js';
import type { Person } from '../src/types.js';
import { SHARED } from './helpers.js';
import { bareContext } from './stages.js';

const people = (text: string): Person[] => extract(text, { referenceDate: '2025-03-04' }).people;
const names = (text: string) => people(text).map((p) => p.name);
const person = (text: string, name: string) => {
  const p = people(text).find((x) => x.name === name);
  if (!p) throw new Error(`no person ${name} in ${JSON.stringify(names(text))}`);
  return p;
};

/** The stage alone on a text whose body is all of it (no header stage). */
function stageOnly(text: string): Person[] {
  return findPeople(bareContext(text));
}

describe('people: names and titles', () => {
  it('reads a title written before the name, with the affiliation it names', () => {
    const text = 'ODESA, Ukraine (Reuters) - Ukrainian Interior Minister Ihor Klymenko visited the port on Tuesday.\n';
    const p = person(text, 'Ihor Klymenko');
    expect(p.title).toBe('Ukrainian Interior Minister');
    expect(p.affiliation).toBe('Ukraine');
  });

  it('keeps lower-case titles and stops at function words', () => {
    const text = 'Talks resumed on Monday, according to Kremlin aide Yuri Ushakov. The list was handed over by deputy army chief Petro Hrytsenko.\n';
    expect(person(text, 'Yuri Ushakov').title).toBe('Kremlin aide');
    expect(person(text, 'Petro Hrytsenko').title).toBe('deputy army chief');
  });

  it('reads appositive titles after and before a name', () => {
    const text = [
      'Marta Oliynyk, a spokeswoman for the coordination centre, said 40 men had returned.',
      'In Lviv, the head of the regional council, Taras Hnatyuk, said buses were waiting.',
      'Another medic, Ostap Bilyk, 41, from Rivne, said he had treated the wounded.',
    ].join('\n');
    expect(person(text, 'Marta Oliynyk').title).toBe('spokeswoman for the coordination centre');
    expect(person(text, 'Taras Hnatyuk').title).toBe('head of the regional council');
    expect(person(text, 'Ostap Bilyk').title).toBe('medic');
  });

  it('names "of X" in a title as the affiliation', () => {
    const text = 'Deputy Foreign Minister of Moldova Radu Cernat welcomed the release.\n';
    const p = person(text, 'Radu Cernat');
    expect(p.title).toBe('Deputy Foreign Minister of Moldova');
    expect(p.affiliation).toBe('Moldova');
  });

  it('links later surname-only, honorific and possessive mentions to the full name', () => {
    const text = 'Separatist commander Bohdan Yarema said the buses had left. Mr Yarema added that more would follow. Yarema’s deputy declined to comment.\n';
    const p = person(text, 'Bohdan Yarema');
    expect(p.mentions.map((m) => m.text)).toEqual(['Bohdan Yarema', 'Yarema', 'Yarema']);
    for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds transliterated names no first-name list knows, from a speech verb or an age', () => {
    const text = 'Oleh Vasylchenko said the exchange took hours. Ilham Rzayev, 44, was among those freed. Nikol Arakelyan told reporters he was tired.\n';
    expect(names(text)).toEqual(['Oleh Vasylchenko', 'Ilham Rzayev', 'Nikol Arakelyan']);
  });

  it('counts single-name people introduced by "called", "named" or a kinship word', () => {
    const text = 'A nurse called Olena met the buses. Her son Danylo waited with a boy named Maksym.\n';
    expect(names(text)).toEqual(['Olena', 'Danylo', 'Maksym']);
    expect(person(text, 'Olena').title).toBe('nurse');
  });

  it('knows a single surname from the lexicon and "the X administration"', () => {
    const text = 'The deal was discussed with Putin by phone. It was the largest swap of the Biden administration.\n';
    expect(names(text)).toEqual(['Putin', 'Biden']);
  });

  it('does not take places, organisations, platforms, months or ordinary words for people', () => {
    const text = [
      'KYIV (Reuters) - Kyiv said on Friday the swap was complete. Moscow said 90 men had returned.',
      'The Red Cross said it had visited the camps. Hamas said it would respond in March.',
      'Officials said the Defence Ministry posted a video on Telegram. Many said they were relieved.',
      'Witnesses said the Azov brigade fighters looked thin. The Security Service of Ukraine said nothing.',
    ].join('\n');
    expect(names(text)).toEqual([]);
  });

  it('leaves an "Author:" line out of the people', () => {
    const text = 'Author: Jane Doe\n\nThe swap took place near the border, said Ukrainian official Serhiy Lysak.\n';
    expect(stageOnly(text).map((p) => p.name)).toEqual(['Serhiy Lysak']);
  });

  it('leaves bylines and credits out even when they sit in the body range', () => {
    const text = 'By Jane Doe\nThe swap took place near the border, said Ukrainian official Serhiy Lysak.\n(Reporting by Tom Roe; Editing by Ann Poe)';
    expect(stageOnly(text).map((p) => p.name)).toEqual(['Serhiy Lysak']);
  });

  it('does not read "in X" as a person from the shape of a name alone', () => {
    const text = 'Shells hit homes in Spin Boldak overnight, officials said.\n';
    expect(names(text)).toEqual([]);
  });

  it('keeps a surname that is also a place name when a first name comes before it', () => {
    const text = 'Raúl Ibarra, a businessman, was freed on Monday. Ibarra flew home the same night.\n';
    expect(person(text, 'Raúl Ibarra').mentions).toHaveLength(2);
  });

  it('takes a demonym no list knows (a country plus -an, -ian, -ese, -i) for no person', () => {
    const text = [
      'LOME (Reuters) - The Togolese government said two Chadian pilots were freed. The Malian government said nothing.',
      'Officials from the Gabonese side confirmed it, said Gabon official Ama Mensah.',
    ].join('\n');
    expect(names(text)).toEqual(['Ama Mensah']);
    expect(person(text, 'Ama Mensah').affiliation).toBe('Gabon');
  });

  it('keeps a surname made from a city ("-i") a surname', () => {
    const text = 'Pilot Reza Shirazi, 40, was freed. Shirazi said he was well.\n';
    expect(names(text)).toEqual(['Reza Shirazi']);
  });

  it('does not take a sentence adverb before a comma for a person', () => {
    const text = 'Separately, the regional governor, a former officer, toured the site. Additionally, the mayor spoke.\n';
    expect(names(text)).toEqual([]);
  });

  it('finds a name no list knows when a relative clause stands between it and the speech verb', () => {
    const text = 'Dobrynya Zhuravel, who keeps the lists for the rebel side, said 20 men were waiting.\n';
    expect(names(text)).toEqual(['Dobrynya Zhuravel']);
  });

  it('finds a name joined by "and" to a person under one plural title', () => {
    const text = 'Former mayors Rodrigo Salcedo and Eulogio Barrantes were freed on Monday.\n';
    expect(names(text)).toEqual(['Rodrigo Salcedo', 'Eulogio Barrantes']);
  });

  it('takes a demonym before a name as a title, hyphenated ones included, and keeps a kunya', () => {
    const text = 'Briton Gareth Colley and Israeli-American Noa Fendler were freed. Abu Qasim, a spokesman for the group, confirmed it.\n';
    expect(names(text)).toEqual(['Gareth Colley', 'Noa Fendler', 'Abu Qasim']);
  });

  it('knows common given names from beyond the English-speaking world', () => {
    const text = 'Mykola Dorosh was freed. Yasser Qadri was also freed. Talks with Tetiana Bilous went on.\n';
    expect(names(text)).toEqual(['Mykola Dorosh', 'Yasser Qadri', 'Tetiana Bilous']);
  });

  it('keeps a father\'s name after "bin" that is also a title word, and a first name after "of"', () => {
    const text = 'Sheikh Khalid bin Sultan al-Qurashi met the envoy. The release of Evan Harlowe was announced.\n';
    expect(names(text)).toEqual(['Khalid bin Sultan al-Qurashi', 'Evan Harlowe']);
  });

  it('takes no news agency or ordinary word before "government" for a person', () => {
    const text = 'Asked by Reuters, the spokesman said nothing. Regular government bonds fell. The Orlov government resigned.\n';
    expect(names(text)).toEqual(['Orlov']);
  });

  it('reads "Speaker" and "Col." as titles', () => {
    const text = 'House Speaker Dana Whitfield met Lt. Col. Marcus Bell on Monday.\n';
    expect(names(text)).toEqual(['Dana Whitfield', 'Marcus Bell']);
  });

  it('is sorted by first mention and deterministic', () => {
    const text = 'Ukrainian President Volodymyr Zelenskiy thanked Turkish President Recep Tayyip Erdogan. Zelenskiy said the talks would go on.\n';
    const a = people(text);
    expect(a.map((p) => p.name)).toEqual(['Volodymyr Zelenskiy', 'Recep Tayyip Erdogan']);
    expect(people(text)).toEqual(a);
  });
});

describe('people: hostile input', () => {
  it('handles a megabyte of capitalised words, quotes and commas (its cost is measured by npm run bench)', () => {
    for (const text of ['Aa '.repeat(300_000), 'Mr Ivan Petrov, 38, said '.repeat(40_000), 'head of the '.repeat(80_000) + 'Ivan Petrov said']) {
      for (const p of stageOnly(text).slice(0, 50)) for (const m of p.mentions.slice(0, 5)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('returns valid spans for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom('Ivan ', 'Petrenko ', 'said ', ', ', 'Mr ', 'the ', 'President ', '. ', '“', '”', '\n', 'Kyiv '), { maxLength: 40 }), (s, parts) => {
        const text = s + parts.join('');
        for (const p of stageOnly(text)) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }),
      { numRuns: 200 },
    );
  });
});

// Scored by surname like `swapfacts eval`: the targets are F1 >= 0.9 on seeds and devset.
const dirs = ['seeds', 'devset'].map((d) => join(SHARED, d));
const haveShared = dirs.every((d) => existsSync(d));
if (!haveShared) console.warn('skipping: ../shared not found');
describe.skipIf(!haveShared)('people on the shared seeds and devset', () => {
  it('finds the gold people by surname (F1 >= 0.9)', () => {
    const last = (s: string) => s.toLowerCase().split(/\s+/).pop()!.replace(/['’]s$/, '');
    let tp = 0;
    let gold = 0;
    let reported = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        const g = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
        const r = extract(readFileSync(join(dir, f), 'utf8'), { referenceDate: g.referenceDate, path: f });
        const want = new Set<string>(g.people.map((p: { name: string }) => last(p.name)));
        const got = new Set(r.people.map((p) => last(p.name)));
        gold += want.size;
        reported += got.size;
        for (const s of got) if (want.has(s)) tp++;
      }
    }
    const p = tp / reported;
    const rc = tp / gold;
    expect((2 * p * rc) / (p + rc)).toBeGreaterThanOrEqual(0.9);
  });
});
