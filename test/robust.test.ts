// Property-based tests over random and adversarial text: extract never throws,
// its output validates against the schema, every span points at its own text.
// 10,000 cases in CI (set SWAPFACTS_PROPERTY_RUNS to change).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv';
import { extract } from '../src/extract.js';
import schema from '../schema/result.schema.json' with { type: 'json' };
import { badSpans, SAMPLE_WIRE } from './helpers.js';

const validate = new Ajv({ allErrors: true }).compile(schema);
const RUNS = Number(process.env.SWAPFACTS_PROPERTY_RUNS ?? (process.env.CI ? 10_000 : 2_000));

function check(text: string, referenceDate: string | null = '2025-03-04'): void {
  const r = extract(text, { referenceDate });
  if (!validate(r)) throw new Error(`schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  const bad = badSpans(text, r);
  if (bad.length) throw new Error(`spans: ${bad.slice(0, 3).join('; ')}`);
}

// Pieces of wire copy that exercise every stage, shuffled and glued into random articles.
const PIECES = [
  'By Jane Doe and John Roe', 'KYIV, Ukraine (Reuters) -', '(AP) —', 'GENEVA (AFP) – ', '“', '”', '"', "'", '‘', '’',
  ' said ', ' he said.', 'Ukraine', 'Russia', "Russia's", 'Kursk region', 'President Petro Ivanenko', ' 1,200 ', ' ten ',
  ' prisoners ', ' POWs ', ' each ', ' exchanged ', ' released ', ' bodies ', ' on Friday', ' June 2', ' in 2022', ' last week ',
  'at least ', 'about ', '\n', '\r\n', '\r', '. ', '!', '?', '(Reporting by A; Editing by B)', '…', '\u0000', '\t', '-', '—',
  'U.S.', 'Gen.', ' the next day', ' 3 November', ' Mr. ', '12', ' 116 Ukrainians ', ' mediated by the United Arab Emirates',
];
const wireish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));

describe('extract on hostile text', () => {
  it(`never throws, is schema-valid and span-consistent on random strings (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), wireish), (s) => check(s)),
      { numRuns: RUNS, seed: 42 },
    );
  });

  it('works without a reference date too', () => {
    fc.assert(fc.property(wireish, (s) => check(s, null)), { numRuns: Math.ceil(RUNS / 10), seed: 7 });
  });

  it('handles the adversarial shapes: unmatched and nested quotes, number runs, punctuation runs, a long line', () => {
    const shapes = [
      '"'.repeat(5000),
      '“He said “she said ‘no’ ” and left'.repeat(200),
      Array.from({ length: 10_000 }, (_, i) => String(i)).join(' '),
      '.'.repeat(20_000) + '!?'.repeat(5000),
      'Prisoners were exchanged. '.repeat(40_000), // a 1 MB line
      SAMPLE_WIRE.replace(/\n/g, '\r\n'),
      SAMPLE_WIRE.replace(/\n/g, '\r'),
      '',
      '   \n\t\n',
    ];
    for (const s of shapes) check(s);
  });

  it('keeps offsets true after CRLF line endings', () => {
    const text = SAMPLE_WIRE.replace(/\n/g, '\r\n');
    const r = extract(text, { referenceDate: '2025-03-04' });
    expect(badSpans(text, r)).toEqual([]);
  });
});
