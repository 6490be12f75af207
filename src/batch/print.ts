// What the printer is, as plain data: the main thread and the worker threads build
// the same printer from it, so workers hand back output text, not result objects.
import { csvPrinter, jsonPrinter, ndjsonPrinter, type Format, type Printer } from '../cli/printers.js';

export interface PrintSpec {
  format: Format;
  /** one input: its object alone, not an array */
  single: boolean;
  compact: boolean;
  color: boolean;
}

export function printerFor(spec: PrintSpec): Printer {
  if (spec.format === 'csv') return csvPrinter();
  if (spec.format === 'ndjson') return ndjsonPrinter({ color: spec.color });
  return jsonPrinter({ single: spec.single, compact: spec.compact, color: spec.color });
}
