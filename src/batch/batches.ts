// Tasks grouped into batches, so a worker thread gets many articles per message.
// The first batches are small (every thread starts work at once, and a handful of
// files still spreads over the threads); later ones grow to MAX_BATCH tasks. Tasks
// come in groups, all there is for now (a folder's files, the lines read so far): a
// batch never waits for tasks still to come.
import type { Batch, Task } from './worker.js';

export const MAX_BATCH = 32;

export async function* batches(groups: AsyncIterable<Task[]> | Iterable<Task[]>, jobs: number): AsyncGenerator<Batch> {
  let size = 1;
  let made = 0;
  let first = 0;
  for await (const group of groups) {
    for (let at = 0; at < group.length; ) {
      const tasks = group.slice(at, at + size);
      yield { first, tasks };
      first += tasks.length;
      at += tasks.length;
      // double the size after each round of one batch per thread
      if (++made % jobs === 0) size = Math.min(MAX_BATCH, size * 2);
    }
  }
}
