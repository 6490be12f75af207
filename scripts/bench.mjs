#!/usr/bin/env node
// npm run bench: swapfacts against the obvious pipeline (a full compromise parse:
// people, places, quotations, numbers; plus chrono-node over the whole text) on the
// same wires in one run, as ratios; then whole-process figures for the command:
// cold start against `node -e 0`, --jobs 2 against --jobs 1 (NDJSON records and a
// folder of files), peak memory; then the scaling check on adversarial shapes (10x
// the input should cost about 10x the time). Every figure is a median of several
// runs; runs of the things compared alternate, so a busy machine slows both alike.
//
//   npm run bench                  # everything (needs ../shared for the Reuters part), ~3-4 min
//   npm run bench -- --quick       # fewer wires and runs, about a minute
//   npm run bench -- --json        # figures as JSON on stdout
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = join(ROOT, '..', 'shared');
const REUTERS = join(SHARED, 'corpora', 'reuters21578');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const JSON_OUT = args.has('--json');
const log = (...a) => (JSON_OUT ? process.stderr : process.stdout).write(a.join(' ') + '\n');

const { extract } = await import(join(ROOT, 'dist', 'index.js'));
const { parseReutersSgml } = await import(join(ROOT, 'dist', 'corpora.js'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const now = () => Number(process.hrtime.bigint()) / 1e9;

// ---- the texts ---------------------------------------------------------------
function goldTexts(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const gold = join(dir, f.replace(/\.txt$/, '.gold.json'));
      const date = existsSync(gold) ? JSON.parse(readFileSync(gold, 'utf8')).referenceDate : null;
      return { id: f, text: readFileSync(join(dir, f), 'utf8'), date };
    });
}
const sets = [{ name: 'seeds+fixtures', items: [...goldTexts(join(SHARED, 'seeds')), ...goldTexts(join(ROOT, 'fixtures'))] }];
const reutersRecords = [];
if (existsSync(REUTERS)) {
  for (const f of readdirSync(REUTERS).filter((f) => f.endsWith('.sgm')).sort()) {
    for (const s of parseReutersSgml(readFileSync(join(REUTERS, f), 'latin1'))) reutersRecords.push({ id: s.id, text: s.text, date: s.date });
  }
  const sample = QUICK ? 500 : 1000;
  // an even spread over the corpus, not just its first file
  const step = Math.max(1, Math.floor(reutersRecords.length / sample));
  const items = reutersRecords.filter((_, i) => i % step === 0).slice(0, sample);
  sets.push({ name: `reuters21578 (${items.length} wires)`, items });
} else {
  log('note: ../shared/corpora/reuters21578 not found: the Reuters-21578 rows are skipped');
}

// ---- throughput, in this process, one core --------------------------------------
async function baselineFns() {
  const { default: nlp } = await import('compromise');
  const chrono = await import('chrono-node');
  return (item) => {
    const doc = nlp(item.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.quotations().out('array');
    doc.numbers().json();
    chrono.parse(item.text, item.date ? new Date(`${item.date}T12:00:00Z`) : new Date(0));
  };
}
const ours = (item) => extract(item.text, { referenceDate: item.date });

/** Seconds per pass over the items: whole passes until at least minSec have gone by. */
function secondsPerPass(fn, items, minSec) {
  let passes = 0;
  const t0 = now();
  do {
    for (const it of items) fn(it);
    passes++;
  } while (now() - t0 < minSec);
  return (now() - t0) / passes;
}

const figures = { throughput: [], cli: {}, scaling: [] };
const baseline = await baselineFns();
// warm-up: V8 takes a few thousand articles to finish compiling a pipeline this size
const WARM_SEC = QUICK ? 3 : 8;
log(
  `throughput, one core, steady state (each pipeline first runs the set for ${WARM_SEC} s, so both are JIT-compiled with their ` +
    `tables built, as over a large archive; a cold process is measured apart below); medians of ${QUICK ? 3 : 5} alternating rounds`,
);
for (const set of sets) {
  if (set.items.length === 0) continue;
  const bytes = set.items.reduce((n, it) => n + Buffer.byteLength(it.text), 0);
  const rounds = QUICK ? 3 : 5;
  secondsPerPass(ours, set.items, WARM_SEC);
  secondsPerPass(baseline, set.items, WARM_SEC);
  // alternate A B A B so drift in machine speed hits both alike
  const a = [];
  const b = [];
  for (let r = 0; r < rounds; r++) {
    a.push(secondsPerPass(ours, set.items, 0.5));
    b.push(secondsPerPass(baseline, set.items, 0.5));
  }
  const rate = (sec) => ({ articlesPerSec: set.items.length / sec, mbPerSec: bytes / sec / 1e6 });
  const oursT = rate(median(a));
  const baseT = rate(median(b));
  const row = { set: set.name, articles: set.items.length, swapfacts: oursT, obvious: baseT, ratio: oursT.articlesPerSec / baseT.articlesPerSec };
  figures.throughput.push(row);
  log(
    `  ${set.name.padEnd(32)} swapfacts ${oursT.articlesPerSec.toFixed(0).padStart(6)} art/s ${oursT.mbPerSec.toFixed(2).padStart(6)} MB/s | ` +
      `obvious ${baseT.articlesPerSec.toFixed(0).padStart(5)} art/s ${baseT.mbPerSec.toFixed(2).padStart(5)} MB/s | ratio ${row.ratio.toFixed(1)}x`,
  );
}

// ---- whole-process figures for the command ---------------------------------------
const BIN = join(ROOT, 'bin', 'swapfacts.js');
const RSS = join(ROOT, 'scripts', 'bench-rss.mjs');
/** Run node with args; return wall seconds and the child's own peak RSS (MB, worker threads included). */
function runProcess(nodeArgs, input, { rss = true } = {}) {
  const t0 = now();
  const r = spawnSync(process.execPath, rss ? [RSS, ...nodeArgs] : nodeArgs, { input, maxBuffer: 1 << 30, stdio: ['pipe', 'ignore', 'pipe'] });
  const wall = now() - t0;
  const m = /swapfacts-bench-rss=(\d+)/.exec(String(r.stderr));
  return { wall, rssMb: m ? Number(m[1]) / 1024 : null, code: r.status };
}

/** Run two node processes at once (args and stdin for each); wall seconds until both have ended. */
function runTwoAtOnce(argsEach, inputEach) {
  const t0 = now();
  return Promise.all(
    argsEach.map(
      (args, i) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, args, { stdio: ['pipe', 'ignore', 'ignore'] });
          child.on('error', reject);
          child.on('close', resolve);
          child.stdin.on('error', () => {});
          child.stdin.end(inputEach[i]);
        }),
    ),
  ).then(() => now() - t0);
}

const seed = join(SHARED, 'seeds', '001_68e228d29fc8b13c.txt');
const sampleArticle = existsSync(seed) ? seed : join(ROOT, 'fixtures', readdirSync(join(ROOT, 'fixtures')).find((f) => f.endsWith('.txt')));
{
  const n = QUICK ? 10 : 30;
  // timed from a small process (scripts/bench-cold.mjs): spawning from this one, with
  // the corpora in memory, adds the same fixed cost to both and shrinks the ratio
  const cold = JSON.parse(String(spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-cold.mjs'), String(n), sampleArticle, '2025-05-23']).stdout));
  const ext = cold.extract;
  const bare = cold.node;
  const rss = Array.from({ length: 5 }, () => runProcess([BIN, 'extract', sampleArticle, '--date', '2025-05-23']).rssMb);
  figures.cli.coldStart = { extractSec: median(ext), nodeSec: median(bare), ratio: median(ext) / median(bare), singleArticlePeakMb: median(rss) };
  log(
    `cold start (medians of ${n}): swapfacts extract one article ${(median(ext) * 1000).toFixed(0)} ms, node -e 0 ${(median(bare) * 1000).toFixed(0)} ms, ` +
      `ratio ${(median(ext) / median(bare)).toFixed(2)}x; peak memory ${median(rss).toFixed(0)} MB`,
  );
  if (cold.withoutExtraCerts) {
    // NODE_EXTRA_CA_CERTS makes every node process read and parse that file before it
    // runs any code: the same cost in both, which narrows the ratio; shown both ways
    const e = median(cold.withoutExtraCerts.extract);
    const b = median(cold.withoutExtraCerts.node);
    figures.cli.coldStart.withoutExtraCerts = { extractSec: e, nodeSec: b, ratio: e / b };
    log(
      `  NODE_EXTRA_CA_CERTS is set: node loads those certificates at every start, in both runs above. Without it: ` +
        `extract ${(e * 1000).toFixed(0)} ms, node -e 0 ${(b * 1000).toFixed(0)} ms, ratio ${(e / b).toFixed(2)}x`,
    );
  }
}

if (reutersRecords.length > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'swapfacts-bench-'));
  try {
    const all = QUICK ? reutersRecords.slice(0, 4000) : reutersRecords;
    const asNdjson = (recs) => Buffer.from(recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const input = asNdjson(all);
    const runs = QUICK ? 1 : 2;
    // halves: the same work as two separate `--jobs 1` processes run at once, each on
    // half; what they reach is the most any split into two gets on this machine (one
    // process already keeps more than one core busy: V8 compiles and collects garbage
    // on threads of its own)
    const scaling = async (label, nodeArgs, stdin, count, halves) => {
      const j1 = [];
      const j2 = [];
      const pair = [];
      let peak1 = 0;
      let peak2 = 0;
      for (let i = 0; i < runs; i++) {
        const a = runProcess([...nodeArgs, '--jobs', '1'], stdin);
        const b = runProcess([...nodeArgs, '--jobs', '2'], stdin);
        pair.push(await runTwoAtOnce(halves.map((h) => [...h.nodeArgs, '--jobs', '1']), halves.map((h) => h.stdin)));
        j1.push(a.wall);
        j2.push(b.wall);
        peak1 = Math.max(peak1, a.rssMb ?? 0);
        peak2 = Math.max(peak2, b.rssMb ?? 0);
      }
      const row = {
        wires: count, jobs1Sec: median(j1), jobs2Sec: median(j2), scaling: median(j1) / median(j2), wiresPerSecJobs1: count / median(j1),
        peakMbJobs1: peak1, peakMbJobs2: peak2, twoProcessesSec: median(pair), twoProcessesScaling: median(j1) / median(pair),
      };
      log(
        `  ${label.padEnd(28)} --jobs 1 ${row.jobs1Sec.toFixed(1)} s (${row.wiresPerSecJobs1.toFixed(0)} wires/s), --jobs 2 ${row.jobs2Sec.toFixed(1)} s, ` +
          `scaling ${row.scaling.toFixed(2)}x; peak memory ${peak1.toFixed(0)} MB (jobs 1), ${peak2.toFixed(0)} MB (jobs 2)`,
      );
      log(
        `  ${''.padEnd(28)} two --jobs 1 processes at once, each on half: ${row.twoProcessesSec.toFixed(1)} s, ${row.twoProcessesScaling.toFixed(2)}x ` +
          `(the most a split into two reaches on this machine)`,
      );
      return row;
    };
    log(`reuters21578 through the command${runs > 1 ? ` (medians of ${runs} runs)` : ''}:`);
    const ndjsonArgs = [BIN, 'extract', '--input', 'ndjson'];
    const half = all.length >> 1;
    figures.cli.reuters = await scaling(`NDJSON, ${all.length} wires`, ndjsonArgs, input, all.length, [
      { nodeArgs: ndjsonArgs, stdin: asNdjson(all.slice(0, half)) },
      { nodeArgs: ndjsonArgs, stdin: asNdjson(all.slice(half)) },
    ]);
    // the same wires as files, the publication date in each file name
    const folder = join(dir, 'wires');
    mkdirSync(folder);
    const files = all.slice(0, QUICK ? 2000 : 4000);
    files.forEach((r, i) => writeFileSync(join(folder, `${r.date ?? 'undated'}-${String(i).padStart(5, '0')}.txt`), r.text));
    // the same files split into two folders, for the two processes at once
    const halfFolders = ['a', 'b'].map((name, k) => {
      const d = join(dir, `half-${name}`);
      mkdirSync(d);
      files.forEach((r, i) => {
        if ((i < files.length >> 1) === (k === 0)) writeFileSync(join(d, `${r.date ?? 'undated'}-${String(i).padStart(5, '0')}.txt`), r.text);
      });
      return { nodeArgs: [BIN, 'extract', d], stdin: undefined };
    });
    figures.cli.reutersFolder = await scaling(`folder, ${files.length} files`, [BIN, 'extract', folder], undefined, files.length, halfFolders);
    // memory must not grow with the number of files: a quarter of the wires against all of them
    const quarter = runProcess([BIN, 'extract', '--input', 'ndjson', '--jobs', '1'], asNdjson(all.slice(0, all.length >> 2)));
    figures.cli.reuters.peakMbQuarterJobs1 = quarter.rssMb;
    log(
      `  peak memory, --jobs 1: ${quarter.rssMb?.toFixed(0)} MB for ${all.length >> 2} wires, ${figures.cli.reuters.peakMbJobs1.toFixed(0)} MB for ${all.length}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- scaling on adversarial shapes (issue: time stays linear in input size) -----
const SHAPES = {
  'unmatched quotes': (n) => '"'.repeat(n),
  'nested quotes': (n) => '“He said “she said ‘no’ ” and left '.repeat(n / 32),
  'numbers in a row': (n) => Array.from({ length: n / 6 }, (_, i) => String(i % 100000)).join(' '),
  'punctuation run': (n) => '.!?,;:-'.repeat(n / 7),
  'one long line': (n) => 'Ten prisoners were exchanged on Friday in Kyiv, officials said. '.repeat(n / 64),
  'capitalised words': (n) => 'Alpha Beta Gamma Delta '.repeat(n / 23),
  'open parentheses': (n) => '(Reporting by '.repeat(n / 14),
};
const timeOnce = (text) => {
  const t0 = now();
  extract(text, { referenceDate: '2025-01-01' });
  return now() - t0;
};
const small = QUICK ? 20_000 : 50_000;
log('scaling on adversarial shapes (10x the input should take about 10x the time):');
for (const [name, make] of Object.entries(SHAPES)) {
  const a = make(small);
  const b = make(small * 10);
  const ta = median([timeOnce(a), timeOnce(a), timeOnce(a)]);
  const tb = median([timeOnce(b), timeOnce(b), timeOnce(b)]);
  const ratio = tb / Math.max(ta, 1e-4);
  figures.scaling.push({ shape: name, smallChars: a.length, smallSec: ta, largeSec: tb, ratio });
  log(`  ${name.padEnd(18)} ${a.length} chars ${(ta * 1000).toFixed(1)} ms -> 10x ${(tb * 1000).toFixed(1)} ms: ${ratio.toFixed(1)}x${ratio > 15 ? '  <-- superlinear' : ''}`);
}

if (JSON_OUT) process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
