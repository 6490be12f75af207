// The work of one batch, the same in the main thread (--jobs 1) and in a worker
// thread (thread.ts): each task becomes a record, printed at once. What goes back is
// text: copying a few strings between threads is cheap, copying result objects (and
// printing them all in the main thread) is what kept --jobs from scaling.
import type { Printer } from '../cli/printers.js';
import { isError, workOnFile, workOnRecord, type OutputRecord } from './work.js';

export type Task =
  | { kind: 'file'; path: string; referenceDate: string | null }
  | { kind: 'record'; line: string; lineNo: number; referenceDate: string | null }
  /** a record the main thread already has (a walk error, standard input) */
  | { kind: 'done'; record: OutputRecord };

export interface Batch {
  /** the output index of the first task */
  first: number;
  tasks: Task[];
}

export interface Item {
  /** the record as printed */
  out: string;
  /** its error message, when it is an error record */
  error: string | null;
}

export function runTask(task: Task): OutputRecord {
  if (task.kind === 'file') return workOnFile(task.path, { referenceDate: task.referenceDate });
  if (task.kind === 'record') return workOnRecord(task.line, task.lineNo, task.referenceDate);
  return task.record;
}

export function runBatch(batch: Batch, printer: Printer): Item[] {
  return batch.tasks.map((task, k) => {
    const rec = runTask(task);
    return { out: printer.item(rec, batch.first + k), error: isError(rec) ? rec.error.message : null };
  });
}
