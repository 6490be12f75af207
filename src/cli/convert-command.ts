// `swapfacts convert reuters21578 DIR`: the Reuters-21578 SGML files as --input ndjson
// records ({"id", "text", "date"}), with the wire's <DATE> as the reference date, for
// benchmarks and batch tests. The corpus itself never enters the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { parseReutersSgml } from '../corpora/reuters21578.js';
import { fsError } from '../io/walk.js';
import { EXIT, type Io } from './io.js';

export function registerConvert(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('convert')
    .description('convert a corpus to --input ndjson records on stdout (formats: reuters21578)')
    .argument('<format>', 'reuters21578: a folder of reut2-NNN.sgm files')
    .argument('<dir>', 'the folder holding the corpus')
    .action(async (format: string, dir: string) => {
      if (format !== 'reuters21578') {
        io.stderr.write(`swapfacts: unknown corpus format "${format}" (known: reuters21578)\n`);
        return setExit(EXIT.usage);
      }
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => /^reut2-\d+\.sgm$/.test(f)).sort();
      } catch (e) {
        io.stderr.write(`swapfacts: ${fsError(e, dir).message}\n`);
        return setExit(EXIT.inputFailed);
      }
      if (files.length === 0) {
        io.stderr.write(`swapfacts: no reut2-NNN.sgm files in ${dir}\n`);
        return setExit(EXIT.inputFailed);
      }
      for (const f of files) {
        // the collection is ASCII with a few stray high bytes: read as Latin-1 so nothing is lost
        const stories = parseReutersSgml(readFileSync(join(dir, f), 'latin1'));
        const lines = stories.map((s) => JSON.stringify({ id: s.id, text: s.text, date: s.date }));
        await new Promise<void>((resolve) => {
          if (io.stdout.write(lines.join('\n') + '\n')) resolve();
          else io.stdout.once('drain', () => resolve());
        });
      }
    });
}
