// A cheap word tokenizer over one sentence: words, numbers with their thousands
// separators, and single punctuation marks, as offsets into the document text.
// Counts and exchanges read sentences through these tokens, never through a parser.

export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower case, curly apostrophes folded to straight ones */
  lower: string;
  kind: 'word' | 'num' | 'punct';
}

// Each alternative is a run of one character class followed by groups that each
// begin with a separator: no two ways to match the same text, so no backtracking.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['\u2019\-.][\p{L}\p{M}]+)*\.?|\S/gu;

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    // a trailing full stop belongs to the word only for abbreviations ("Nov.", "U.S.")
    if (t.length > 1 && t.endsWith('.') && /[\p{L}]/u.test(t[0]) && !isAbbrev(t)) t = t.slice(0, -1);
    const s = start + m.index;
    const c = t.charCodeAt(0);
    // ASCII by its code; only other characters need the Unicode classes
    const kind = c >= 48 && c <= 57 ? 'num' : (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /[\p{L}\p{M}]/u.test(t[0])) ? 'word' : 'punct';
    const lower = t.toLowerCase();
    out.push({ start: s, end: s + t.length, text: t, lower: lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower, kind });
    if (t.length !== m[0].length) TOKEN.lastIndex = m.index + t.length;
  }
  return out;
}

const ABBREV = new Set([
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mr.', 'mrs.', 'ms.', 'dr.', 'gen.', 'lt.', 'col.', 'st.', 'no.', 'u.s.', 'u.n.', 'u.k.', 'e.u.', 'a.m.', 'p.m.',
]);

function isAbbrev(t: string): boolean {
  const l = t.toLowerCase();
  return ABBREV.has(l) || /^(?:[a-z]\.)+$/i.test(t);
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `lower` is one of the words (a fast membership test). */
export const wordSet = (words: string): Set<string> => new Set(words.trim().split(/\s+/));
