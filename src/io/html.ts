// Wires copied from web pages: keep the visible text, one paragraph per line.
// A single linear pass over the markup; no regular expression spans tags.
import { createRequire } from 'node:module';

// html-entities builds its table of 2,000 named references when loaded: load it on
// the first HTML page, not at every start of the command
let entities: typeof import('html-entities') | undefined;
function decodeEntities(text: string): string {
  entities ??= createRequire(import.meta.url)('html-entities') as typeof import('html-entities');
  return entities.decode(text);
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && head.includes('<body'));
}

const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article',
  'header', 'footer', 'blockquote', 'title', 'figcaption', 'hr', 'main', 'aside', 'nav', 'pre',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let skipping: string | null = null;
  let titleText = '';
  let inTitle = false;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const chunk = html.slice(i, textEnd);
      if (inTitle) titleText += chunk;
      else if (!skipping) out.push(chunk.replace(/\s+/g, ' '));
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, gt);
    const closing = tag.startsWith('/');
    const name = /^\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (name === 'title') {
      inTitle = !closing;
    } else if (skipping) {
      if (closing && name === skipping) skipping = null;
    } else if (SKIP.has(name) && !closing && !tag.endsWith('/')) {
      skipping = name;
    } else if (BLOCK.has(name)) {
      out.push('\n');
    }
    i = gt + 1;
  }
  const body = decodeEntities(out.join(''))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const title = decodeEntities(titleText.replace(/\s+/g, ' ').trim());
  // The page title is usually the headline; keep it as the first line unless the body repeats it.
  if (title && body[0] !== title) body.unshift(title);
  return body.join('\n') + '\n';
}
