// Running the extractor over groups of gold-annotated articles and scoring each.
// A group is one PATH of the command line (fixtures, seeds, devset...): figures
// are kept per group and for all groups together.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { extract } from '../extract.js';
import { decode } from '../io/decode.js';
import type { Result } from '../types.js';
import { findArticles, type Problem } from './corpus.js';
import { GoldError, parseGold, type Gold } from './gold.js';
import { scoreArticle, type ArticleScore } from './score.js';
import { addTallies, emptyTallies, type Tallies } from './tally.js';

export interface GroupSpec {
  name: string;
  paths: string[];
}

export interface ArticleReport {
  path: string;
  group: string;
  score: ArticleScore;
}

export interface GroupReport {
  name: string;
  paths: string[];
  articles: ArticleReport[];
  tallies: Tallies;
}

export interface EvalReport {
  groups: GroupReport[];
  /** all groups together */
  all: Tallies;
  articleCount: number;
  problems: Problem[];
  /** PATHs not found and skipped (with skipMissing) */
  skipped: { group: string; path: string }[];
}

export interface EvalOptions {
  /** a PATH that does not exist is skipped with a note instead of failing (../shared on a clone without it) */
  skipMissing?: boolean;
  /** the extractor; extract() by default (tests pass their own) */
  run?: (text: string, gold: Gold, path: string) => Result;
}

/**
 * "NAME=PATH" names a group; a plain PATH is named after its last part
 * ("../shared/devset" is "devset", "fixtures/a.txt" is "a").
 */
export function groupSpec(arg: string): GroupSpec {
  const m = /^([A-Za-z][\w.-]*)=(.+)$/.exec(arg);
  if (m) return { name: m[1], paths: [m[2]] };
  const base = basename(resolve(arg)).replace(/\.gold\.json$|\.txt$/, '');
  return { name: base || arg, paths: [arg] };
}

const defaultRun = (text: string, gold: Gold, path: string): Result =>
  extract(text, { referenceDate: gold.referenceDate, path });

function readGold(path: string, txt: string): Gold {
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (e) {
    throw new GoldError(`cannot read it: ${(e as Error).message}`);
  }
  const gold = parseGold(json);
  const id = basename(txt).replace(/\.txt$/, '');
  if (gold.id !== undefined && gold.id !== id) {
    throw new GoldError(`id: "${gold.id}" does not match the article's file name "${id}" (a gold file copied from another article?)`);
  }
  return gold;
}

export function evaluate(specs: GroupSpec[], options: EvalOptions = {}): EvalReport {
  const run = options.run ?? defaultRun;
  const report: EvalReport = { groups: [], all: emptyTallies(), articleCount: 0, problems: [], skipped: [] };
  for (const spec of specs) {
    const group: GroupReport = { name: spec.name, paths: [], articles: [], tallies: emptyTallies() };
    for (const path of spec.paths) {
      if (options.skipMissing && !existsSync(path)) {
        report.skipped.push({ group: spec.name, path });
        continue;
      }
      group.paths.push(path);
      const { articles, problems } = findArticles(path);
      report.problems.push(...problems);
      for (const a of articles) {
        let gold: Gold;
        try {
          gold = readGold(a.gold, a.txt);
        } catch (e) {
          if (!(e instanceof GoldError)) throw e;
          report.problems.push({ path: a.gold, message: e.message, kind: 'input' });
          continue;
        }
        let text: string;
        try {
          text = decode(readFileSync(a.txt)).text;
        } catch (e) {
          report.problems.push({ path: a.txt, message: `cannot read the article: ${(e as Error).message}`, kind: 'input' });
          continue;
        }
        let score: ArticleScore;
        try {
          score = scoreArticle(gold, run(text, gold, a.txt));
        } catch (e) {
          // the run goes on: one article that breaks the extractor must not hide the figures of the rest
          report.problems.push({ path: a.txt, message: `the extractor failed: ${(e as Error).message} (a bug: please report it)`, kind: 'internal' });
          continue;
        }
        group.articles.push({ path: a.txt, group: spec.name, score });
        addTallies(group.tallies, score.tallies);
        addTallies(report.all, score.tallies);
        report.articleCount++;
      }
    }
    if (group.paths.length > 0) report.groups.push(group);
  }
  return report;
}
