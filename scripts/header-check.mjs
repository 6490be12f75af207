#!/usr/bin/env node
// The Reuters-21578 header check: each story's <TITLE> should be the headline
// swapfacts gives, and the place in its <DATELINE> the dateline's place. Prints the
// share of stories right for each; exits 3 when either is under --min (default 0.995).
// Skips with a note when ../shared/corpora/reuters21578 is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] ?? join(ROOT, '..', 'shared', 'corpora', 'reuters21578');
const minArg = process.argv.indexOf('--min');
const min = minArg > 0 ? Number(process.argv[minArg + 1]) : 0.995;
if (!existsSync(dir)) {
  console.error(`note: ${dir} not found: the Reuters-21578 header check is skipped`);
  process.exit(0);
}
const { parseReutersSgml, checkHeaders, extract } = await import(join(ROOT, 'dist', 'corpora.js'));
const stories = readdirSync(dir)
  .filter((f) => /^reut2-\d+\.sgm$/.test(f))
  .sort()
  .flatMap((f) => parseReutersSgml(readFileSync(join(dir, f), 'latin1')));
const r = checkHeaders(stories, (text) => extract(text, { referenceDate: null }).article);
const share = (a, b) => (b === 0 ? 1 : a / b);
const h = share(r.headlineRight, r.withTitle);
const d = share(r.datelinePlaceRight, r.withDateline);
console.log(`reuters21578 headers: ${r.stories} stories; headline right ${r.headlineRight}/${r.withTitle} (${(h * 100).toFixed(2)} %), dateline place right ${r.datelinePlaceRight}/${r.withDateline} (${(d * 100).toFixed(2)} %)`);
if (process.argv.includes('--details')) for (const m of r.misses) console.log(`  ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`);
if (h < min || d < min) {
  console.error(`swapfacts: header check below ${min * 100} %`);
  process.exit(3);
}
