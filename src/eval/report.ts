// Showing the figures: a table for people (one F1 column per group side by side,
// then precision, recall and F1 of all groups together), JSON for programs, and
// the --details list of every miss and extra, article by article.
import { painter } from '../cli/color.js';
import type { EvalReport } from './evaluate.js';
import type { Below, FloorCheck, GroupFigures, Raise } from './floor.js';
import { FIELDS, FIELD_LABEL, figures, type Field, type Figures, type Tallies } from './tally.js';

export function fieldFigures(t: Tallies): Record<Field, Figures> {
  return Object.fromEntries(FIELDS.map((f) => [f, figures(t[f])])) as Record<Field, Figures>;
}

export function groupFigures(report: EvalReport): GroupFigures[] {
  return report.groups.map((g) => ({ name: g.name, fields: fieldFigures(g.tallies) }));
}

const num = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
const padL = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const padR = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export interface TableOptions {
  color: boolean;
  below?: Below[];
}

export function renderTable(report: EvalReport, opts: TableOptions): string {
  const c = painter(opts.color);
  const groups = report.groups;
  const all = fieldFigures(report.all);
  const belowSet = new Set((opts.below ?? []).map((b) => `${b.group}|${b.field}`));
  const labelW = Math.max(...FIELDS.map((f) => FIELD_LABEL[f].length), 5) + 2;
  const lines: string[] = [];
  const count = (n: number) => `${n} article${n === 1 ? '' : 's'}`;
  lines.push(
    groups.length === 1
      ? `swapfacts eval: ${groups[0].name}, ${count(report.articleCount)}`
      : `swapfacts eval: ${groups.map((g) => `${g.name} ${g.articles.length}`).join(', ')} (${count(report.articleCount)})`,
  );
  lines.push('');
  const colour = (f1: number | null, s: string): string =>
    f1 === null ? c.dim(s) : f1 >= 0.95 ? c.green(s) : f1 >= 0.8 ? c.yellow(s) : c.red(s);

  if (groups.length <= 1) {
    lines.push(c.bold(padR('field', labelW) + ['precision', 'recall', 'F1', 'gold', 'reported'].map((h) => padL(h, 10)).join('')));
    const only = groups[0]?.name ?? '';
    for (const f of FIELDS) {
      const x = all[f];
      const mark = belowSet.has(`${only}|${f}`) ? '*' : ' ';
      lines.push(
        padR(FIELD_LABEL[f], labelW) +
          padL(num(x.precision), 10) +
          padL(num(x.recall), 10) +
          colour(x.f1, padL(num(x.f1), 10)) + mark +
          padL(String(x.gold), 9) +
          padL(String(x.reported), 10),
      );
    }
  } else {
    const w = Math.max(8, ...groups.map((g) => g.name.length + 2));
    const per = groups.map((g) => fieldFigures(g.tallies));
    lines.push(c.bold(padR('', labelW) + groups.map((g) => padL(g.name, w) + ' ').join('') + ' │ ' + padL('all groups', 30)));
    lines.push(
      c.bold(padR('field', labelW) + groups.map(() => padL('F1', w) + ' ').join('') + ' │ ' + ['precision', 'recall', 'F1'].map((h) => padL(h, 10)).join('')),
    );
    for (const f of FIELDS) {
      const cells = groups.map((g, i) => {
        const f1 = per[i][f].f1;
        return colour(f1, padL(num(f1), w)) + (belowSet.has(`${g.name}|${f}`) ? '*' : ' ');
      });
      const x = all[f];
      lines.push(
        padR(FIELD_LABEL[f], labelW) + cells.join('') + ' │ ' +
          padL(num(x.precision), 10) + padL(num(x.recall), 10) + colour(x.f1, padL(num(x.f1), 10)),
      );
    }
  }
  lines.push('');
  const notes: string[] = ['micro-averaged over articles; – = nothing to measure (no gold item, nothing reported)'];
  if (belowSet.size > 0) notes.push('* below its floor');
  lines.push(c.dim(notes.join('; ')));
  return lines.join('\n') + '\n';
}

export function renderDetails(report: EvalReport, opts: { color: boolean }): string {
  const c = painter(opts.color);
  const lines: string[] = [];
  let clean = 0;
  const labelW = Math.max(...FIELDS.map((f) => FIELD_LABEL[f].length)) + 1;
  for (const g of report.groups) {
    for (const a of g.articles) {
      const { issues, unscored } = a.score;
      if (issues.length === 0 && unscored.length === 0) {
        clean++;
        continue;
      }
      lines.push(c.bold(a.path));
      for (const i of issues) {
        const kind = i.kind === 'miss' ? c.red('miss ') : c.yellow('extra');
        const at = i.at === undefined ? '' : c.dim(` @${i.at}`);
        lines.push(`  ${kind} ${padR(FIELD_LABEL[i.field], labelW)} ${i.text}${at}`);
      }
      if (unscored.length > 0) lines.push(c.dim(`  not scored for this article (not in its gold file): ${unscored.map((f) => FIELD_LABEL[f]).join(', ')}`));
      if (issues.length === 0) clean++;
    }
  }
  lines.push(c.dim(`${clean} of ${report.articleCount} articles with no miss and no extra`));
  return lines.join('\n') + '\n';
}

export interface JsonExtras {
  details: boolean;
  floor?: { path: string; check: FloorCheck; raised: Raise[] } | null;
}

/** The JSON report: figures per group and for all; with --details, every article's misses and extras. */
export function toJson(report: EvalReport, extras: JsonExtras): unknown {
  return {
    articles: report.articleCount,
    groups: report.groups.map((g) => ({
      name: g.name,
      paths: g.paths,
      articles: g.articles.length,
      fields: fieldFigures(g.tallies),
    })),
    all: { articles: report.articleCount, fields: fieldFigures(report.all) },
    skipped: report.skipped,
    problems: report.problems,
    floor: extras.floor
      ? {
          path: extras.floor.path,
          below: extras.floor.check.below,
          notRun: extras.floor.check.notRun,
          noFloor: extras.floor.check.noFloor,
          raised: extras.floor.raised,
        }
      : null,
    ...(extras.details
      ? {
          details: report.groups.flatMap((g) =>
            g.articles.map((a) => ({
              path: a.path,
              group: g.name,
              misses: a.score.issues.filter((i) => i.kind === 'miss'),
              extras: a.score.issues.filter((i) => i.kind === 'extra'),
              unscored: a.score.unscored,
              fields: fieldFigures(a.score.tallies),
            })),
          ),
        }
      : {}),
  };
}
