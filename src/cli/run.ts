// Process entry for bin/swapfacts.js: real streams, exit code, quiet on EPIPE.
import { main } from './main.js';

for (const stream of [process.stdout, process.stderr]) {
  // `swapfacts extract wires/ | head -1`: the reader went away; stop quietly.
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

// no top-level await: this file is bundled as CommonJS (see scripts/build.mjs)
void main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
