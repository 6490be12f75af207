// Bytes to text. Offsets in a Result count UTF-16 code units of the decoded text
// (a byte-order mark removed, an HTML page reduced to its text); every assumption
// made here is reported as a warning, and input that is not text is refused with a
// reason a person can act on.
import { createHash } from 'node:crypto';
import type { Warning } from '../types.js';
import { htmlToText, looksLikeHtml } from './html.js';

export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  bytes: number;
  sha256: string;
  warnings: Warning[];
}

// Magic numbers of the binary formats people most often feed a text tool by mistake.
const MAGIC: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  return sig.every((b, i) => buf[i] === b);
}

/** UTF-16 without a BOM: most ASCII text has a zero in every other byte. */
function utf16Guess(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of characters that are control characters other than tab, line feed and carriage return. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) bad++;
  }
  return bad / text.length;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode one input. `name` is used in messages only. Throws InputError when the
 * bytes are not text (binary formats, undecodable bytes).
 */
export function decode(buf: Uint8Array, name = 'input'): Decoded {
  const bytes = buf.length;
  const sha256 = createHash('sha256').update(buf).digest('hex');
  const warnings: Warning[] = [];
  const warn = (code: string, message: string) => warnings.push({ code, message });

  for (const [what, sig] of MAGIC) {
    if (startsWith(buf, sig)) {
      throw new InputError('binary', `${name} is ${what}, not text: give swapfacts the article as a text file`);
    }
  }

  let text: string;
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) {
    text = decodeUtf8(buf.subarray(3), name);
    warn('bom-removed', 'UTF-8 byte-order mark removed; offsets count from the character after it');
  } else if (startsWith(buf, [0xff, 0xfe])) {
    text = new TextDecoder('utf-16le').decode(buf.subarray(2));
    warn('decoded-utf-16le', 'decoded as UTF-16LE (byte-order mark); offsets count characters of the decoded text');
  } else if (startsWith(buf, [0xfe, 0xff])) {
    text = new TextDecoder('utf-16be').decode(buf.subarray(2));
    warn('decoded-utf-16be', 'decoded as UTF-16BE (byte-order mark); offsets count characters of the decoded text');
  } else {
    const guess = utf16Guess(buf);
    if (guess) {
      text = new TextDecoder(guess).decode(buf);
      warn(`decoded-${guess}`, `no byte-order mark, but the bytes look like ${guess.toUpperCase()}: decoded as such`);
    } else {
      try {
        text = utf8.decode(buf);
      } catch {
        // Not UTF-8: old Windows systems and e-mail exports write Windows-1252
        // (curly quotes as 0x93/0x94). Accept it when the result reads as text.
        text = decodeWindows1252(buf);
        if (controlShare(text) > 0.01) {
          throw new InputError('undecodable', `${name} is neither UTF-8 nor Windows-1252 text (${countInvalid(buf)} invalid bytes): convert it to UTF-8`);
        }
        warn('decoded-windows-1252', 'not valid UTF-8: decoded as Windows-1252 (curly quotes as 0x93/0x94)');
      }
    }
  }

  if (controlShare(text) > 0.1) {
    throw new InputError('binary', `${name} looks like binary data, not text (${Math.round(controlShare(text) * 100)}% control characters): give swapfacts the article as a text file`);
  }
  if (text.indexOf('\u0000') >= 0) {
    warn('control-characters', 'the text holds NUL or other control characters; they were kept so offsets stay true');
  }
  if (looksLikeHtml(text)) {
    text = htmlToText(text);
    warn('html-to-text', 'the input is an HTML page: its visible text was extracted, and offsets count characters of that text');
  }
  if (text.trim().length === 0) warn('empty-input', `${name} holds no text: nothing to extract`);
  return { text, bytes, sha256, warnings };
}

function decodeUtf8(buf: Uint8Array, name: string): string {
  try {
    return utf8.decode(buf);
  } catch {
    throw new InputError('undecodable', `${name} has a UTF-8 byte-order mark but invalid UTF-8 bytes (${countInvalid(buf)} of them): re-save it as UTF-8`);
  }
}

/** Bytes that break UTF-8, for the error message. */
function countInvalid(buf: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(buf);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) n++;
  return n;
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, euro...).
// Node's TextDecoder treats the label as Latin-1 without full ICU, so map them here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(buf: Uint8Array): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const part = buf.subarray(i, i + 8192);
    const chars = new Array<string>(part.length);
    for (let j = 0; j < part.length; j++) {
      const b = part[j];
      chars[j] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    out += chars.join('');
  }
  return out;
}
