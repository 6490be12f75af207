// Build: generate the lexicon data from the packages that hold it (scripts/data/*.mjs
// write data/*.json), then bundle the CLI and the library with esbuild. Bundling is
// what makes start-up fast: one file to load instead of hundreds of modules.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'scripts', 'data');
for (const f of (existsSync(dataDir) ? readdirSync(dataDir) : []).filter((f) => f.endsWith('.mjs')).sort()) {
  await import(pathToFileURL(join(dataDir, f)).href);
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // bundled CommonJS dependencies may call require(); give ESM output one
  banner: { js: "import { createRequire as __swapfactsRequire } from 'node:module'; const require = __swapfactsRequire(import.meta.url);" },
};
await build({ ...common, entryPoints: [join(root, 'src/cli/run.ts')], outfile: join(root, 'dist/cli.js') });
await build({ ...common, entryPoints: [join(root, 'src/index.ts')], outfile: join(root, 'dist/index.js') });
await build({ ...common, entryPoints: [join(root, 'src/corpora-api.ts')], outfile: join(root, 'dist/corpora.js') });
// worker threads load this file by itself (src/batch/pool.ts)
await build({ ...common, entryPoints: [join(root, 'src/batch/thread.ts')], outfile: join(root, 'dist/worker.js') });
