// Finding the articles to score: each X.txt with its X.gold.json beside it, in
// the files and folders given. Anything that does not pair up is a problem to
// report by name, never a silent skip.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface ArticleFiles {
  txt: string;
  gold: string;
}

export interface Problem {
  path: string;
  message: string;
  /** input: the user's files; internal: the extractor failed (a bug to report) */
  kind: 'input' | 'internal';
}

const GOLD_EXT = '.gold.json';

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function goldFor(txt: string): string {
  return txt.slice(0, -'.txt'.length) + GOLD_EXT;
}

function txtFor(gold: string): string {
  return gold.slice(0, -GOLD_EXT.length) + '.txt';
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Every file below a folder, hidden entries and node_modules left out, sorted. */
function filesBelow(dir: string, out: string[], problems: Problem[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, message: `cannot read the folder: ${(e as Error).message}`, kind: 'input' });
    return;
  }
  for (const ent of entries.sort((a, b) => byteOrder(a.name, b.name))) {
    if (ent.name.startsWith('.') || ent.name === 'node_modules') continue;
    const path = join(dir, ent.name);
    let isDir = ent.isDirectory();
    if (ent.isSymbolicLink()) {
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue; // a dangling link: nothing to read
      }
    }
    if (isDir) filesBelow(path, out, problems);
    else out.push(path);
  }
}

/**
 * The article pairs under one PATH (a folder, an X.txt or an X.gold.json).
 * A .txt without its gold file, or a gold file without its .txt, is a problem.
 */
export function findArticles(path: string): { articles: ArticleFiles[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const found = new Map<string, ArticleFiles>();
  let st;
  try {
    st = statSync(path);
  } catch {
    return { articles: [], problems: [{ path, message: 'no such file or folder (check the path)', kind: 'input' }] };
  }
  const files: string[] = [];
  const explicit = !st.isDirectory();
  if (explicit) files.push(path);
  else filesBelow(path, files, problems);

  for (const f of files) {
    if (f.endsWith(GOLD_EXT)) {
      const txt = txtFor(f);
      if (!exists(txt)) problems.push({ path: f, message: `gold file without its article (expected ${basename(txt)} beside it)`, kind: 'input' });
      else found.set(txt, { txt, gold: f });
    } else if (f.endsWith('.txt')) {
      const gold = goldFor(f);
      if (!exists(gold)) {
        problems.push({ path: f, message: `no gold file (expected ${basename(gold)} beside it in ${dirname(f)})`, kind: 'input' });
      } else found.set(f, { txt: f, gold });
    } else if (explicit) {
      problems.push({ path: f, message: 'not an article: give X.txt (with X.gold.json beside it), X.gold.json or a folder', kind: 'input' });
    }
    // other files in a folder (README.md, notes) are not articles: left alone
  }
  const articles = [...found.values()].sort((a, b) => byteOrder(a.txt, b.txt));
  if (!explicit && articles.length === 0 && problems.length === 0) {
    problems.push({ path, message: 'no articles in this folder (expected X.txt files with X.gold.json beside them)', kind: 'input' });
  }
  problems.sort((a, b) => byteOrder(a.path, b.path));
  return { articles, problems };
}
