// Bytes to text. Offsets in a Result count UTF-16 code units of the decoded text
// (a byte-order mark removed); every assumption made here is reported as a warning.
import { createHash } from 'node:crypto';
import type { Warning } from '../types.js';

export class InputError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  bytes: number;
  sha256: string;
  warnings: Warning[];
}

export function decode(buf: Uint8Array): Decoded {
  const bytes = buf.length;
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const warnings: Warning[] = [];
  let text: string;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(3));
    warnings.push({ code: 'bom-removed', message: 'UTF-8 byte-order mark removed; offsets count from the character after it' });
  } else {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  }
  return { text, bytes, sha256, warnings };
}
