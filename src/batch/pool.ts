// Worker threads through tinypool (a maintained pool; vitest's own). --jobs 1 runs
// in this thread: same code, same output, no thread start-up.
import { availableParallelism } from 'node:os';
import type { Task } from './worker.js';
import type { OutputRecord } from './work.js';
import runInline from './worker.js';

export interface Runner {
  run(task: Task): Promise<OutputRecord>;
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function createRunner(jobs: number): Promise<Runner> {
  if (jobs <= 1) {
    return {
      run: async (task) => runInline(task),
      close: async () => {},
    };
  }
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    isolateWorkers: false,
  });
  return {
    run: (task) => pool.run(task) as Promise<OutputRecord>,
    close: () => pool.destroy(),
  };
}
