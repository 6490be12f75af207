// The walker (ripgrep's shape: walker, per-file work and printer are separate):
// turns the command line's files, folders and "-" into one sorted list of inputs,
// and the problems met on the way (unreadable folders, link loops) into error items
// that take their place in the same order.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Picomatch from 'picomatch';

// picomatch is loaded for the first folder: a run over files named one by one never needs it
let picomatch: typeof Picomatch | undefined;
function globMatcher(glob: string): (path: string) => boolean {
  picomatch ??= createRequire(import.meta.url)('picomatch') as typeof Picomatch;
  return picomatch(glob, { dot: false, basename: !glob.includes('/') });
}

export type WalkItem = { path: string; error?: undefined } | { path: string; error: { code: string; message: string } };

export interface WalkOptions {
  /** glob for files inside folders (matched against the file name, and the path below the folder) */
  glob: string;
}

/** Byte-wise order, the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function walk(args: string[], options: WalkOptions): WalkItem[] {
  let matcher: ((path: string) => boolean) | undefined;
  const match = (path: string) => (matcher ??= globMatcher(options.glob))(path);
  const items: WalkItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ path: '-' });
      continue;
    }
    let st;
    try {
      st = statSync(arg);
    } catch (e) {
      items.push({ path: arg, error: fsError(e, arg) });
      continue;
    }
    if (st.isDirectory()) walkDir(arg, arg, match, items, new Set());
    else items.push({ path: arg });
  }
  // Explicit files keep their place only among themselves; the whole list is sorted
  // so that the output order never depends on argument order within a folder.
  const seen = new Set<string>();
  return items
    .filter((it) => (seen.has(it.path) ? false : (seen.add(it.path), true)))
    .sort((a, b) => comparePaths(a.path, b.path));
}

function walkDir(dir: string, root: string, match: (p: string) => boolean, items: WalkItem[], visiting: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (e) {
    items.push({ path: dir, error: fsError(e, dir) });
    return;
  }
  if (visiting.has(real)) {
    items.push({ path: dir, error: { code: 'link-loop', message: `${dir} links back to a folder being walked: skipped` } });
    return;
  }
  visiting.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    items.push({ path: dir, error: fsError(e, dir) });
    visiting.delete(real);
    return;
  }
  entries.sort((a, b) => comparePaths(a.name, b.name));
  for (const ent of entries) {
    if (ent.name.startsWith('.')) continue; // hidden files and folders
    const path = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = statSync(path);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        items.push({ path, error: fsError(e, path) });
        continue;
      }
    }
    if (isDir) walkDir(path, root, match, items, visiting);
    else if (isFile) {
      const rel = path.slice(root.length).replace(/^[\\/]+/, '');
      if (match(rel)) items.push({ path });
    }
  }
  visiting.delete(real);
}

export function fsError(e: unknown, path: string): { code: string; message: string } {
  const err = e as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    ENOENT: 'no such file or folder (check the path)',
    EACCES: "permission denied (check the file's permissions)",
    EPERM: "permission denied (check the file's permissions)",
    ELOOP: 'too many symbolic links (a link loop?)',
    EISDIR: 'it is a folder (give a file)',
    ENAMETOOLONG: 'the name is too long',
  };
  const code = err.code ?? 'read-error';
  return { code, message: `cannot read ${path}: ${why[code] ?? err.message}` };
}
