import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDoc } from '../src/document/document.js';
import { readHeader } from '../src/header/index.js';
import { parseByline } from '../src/header/byline.js';
import { parseCredits } from '../src/header/credits.js';
import type { Header } from '../src/context.js';

const read = (text: string) => readHeader(createDoc(text, null));
const slice = (text: string, r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);
const bodyOf = (text: string, h: Header) => text.slice(h.body.start, h.body.end);

describe('datelines', () => {
  const cases: [string, string, string | null, string | null][] = [
    // line, dateline text, place, agency
    ['LVIV REGION, Ukraine (Reuters) -Kyiv said on Monday.', 'LVIV REGION, Ukraine (Reuters) -', 'LVIV REGION, Ukraine', 'Reuters'],
    ['TBILISI (Reuters) \u2013 Georgia said on Monday.', 'TBILISI (Reuters) \u2013', 'TBILISI', 'Reuters'],
    ['KHARKIV, Ukraine (AP) \u2014 Officials said on Monday.', 'KHARKIV, Ukraine (AP) \u2014', 'KHARKIV, Ukraine', 'AP'],
    ['Minsk/Vilnius, May 4, (dpa/GNA) \u2013 Two men were freed.', 'Minsk/Vilnius, May 4, (dpa/GNA) \u2013', 'Minsk/Vilnius', 'dpa/GNA'],
    ['ANKARA/MOSCOW, Mar 3 (Reuters) - Talks went on.', 'ANKARA/MOSCOW, Mar 3 (Reuters) -', 'ANKARA/MOSCOW', 'Reuters'],
    ['Oct. 12 (UPI) -- Five sailors were freed.', 'Oct. 12 (UPI) --', null, 'UPI'],
    ['AMMAN, Jordan (AFP) - A convoy left at dawn.', 'AMMAN, Jordan (AFP) -', 'AMMAN, Jordan', 'AFP'],
    ['TORONTO, Aug 9 - The board met on Friday.', 'TORONTO, Aug 9 -', 'TORONTO', null],
    ['SPRINGFIELD, Ill. Aug 9 - The board met on Friday.', 'SPRINGFIELD, Ill. Aug 9 -', 'SPRINGFIELD, Ill.', null],
    ['LIMA, AuG 9 - The board met on Friday.', 'LIMA, AuG 9 -', 'LIMA', null],
    ['KHERSON REGION, Ukraine \u2014 Both sides handed over bodies.', 'KHERSON REGION, Ukraine \u2014', 'KHERSON REGION, Ukraine', null],
    ['ISLAMABAD: The court freed the two men on Monday.', 'ISLAMABAD:', 'ISLAMABAD', null],
    ['TIRANA(Reuters) - The court ruled on Monday.', 'TIRANA(Reuters) -', 'TIRANA', 'Reuters'],
    ['(Reuters) - The court ruled on Monday.', '(Reuters) -', null, 'Reuters'],
    // other agencies' shapes
    ['Quito, Mar 4 (EFE).- The court ruled on Monday.', 'Quito, Mar 4 (EFE).-', 'Quito', 'EFE'],
    ['Lima, 4 mar (EFE) .- The court ruled on Monday.', 'Lima, 4 mar (EFE) .-', 'Lima', 'EFE'],
    ['HANOI, Mar. 4 (Xinhua) -- The court ruled on Monday.', 'HANOI, Mar. 4 (Xinhua) --', 'HANOI', 'Xinhua'],
    ['Jaipur, Mar 4 (ANI): The court ruled on Monday.', 'Jaipur, Mar 4 (ANI):', 'Jaipur', 'ANI'],
    ['Herat [Afghanistan], Mar 4 (ANI): The court ruled.', 'Herat [Afghanistan], Mar 4 (ANI):', 'Herat [Afghanistan]', 'ANI'],
    ['Pune, Mar 4 (IANS) The court ruled on Monday.', 'Pune, Mar 4 (IANS)', 'Pune', 'IANS'],
    ['MINSK, March 4. /TASS/. The court ruled on Monday.', 'MINSK, March 4. /TASS/.', 'MINSK', 'TASS'],
    ['LVIV. Mar 4 (Interfax-Ukraine) - The court ruled.', 'LVIV. Mar 4 (Interfax-Ukraine) -', 'LVIV', 'Interfax-Ukraine'],
    ['OSAKA, Mar. 4 Kyodo - The court ruled on Monday.', 'OSAKA, Mar. 4 Kyodo -', 'OSAKA', 'Kyodo'],
    ['Jeddah, Mar 4, 2024, SPA -- The court ruled on Monday.', 'Jeddah, Mar 4, 2024, SPA --', 'Jeddah', 'SPA'],
    ['Tabriz, IRNA -- The court ruled on Monday.', 'Tabriz, IRNA --', 'Tabriz', 'IRNA'],
    ['(CNN)The court ruled on Monday.', '(CNN)', null, 'CNN'],
    // a short code after a bare comma is a state, a mixed-case word a province
    ['ERIE, PA - The court ruled on Monday afternoon.', 'ERIE, PA -', 'ERIE, PA', null],
    ['SHIRAZ, Fars - The court ruled on Monday afternoon.', 'SHIRAZ, Fars -', 'SHIRAZ, Fars', null],
    ['DOVER Del. Mar 4 - The court ruled on Monday.', 'DOVER Del. Mar 4 -', 'DOVER Del.', null],
  ];
  for (const [line, dl, place, agency] of cases) {
    it(`reads "${dl}"`, () => {
      const text = `Court frees two men\n${line}\nA second paragraph follows.`;
      const h = read(text);
      expect(h.article.dateline).toEqual({ text: dl, place, agency });
      expect(slice(text, h.dateline)).toBe(dl);
      expect(slice(text, h.datelinePlace)).toBe(place);
      // the body starts right after the dash
      expect(bodyOf(text, h).startsWith(line.slice(dl.length).trimStart())).toBe(true);
    });
  }

  it('does not read ordinary first sentences as datelines', () => {
    for (const line of [
      'Russia and Ukraine \u2014 two old foes \u2014 swapped prisoners on Monday.',
      'On Monday, March 3 - the day of the swap - crowds gathered.',
      'The monitor (SOHR) said 40 people were freed.',
      'He said: the men are free.',
      'UPDATE: the men are free and home with their families.',
      // a known agency with no dash needs a date and a capital after it
      'The men freed on Mar 4 (AP) were flown home.',
      'The men freed in Quito (AFP) The rest stayed.',
    ]) {
      expect(read(line).article.dateline, line).toBeNull();
    }
  });

  it('reads "TOPIC - SOURCE" above a real dateline as the headline', () => {
    const text = 'GRAIN EXPORTS SEEN LOWER - MINISTRY\n    OTTAWA, May 5 - Canada expects lower grain exports this year.';
    const h = read(text);
    expect(h.article.headline).toBe('GRAIN EXPORTS SEEN LOWER - MINISTRY');
    expect(h.article.dateline?.place).toBe('OTTAWA');
  });

  it('needs story words after a bare capitals dateline ("TOPIC - APR 7" is a title)', () => {
    const text = 'HARBOUR RATES - APR 7\n one month 5.1\n two months 5.2';
    const h = read(text);
    expect(h.article.dateline).toBeNull();
    expect(h.article.headline).toBe('HARBOUR RATES - APR 7');
  });

  it('takes a date written after the dash', () => {
    const h = read('SMALL BANK SETS DIVIDEND\n    EASTON, Md., - May 4 - Small Bank said it set a dividend.');
    expect(h.article.dateline?.place).toBe('EASTON, Md.');
    expect(h.article.dateline?.text).toBe('EASTON, Md., - May 4 -');
  });

  it('skips stray marks before the place', () => {
    const text = 'ALUMINIUM OUTPUT RISES\n****OSLO, May 4 - Output rose in April, the ministry said.';
    const h = read(text);
    expect(h.article.dateline?.place).toBe('OSLO');
    expect(slice(text, h.datelinePlace)).toBe('OSLO');
  });
});

describe('headlines', () => {
  it('takes a short title line above the dateline, and page date lines after it as header', () => {
    const text = 'Both sides free 30 captives in overnight swap\n11 Mar 2024\nThe two sides freed 30 captives overnight, officials said.';
    const h = read(text);
    expect(h.article.headline).toBe('Both sides free 30 captives in overnight swap');
    expect(slice(text, h.headline)).toBe(h.article.headline);
    expect(bodyOf(text, h)).toBe('The two sides freed 30 captives overnight, officials said.');
  });

  it('rejects a first line that is a sentence', () => {
    expect(read('The two sides freed 30 captives overnight.\nMore followed.').article.headline).toBeNull();
    expect(
      read('After talks, the captives will go home to their families in the north, the committee reported\nMore text.').article
        .headline,
    ).toBeNull();
  });

  it('rejects the first piece of a hard-wrapped paragraph', () => {
    expect(read('The two sides freed 30 captives on\nMonday, officials said.').article.headline).toBeNull();
    expect(read('The two sides freed 30 captives\nearly on Monday, officials said.').article.headline).toBeNull();
  });

  it('keeps a trailing "U.S." in an all-capitals title', () => {
    expect(read('FARM GROUP SEEKS HELP FROM U.S.\nWASHINGTON, May 4 - A farm group asked for help.').article.headline).toBe(
      'FARM GROUP SEEKS HELP FROM U.S.',
    );
  });

  it('has no headline when the text opens with a byline or a dateline', () => {
    expect(read('By Ana Lima\nQUITO (Reuters) - Two men were freed.').article.headline).toBeNull();
    expect(read('QUITO (Reuters) - Two men were freed.').article.headline).toBeNull();
  });

  it('passes a standfirst above a byline through the headline range, not as the headline', () => {
    const text = 'Both sides say they freed 30 captives.\n\nBy Ana Lima\n\nThe captives crossed at dawn.';
    const h = read(text);
    expect(h.article.headline).toBeNull();
    expect(slice(text, h.headline)).toBe('Both sides say they freed 30 captives.');
    expect(h.article.bylines).toEqual(['Ana Lima']);
    expect(bodyOf(text, h)).toBe('The captives crossed at dawn.');
  });

  it('reads a title-only text as a headline that is also the body', () => {
    const text = 'TWO SIDES AGREE ON CAPTIVE SWAP';
    const h = read(text);
    expect(h.article.headline).toBe(text);
    expect(h.body).toEqual({ start: 0, end: text.length });
  });

  it('treats a bare agency or house line as header, not headline', () => {
    const text = 'Talks yield captive swap\n\nAFP\n\nThe captives crossed at dawn.';
    const h = read(text);
    expect(h.article.headline).toBe('Talks yield captive swap');
    expect(h.article.dateline).toBeNull();
    expect(bodyOf(text, h)).toBe('The captives crossed at dawn.');
    expect(read('Metro News\n\nLIMA: Two men were freed on Monday night.').article.headline).toBeNull();
  });
});

describe('bylines', () => {
  it('lists persons only', () => {
    expect(parseByline('By Ana Lima')).toEqual(['Ana Lima']);
    expect(parseByline('By Ana Lima and Jon Berg')).toEqual(['Ana Lima', 'Jon Berg']);
    expect(parseByline('By Ana Lima, Jon Berg and Eva K. Holm')).toEqual(['Ana Lima', 'Jon Berg', 'Eva K. Holm']);
    expect(parseByline('By Ana Lima in Quito')).toEqual(['Ana Lima']);
    expect(parseByline('By Ana Lima Associated Press')).toEqual(['Ana Lima']);
    expect(parseByline('By Reuters - 3 May 2021 - 10:15')).toEqual([]);
    expect(parseByline('By AP staff')).toEqual([]);
    expect(parseByline('By Associated Press')).toEqual([]);
    expect(parseByline('by The Daily Example news desk May 3, 2021 1:24 PM 2 min read')).toEqual([]);
  });

  it('keeps the byline line out of the body', () => {
    const text = 'By Ana Lima\nQUITO (Reuters) - Two men were freed.';
    const h = read(text);
    expect(h.article.bylines).toEqual(['Ana Lima']);
    expect(bodyOf(text, h)).toBe('Two men were freed.');
  });

  it('drops a reporter title written after the name', () => {
    expect(parseByline('By ANA LIMA Associated Press Writer')).toEqual(['ANA LIMA']);
    expect(parseByline('By JON BERG AP Diplomatic Writer')).toEqual(['JON BERG']);
    expect(parseByline('By Ana Lima Staff Writer')).toEqual(['Ana Lima']);
    expect(parseByline('By Ana Lima and Jon Berg Associated Press Writers')).toEqual(['Ana Lima', 'Jon Berg']);
    expect(parseByline('By Ana Lima, Chief Political Correspondent')).toEqual(['Ana Lima']);
  });

  it('skips a title line under a byline', () => {
    const text = 'Two men freed\nBy ANA LIMA\nAssociated Press Writer\nQUITO (AP) — Two men were freed.';
    const h = read(text);
    expect(h.article.bylines).toEqual(['ANA LIMA']);
    expect(h.article.dateline?.place).toBe('QUITO');
    expect(bodyOf(text, h)).toBe('Two men were freed.');
  });

  it('reads other lead-ins: "Author:", "Written by", "Reporting by", "By:"', () => {
    for (const lead of ['Author:', 'Authors:', 'Written by', 'Reporting by', 'By:']) {
      const text = `Two men freed\n\n${lead} Ana Lima and Jon Berg\n\nMay 3, 2024 6:12 PM · 2 min read\n\nTwo men were freed on Friday.`;
      const h = read(text);
      expect(h.article.bylines, lead).toEqual(['Ana Lima', 'Jon Berg']);
      expect(bodyOf(text, h), lead).toBe('Two men were freed on Friday.');
    }
    // a lead-in before no name is a sentence
    expect(read('Two men freed\nWritten by hand, the note asked for help\nMore followed.').article.bylines).toEqual([]);
  });

  it('reads persons credited to an agency below the headline', () => {
    for (const [line, names] of [
      ['Ana Lima, Reuters', ['Ana Lima']],
      ['Ana Lima and Jon Berg, Associated Press', ['Ana Lima', 'Jon Berg']],
      ['Ana Lima | AFP', ['Ana Lima']],
      ['Ana Lima (AP)', ['Ana Lima']],
    ] as const) {
      const text = `Two men freed\n${line}\nTwo men were freed on Friday.`;
      const h = read(text);
      expect(h.article.headline, line).toBe('Two men freed');
      expect(h.article.bylines, line).toEqual(names);
      expect(bodyOf(text, h), line).toBe('Two men were freed on Friday.');
    }
  });

  it('keeps a title with a source tail a headline, and a sentence-like name line out', () => {
    const first = read('Maria Lopez Wins Award - Reuters\nThe prize was given on Friday.');
    expect(first.article.headline).toBe('Maria Lopez Wins Award - Reuters');
    expect(first.article.bylines).toEqual([]);
    const second = read('Two men freed\nJohn Berg Visits Quito, Reuters\nThe men were freed on Friday.');
    expect(second.article.bylines).toEqual([]);
    // no known first name: no person
    expect(read('Two men freed\nRebel Leaders Meet, AFP\nThe men were freed.').article.bylines).toEqual([]);
  });

  it('reads names alone below the headline when header furniture or the dateline follows', () => {
    for (const [lines, names] of [
      ['Ana Lima\nReuters\nMay 3, 2024 3:45 PM GMT\n', ['Ana Lima']],
      ['ANA LIMA\nAssociated Press\n', ['ANA LIMA']],
      ['Ana Lima in Quito\nFri 3 May 2024 12.00 GMT\n', ['Ana Lima']],
      ['Ana Lima\nSenior Correspondent\n', ['Ana Lima']],
      ['Ana Lima and Jon Berg\nQUITO (Reuters) - ', ['Ana Lima', 'Jon Berg']],
    ] as const) {
      const text = `Two men freed\n${lines}Two men were freed on Friday.`;
      const h = read(text);
      expect(h.article.bylines, lines).toEqual(names);
      expect(bodyOf(text, h), lines).toBe('Two men were freed on Friday.');
    }
    // no known first name: a subtitle or a table row, not a byline
    for (const line of ['Talks Stall Again', 'Harbour Authorities']) {
      const text = `Two men freed\n${line}\nMay 3, 2024\nTwo men were freed on Friday.`;
      expect(read(text).article.bylines, line).toEqual([]);
    }
  });

  it('reads a name dated on its own line ("Name | date")', () => {
    const text = 'Two men freed\nEmre Kaya   |03.05.2024 - Update : 03.05.2024\nTwo men were freed on Friday.';
    const h = read(text);
    expect(h.article.bylines).toEqual(['Emre Kaya']);
    expect(bodyOf(text, h)).toBe('Two men were freed on Friday.');
  });

  it('skips a "Source: agency | date | Editor: name" page line, not a story line that opens with "Source:"', () => {
    const text = 'Two men freed\nSource: Xinhua | 2024-05-03 20:15:32 | Editor: Li Wen\nTwo men were freed on Friday.';
    expect(bodyOf(text, read(text))).toBe('Two men were freed on Friday.');
    const story = 'Two men freed\nSource: officials said the two men were freed\nMore followed.';
    expect(bodyOf(story, read(story)).startsWith('Source: officials')).toBe(true);
  });

  it('does not take a sentence that opens with "By" for a byline', () => {
    const h = read('By Monday the two sides had freed 40 people.\nMore followed.');
    expect(h.article.bylines).toEqual([]);
    expect(h.body.start).toBe(0);
  });
});

describe('credits', () => {
  it('parses roles and names', () => {
    expect(parseCredits('Reporting by Ana Lima, Jon Berg and Eva Holm; Writing by Tim Roe and Lea Vogt, Editing by Max Fry')).toEqual([
      { role: 'reporting', names: ['Ana Lima', 'Jon Berg', 'Eva Holm'] },
      { role: 'writing', names: ['Tim Roe', 'Lea Vogt'] },
      { role: 'editing', names: ['Max Fry'] },
    ]);
    expect(parseCredits('Additional reporting by Kyiv newsroom; Editing by Max Fry')).toEqual([
      { role: 'additional reporting', names: ['Kyiv newsroom'] },
      { role: 'editing', names: ['Max Fry'] },
    ]);
    expect(parseCredits('Reporting by ReutersEditing by Max Fry')).toEqual([
      { role: 'reporting', names: ['Reuters'] },
      { role: 'editing', names: ['Max Fry'] },
    ]);
    expect(parseCredits('Reporting by Ana Lima in Quito and Jon Berg in Lima')).toEqual([
      { role: 'reporting', names: ['Ana Lima', 'Jon Berg'] },
    ]);
  });

  const story = 'QUITO (Reuters) - Two men were freed on Monday.\nThey are home.';
  const closings: [string, { role: string; names: string[] }[]][] = [
    ['(Reporting by Ana Lima; Editing by Max Fry)', [{ role: 'reporting', names: ['Ana Lima'] }, { role: 'editing', names: ['Max Fry'] }]],
    ['Reporting by Ana Lima, Writing by Tim Roe', [{ role: 'reporting', names: ['Ana Lima'] }, { role: 'writing', names: ['Tim Roe'] }]],
    ['-- Compiled by Eva Holm', [{ role: 'compiling', names: ['Eva Holm'] }]],
    [
      'Associated Press writers Ana Lima in Quito, Ecuador, and Jon Berg in Lima contributed to this report.',
      [{ role: 'additional reporting', names: ['Ana Lima', 'Jon Berg'] }],
    ],
  ];
  for (const [closing, credits] of closings) {
    it(`reads "${closing}" and ends the body before it`, () => {
      const text = `${story}\n\n${closing}\n`;
      const h = read(text);
      expect(h.article.credits).toEqual(credits);
      expect(bodyOf(text, h)).toBe('Two men were freed on Monday.\nThey are home.');
    });
  }

  it('reads a credits block that closes the last paragraph', () => {
    const text = 'QUITO (Reuters) - Two men were freed. (Reporting by Ana Lima; Editing by Max Fry)';
    const h = read(text);
    expect(h.article.credits.map((c) => c.role)).toEqual(['reporting', 'editing']);
    expect(bodyOf(text, h)).toBe('Two men were freed.');
  });

  it('drops trailing agency sign-offs', () => {
    for (const tail of ['\n Reuter\n', '\nAFP', ' REUTER']) {
      const text = `TORONTO, Aug 9 - The board met on Friday.${tail}`;
      expect(bodyOf(text, read(text)), JSON.stringify(tail)).toBe('The board met on Friday.');
    }
  });

  it('skips photo captions between the headline and the dateline', () => {
    for (const cap of [
      '[2/4] Freed men walk to a bus near the border, May 3, 2024. REUTERS/Ana Lima Purchase Licensing Rights, opens new tab',
      'Freed men walk to a bus near the border on Friday. (AP Photo/Ana Lima, File)',
      'Freed men walk to a bus near the border on Friday. (Photo by ANA LIMA / AFP)',
    ]) {
      const text = `Two men freed\n${cap}\nQUITO (Reuters) - Two men were freed on Friday.`;
      const h = read(text);
      expect(h.article.dateline?.place, cap).toBe('QUITO');
      expect(bodyOf(text, h), cap).toBe('Two men were freed on Friday.');
    }
  });

  it('drops end marks, desk initials, copyright notices and page lines after the story', () => {
    for (const tail of [
      '\nEnditem', '\n(END)', '\n-ends-', '\n###', ' Enditem', '\nbur-abc/xy', '\nxy/abc', '\nAFP/xy', '\n/Xinhua/',
      '\n© Example News Agency', '\nCopyright 2024 The Example Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      '\nSource: Xinhua | 2024-05-03 20:15:32', '\nXinhua | Updated: 2024-05-03 20:15',
    ]) {
      const text = `TORONTO, Aug 9 - The board met on Friday.${tail}`;
      expect(bodyOf(text, read(text)), JSON.stringify(tail)).toBe('The board met on Friday.');
    }
    // units in a closing table row, a place pair and a story sentence stay
    for (const tail of ['\nPrice 12.5 cts/lb', '\ncts/lb', '\nKiev/Moscow', '\nThe findings may not be published before the trial.']) {
      const text = `TORONTO, Aug 9 - The board met on Friday.${tail}`;
      expect(bodyOf(text, read(text)), JSON.stringify(tail)).toBe(`The board met on Friday.${tail}`);
    }
  });

  it('leaves a story sentence that mentions reporting alone', () => {
    const text = 'QUITO (Reuters) - Two men were freed.\nReporting by the state broadcaster suggested that more would follow soon.';
    const h = read(text);
    expect(h.article.credits).toEqual([]);
    expect(bodyOf(text, h).endsWith('follow soon.')).toBe(true);
  });
});

describe('line endings and robustness', () => {
  const lines = ['Captives freed in swap', 'By Ana Lima', 'QUITO (Reuters) - Two men were freed.', '(Reporting by Ana Lima)'];
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR', '\r']] as const) {
    it(`reads the same header with ${name} line endings, leading blanks and trailing spaces`, () => {
      const text = `${eol}${eol}  ${lines.join(`   ${eol}`)}  ${eol}`;
      const h = read(text);
      expect(h.article).toEqual({
        headline: 'Captives freed in swap',
        bylines: ['Ana Lima'],
        dateline: { text: 'QUITO (Reuters) -', place: 'QUITO', agency: 'Reuters' },
        credits: [{ role: 'reporting', names: ['Ana Lima'] }],
      });
      expect(bodyOf(text, h)).toBe('Two men were freed.');
    });
  }

  it('handles empty and blank input', () => {
    expect(read('').article).toEqual({ headline: null, bylines: [], dateline: null, credits: [] });
    const h = read(' \n\r\n ');
    expect(h.body.start).toBeLessThanOrEqual(h.body.end);
  });

  it('stays fast on hostile 1 MB inputs', () => {
    const n = 1_000_000;
    for (const text of [
      'a'.repeat(n),
      '('.repeat(n),
      '- '.repeat(n / 2),
      'By ' + 'Ab '.repeat(n / 3),
      'MOSCOW, '.repeat(n / 8),
      '(Reporting by ' + 'A and '.repeat(n / 6) + ')',
      'x. ' + ' '.repeat(n) + 'REUTER',
      '\r'.repeat(n),
    ]) {
      const h = read(text);
      expect(h.body.start).toBeLessThanOrEqual(h.body.end);
      expect(h.body.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('always returns ranges inside the text that agree with the article fields', () => {
    const piece = fc.constantFrom(
      'By Ana Lima', 'QUITO (Reuters) - ', 'TORONTO, Aug 9 - ', 'KABUL: ', '(Reporting by Ana Lima)', 'AFP', 'Reuter',
      '\n', '\r\n', '\r', ' ', 'Two men were freed.', 'FARM GROUP', ' - ', '(', ')', ':', '\u2014', 'May 4', '04 Jan 2025',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const text = parts.join('');
        const h = read(text);
        const inText = (r: { start: number; end: number } | null) =>
          r === null || (0 <= r.start && r.start <= r.end && r.end <= text.length);
        expect(inText(h.body) && inText(h.dateline) && inText(h.datelinePlace) && inText(h.headline)).toBe(true);
        if (h.article.dateline) expect(slice(text, h.dateline)).toBe(h.article.dateline.text);
        if (h.article.dateline?.place) expect(slice(text, h.datelinePlace)).toBe(h.article.dateline.place);
        if (h.article.headline) expect(slice(text, h.headline)).toBe(h.article.headline);
      }),
      { numRuns: 400 },
    );
  });
});

// Real wires: every header field of the seeds and devset agrees with its gold.
const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const haveShared = existsSync(join(SHARED, 'devset'));
if (!haveShared) console.warn('skipping the seeds/devset header check: ../shared not found');

describe.skipIf(!haveShared)('seeds and devset headers', () => {
  const words = (s: string | null | undefined) => (s ?? '').toLowerCase().split(/\W+/).filter(Boolean).join(' ');
  const creditKeys = (c: { role: string; names: string[] }[]) =>
    c.flatMap((x) => x.names.map((n) => `${x.role.split(' ')[0]}:${words(n).split(' ').pop()}`)).sort();
  const files = haveShared
    ? ['seeds', 'devset'].flatMap((d) =>
        readdirSync(join(SHARED, d)).filter((f) => f.endsWith('.txt')).map((f) => join(SHARED, d, f)),
      )
    : [];
  for (const file of files) {
    it(file.split('/').slice(-2).join('/'), () => {
      const text = readFileSync(file, 'utf8');
      const gold = JSON.parse(readFileSync(file.replace(/\.txt$/, '.gold.json'), 'utf8'));
      const a = read(text).article;
      expect(words(a.headline)).toBe(words(gold.headline));
      expect(a.bylines.map(words)).toEqual(gold.bylines.map(words));
      expect(a.dateline && [words(a.dateline.place), words(a.dateline.agency)]).toEqual(
        gold.dateline && [words(gold.dateline.place), words(gold.dateline.agency)],
      );
      expect(creditKeys(a.credits)).toEqual(creditKeys(gold.credits));
    });
  }
});
