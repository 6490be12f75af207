// Worker-thread entry (bundled to dist/worker.js, started by pool.ts): batches in,
// printed items out.
import { parentPort, workerData } from 'node:worker_threads';
import { printerFor, type PrintSpec } from './print.js';
import { runBatch, type Batch } from './worker.js';

const printer = printerFor((workerData as { print: PrintSpec }).print);
parentPort!.on('message', (msg: { id: number; batch: Batch }) => {
  parentPort!.postMessage({ id: msg.id, items: runBatch(msg.batch, printer) });
});
