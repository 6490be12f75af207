// Cold start for npm run bench, timed from this small process: `node -e 0` and the
// command, alternating, each a fresh process. A parent holding a large heap (the
// benchmark, with the corpora loaded) makes every spawn slower by the same fixed
// amount, which would shrink the ratio; here the parent is small.
//   node scripts/bench-cold.mjs RUNS ARTICLE DATE  -> JSON {extract: [s...], node: [s...]}
//   (and withoutExtraCerts: {extract, node} when NODE_EXTRA_CA_CERTS is set)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [runs, article, date] = process.argv.slice(2);
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'swapfacts.js');
const time = (args, env = process.env) => {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'], env });
  return Number(process.hrtime.bigint() - t0) / 1e9;
};
const out = { extract: [], node: [] };
for (let i = 0; i < Number(runs); i++) {
  out.node.push(time(['-e', '0']));
  out.extract.push(time([bin, 'extract', article, '--date', date]));
}
// NODE_EXTRA_CA_CERTS: every node start reads and parses that file (tens of ms for a
// whole CA bundle); the same pairs again without it -> withoutExtraCerts
if (process.env.NODE_EXTRA_CA_CERTS) {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  out.withoutExtraCerts = { extract: [], node: [] };
  for (let i = 0; i < Number(runs); i++) {
    out.withoutExtraCerts.node.push(time(['-e', '0'], env));
    out.withoutExtraCerts.extract.push(time([bin, 'extract', article, '--date', date], env));
  }
}
process.stdout.write(JSON.stringify(out));
