// Build: generate the lexicon data from the packages that hold it (scripts/data/*.mjs
// write data/*.json), then bundle the CLI and the library with esbuild. Bundling is
// what makes start-up fast: one file to load instead of hundreds of modules.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  // esbuild's tables hold \p{...} in patterns as unsupported for node20, and rewrite each
  // /\p{L}/u literal as new RegExp("\\p{L}", "u"): inside a function that builds the
  // pattern again at every call. Node 20 has them (V8 since 6.4): keep the literals
  supported: { 'regexp-unicode-property-escapes': true },
  legalComments: 'none',
  logLevel: 'warning',
  // tinypool starts its threads from its own entry file: load it from node_modules
  external: ['tinypool'],
  // bundled CommonJS dependencies may call require(); give ESM output one
  banner: { js: "import { createRequire as __swapfactsRequire } from 'node:module'; const require = __swapfactsRequire(import.meta.url);" },
};
// commander loads node:child_process at start-up (a few ms) only to spawn executable
// subcommands, which swapfacts does not have: hand it a stand-in that loads the real
// module on first use
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};
// the command: CommonJS, so bin/swapfacts.js can compile it with a V8 code cache
// (the names bin/load.js hands the bundle, in this order)
const BUNDLE_PARAMS = 'exports, require, module, __filename, __dirname, __swapfactsUrl, __swapfactsImport, __swapfactsWorker';
await build({
  ...common,
  format: 'cjs',
  banner: {},
  define: { 'import.meta.url': '__swapfactsUrl' },
  entryPoints: [join(root, 'src/cli/run.ts')],
  outfile: join(root, 'dist/cli.cjs'),
  plugins: [lazyChildProcess],
});
// esbuild leaves non-ASCII characters (curly quotes, dashes) as they are in regular
// expression literals: write them as \uXXXX escapes (the same character in a string,
// a pattern or a comment), so the bundle is ASCII and is read without UTF-8 decoding
{
  const file = join(root, 'dist/cli.cjs');
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/(\\*)([^\x00-\x7f])/g, (m, slashes, c) =>
    // a character escaped with a backslash would need the backslash dropped: leave it
    slashes.length % 2 === 1 ? m : slashes + '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
  // wrapped as the function Node's loader would make of it, so that bin/load.js compiles
  // the file's text as it is read: wrapping it there would copy all of it into a new string
  writeFileSync(file, `(function (${BUNDLE_PARAMS}) {${ascii}\n})`);
}
await build({ ...common, entryPoints: [join(root, 'src/index.ts')], outfile: join(root, 'dist/index.js') });
await build({ ...common, entryPoints: [join(root, 'src/corpora-api.ts')], outfile: join(root, 'dist/corpora.js') });

// V8's code cache for the command, written after a warm-up run over the fixtures so
// that it holds the functions an extraction compiles, not only the top level
{
  const { spawnSync } = await import('node:child_process');
  const fixtures = join(root, 'fixtures');
  const some = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort().slice(0, 8).map((f) => join(fixtures, f)) : [];
  const r = spawnSync(process.execPath, [join(root, 'bin', 'swapfacts.js'), 'extract', '--jobs', '1', ...(some.length > 0 ? some : ['-'])], {
    input: some.length > 0 ? undefined : 'KYIV, March 1 (Reuters) - Ten prisoners were exchanged on Friday, officials said.',
    env: { ...process.env, SWAPFACTS_WRITE_CODE_CACHE: '1' },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  if (r.status !== 0 && r.status !== 1) console.warn(`build: no code cache (warm-up run failed: ${String(r.stderr).trim()})`);
}
