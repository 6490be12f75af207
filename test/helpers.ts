// Shared by the CLI tests: run the built command as a real process.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'swapfacts.js');
export const SHARED = join(ROOT, '..', 'shared');
export const HAVE_SHARED = existsSync(join(SHARED, 'seeds'));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function swapfacts(args: string[], opts: { input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Run {
  const spawnOpts: SpawnSyncOptions = {
    input: opts.input,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env },
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  };
  const r = spawnSync(process.execPath, [BIN, ...args], spawnOpts);
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export function tempDir(prefix = 'swapfacts-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A short original wire in Reuters style, for tests that need a real-looking article. */
export const SAMPLE_WIRE = [
  'By Jane Doe',
  'ODESA, Ukraine (Reuters) - Ukraine and Russia exchanged 150 prisoners of war each on Tuesday, officials said.',
  '"They are finally home," said Ukrainian official Petro Kovalenko.',
  '(Reporting by Jane Doe; Editing by John Roe)',
  '',
].join('\n');

/** Every object with numeric start/end and a text must satisfy input.slice(start, end) === text. */
export function badSpans(input: string, value: unknown, path = '$'): string[] {
  const out: string[] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...badSpans(input, v, `${path}[${i}]`)));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      if (!(o.start >= 0 && o.end >= o.start && o.end <= input.length && input.slice(o.start, o.end) === o.text)) {
        out.push(`${path}: [${o.start}, ${o.end}) ${JSON.stringify(o.text)}`);
      }
    }
    for (const [k, v] of Object.entries(o)) out.push(...badSpans(input, v, `${path}.${k}`));
  }
  return out;
}

