// People stage: named persons in the body, with titles, affiliations and every mention.
// A capitalised run is a person when it carries evidence (a first name, a title, an
// age, an appositive, a speech verb, a surname shape) and is no place or organisation;
// later mentions ("Zelenskiy said", "Mr Purgin") are linked to the full name by surname.
import type { Context } from '../context.js';
import { span } from '../document/document.js';
import type { Person, Span } from '../types.js';
import { capitalRuns, coordinated, isCapWord, isPerson, sentenceCandidates, type Candidate } from './candidates.js';
import { firstName } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';
import { isLatinText, lazyPattern } from '../lexicon/chars.js';
import { affiliationOf, textOf } from './titles.js';
import { isOrgWord, Vocabulary } from './words.js';

export { tokenize, type Token } from './tokens.js';

interface Entry {
  /** lower-cased name words */
  words: string[];
  name: string;
  title: string | null;
  affiliation: string | null;
  mentions: Span[];
  /** m, f, u: from the first name */
  gender: string;
}

export interface PeopleIndex {
  people: Person[];
  /** gender hint per person name: m, f or u */
  gender: Map<string, string>;
}

/** Body sentences with their tokens, outside the headline. */
export function bodySentences(ctx: Context): { start: number; end: number; tokens: Token[] }[] {
  const { doc, header } = ctx;
  const out: { start: number; end: number; tokens: Token[] }[] = [];
  const h = header.headline;
  let skipPara = -1;
  for (const s of doc.sentences) {
    if (s.start < doc.body.start || s.end > doc.body.end) continue;
    if (h && s.start < h.end && s.end > h.start) continue;
    if (s.paragraph === skipPara) continue;
    // a byline or credits line the header stage left in the body is no body text
    const p = doc.paragraphs[s.paragraph];
    if (s.start === p.start && isBylineOrCredits(doc.text.slice(p.start, Math.min(p.end, p.start + 200)), p.end - p.start)) {
      skipPara = s.paragraph;
      continue;
    }
    out.push({ start: s.start, end: s.end, tokens: tokenize(doc.text, s.start, s.end) });
  }
  return out;
}

/** Remember the words of organisation names ("Wagner Group", "Security Service"): never a person alone. */
function noteOrganisations(sentences: { tokens: Token[] }[], vocab: Vocabulary): void {
  const isPart = (t: Token) => t.kind === 'word' && t.cap;
  for (const s of sentences) {
    for (const [rf, rt] of capitalRuns(s.tokens, isPart)) {
      if (rt - rf < 2 || !isOrgWord(s.tokens[rt - 1])) continue;
      for (let k = rf; k < rt - 1; k++) vocab.orgParts.add(s.tokens[k].lower);
    }
  }
}

const CREDITS = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by\b/i;
// made on first use (lazyPattern): most lines are Latin text, read by the twin below
export const BYLINE = lazyPattern(() => /^(?:[Bb]y|BY|[Aa]uthors?\s*:|AUTHORS?\s*:|[Ww]ritten by)\s*:?\s+\p{Lu}/u);
/** BYLINE for isLatinText (src/lexicon/chars.ts) lines: the same matches, no ICU set built */
export const BYLINE_LATIN = /^(?:[Bb]y|BY|[Aa]uthors?\s*:|AUTHORS?\s*:|[Ww]ritten by)\s*:?\s+[A-Z\xc0-\xd6\xd8-\xde]/u;
export function isBylineOrCredits(head: string, length: number): boolean {
  if (CREDITS.test(head)) return true;
  // "By Jane Doe", "Author: Jane Doe", "Written by Jane Doe": a short line naming the writer
  return length < 80 && (isLatinText(head) ? BYLINE_LATIN : BYLINE()).test(head) && !/[.!?]["\u201d]?$/.test(head.trim());
}

// "al-Assad" and "Assad" are one surname
const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|az|at)-/;
// (a hyphen is needed: most words are returned as they are, with no pattern run)
const bare = (w: string) => (w.includes('-') ? w.replace(ARTICLE_PREFIX, '') : w);

export function findPeople(ctx: Context): Person[] {
  return readPeople(ctx).people;
}

// readPeople runs once per article: its phases are functions of their own, so a branch
// first met late in a batch recompiles one phase, not all of them inlined into one
export function readPeople(ctx: Context): PeopleIndex {
  const text = ctx.doc.text;
  const vocab = new Vocabulary(ctx.places);
  const sentences = bodySentences(ctx);
  noteOrganisations(sentences, vocab);
  // the runs of capitalised words of each sentence, read by the candidates and again by the mentions
  const runs = sentences.map((s) => capitalRuns(s.tokens, isCapWord));
  const candidates: Candidate[] = [];
  for (let i = 0; i < sentences.length; i++) {
    for (const c of sentenceCandidates(text, i, sentences[i].tokens, vocab, runs[i])) candidates.push(c);
  }
  const found = foundPeople(candidates);
  const names = nameEntries(text, found);
  linkMentions(ctx, sentences, runs, names, vocab);
  addTitles(text, found, names.entryOf, vocab);
  return peopleOf(names.entries);
}

/** the candidates that are persons, and those joined by "and" to a found person of two words or more */
function foundPeople(candidates: Candidate[]): Candidate[] {
  // each candidate judged once (both passes below ask)
  const person: boolean[] = [];
  const found: Candidate[] = [];
  for (const c of candidates) {
    const p = isPerson(c);
    person.push(p);
    if (p) found.push(c);
  }
  const ends = new Set<string>();
  for (const c of found) if (c.to - c.from >= 2) ends.add(`${c.sentence}:${c.from}:`).add(`${c.sentence}::${c.to}`);
  const isFound = (sn: number, from: number, to: number) => ends.has(from >= 0 ? `${sn}:${from}:` : `${sn}::${to}`);
  candidates.forEach((c, k) => {
    if (!person[k] && coordinated(c, isFound)) found.push(c);
  });
  return found;
}

interface Names {
  entries: Entry[];
  /** every tail of every name ("volodymyr zelenskiy", "zelenskiy") -> its entry */
  byTail: Map<string, Entry>;
  entryOf: Map<Candidate, Entry>;
}

/** one entry per person: multi-word names first, so "Zelenskiy said" finds "Volodymyr Zelenskiy" */
function nameEntries(text: string, found: Candidate[]): Names {
  const entries: Entry[] = [];
  const byTail = new Map<string, Entry>();
  const register = (e: Entry) => {
    for (let k = 0; k < e.words.length; k++) {
      const tail = e.words.slice(k).map(bare).join(' ');
      const had = byTail.get(tail);
      if (!had || had.words.length < e.words.length) byTail.set(tail, e);
    }
  };
  const keyOf = (c: Candidate) => c.tokens.slice(c.from, c.to).map((t) => bare(t.lower)).join(' ');
  const order = [...found].sort((a, b) => b.to - b.from - (a.to - a.from) || a.tokens[a.from].start - b.tokens[b.from].start);
  const entryOf = new Map<Candidate, Entry>();
  for (const c of order) {
    const key = keyOf(c);
    const hit = byTail.get(key);
    if (hit && !(c.evidence.naming && c.to - c.from === 1)) {
      entryOf.set(c, hit);
      continue;
    }
    // a longer name whose tail is a known single name: the same person, now in full
    const words = c.tokens.slice(c.from, c.to).map((t) => t.lower);
    const e: Entry = {
      words,
      name: textOf(text, c.tokens, c.from, c.to),
      title: null,
      affiliation: null,
      mentions: [],
      gender: firstName(words[0]) ?? 'u',
    };
    entries.push(e);
    register(e);
    entryOf.set(c, e);
  }
  return { entries, byTail, entryOf };
}

/** mentions: every capitalised run, linked by its longest known tail */
function linkMentions(ctx: Context, sentences: { tokens: Token[] }[], runs: [number, number][][], names: Names, vocab: Vocabulary): void {
  const { entries, byTail } = names;
  const firstNames = new Map<string, Entry | null>();
  for (const e of entries) {
    if (e.words.length < 2) continue;
    const f = e.words[0];
    if (byTail.has(f)) continue;
    firstNames.set(f, firstNames.has(f) ? null : e);
  }
  const seen = new Set<number>();
  // a quick test before trying every tail: is this word part of any known name?
  const nameWords = new Set<string>();
  // (the words of every tail are the folded words of the entries)
  for (const e of entries) for (const w of e.words) nameWords.add(bare(w));
  for (const key of firstNames.keys()) nameWords.add(key);
  sentences.forEach((s, si) => {
    const toks = s.tokens;
    for (const [rf, rt] of runs[si]) {
      // each word of the run folded once; a known name is made of known name words only
      const bares: string[] = [];
      const known: boolean[] = [];
      for (let k = rf; k < rt; k++) {
        const b = bare(toks[k].lower);
        bares.push(b);
        known.push(nameWords.has(b));
      }
      let i = rf;
      while (i < rt) {
        if (!known[i - rf]) {
          i++;
          continue;
        }
        let matched = 0;
        let entry: Entry | undefined;
        let byFirst = false;
        let top = i + 1;
        while (top < Math.min(rt, i + 7) && known[top - rf]) top++;
        for (let k = top; k > i; k--) {
          const key = k === i + 1 ? bares[i - rf] : bares.slice(i - rf, k - rf).join(' ');
          let e = byTail.get(key);
          if (!e && k === i + 1) {
            e = firstNames.get(key) ?? undefined;
            byFirst = !!e;
          }
          if (e) {
            entry = e;
            matched = k - i;
            break;
          }
        }
        if (!entry) {
          i++;
          continue;
        }
        const start = toks[i].start;
        const end = toks[i + matched - 1].end;
        // a surname wins over a place of the same name; a bare first name does not
        if (!(byFirst && vocab.inPlaceMention(start, end)) && !seen.has(start)) {
          seen.add(start);
          entry.mentions.push(span(ctx.doc, start, end));
        }
        i += matched;
      }
    }
  });
}

/** titles: from the first mention that carries one, the full-name mention preferred */
function addTitles(text: string, found: Candidate[], entryOf: Map<Candidate, Entry>, vocab: Vocabulary): void {
  const withTitle = found.filter((c) => c.title).sort((a, b) => b.to - b.from - (a.to - a.from) || a.tokens[a.from].start - b.tokens[b.from].start);
  for (const c of withTitle) {
    const e = entryOf.get(c);
    if (!e || e.title || !c.title) continue;
    e.title = textOf(text, c.tokens, c.title.from, c.title.to);
    e.affiliation = affiliationOf(text, c.tokens, c.title, vocab);
  }
}

/** the entries that have mentions, in text order, and their gender hints */
function peopleOf(entries: Entry[]): PeopleIndex {
  const people: Person[] = [];
  const gender = new Map<string, string>();
  for (const e of entries) {
    if (e.mentions.length === 0) continue;
    e.mentions.sort((a, b) => a.start - b.start);
    people.push({ name: e.name, title: e.title, affiliation: e.affiliation, mentions: e.mentions });
    gender.set(e.name, e.gender);
  }
  people.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return { people, gender };
}
