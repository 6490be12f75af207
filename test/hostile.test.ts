// Issue 6's inputs, each through single-file and batch mode as a user runs them:
// decodable text gives a schema-valid Result whose spans point into the decoded
// text; what is not text gives one line naming the file and an error record, and
// the batch goes on.
import { describe, expect, it } from 'vitest';
import { closeSync, mkdirSync, openSync, readFileSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { decode } from '../src/io/decode.js';
import { MAX_ARTICLE_BYTES } from '../src/batch/work.js';
import schema from '../schema/result.schema.json' with { type: 'json' };
import { badSpans, SAMPLE_WIRE, swapfacts, tempDir } from './helpers.js';

const validate = new Ajv({ allErrors: true }).compile(schema);
const wire = SAMPLE_WIRE;
const utf16 = (s: string, be: boolean) => {
  const b = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  if (be) b.swap16();
  return b;
};

/** name → bytes, and what should come of it */
const CASES: [string, Buffer, 'ok' | string][] = [
  ['empty.txt', Buffer.alloc(0), 'ok'],
  ['blank.txt', Buffer.from('  \n\t \r\n'), 'ok'],
  ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(wire)]), 'ok'],
  ['utf16le.txt', utf16(wire, false), 'ok'],
  ['utf16be.txt', utf16(wire, true), 'ok'],
  ['cp1252.txt', Buffer.from(wire.replace(/"/g, '\u0093').replace('home,\u0093', 'home,\u0094'), 'latin1'), 'ok'],
  ['crlf.txt', Buffer.from(wire.replace(/\n/g, '\r\n')), 'ok'],
  ['cr.txt', Buffer.from(wire.replace(/\n/g, '\r')), 'ok'],
  ['page.txt', Buffer.from(`<!doctype html><html><head><title>Swap</title></head><body><p>${wire.replace(/\n/g, '</p><p>')}</p></body></html>`), 'ok'],
  ['nul.txt', Buffer.from(wire.replace('Ukraine and', 'Ukraine\u0000\u0007 and')), 'ok'],
  ['long-line.txt', Buffer.from('Ten prisoners were exchanged in Kyiv on Friday, officials said. '.repeat(16_500)), 'ok'],
  ['quotes.txt', Buffer.from('"He said "she said \'no\' and " left “ ” “ ‘ ’ ‘'.repeat(500) + '\n' + wire), 'ok'],
  ['numbers.txt', Buffer.from(Array.from({ length: 10_000 }, (_, i) => String(i * 7)).join(' ')), 'ok'],
  ['punct.txt', Buffer.from('.,;:!?-—(“'.repeat(20_000)), 'ok'],
  ['image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]), 'binary'],
  ['archive.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), 'binary'],
  ['invalid.txt', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256)), 'binary|undecodable'],
];

describe('hostile inputs, one file at a time', () => {
  const dir = tempDir();
  for (const [name, bytes, expected] of CASES) {
    it(`${name}: ${expected === 'ok' ? 'a valid Result with true offsets' : `refused (${expected})`}`, () => {
      const f = join(dir, name);
      writeFileSync(f, bytes);
      const r = swapfacts(['extract', f, '--date', '2025-03-04', '--compact']);
      if (expected === 'ok') {
        expect(r.code).toBe(0);
        const result = JSON.parse(r.stdout);
        expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
        expect(badSpans(decode(bytes).text, result)).toEqual([]);
        expect(result.source.bytes).toBe(bytes.length);
      } else {
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        const lines = r.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain(f);
      }
    });
  }

  it('a decoded input says what was assumed', () => {
    const warned = (name: string) => {
      const f = join(dir, name);
      writeFileSync(f, CASES.find((c) => c[0] === name)![1]);
      return JSON.parse(swapfacts(['extract', f, '--date', '2025-03-04']).stdout).warnings.map((w: { code: string }) => w.code);
    };
    expect(warned('bom.txt')).toContain('bom-removed');
    expect(warned('utf16be.txt')).toContain('decoded-utf-16be');
    expect(warned('cp1252.txt')).toContain('decoded-windows-1252');
    expect(warned('page.txt')).toContain('html-to-text');
    expect(warned('empty.txt')).toContain('empty-input');
  });

  it('a file over the article size limit (a 50 MB dump) is refused without being read whole', () => {
    const f = join(dir, 'dump.txt');
    const fd = openSync(f, 'w');
    const block = Buffer.from('Prisoners were exchanged on Friday. '.repeat(29_000)); // ~1 MB
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    closeSync(fd);
    expect(block.length * 50).toBeGreaterThan(MAX_ARTICLE_BYTES);
    const r = swapfacts(['extract', f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/dump\.txt is \d+\.\d MB, more than one article can be/);
  });
});

describe('hostile inputs in one batch', () => {
  it('every file gets a Result or an error record in path order; exit 1 says some failed', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub dir'));
    for (const [name, bytes] of CASES) writeFileSync(join(dir, 'sub dir', name), bytes);
    writeFileSync(join(dir, 'ünïcödé ключ 名前.txt'), wire);
    const r = swapfacts(['extract', dir, '--date', '2025-03-04', '--jobs', '2']);
    expect(r.code).toBe(1);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs).toHaveLength(CASES.length + 1);
    const paths = recs.map((x) => x.source.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const failed = recs.filter((x) => x.error);
    expect(failed.map((x) => x.source.path.split('/').pop()).sort()).toEqual(['archive.txt', 'image.txt', 'invalid.txt']);
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    for (const rec of recs.filter((x) => !x.error)) {
      expect(validate(rec)).toBe(true);
      const text = decode(readFileSync(rec.source.path)).text;
      expect(badSpans(text, rec)).toEqual([]);
    }
  });
});
