// The per-file work, the same in the main thread (--jobs 1) and in a worker:
// read, decode, extract. Never throws for a bad input: it returns an error record
// that takes the file's place in the output.
import { readFileSync, statSync } from 'node:fs';
import { extract, OptionError } from '../extract.js';
import { decode, InputError } from '../io/decode.js';
import { fsError } from '../io/walk.js';
import type { Result } from '../types.js';

export interface ErrorRecord {
  source: { path: string | null };
  error: { code: string; message: string };
}
export type OutputRecord = Result | ErrorRecord;

export function isError(r: OutputRecord): r is ErrorRecord {
  return (r as ErrorRecord).error !== undefined;
}

export interface WorkOptions {
  referenceDate: string | null;
}

/**
 * The largest input taken as one article. Wires are a few KB; anything past this is
 * an archive or a dump, not an article, and would only yield a result too large to use.
 */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

function tooLarge(path: string, bytes: number): ErrorRecord {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return errorRecord(path, 'too-large', `${path} is ${mb(bytes)}, more than one article can be (${mb(MAX_ARTICLE_BYTES)}): split it into articles (one file each, or --input ndjson records)`);
}

export function errorRecord(path: string | null, code: string, message: string): ErrorRecord {
  return { source: { path }, error: { code, message } };
}

/** Extract from bytes already read (stdin, or a file). */
export function workOnBytes(buf: Uint8Array, path: string, opts: WorkOptions): OutputRecord {
  if (buf.length > MAX_ARTICLE_BYTES) return tooLarge(path === '-' ? 'standard input' : path, buf.length);
  try {
    const input = decode(buf, path === '-' ? 'standard input' : path);
    return extract(input.text, {
      referenceDate: opts.referenceDate,
      path,
      bytes: input.bytes,
      sha256: input.sha256,
      warnings: input.warnings,
    });
  } catch (e) {
    if (e instanceof InputError) return errorRecord(path, e.code, e.message);
    if (e instanceof OptionError) return errorRecord(path, 'bad-option', e.message);
    const err = e as Error;
    return errorRecord(path, 'internal', `internal error on ${path}: ${err.message} (please report it with this file)`);
  }
}

export function workOnFile(path: string, opts: WorkOptions): OutputRecord {
  let buf: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_ARTICLE_BYTES) return tooLarge(path, size);
    buf = readFileSync(path);
  } catch (e) {
    const { code, message } = fsError(e, path);
    return errorRecord(path, code, message);
  }
  return workOnBytes(buf, path, opts);
}

/** One --input ndjson record: {"id", "text", "date"}. */
export function workOnRecord(line: string, lineNo: number, fallbackDate: string | null): OutputRecord {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return errorRecord(`line ${lineNo}`, 'bad-record', `standard input line ${lineNo} is not JSON: give one {"id", "text", "date"} object per line`);
  }
  if (typeof rec !== 'object' || rec === null || typeof (rec as { text?: unknown }).text !== 'string') {
    return errorRecord(`line ${lineNo}`, 'bad-record', `standard input line ${lineNo} has no "text" string: give one {"id", "text", "date"} object per line`);
  }
  const r = rec as { id?: unknown; text: string; date?: unknown };
  const id = r.id == null ? `line ${lineNo}` : String(r.id);
  const date = typeof r.date === 'string' && r.date !== '' ? r.date : fallbackDate;
  if (r.text.length > MAX_ARTICLE_BYTES) return tooLarge(`record ${id}`, Buffer.byteLength(r.text));
  try {
    return extract(r.text, { referenceDate: date, path: id });
  } catch (e) {
    if (e instanceof OptionError) return errorRecord(id, 'bad-record', `record ${id} (line ${lineNo}): ${e.message}`);
    return errorRecord(id, 'internal', `internal error on record ${id}: ${(e as Error).message} (please report it)`);
  }
}
