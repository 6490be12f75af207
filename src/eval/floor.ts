// The ratchet: eval/floor.json holds, per group and field, an F1 the figures may
// not fall below. --update-floor raises floors to the current figures and never
// lowers one; lowering a floor is a hand edit that a reviewer can see and question.
// Groups are keyed by name, so a group absent from a run (../shared missing on a
// user's clone) is skipped, not failed.
import { FIELDS, type Field, type Figures } from './tally.js';

export type FloorGroups = Record<string, Partial<Record<Field, number>>>;

export interface FloorFile {
  about?: string;
  groups: FloorGroups;
}

export class FloorError extends Error {}

export interface Below {
  group: string;
  field: Field;
  f1: number;
  floor: number;
}

export interface FloorCheck {
  below: Below[];
  /** floor groups that were not evaluated in this run */
  notRun: string[];
  /** groups evaluated that have no floor yet */
  noFloor: string[];
}

export interface Raise {
  group: string;
  field: Field;
  from: number | null;
  to: number;
}

export interface GroupFigures {
  name: string;
  fields: Record<Field, Figures>;
}

export const FLOOR_ABOUT =
  'F1 floors per group (fixtures, seeds, devset: one per PATH of `npm run eval`) and field. ' +
  '`swapfacts eval --floor` fails (exit 3) when a figure falls below its floor; `--update-floor` raises ' +
  'floors to the current figures and never lowers them. A group missing from a run is skipped. ' +
  'Lower a floor only by hand, and say why in the commit.';

/** Figures are floored to 4 decimals so that a floor is always reachable by the run that set it. */
export function toFloor(f1: number): number {
  return Math.floor(f1 * 10_000 + 1e-6) / 10_000;
}

export function parseFloor(text: string): FloorFile {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new FloorError(`not valid JSON (${(e as Error).message})`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new FloorError('expected an object {"groups": {...}}');
  const o = v as Record<string, unknown>;
  const groups = o.groups;
  if (typeof groups !== 'object' || groups === null || Array.isArray(groups)) {
    throw new FloorError('groups: expected an object {"fixtures": {"exchanges": 0.9, ...}, ...}');
  }
  const out: FloorGroups = {};
  for (const [name, fields] of Object.entries(groups)) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw new FloorError(`groups.${name}: expected an object of field: F1`);
    }
    out[name] = {};
    for (const [field, value] of Object.entries(fields)) {
      if (!(FIELDS as readonly string[]).includes(field)) {
        throw new FloorError(`groups.${name}.${field}: unknown field; known: ${FIELDS.join(', ')}`);
      }
      if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
        throw new FloorError(`groups.${name}.${field}: expected an F1 between 0 and 1, got ${JSON.stringify(value)}`);
      }
      out[name][field as Field] = value;
    }
  }
  return { about: typeof o.about === 'string' ? o.about : FLOOR_ABOUT, groups: out };
}

/** Fields whose F1 is null (nothing in the gold, nothing reported) are not checked. */
export function checkFloor(floor: FloorFile, groups: GroupFigures[]): FloorCheck {
  const below: Below[] = [];
  const run = new Set(groups.map((g) => g.name));
  for (const g of groups) {
    const floors = floor.groups[g.name];
    if (!floors) continue;
    for (const field of FIELDS) {
      const min = floors[field];
      const f1 = g.fields[field].f1;
      if (min === undefined || f1 === null) continue;
      if (f1 + 1e-9 < min) below.push({ group: g.name, field, f1, floor: min });
    }
  }
  return {
    below,
    notRun: Object.keys(floor.groups).filter((n) => !run.has(n)).sort(),
    noFloor: groups.map((g) => g.name).filter((n) => !floor.groups[n]),
  };
}

/** Raise each floor to the current F1 where that is higher; never lower one. */
export function raiseFloor(floor: FloorFile, groups: GroupFigures[]): { floor: FloorFile; raised: Raise[] } {
  const next: FloorGroups = {};
  for (const [name, fields] of Object.entries(floor.groups)) next[name] = { ...fields };
  const raised: Raise[] = [];
  for (const g of groups) {
    const fields = (next[g.name] ??= {});
    for (const field of FIELDS) {
      const f1 = g.fields[field].f1;
      if (f1 === null) continue;
      const to = toFloor(f1);
      const from = fields[field];
      if (from === undefined || to > from) {
        fields[field] = to;
        raised.push({ group: g.name, field, from: from ?? null, to });
      }
    }
  }
  return { floor: { about: floor.about ?? FLOOR_ABOUT, groups: next }, raised };
}

/** Stable text: groups by name, fields in the report's order, one group a line block. */
export function formatFloor(floor: FloorFile): string {
  const groups: FloorGroups = {};
  for (const name of Object.keys(floor.groups).sort()) {
    const fields: Partial<Record<Field, number>> = {};
    for (const f of FIELDS) if (floor.groups[name][f] !== undefined) fields[f] = floor.groups[name][f];
    groups[name] = fields;
  }
  return JSON.stringify({ about: floor.about ?? FLOOR_ABOUT, groups }, null, 2) + '\n';
}
