// `swapfacts extract`: inputs (files, folders, "-", or NDJSON records on stdin) →
// per-file work (in order, optionally on worker threads) → one printer → one sink.
import { statSync } from 'node:fs';
import { Command, Option } from 'commander';
import { isIsoDate } from '../document/reference-date.js';
import { walk } from '../io/walk.js';
import { workOnBytes, errorRecord } from '../batch/work.js';
import { ordered } from '../batch/ordered.js';
import { createRunner, defaultJobs } from '../batch/pool.js';
import { batches } from '../batch/batches.js';
import { lineGroups } from '../batch/lines.js';
import { printerFor, type PrintSpec } from '../batch/print.js';
import type { Task } from '../batch/worker.js';
import type { Format } from './printers.js';
import { createProgress } from './progress.js';
import { fileSink, stdoutSink, type Sink } from './sink.js';
import { loadColor, wantColor, type ColorMode } from './color.js';
import { EXIT, type Io } from './io.js';

interface ExtractOpts {
  date?: string;
  compact?: boolean;
  color: ColorMode;
  format?: Format;
  glob: string;
  jobs?: string;
  out?: string;
  input: 'text' | 'ndjson';
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** The records on stdin, as many at a time as have arrived. */
async function* ndjsonTasks(io: Io, referenceDate: string | null): AsyncGenerator<Task[]> {
  let lineNo = 0;
  for await (const lines of lineGroups(io.stdin)) {
    const tasks: Task[] = [];
    for (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      tasks.push({ kind: 'record', line, lineNo, referenceDate });
    }
    if (tasks.length > 0) yield tasks;
  }
}

/** below this many files a thread, the default --jobs uses fewer threads */
const FILES_PER_THREAD = 64;

export function registerExtract(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract the facts of articles as JSON: files, folders (walked for --glob), or - / nothing for stdin')
    .argument('[inputs...]', 'article files or folders; - or nothing reads stdin')
    .option('-d, --date <YYYY-MM-DD>', "the articles' publication date, for relative dates (default: a date in the text or file name)")
    .addOption(new Option('-f, --format <format>', 'json (one input: an object; several: an array), ndjson (a Result per line; the default for several inputs), csv (a row per exchange count)').choices(['json', 'ndjson', 'csv']))
    .option('-c, --compact', 'JSON on one line instead of indented')
    .option('-g, --glob <pattern>', 'which files to take from folders', '*.txt')
    .option('-j, --jobs <n>', 'worker threads for several inputs (default: the cores available, one per 64 files at most)')
    .option('-o, --out <file>', 'write output to FILE, atomically (complete or not at all)')
    .addOption(new Option('--input <kind>', 'text: files/folders/stdin as articles; ndjson: {"id","text","date"} records on stdin').choices(['text', 'ndjson']).default('text'))
    .addOption(new Option('--color <when>', 'colour JSON: auto (on a terminal, unless NO_COLOR), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .action(async (inputs: string[], opts: ExtractOpts) => {
      if (opts.date !== undefined && !isIsoDate(opts.date)) {
        io.stderr.write(`swapfacts: --date must be a calendar date as YYYY-MM-DD, got "${opts.date}"\n`);
        return setExit(EXIT.usage);
      }
      let jobs = defaultJobs();
      if (opts.jobs !== undefined) {
        jobs = Number(opts.jobs);
        if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) {
          io.stderr.write(`swapfacts: --jobs must be a whole number from 1 to 256, got "${opts.jobs}"\n`);
          return setExit(EXIT.usage);
        }
      }
      const referenceDate = opts.date ?? null;
      const args = inputs.length > 0 ? inputs : ['-'];
      if (opts.input === 'ndjson' && inputs.length > 0 && !(inputs.length === 1 && inputs[0] === '-')) {
        io.stderr.write('swapfacts: --input ndjson reads records from stdin: give no file arguments (or -)\n');
        return setExit(EXIT.usage);
      }
      const single = opts.input === 'text' && args.length === 1 && (args[0] === '-' || !isDir(args[0]));
      const format: Format = opts.format ?? (single ? 'json' : 'ndjson');
      const toTerminal = !opts.out && !!io.stdout.isTTY;
      const color = format !== 'csv' && !opts.out && wantColor(opts.color, toTerminal, io.env);
      if (color) await loadColor();
      // workers print records themselves (batch/print.ts): they hand back text
      const print: PrintSpec = { format, single, compact: !!opts.compact, color };
      const printer = printerFor(print);

      // The work list: stdin articles are read here (they are one stream); files are read by the workers.
      let tasks: AsyncIterable<Task[]> | Iterable<Task[]>;
      let total: number | null = null;
      if (opts.input === 'ndjson') {
        tasks = ndjsonTasks(io, referenceDate);
      } else {
        const items = walk(args, { glob: opts.glob });
        total = items.length;
        if (items.length === 0) {
          io.stderr.write(`swapfacts: no ${opts.glob} files found in ${args.join(', ')}\n`);
          return setExit(EXIT.inputFailed);
        }
        const list: Task[] = [];
        for (const it of items) {
          if (it.error) list.push({ kind: 'done', record: errorRecord(it.path, it.error.code, it.error.message) });
          else if (it.path === '-') list.push({ kind: 'done', record: workOnBytes(await readAll(io.stdin), '-', { referenceDate }) });
          else list.push({ kind: 'file', path: it.path, referenceDate });
        }
        tasks = [list];
        // By default, a thread for every FILES_PER_THREAD files at most: a worker thread
        // costs about 150 ms of start-up and compiling, more than a few files take in
        // one warm thread. An explicit --jobs N is taken as asked.
        if (opts.jobs === undefined) jobs = Math.max(1, Math.min(jobs, Math.floor(list.length / FILES_PER_THREAD)));
      }

      let sink: Sink;
      try {
        sink = opts.out ? fileSink(opts.out) : stdoutSink(io.stdout);
      } catch (e) {
        io.stderr.write(`swapfacts: cannot write ${opts.out}: ${(e as Error).message}\n`);
        return setExit(EXIT.usage);
      }
      const runner = await createRunner(single ? 1 : jobs, print);
      const progress = single ? { tick() {}, done() {} } : createProgress(io.stderr, total);
      let index = 0;
      let failed = 0;
      try {
        await sink.write(printer.head());
        for await (const items of ordered(batches(tasks, jobs), (b) => runner.run(b), Math.max(4, jobs * 4))) {
          let out = '';
          for (const it of items) {
            if (it.error !== null) {
              failed++;
              if (out) await sink.write(out);
              out = '';
              io.stderr.write(`swapfacts: ${it.error}\n`);
              if (single) continue; // a lone input's error is the stderr line and the exit code
            }
            out += it.out;
            index++;
            progress.tick();
          }
          if (out) await sink.write(out);
        }
        await sink.write(printer.tail(index));
        sink.commit();
      } catch (e) {
        sink.abort();
        throw e;
      } finally {
        await runner.close();
        progress.done();
      }
      if (failed > 0) setExit(EXIT.inputFailed);
    });
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
