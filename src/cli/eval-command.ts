// `swapfacts eval PATH...`: score the extractor against gold files, per group,
// and guard the figures with the floor file (the ratchet). Figures go to stdout;
// problems, notes and below-floor lines go to stderr, one line each.
import { readFileSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { EXIT, type Io } from './main.js';
import { loadColor, wantColor, type ColorMode } from './color.js';
import { evaluate, groupSpec, type GroupSpec } from '../eval/evaluate.js';
import { checkFloor, FloorError, formatFloor, parseFloor, raiseFloor, FLOOR_ABOUT, type FloorFile } from '../eval/floor.js';
import { groupFigures, renderDetails, renderTable, toJson } from '../eval/report.js';
import { FIELD_LABEL } from '../eval/tally.js';

interface EvalOptions {
  json?: boolean;
  details?: boolean;
  floor?: string;
  updateFloor?: boolean;
  skipMissing?: boolean;
  color: ColorMode;
}

/** PATHs given the same NAME= make one group; otherwise each PATH is its own group. */
export function groupSpecs(args: string[]): GroupSpec[] {
  const byName = new Map<string, GroupSpec>();
  for (const arg of args) {
    const spec = groupSpec(arg);
    const seen = byName.get(spec.name);
    if (seen) seen.paths.push(...spec.paths);
    else byName.set(spec.name, spec);
  }
  return [...byName.values()];
}

function readFloorFile(path: string, forUpdate: boolean): FloorFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    // the first --update-floor creates the file
    if (err.code === 'ENOENT' && forUpdate) return { about: FLOOR_ABOUT, groups: {} };
    throw new FloorError(err.code === 'ENOENT' ? 'no such file (check the path, or create it with --update-floor)' : err.message);
  }
  return parseFloor(text);
}

export function registerEval(program: Command, io: Io, setExit: (code: number) => void): void {
  const say = (line: string) => io.stderr.write(`swapfacts: ${line}\n`);
  program
    .command('eval')
    .description('score swapfacts against gold files: each X.txt with X.gold.json beside it (see docs/eval.md)')
    .argument('<paths...>', 'folders, X.txt or X.gold.json files; NAME=PATH names a group (default: the folder name)')
    .option('--json', 'print the figures as JSON')
    .option('--details', 'list every miss and every extra, article by article')
    .option('--floor <file>', 'fail (exit 3) when a field falls below its F1 floor in this file')
    .option('--update-floor', 'raise the floors in --floor to the current figures (never lowers one)')
    .option('--skip-missing', 'skip a PATH that does not exist, with a note, instead of failing')
    .addOption(
      new Option('--color <when>', 'colour the table: auto (on a terminal, unless NO_COLOR), always, never')
        .choices(['auto', 'always', 'never'])
        .default('auto'),
    )
    .action(async (paths: string[], opts: EvalOptions) => {
      if (opts.updateFloor && !opts.floor) {
        say('--update-floor needs --floor FILE (the floor file to raise)');
        setExit(EXIT.usage);
        return;
      }
      let floor: FloorFile | null = null;
      if (opts.floor) {
        try {
          floor = readFloorFile(opts.floor, !!opts.updateFloor);
        } catch (e) {
          if (!(e instanceof FloorError)) throw e;
          say(`${opts.floor}: ${e.message}`);
          setExit(EXIT.usage);
          return;
        }
      }

      const report = evaluate(groupSpecs(paths), { skipMissing: !!opts.skipMissing });
      for (const s of report.skipped) say(`note: ${s.path} not found: group "${s.group}" skipped`);
      for (const p of report.problems) {
        say(`${p.path}: ${p.message}`);
        setExit(p.kind === 'internal' ? EXIT.internal : EXIT.inputFailed);
      }
      if (report.groups.length === 0) {
        say('nothing to evaluate: no PATH was found');
        setExit(EXIT.inputFailed);
        return;
      }
      if (report.articleCount === 0) {
        say('no article was scored');
        setExit(EXIT.inputFailed);
      }

      const figures = groupFigures(report);
      const check = floor ? checkFloor(floor, figures) : null;
      let raised: ReturnType<typeof raiseFloor>['raised'] = [];
      if (check && floor) {
        for (const n of check.notRun) say(`note: floor of group "${n}" not checked: the group is not in this run`);
        for (const n of check.noFloor) if (!opts.updateFloor) say(`note: group "${n}" has no floor yet (--update-floor adds one)`);
        for (const b of check.below) {
          say(`below floor: ${b.group} ${FIELD_LABEL[b.field]} F1 ${b.f1.toFixed(4)} < ${b.floor.toFixed(4)}`);
          setExit(EXIT.belowFloor);
        }
        if (opts.updateFloor && opts.floor) {
          if (report.problems.length > 0) {
            say('floor not raised: some articles could not be scored (see above); fix them first');
          } else {
            const next = raiseFloor(floor, figures);
            raised = next.raised;
            if (raised.length > 0) writeFileSync(opts.floor, formatFloor(next.floor));
            for (const r of raised) {
              say(`floor raised: ${r.group} ${FIELD_LABEL[r.field]} ${r.from === null ? 'none' : r.from.toFixed(4)} -> ${r.to.toFixed(4)}`);
            }
            if (raised.length === 0) say('floor unchanged: no figure rose above its floor');
          }
        }
      }

      if (opts.json) {
        const json = toJson(report, { details: !!opts.details, floor: check && opts.floor ? { path: opts.floor, check, raised } : null });
        io.stdout.write(JSON.stringify(json, null, 2) + '\n');
        return;
      }
      if (report.articleCount === 0) return; // a table of nothing would only hide the lines above
      const color = wantColor(opts.color, !!io.stdout.isTTY, io.env);
      if (color) await loadColor();
      io.stdout.write(renderTable(report, { color, below: check?.below }));
      if (opts.details) io.stdout.write('\n' + renderDetails(report, { color }));
    });
}
