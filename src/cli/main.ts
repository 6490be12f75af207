// The command line: a thin shell over extract(). stdout carries data only;
// stderr carries one-line diagnostics for people. Exit codes: see EXIT and the README.
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import schema from '../../schema/result.schema.json' with { type: 'json' };
import { EXIT, type Io } from './io.js';
import { registerExtract } from './extract-command.js';
import { registerEval } from './eval-command.js';
import { registerConvert } from './convert-command.js';

export { EXIT, type Io } from './io.js';

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

  registerExtract(program, io, setExit);
  registerEval(program, io, setExit);
  registerConvert(program, io, setExit);

  program
    .command('schema')
    .description('print the JSON Schema that every extract Result validates against')
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
      // --help and --version come through here with exit code 0; the rest is usage
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const err = e as Error;
    io.stderr.write(`swapfacts: internal error: ${err.message} (please report it with the input that caused it)\n`);
    if (io.env.SWAPFACTS_DEBUG) io.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
  return code;
}
