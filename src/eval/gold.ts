// The gold file: what a careful reader wrote down from one article (format in
// docs/eval.md and ../shared/GOLD.md). parseGold() checks it field by field and
// says what is wrong and where, so a person can fix their annotation.
import type { Category, ExchangeStatus, Approx } from '../types.js';

export interface GoldCount {
  value: number;
  approx: Approx | null;
  perSide: boolean;
  side: string | null;
  category: Category;
}

export interface GoldExchange {
  status: ExchangeStatus;
  date: string | null;
  parties: string[];
  counts: GoldCount[];
}

export interface GoldDate {
  text: string;
  iso: string | null;
  optional: boolean;
}

export interface GoldQuote {
  speaker: string | null;
  start: string;
}

/**
 * A field left out of a gold file (undefined here) is not scored for that article,
 * so users can annotate only what they care about; null/[] means "there is none",
 * and anything the tool reports there is an extra.
 */
export interface Gold {
  id?: string;
  referenceDate: string;
  headline?: string | null;
  bylines?: string[];
  dateline?: { place: string | null; agency: string | null } | null;
  credits?: { role: string; names: string[] }[];
  exchanges?: GoldExchange[];
  counts?: { value: number; text: string }[];
  dates?: GoldDate[];
  locations?: string[];
  people?: { name: string; title: string | null }[];
  quotes?: GoldQuote[];
}

export class GoldError extends Error {}

const STATUSES: readonly string[] = ['completed', 'agreed', 'planned', 'proposed'];
const CATEGORIES: readonly string[] = ['prisoners', 'pows', 'soldiers', 'civilians', 'bodies', 'hostages', 'detainees', 'other'];
const APPROX: readonly string[] = ['exact', 'about', 'at-least', 'more-than', 'up-to', 'fewer-than'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_ANY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 39) + '…' : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}

function bad(where: string, expected: string, got: unknown): never {
  throw new GoldError(`${where || 'the file'}: expected ${expected}, got ${describe(got)}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function validCalendar(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** Unknown keys are refused: a misspelt field ("quote") would otherwise silently go unscored. */
function keys(o: Record<string, unknown>, where: string, allowed: readonly string[]): void {
  for (const k of Object.keys(o)) {
    if (!allowed.includes(k)) {
      const near = allowed.find((a) => a.toLowerCase() === k.toLowerCase() || a.startsWith(k) || k.startsWith(a));
      throw new GoldError(
        `${where ? where + '.' : ''}${k}: unknown field${near ? ` (did you mean "${near}"?)` : ''}; known: ${allowed.join(', ')}`,
      );
    }
  }
}

function str(v: unknown, where: string): string {
  if (typeof v !== 'string') bad(where, 'a string', v);
  return v;
}

function strOrNull(v: unknown, where: string): string | null {
  if (v === null) return null;
  if (typeof v !== 'string') bad(where, 'a string or null', v);
  return v;
}

function list<T>(v: unknown, where: string, item: (x: unknown, where: string) => T): T[] {
  if (!Array.isArray(v)) bad(where, 'a list [...]', v);
  return v.map((x, i) => item(x, `${where}[${i}]`));
}

function obj(v: unknown, where: string, allowed: readonly string[]): Record<string, unknown> {
  if (!isObject(v)) bad(where, 'an object {...}', v);
  keys(v, where, allowed);
  return v;
}

function count(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) bad(where, 'a number of people (0 or more)', v);
  return v;
}

function isoDate(v: unknown, where: string, dayOnly: boolean): string {
  const ok = typeof v === 'string' && (dayOnly ? DAY : ISO_ANY).test(v) && validCalendar(v);
  if (!ok) bad(where, dayOnly ? 'a calendar date YYYY-MM-DD' : 'a date as YYYY-MM-DD, YYYY-MM or YYYY', v);
  return v as string;
}

function goldCount(v: unknown, where: string): GoldCount {
  const o = obj(v, where, ['value', 'approx', 'perSide', 'side', 'category', 'text', 'noun', 'notes']);
  const value = count(o.value, `${where}.value`);
  if (typeof o.perSide !== 'boolean') bad(`${where}.perSide`, 'true or false', o.perSide);
  if (typeof o.category !== 'string' || !CATEGORIES.includes(o.category)) {
    bad(`${where}.category`, `one of ${CATEGORIES.join(', ')}`, o.category);
  }
  let approx: Approx | null = null;
  if (o.approx !== undefined && o.approx !== null) {
    if (typeof o.approx !== 'string' || !APPROX.includes(o.approx)) bad(`${where}.approx`, `one of ${APPROX.join(', ')}`, o.approx);
    approx = o.approx as Approx;
  }
  const side = o.side === undefined ? null : strOrNull(o.side, `${where}.side`);
  return { value, approx, perSide: o.perSide, side, category: o.category as Category };
}

function goldExchange(v: unknown, where: string): GoldExchange {
  const o = obj(v, where, ['status', 'date', 'parties', 'counts', 'mediators', 'location', 'notes']);
  if (typeof o.status !== 'string' || !STATUSES.includes(o.status)) bad(`${where}.status`, `one of ${STATUSES.join(', ')}`, o.status);
  const date = o.date === null || o.date === undefined ? null : isoDate(o.date, `${where}.date`, false);
  const parties = o.parties === undefined ? [] : list(o.parties, `${where}.parties`, str);
  const counts = o.counts === undefined ? [] : list(o.counts, `${where}.counts`, goldCount);
  return { status: o.status as ExchangeStatus, date, parties, counts };
}

function goldDate(v: unknown, where: string): GoldDate {
  const o = obj(v, where, ['text', 'iso', 'optional', 'notes']);
  const text = str(o.text, `${where}.text`);
  if (o.optional !== undefined && typeof o.optional !== 'boolean') bad(`${where}.optional`, 'true or false', o.optional);
  const optional = o.optional === true;
  // An unresolvable date can only be optional: a value nobody can match would be a certain miss.
  const iso = o.iso === null && optional ? null : isoDate(o.iso, `${where}.iso`, false);
  return { text, iso, optional };
}

const TOP = [
  'id', 'referenceDate', 'headline', 'bylines', 'dateline', 'credits', 'exchanges', 'counts',
  'dates', 'locations', 'people', 'quotes', 'notes', 'source',
] as const;

/** Check a parsed gold object; throws GoldError naming the field that is wrong. */
export function checkGold(v: unknown): Gold {
  const o = obj(v, '', TOP);
  if (o.referenceDate === undefined) {
    throw new GoldError('referenceDate: missing; give the publication date as "YYYY-MM-DD" (relative dates resolve against it)');
  }
  const gold: Gold = { referenceDate: isoDate(o.referenceDate, 'referenceDate', true) };
  if (o.id !== undefined) gold.id = str(o.id, 'id');
  if (o.headline !== undefined) gold.headline = strOrNull(o.headline, 'headline');
  if (o.bylines !== undefined) gold.bylines = list(o.bylines, 'bylines', str);
  if (o.dateline !== undefined) {
    if (o.dateline === null) gold.dateline = null;
    else {
      const d = obj(o.dateline, 'dateline', ['place', 'agency', 'text', 'notes']);
      gold.dateline = {
        place: d.place === undefined ? null : strOrNull(d.place, 'dateline.place'),
        agency: d.agency === undefined ? null : strOrNull(d.agency, 'dateline.agency'),
      };
    }
  }
  if (o.credits !== undefined) {
    gold.credits = list(o.credits, 'credits', (c, w) => {
      const co = obj(c, w, ['role', 'names', 'notes']);
      return { role: str(co.role, `${w}.role`), names: list(co.names, `${w}.names`, str) };
    });
  }
  if (o.exchanges !== undefined) gold.exchanges = list(o.exchanges, 'exchanges', goldExchange);
  if (o.counts !== undefined) {
    gold.counts = list(o.counts, 'counts', (c, w) => {
      const co = obj(c, w, ['value', 'text', 'notes']);
      return { value: count(co.value, `${w}.value`), text: co.text === undefined ? '' : str(co.text, `${w}.text`) };
    });
  }
  if (o.dates !== undefined) gold.dates = list(o.dates, 'dates', goldDate);
  if (o.locations !== undefined) gold.locations = list(o.locations, 'locations', str);
  if (o.people !== undefined) {
    gold.people = list(o.people, 'people', (p, w) => {
      const po = obj(p, w, ['name', 'title', 'affiliation', 'notes']);
      return { name: str(po.name, `${w}.name`), title: po.title === undefined ? null : strOrNull(po.title, `${w}.title`) };
    });
  }
  if (o.quotes !== undefined) {
    gold.quotes = list(o.quotes, 'quotes', (q, w) => {
      const qo = obj(q, w, ['speaker', 'start', 'notes']);
      if (qo.speaker === undefined) throw new GoldError(`${w}.speaker: missing; give the speaker's name, or null when unnamed`);
      const start = str(qo.start, `${w}.start`);
      if (start.trim() === '') bad(`${w}.start`, 'the first words of the quote', start);
      return { speaker: strOrNull(qo.speaker, `${w}.speaker`), start };
    });
  }
  return gold;
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, at: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

/**
 * Where JSON.parse gave up, and why, in words. Node's own messages do not always
 * carry a position, so a small scanner walks the text to the first fault.
 */
export function jsonFault(text: string): { at: number; why: string } | null {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (why: string): never => {
    throw { at: i, why };
  };
  const show = () => (i >= text.length ? 'the end of the file' : JSON.stringify(text[i]));
  const string = () => {
    i++; // opening "
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a line break or control character inside a string (write \\n)');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('a \\u escape needs four hex digits');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail(`unknown escape \\${text[i] ?? ''}`);
      }
      i++;
    }
    if (i >= text.length) fail('a string that is never closed (missing ")');
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] === "'") fail("a 'single-quoted' field name (JSON needs double quotes)");
        if (text[i] !== '"') fail(`expected a "quoted" field name, found ${show()}${text[i] === '}' ? ' (a comma before })' : ''}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected : after the field name, found ${show()}`);
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') return void i++;
        fail(`expected , or } after a value, found ${show()}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail('a comma before ]');
          continue;
        }
        if (text[i] === ']') return void i++;
        fail(`expected , or ] after a value, found ${show()}`);
      }
    }
    if (c === '"') return string();
    const lit = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (lit) return void (i += lit[0].length);
    fail(c === "'" ? "a 'single-quoted' string (JSON needs double quotes)" : `expected a value, found ${show()}`);
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`more text after the end of the JSON value: ${show()}`);
    return null;
  } catch (e) {
    if (e instanceof RangeError) return null; // nested too deep to scan: say what JSON.parse said
    return e as { at: number; why: string };
  }
}

/** Parse and check a gold file's text; throws GoldError with where it went wrong. */
export function parseGold(json: string): Gold {
  const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  if (text.trim() === '') throw new GoldError('the file is empty: expected a JSON object {"referenceDate": ...}');
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    const fault = jsonFault(text);
    if (fault) throw new GoldError(`${lineColumn(text, fault.at)}: not valid JSON: ${fault.why}`);
    throw new GoldError(`not valid JSON: ${(e as Error).message}`);
  }
  return checkGold(v);
}
