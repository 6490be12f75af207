// Worker threads for --jobs N: each takes one batch at a time; results come back in
// whatever order and ordered.ts puts them back in input order. --jobs 1 runs the
// same batches in this thread: same code, same output, no thread start-up.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { printerFor, type PrintSpec } from './print.js';
import { runBatch, type Batch, type Item } from './worker.js';

export interface Runner {
  run(batch: Batch): Promise<Item[]>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

interface Job {
  id: number;
  batch: Batch;
  resolve: (items: Item[]) => void;
  reject: (e: Error) => void;
}

export async function createRunner(jobs: number, print: PrintSpec): Promise<Runner> {
  if (jobs <= 1) {
    const printer = printerFor(print);
    return {
      run: async (batch) => runBatch(batch, printer),
      close: async () => {},
    };
  }
  const url = new URL('./worker.js', import.meta.url);
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let failure: Error | null = null;
  let nextId = 0;

  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const w = idle.pop()!;
      const job = queue.shift()!;
      busy.set(w, job);
      w.postMessage({ id: job.id, batch: job.batch });
    }
  };
  const fail = (e: Error) => {
    failure ??= e;
    for (const job of [...busy.values(), ...queue.splice(0)]) job.reject(failure);
    busy.clear();
  };
  const workers = Array.from({ length: jobs }, () => {
    const w = new Worker(url, { workerData: { print } });
    w.on('message', (msg: { id: number; items: Item[] }) => {
      const job = busy.get(w);
      if (!job || job.id !== msg.id) return;
      busy.delete(w);
      idle.push(w);
      job.resolve(msg.items);
      dispatch();
    });
    w.on('error', (e) => fail(e));
    w.on('exit', (code) => {
      if (code !== 0 && !closing) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
    idle.push(w);
    return w;
  });
  let closing = false;

  return {
    run: (batch) =>
      new Promise<Item[]>((resolve, reject) => {
        if (failure) return reject(failure);
        queue.push({ id: nextId++, batch, resolve, reject });
        dispatch();
      }),
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
