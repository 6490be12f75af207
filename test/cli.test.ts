// The command line as users run it: a separate process, real stdin/stdout/stderr, exit codes.
import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import Ajv from 'ajv';
import { BIN, SAMPLE_WIRE, swapfacts, tempDir } from './helpers.js';
import schema from '../schema/result.schema.json' with { type: 'json' };

const validate = new Ajv({ allErrors: true }).compile(schema);

describe('swapfacts extract: one article', () => {
  it('prints one indented JSON Result for a file, valid against the schema', () => {
    const dir = tempDir();
    const f = join(dir, 'wire.txt');
    writeFileSync(f, SAMPLE_WIRE);
    const r = swapfacts(['extract', f, '--date', '2025-03-04']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').length).toBeGreaterThan(10); // indented
    const result = JSON.parse(r.stdout);
    expect(validate(result)).toBe(true);
    expect(result.source.path).toBe(f);
    expect(result.source.bytes).toBe(Buffer.byteLength(SAMPLE_WIRE));
    expect(result.referenceDate).toEqual({ date: '2025-03-04', from: 'option' });
  });

  it('reads stdin for "-" and for no file, and --compact prints one line', () => {
    const a = swapfacts(['extract', '-', '--compact', '--date', '2025-03-04'], { input: SAMPLE_WIRE });
    const b = swapfacts(['extract', '--compact', '--date', '2025-03-04'], { input: SAMPLE_WIRE });
    expect(a.code).toBe(0);
    expect(a.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(a.stdout).source.path).toBe('-');
    expect(b.stdout).toBe(a.stdout);
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const args = ['extract', '-', '--date', '2025-03-04'];
    expect(swapfacts(args, { input: SAMPLE_WIRE }).stdout).toBe(swapfacts(args, { input: SAMPLE_WIRE }).stdout);
  });

  it('takes the reference date from the file name when no --date is given, and warns when there is none', () => {
    const dir = tempDir();
    const named = join(dir, 'wire-2025-03-04.txt');
    writeFileSync(named, SAMPLE_WIRE);
    expect(JSON.parse(swapfacts(['extract', named]).stdout).referenceDate).toEqual({ date: '2025-03-04', from: 'filename' });
    const bare = JSON.parse(swapfacts(['extract', '-'], { input: SAMPLE_WIRE }).stdout);
    expect(bare.referenceDate).toEqual({ date: null, from: null });
    expect(bare.warnings.map((w: { code: string }) => w.code)).toContain('no-reference-date');
  });

  it('colours only when asked or on a terminal, and never under NO_COLOR', () => {
    const esc = '\u001b[';
    expect(swapfacts(['extract', '-', '--color', 'always'], { input: SAMPLE_WIRE }).stdout).toContain(esc);
    expect(swapfacts(['extract', '-'], { input: SAMPLE_WIRE }).stdout).not.toContain(esc); // a pipe is not a TTY
    expect(swapfacts(['extract', '-', '--color', 'never'], { input: SAMPLE_WIRE }).stdout).not.toContain(esc);
  });
});

describe('swapfacts: errors and exit codes', () => {
  it('a missing file: one line on stderr naming it, exit 1, nothing on stdout', () => {
    const r = swapfacts(['extract', 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/file.txt');
  });

  it('an unknown option or a bad --date: one line, exit 2', () => {
    const a = swapfacts(['extract', '--bogus']);
    expect(a.code).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toContain('--bogus');
    const b = swapfacts(['extract', '-', '--date', '2025-02-30'], { input: 'x' });
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--date/);
  });

  it('--help and --version exit 0 on stdout', () => {
    const h = swapfacts(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/extract/);
    const v = swapfacts(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  });

  it('schema prints the JSON Schema', () => {
    const r = swapfacts(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(schema);
  });
});

function makeTree(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'b'));
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'b', 'two.txt'), SAMPLE_WIRE);
  writeFileSync(join(dir, 'a one.txt'), SAMPLE_WIRE.replace('150', '160'));
  writeFileSync(join(dir, 'c.md'), 'not taken by the default glob');
  writeFileSync(join(dir, '.hidden', 'x.txt'), 'hidden');
  writeFileSync(join(dir, 'd.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  return dir;
}

describe('swapfacts extract: folders and batches', () => {
  it('walks folders recursively, skips hidden ones, sorts by path, prints NDJSON, keeps going past a bad file', () => {
    const dir = makeTree();
    const r = swapfacts(['extract', dir, '--date', '2025-03-04']);
    expect(r.code).toBe(1); // one file failed
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.path)).toEqual([join(dir, 'a one.txt'), join(dir, 'b', 'two.txt'), join(dir, 'd.txt')]);
    expect(lines[2].error.code).toBe('binary');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('d.txt');
    for (const l of lines.slice(0, 2)) expect(validate(l)).toBe(true);
  });

  it('--glob chooses the files', () => {
    const dir = makeTree();
    const r = swapfacts(['extract', dir, '--glob', '*.md', '--date', '2025-03-04']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([join(dir, 'c.md')]);
  });

  it('--jobs 1 and --jobs 2 give byte-identical output', () => {
    const dir = makeTree();
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `n${i}.txt`), SAMPLE_WIRE.replace('150', String(100 + i)));
    const one = swapfacts(['extract', dir, '--jobs', '1', '--date', '2025-03-04']);
    const two = swapfacts(['extract', dir, '--jobs', '2', '--date', '2025-03-04']);
    expect(one.stdout.length).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--format json gives an array; --format csv a header and one row per exchange count', () => {
    const dir = makeTree();
    const j = JSON.parse(swapfacts(['extract', dir, '--format', 'json', '--date', '2025-03-04']).stdout);
    expect(Array.isArray(j)).toBe(true);
    expect(j).toHaveLength(3);
    const csv = swapfacts(['extract', dir, '--format', 'csv', '--date', '2025-03-04']).stdout;
    const rows = csv.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('file,exchange,date,status,parties,mediators,category,value,approx,perSide,side,evidence,error');
    expect(rows.at(-1)).toMatch(/d\.txt.*binary/);
  });

  it('--out writes the file whole, and leaves no temp file behind', () => {
    const dir = makeTree();
    const out = join(tempDir(), 'out.ndjson');
    const r = swapfacts(['extract', dir, '--out', out, '--date', '2025-03-04']);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
    expect(readdirSync(join(out, '..'))).toEqual(['out.ndjson']);
  });

  it('an unreadable file, a link loop and odd names: reported in place, the rest processed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ok.txt'), SAMPLE_WIRE);
    writeFileSync(join(dir, 'naïve сводка\nline.txt'), SAMPLE_WIRE);
    writeFileSync(join(dir, 'secret.txt'), SAMPLE_WIRE);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    mkdirSync(join(dir, 'loop'));
    symlinkSync(dir, join(dir, 'loop', 'back'));
    const r = swapfacts(['extract', dir, '--date', '2025-03-04']);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const paths = recs.map((x) => x.source.path);
    expect(paths).toContain(join(dir, 'ok.txt'));
    expect(paths).toContain(join(dir, 'naïve сводка\nline.txt'));
    expect(recs.find((x) => x.source.path === join(dir, 'loop', 'back'))?.error.code).toBe('link-loop');
    const isRoot = process.getuid?.() === 0; // root reads anything
    if (!isRoot) expect(recs.find((x) => x.source.path === join(dir, 'secret.txt'))?.error.code).toBe('EACCES');
    expect(r.code).toBe(1);
  });

  it('ends quietly when the reader goes away (EPIPE)', async () => {
    const dir = tempDir();
    for (let i = 0; i < 200; i++) writeFileSync(join(dir, `w${String(i).padStart(3, '0')}.txt`), SAMPLE_WIRE);
    const child = spawn('sh', ['-c', `"${process.execPath}" "${BIN}" extract "${dir}" --jobs 1 --date 2025-03-04 | head -1`]);
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (d) => (stdout += d));
    const code = await new Promise((res) => child.on('close', res));
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/Error|at /);
  });
});

describe('swapfacts extract --input ndjson: a streaming filter', () => {
  it('reads {id, text, date} records and writes one Result per record, in order; bad lines become error records', () => {
    const recs = [
      { id: 'first', text: SAMPLE_WIRE, date: '2025-03-04' },
      'not json',
      { id: 'third', text: SAMPLE_WIRE, date: '2025-03-05' },
    ];
    const input = recs.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
    const r = swapfacts(['extract', '--input', 'ndjson', '--jobs', '2'], { input });
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].source.path).toBe('first');
    expect(out[0].referenceDate.date).toBe('2025-03-04');
    expect(out[1].error.code).toBe('bad-record');
    expect(out[2].referenceDate.date).toBe('2025-03-05');
    expect(r.code).toBe(1);
  });

  it('works as a filter under GNU parallel --pipe when it is installed', () => {
    if (!existsSync('/usr/bin/parallel')) {
      console.warn('skipping the GNU parallel example: /usr/bin/parallel not installed');
      return;
    }
    const input = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `r${i}`, text: SAMPLE_WIRE, date: '2025-03-04' })).join('\n') + '\n';
    const r = spawnParallel(input);
    const ids = r.trim().split('\n').map((l) => JSON.parse(l).source.path);
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `r${i}`));
  });
});

function spawnParallel(input: string): string {
  const r = spawnSync('parallel', ['--pipe', '--keep-order', '-N', '5', process.execPath, BIN, 'extract', '--input', 'ndjson'], {
    input,
    encoding: 'utf8',
  });
  return r.stdout;
}
