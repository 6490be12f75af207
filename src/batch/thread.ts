// Worker-thread entry (bundled to dist/worker.js, run by tinypool from pool.ts): a
// batch and the printer's spec in, printed items out.
import { loadColor } from '../cli/color.js';
import { printerFor, type PrintSpec } from './print.js';
import { runBatch, type Batch, type Item } from './worker.js';

export default async function run(task: { batch: Batch; print: PrintSpec }): Promise<Item[]> {
  if (task.print.color) await loadColor();
  return runBatch(task.batch, printerFor(task.print));
}
