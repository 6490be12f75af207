// Worker threads for --jobs N (a tinypool pool): each takes one batch at a time;
// results come back in whatever order and ordered.ts puts them back in input order. --jobs 1 runs the
// same batches in this thread: same code, same output, no thread start-up.
import { availableParallelism } from 'node:os';
import { printerFor, type PrintSpec } from './print.js';
import { runBatch, type Batch, type Item } from './worker.js';

export interface Runner {
  run(batch: Batch): Promise<Item[]>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

// The command's bundle runs inside a vm.Script (bin/load.js), where import() is
// not available: the bin hands in its own. The library and the tests use import().
declare const __swapfactsImport: ((specifier: string) => Promise<unknown>) | undefined;
const importTinypool = (): Promise<typeof import('tinypool')> =>
  (typeof __swapfactsImport === 'function' ? __swapfactsImport('tinypool') : import('tinypool')) as Promise<typeof import('tinypool')>;

export async function createRunner(jobs: number, print: PrintSpec): Promise<Runner> {
  if (jobs <= 1) {
    const printer = printerFor(print);
    return {
      run: async (batch) => runBatch(batch, printer),
      close: async () => {},
    };
  }
  // tinypool (MIT, the pool vitest runs on) starts and feeds the threads; each task is
  // a batch plus the printer's spec, and comes back as printed text (thread.ts).
  const { default: Tinypool } = await importTinypool();
  const pool = new Tinypool({
    // the command's own bundle, from its code cache (bin/thread.js); import.meta.url is
    // dist/cli.cjs in the bundle
    filename: new URL('../bin/thread.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    isolateWorkers: false,
  });
  return {
    run: (batch) => pool.run({ batch, print }) as Promise<Item[]>,
    close: () => pool.destroy(),
  };
}
