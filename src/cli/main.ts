// The command line: a thin shell over extract(). stdout carries data only;
// stderr carries one-line diagnostics for people. Exit codes are documented in
// the README and in EXIT below.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { extract, OptionError } from '../extract.js';
import { isIsoDate } from '../document/reference-date.js';
import { decode, InputError } from '../io/decode.js';
import { colorizeJson, wantColor, type ColorMode } from './color.js';
import pkg from '../../package.json' with { type: 'json' };
import schema from '../../schema/result.schema.json' with { type: 'json' };

export const EXIT = {
  ok: 0,
  /** one or more inputs could not be read or decoded (the others were processed) */
  inputFailed: 1,
  /** bad usage: unknown option, bad value, missing argument */
  usage: 2,
  /** eval: a field fell below its floor */
  belowFloor: 3,
  /** a bug in swapfacts: please report it */
  internal: 70,
} as const;

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readStdin: () => Buffer;
  env: NodeJS.ProcessEnv;
}

function fail(io: Io, message: string): void {
  io.stderr.write(`swapfacts: ${message}\n`);
}

function readInput(path: string, io: Io): Buffer {
  if (path === '-') return io.readStdin();
  try {
    return readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why: Record<string, string> = {
      ENOENT: 'no such file (check the path)',
      EACCES: 'permission denied (check the file\'s permissions)',
      EISDIR: 'it is a folder (give a file)',
    };
    throw new InputError(err.code ?? 'read-error', `cannot read ${path}: ${why[err.code ?? ''] ?? err.message}`);
  }
}

function printJson(value: unknown, opts: { compact?: boolean; color: ColorMode }, io: Io): void {
  const json = opts.compact ? JSON.stringify(value) : JSON.stringify(value, null, 2);
  const colored = wantColor(opts.color, !!io.stdout.isTTY, io.env) ? colorizeJson(json) : json;
  io.stdout.write(colored + '\n');
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('swapfacts')
    .description('Turn wire copy about prisoner exchanges into structured, verifiable JSON.')
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`swapfacts: ${s.replace(/^error: /, '').trim()} (see swapfacts --help)\n`),
    });

  const colorOption = () =>
    new Option('--color <when>', 'colour the JSON: auto (on a terminal, unless NO_COLOR), always, never')
      .choices(['auto', 'always', 'never'])
      .default('auto');

  program
    .command('extract')
    .description('extract the facts of one article (FILE, or - / nothing for stdin) as JSON')
    .argument('[file]', 'article text file; - or nothing reads stdin')
    .option('-d, --date <YYYY-MM-DD>', "the article's publication date, for relative dates")
    .option('-c, --compact', 'one line of JSON instead of indented')
    .addOption(colorOption())
    .action((file: string | undefined, opts: { date?: string; compact?: boolean; color: ColorMode }) => {
      if (opts.date !== undefined && !isIsoDate(opts.date)) {
        fail(io, `--date must be a calendar date as YYYY-MM-DD, got "${opts.date}"`);
        setExit(EXIT.usage);
        return;
      }
      const path = file ?? '-';
      try {
        const input = decode(readInput(path, io));
        const result = extract(input.text, {
          referenceDate: opts.date ?? null,
          path,
          bytes: input.bytes,
          sha256: input.sha256,
          warnings: input.warnings,
        });
        printJson(result, opts, io);
      } catch (e) {
        if (e instanceof InputError) {
          fail(io, e.message);
          setExit(EXIT.inputFailed);
        } else if (e instanceof TypeError && /encoded data was not valid/.test(e.message)) {
          fail(io, `cannot decode ${path}: not valid UTF-8 text (convert it to UTF-8)`);
          setExit(EXIT.inputFailed);
        } else if (e instanceof OptionError) {
          fail(io, e.message);
          setExit(EXIT.usage);
        } else throw e;
      }
    });

  program
    .command('schema')
    .description('print the JSON Schema of the extract output')
    .action(() => {
      io.stdout.write(JSON.stringify(schema, null, 2) + '\n');
    });

  return program;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = Math.max(code, c);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit 0 through here; everything else is a usage error
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const err = e as Error;
    fail(io, `internal error: ${err.message} (please report it with the input that caused it)`);
    if (io.env.SWAPFACTS_DEBUG) io.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
  return code;
}
