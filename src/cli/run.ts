// Entry of the command's bundle (loaded by bin/load.js): in the main thread, the
// command with the real streams, exit code, quiet on EPIPE; in a worker thread of
// --jobs N (bin/thread.js), nothing but the batch runner it exports.
import { main } from './main.js';

export { default as thread } from '../batch/thread.js';

// `swapfacts extract wires/ | head -1`: the reader went away; stop quietly.
function quietOnEpipe<T extends NodeJS.WritableStream>(stream: T): T {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  return stream;
}

// stdin and stderr are made when first used: Node builds a process stream on first
// access (loading its tty or socket code), and most runs read files and warn of nothing
let stderr: NodeJS.WriteStream | undefined;
// bin/load.js says whether this is a worker thread (asking node:worker_threads costs a
// few ms of start-up)
declare const __swapfactsWorker: boolean | undefined;
// no top-level await: this file is bundled as CommonJS (see scripts/build.mjs)
if (typeof __swapfactsWorker === 'undefined' || !__swapfactsWorker) {
  void main(process.argv.slice(2), {
    get stdin() {
      return process.stdin;
    },
    stdout: quietOnEpipe(process.stdout),
    get stderr() {
      return (stderr ??= quietOnEpipe(process.stderr));
    },
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}
