// Worker-thread entry (bundled to dist/worker.js): one task = one file or one record.
import { workOnFile, workOnRecord, type OutputRecord } from './work.js';

export type Task =
  | { kind: 'file'; path: string; referenceDate: string | null }
  | { kind: 'record'; line: string; lineNo: number; referenceDate: string | null };

export default function run(task: Task): OutputRecord {
  return task.kind === 'file'
    ? workOnFile(task.path, { referenceDate: task.referenceDate })
    : workOnRecord(task.line, task.lineNo, task.referenceDate);
}
