// Printers: turn output records into bytes for one format. They never decide
// order or content, only layout.
import { isError, type OutputRecord } from '../batch/work.js';
import { colorizeJson } from './color.js';

export type Format = 'json' | 'ndjson' | 'csv';

export interface Printer {
  head(): string;
  item(rec: OutputRecord, index: number): string;
  tail(count: number): string;
}

/** One object (single input) or an array of them. */
export function jsonPrinter(opts: { single: boolean; compact: boolean; color: boolean }): Printer {
  const fmt = (v: unknown, indent: number) => {
    const s = opts.compact ? JSON.stringify(v) : indented(JSON.stringify(v, null, 2), indent);
    return opts.color ? colorizeJson(s) : s;
  };
  if (opts.single) return { head: () => '', item: (r) => fmt(r, 0) + '\n', tail: () => '' };
  return {
    head: () => '[',
    item: (r, i) => (i > 0 ? ',' : '') + (opts.compact ? '' : '\n  ') + fmt(r, 2),
    tail: (n) => (n > 0 && !opts.compact ? '\n' : '') + ']\n',
  };
}

/** Every line after the first moved right by `indent` spaces (a record inside an array). */
function indented(json: string, indent: number): string {
  return indent === 0 ? json : json.replaceAll('\n', '\n' + ' '.repeat(indent));
}

export function ndjsonPrinter(opts: { color: boolean }): Printer {
  return {
    head: () => '',
    item: (r) => (opts.color ? colorizeJson(JSON.stringify(r)) : JSON.stringify(r)) + '\n',
    tail: () => '',
  };
}

export const CSV_COLUMNS = [
  'file', 'exchange', 'date', 'status', 'parties', 'mediators', 'category', 'value', 'approx', 'perSide', 'side', 'evidence', 'error',
] as const;

/** RFC 4180: quote fields holding a comma, quote or line break; double inner quotes. */
export function csvField(v: string | number | boolean | null | undefined): string {
  const s = v == null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per exchange count; an exchange without numbers still gets a row, an error gets one too. */
export function csvPrinter(): Printer {
  const row = (cells: (string | number | boolean | null | undefined)[]) => cells.map(csvField).join(',') + '\r\n';
  return {
    head: () => row([...CSV_COLUMNS]),
    item: (r) => {
      if (isError(r)) return row([r.source.path, '', '', '', '', '', '', '', '', '', '', '', `${r.error.code}: ${r.error.message}`]);
      let out = '';
      r.exchanges.forEach((ex, i) => {
        const base = [r.source.path, i + 1, ex.date?.iso ?? '', ex.status, ex.parties.join('; '), ex.mediators.join('; ')];
        const evidence = ex.evidence.map((e) => e.text.replace(/\s+/g, ' ')).join(' … ');
        if (ex.counts.length === 0) out += row([...base, '', '', '', '', '', evidence, '']);
        for (const c of ex.counts) out += row([...base, c.category, c.value, c.approx, c.perSide, c.side ?? '', evidence, '']);
      });
      return out;
    },
    tail: () => '',
  };
}
