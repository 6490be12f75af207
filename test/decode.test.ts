// Hostile bytes: what is text is decoded (and the assumption said in a warning),
// what is not is refused with a reason naming the file.
import { describe, expect, it } from 'vitest';
import { decode, InputError } from '../src/io/decode.js';
import { htmlToText } from '../src/io/html.js';

const codes = (w: { code: string }[]) => w.map((x) => x.code);
const refused = (buf: Uint8Array): InputError => {
  try {
    decode(buf, 'f.txt');
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected decode to refuse the input');
};

describe('decode', () => {
  it('plain UTF-8 passes unchanged with no warning', () => {
    const d = decode(Buffer.from('Kyiv “said” — ok\n'), 'f.txt');
    expect(d.text).toBe('Kyiv “said” — ok\n');
    expect(d.warnings).toEqual([]);
    expect(d.bytes).toBe(Buffer.byteLength('Kyiv “said” — ok\n'));
  });

  it('empty and whitespace-only inputs decode to text with an empty-input warning', () => {
    expect(codes(decode(Buffer.alloc(0)).warnings)).toContain('empty-input');
    expect(codes(decode(Buffer.from(' \n\t\r\n')).warnings)).toContain('empty-input');
  });

  it('removes a UTF-8 BOM and says so', () => {
    const d = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello')]));
    expect(d.text).toBe('Hello');
    expect(codes(d.warnings)).toEqual(['bom-removed']);
  });

  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Prisoners “freed”', 'utf16le')]);
    expect(decode(le).text).toBe('Prisoners “freed”');
    expect(codes(decode(le).warnings)).toContain('decoded-utf-16le');
    const be = Buffer.from(le);
    be.swap16();
    expect(decode(be).text).toBe('\ufeffPrisoners “freed”'.slice(1));
    expect(codes(decode(be).warnings)).toContain('decoded-utf-16be');
  });

  it('decodes Windows-1252 curly quotes (0x93/0x94) when the bytes are not UTF-8', () => {
    const d = decode(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64]));
    expect(d.text).toBe('\u201cHi\u201d said');
    expect(codes(d.warnings)).toContain('decoded-windows-1252');
  });

  it('refuses PNG and ZIP files, naming the file and the format', () => {
    const png = refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    expect(png.code).toBe('binary');
    expect(png.message).toMatch(/^f\.txt is a PNG image/);
    expect(refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])).message).toMatch(/ZIP/);
  });

  it('refuses random binary bytes that are neither UTF-8 nor Windows-1252 text', () => {
    const bytes = Buffer.alloc(4096);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    expect(['binary', 'undecodable']).toContain(refused(bytes).code);
  });

  it('keeps NUL and control characters (so offsets stay true) and warns', () => {
    const d = decode(Buffer.from('Ten prisoners\u0000 were freed.'));
    expect(d.text).toBe('Ten prisoners\u0000 were freed.');
    expect(codes(d.warnings)).toContain('control-characters');
  });

  it('reduces an HTML page to its visible text, a paragraph per line', () => {
    const html = '<!DOCTYPE html><html><head><title>Swap done</title><style>p{}</style></head><body><script>var a="<p>";</script><p>Ten &amp; more</p><p>were freed.</p></body></html>';
    expect(htmlToText(html)).toBe('Swap done\nTen & more\nwere freed.\n');
    const d = decode(Buffer.from(html));
    expect(codes(d.warnings)).toContain('html-to-text');
  });
});
