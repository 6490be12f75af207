// A pure reader of the Reuters-21578 SGML (one reut2-NNN.sgm file's content in,
// stories out). One pass with indexOf over the input: no regular expression runs
// over more than one story's tag. The corpus itself is never part of this repo.

export interface ReutersStory {
  /** NEWID */
  id: string;
  /** YYYY-MM-DD from <DATE>, or null */
  date: string | null;
  /** <TITLE>, its lines joined by single spaces, or null */
  title: string | null;
  /** <DATELINE> as written, trimmed ("SALVADOR, Feb 26 -"), or null */
  dateline: string | null;
  /** <BODY> without the end marker and the " Reuter" sign-off, or null */
  body: string | null;
  /**
   * The wire as a reader sees it: the title line, then the dateline and body as
   * the wire ran them (hard-wrapped, indented paragraphs, closing "Reuter" kept).
   * A BRIEF has only its title ("Blah blah blah." is the collection's filler);
   * an UNPROC story is its raw text.
   */
  text: string;
}

const MONTHS: Record<string, string> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06',
  JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

/** Decode &lt; &gt; &amp; &quot; &#N;, dropping control characters (&#2;, &#3;, &#5; …). */
export function decodeSgml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#\d{1,5}|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = Number(e.slice(1));
    if (code === 9 || code === 10 || code === 13) return String.fromCharCode(code);
    if (code < 32 || code === 127) return '';
    return String.fromCharCode(code);
  });
}

/** The content of the first <tag …>…</tag> inside s[from, to), or null. */
function element(s: string, tag: string, from: number, to: number): { inner: string; end: number } | null {
  const open = s.indexOf(`<${tag}`, from);
  if (open < 0 || open >= to) return null;
  const gt = s.indexOf('>', open);
  if (gt < 0 || gt >= to) return null;
  const close = s.indexOf(`</${tag}>`, gt);
  if (close < 0 || close >= to) return null;
  return { inner: s.slice(gt + 1, close), end: close + tag.length + 3 };
}

function isoDate(raw: string): string | null {
  const m = /(\d{1,2})-([A-Za-z]{3})-(\d{4})/.exec(raw);
  if (!m) return null;
  const mm = MONTHS[m[2].toUpperCase()];
  return mm ? `${m[3]}-${mm}-${m[1].padStart(2, '0')}` : null;
}

const SIGN_OFF = /\n[ \t]*REUTER[S]?[ \t]*\n?$/i;

/** One story from its own block of SGML (so every search stays inside the block). */
function story(block: string): ReutersStory {
  const to = block.length;
  const tagEnd = Math.max(0, block.indexOf('>'));
  const id = /NEWID="(\d+)"/.exec(block.slice(0, tagEnd))?.[1] ?? '';
  const dateEl = element(block, 'DATE', tagEnd, to);
  const textEl = element(block, 'TEXT', tagEnd, to);
  const inner = textEl?.inner ?? '';
  const titleEl = element(inner, 'TITLE', 0, inner.length);
  const datelineEl = element(inner, 'DATELINE', 0, inner.length);
  const bodyEl = element(inner, 'BODY', 0, inner.length);

  const title = titleEl ? decodeSgml(titleEl.inner).split('\n').map((l) => l.trim()).filter((l) => l.length > 0).join(' ') || null : null;
  const dateline = datelineEl ? decodeSgml(datelineEl.inner).trim() : null;
  // the body as it ran, end marker dropped and trailing white space trimmed
  const ran = bodyEl ? decodeSgml(bodyEl.inner).trimEnd() : null;
  const body = ran === null ? null : ran.replace(SIGN_OFF, '').trimEnd();

  let text: string;
  if (title === null && !bodyEl) {
    // UNPROC: the raw story text
    text = decodeSgml(inner).replace(/^[ \t]*\n/, '').trimEnd();
  } else {
    const lead = datelineEl ? decodeSgml(datelineEl.inner).replace(/^[ \t]*\n/, '') : '';
    const rest = lead + (ran ?? '');
    text = title === null ? rest : rest.trim().length > 0 ? `${title}\n${rest}` : title;
  }
  return { id, date: dateEl ? isoDate(dateEl.inner) : null, title, dateline, body, text };
}

/** Every <REUTERS> story in one SGML file's content, in file order. */
export function parseReutersSgml(sgml: string): ReutersStory[] {
  const out: ReutersStory[] = [];
  let at = sgml.indexOf('<REUTERS');
  while (at >= 0) {
    const close = sgml.indexOf('</REUTERS>', at);
    const to = close < 0 ? sgml.length : close;
    out.push(story(sgml.slice(at, to)));
    at = close < 0 ? -1 : sgml.indexOf('<REUTERS', close);
  }
  return out;
}
