// Lines of a stream, as readline splits them (\n, \r\n or a lone \r; the last line
// without an ending too), handed over a chunk at a time: all the lines that have
// arrived, at once. Batches then never wait for lines still to come, so a slow
// stream (a live feed, GNU parallel --pipe) gets each result as soon as it can.
import { StringDecoder } from 'node:string_decoder';

export async function* lineGroups(stream: NodeJS.ReadableStream): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  // a \r ended the last chunk: a \n starting this one belongs to it
  let afterCr = false;
  for await (const chunk of stream) {
    let s = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (afterCr && s.startsWith('\n')) s = s.slice(1);
    afterCr = false;
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      lines.push(rest + s.slice(start, i));
      rest = '';
      if (c === 13) {
        if (i + 1 < s.length) {
          if (s.charCodeAt(i + 1) === 10) i++;
        } else afterCr = true;
      }
      start = i + 1;
    }
    rest += s.slice(start);
    if (lines.length > 0) yield lines;
  }
  rest += decoder.end();
  if (rest.length > 0) yield [rest];
}
