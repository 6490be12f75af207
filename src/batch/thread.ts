// The work of a worker thread (exported by the command's bundle, src/cli/run.ts, for
// bin/thread.js, which tinypool starts from pool.ts): a batch and the printer's spec
// in, printed items out.
import { loadColor } from '../cli/color.js';
import { printerFor, type PrintSpec } from './print.js';
import { runBatch, type Batch, type Item } from './worker.js';

export default async function run(task: { batch: Batch; print: PrintSpec }): Promise<Item[]> {
  if (task.print.color) await loadColor();
  return runBatch(task.batch, printerFor(task.print));
}
