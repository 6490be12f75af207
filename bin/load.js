// Loads the command's bundle, for bin/swapfacts.js and for each worker thread
// (bin/thread.js). The code is one CommonJS bundle, dist/cli.cjs (built by
// `npm install` / `npm run build`), compiled here with V8's code cache for it
// (dist/cli.cache, written by the build after a warm-up run): start-up then skips
// parsing and compiling ~1.7 MB of JavaScript, in the main thread and in every worker.
// A cache from another Node version is refused by V8 and the bundle is compiled as
// usual: same behaviour, slower start.
'use strict';
const { isAscii } = require('node:buffer');
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

/** Compile and run the bundle: the command (worker false) or a worker thread's exports (worker true). */
module.exports = function load(worker) {
  // Regular expressions: V8 compiles each one to bytecode when first used and to
  // machine code on its second run; one article runs hundreds of them a few times
  // each, so compiling them to machine code costs more than it saves. Here a pattern
  // is compiled only after 100 runs, and its bytecode is not optimised (it only serves
  // those first runs): the same matches, a faster start, the same speed over a batch.
  // Memory: V8 lets the heap grow to several times what is live when a batch allocates
  // fast; growing it by 20% at most keeps a long batch's memory near what it uses.
  // Young objects: V8 starts with a 1 MB nursery and doubles it after a collection in
  // which most objects lived; the command's tables and a first article all live, so a
  // one-article run went through six collections, each copying what had lived. Growing
  // the nursery sixteenfold instead (up to V8's usual 16 MB) takes three.
  // (The code cache below is written and read under the same flags, as V8 requires.)
  setFlagsFromString('--regexp-tier-up-ticks=100 --no-regexp-peephole-optimization --heap-growing-percent=20 --semi-space-growth-factor=16');

  const dir = join(__dirname, '..', 'dist');
  const file = join(dir, 'cli.cjs');
  const url = pathToFileURL(file);
  const cacheFile = join(dir, 'cli.cache');
  // the build writes the bundle in ASCII (scripts/build.mjs), which needs no UTF-8 decoding
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.latin1Slice(0, bytes.length) : bytes.toString('utf8');
  let cachedData;
  if (!process.env.SWAPFACTS_WRITE_CODE_CACHE) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache: compile
    }
  }
  // the build wrote the bundle as a function of these, in this order: (exports, require,
  // module, __filename, __dirname, __swapfactsUrl, __swapfactsImport, __swapfactsWorker)
  const script = new Script(source, {
    filename: file,
    cachedData,
  });
  if (process.env.SWAPFACTS_DEBUG && (!cachedData || script.cachedDataRejected)) {
    process.stderr.write(`swapfacts: compiled without the code cache (${cachedData ? 'refused by this Node' : 'none'})\n`);
  }
  if (process.env.SWAPFACTS_WRITE_CODE_CACHE && !worker) {
    // the build's warm-up run: keep what this run compiled
    process.once('beforeExit', () => writeFileSync(cacheFile, script.createCachedData()));
  }
  const bundle = { exports: {} };
  // import() does not work inside a vm.Script: ESM dependencies (tinypool, for --jobs N) are loaded through this module's
  script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, dir, url.href, (specifier) => import(specifier), worker);
  return bundle.exports;
};
