// Who said it: read the attribution after a quote (",” Nehir said", ",” said one
// soldier"), before it ("X wrote on Truth Social:", "X told reporters that the swap
// was “…”"), or inside it ("“…,” he said. “…”"); resolve pronouns to the last person
// named outside quotes; name institutions as written ("the ministry", "Iranian state TV").
import { FIRST_NAMES, SPEECH_VERBS } from '../people/lexicon.js';
import { tokenize, type Token } from '../people/tokens.js';
import { isPersonNoun } from '../people/words.js';
import type { Person } from '../types.js';

export interface Speaker {
  speaker: string | null;
  description: string | null;
}

interface MentionRef {
  start: number;
  end: number;
  person: Person;
  gender: string;
}

// Organisations that speak in their own name ("the ministry said", "the military said").
const INSTITUTIONS = new Set(`ministry military army government junta kremlin police office committee council agency
  service authorities presidency embassy court mission observatory movement organisation organization command
  headquarters staff cabinet parliament administration coalition alliance secretariat directorate department
  commission tribunal prosecutor's prosecutors`.split(/\s+/));
// Nouns for unnamed groups of speakers ("the same group was shown chanting").
const GROUP_NOUNS = new Set('group groups crowd crowds family families team unit people'.split(' '));
const AUX = new Set(`was were is are has have had be been being also later earlier then reportedly shown quoted heard seen
  as once again further separately previously would will could can may might had publicly repeatedly initially
  first last recently subsequently simply just still only`.split(/\s+/));
const NP_STOP = new Set(`who whom whose which that where when while and or but because although if as than
  to from by with at on in into for about after before during under over against between among through via
  since until within without according said says`.split(/\s+/));
const DETS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'most', 'few']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'most', 'few']);
const SENTENCE_END = new Set(['.', '!', '?', '\u2026']);
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e']);

export class Attributor {
  private readonly mentions: MentionRef[];
  constructor(
    private readonly text: string,
    people: Person[],
    insideQuote: (at: number) => boolean,
  ) {
    const refs: MentionRef[] = [];
    for (const p of people) {
      const gender = FIRST_NAMES.get(p.name.split(/\s+/)[0].toLowerCase()) ?? 'u';
      for (const m of p.mentions) refs.push({ start: m.start, end: m.end, person: p, gender });
    }
    refs.sort((a, b) => a.start - b.start);
    this.mentions = refs.filter((m) => !insideQuote(m.start));
  }

  /** The person mentioned over [start, end), if any (the last one when several). */
  personIn(start: number, end: number): MentionRef | undefined {
    let found: MentionRef | undefined;
    for (const m of this.mentionsBetween(start, end)) if (this.text[m.end] !== '\u2019' && this.text[m.end] !== "'") found = m;
    return found;
  }

  private *mentionsBetween(start: number, end: number): Generator<MentionRef> {
    const ms = this.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ms.length && ms[i].start < end; i++) if (ms[i].end <= end) yield ms[i];
  }

  /** The last person named before `at` (outside quotes) whose first name fits the pronoun. */
  lastPerson(at: number, pronoun: string): string | null {
    const ms = this.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid].start < at) lo = mid + 1;
      else hi = mid;
    }
    const want = pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? 'm' : pronoun === 'she' || pronoun === 'her' ? 'f' : '';
    for (let i = lo - 1, n = 0; i >= 0 && n < 40; i--, n++) {
      const g = ms[i].gender;
      if (want && g !== 'u' && g !== want) continue;
      return ms[i].person.name;
    }
    return null;
  }

  /** "the ministry" -> the last "... Ministry" named shortly before `at` ("Russian Defence Ministry"); else as written. */
  private institution(np: string, head: string, at: number): string {
    const word = head[0].toUpperCase() + head.slice(1);
    const floor = Math.max(0, at - 5000);
    let k = this.text.lastIndexOf(word, at - 1);
    while (k >= floor) {
      const after = this.text[k + word.length];
      if (after === undefined || !/[\p{L}]/u.test(after)) {
        // take the capitalised words before it: "Russian Defence Ministry"
        let s = k;
        for (;;) {
          const m = /(?:\p{Lu}[\p{L}.'\u2019-]*|of|the) $/u.exec(this.text.slice(Math.max(0, s - 40), s));
          if (!m) break;
          s -= m[0].length;
        }
        let name = this.text.slice(s, k + word.length);
        name = name.replace(/^(?:(?:of|the) )+/, '');
        if (name !== word) return name;
        break;
      }
      k = this.text.lastIndexOf(word, k - 1);
    }
    return np.replace(/^The\b/, 'the');
  }

  /**
   * Classify a noun phrase that is the subject of a speech verb: a person, a pronoun,
   * an institution or a named state/organisation, or an unnamed speaker (null with a description).
   */
  classify(tokens: Token[], from: number, to: number, lastSpeaker: Speaker | null): Speaker | null {
    if (to <= from) return null;
    const first = tokens[from];
    const start = first.start;
    const end = tokens[to - 1].end;
    const m = this.personIn(start, end);
    if (m) return { speaker: m.person.name, description: null };
    const np = this.text.slice(start, end).replace(/\s+/g, ' ');
    const lower = first.lower;
    if (to - from === 1 && (lower === 'he' || lower === 'she')) {
      return { speaker: this.lastPerson(start, lower), description: null };
    }
    if (to - from === 1 && (lower === 'it' || lower === 'they')) {
      return lastSpeaker ? { ...lastSpeaker } : { speaker: null, description: null };
    }
    if (to - from === 1 && (lower === 'i' || lower === 'we' || lower === 'you')) return { speaker: null, description: np };
    // head noun: the last word before any "of"
    let h = to - 1;
    for (let k = from; k < to; k++) if (tokens[k].lower === 'of') {
      h = k - 1;
      break;
    }
    const head = tokens[h];
    if (INDEFINITE.has(lower)) return { speaker: null, description: np };
    if (head && INSTITUTIONS.has(head.lower) && !isPersonNoun(head)) {
      // "Oman's foreign ministry" names itself; "the ministry" points back to one named before
      const named = first.cap && lower !== 'the';
      return { speaker: named ? np : this.institution(np, head.lower, start), description: null };
    }
    if (head && (isPersonNoun(head) || GROUP_NOUNS.has(head.lower))) return { speaker: null, description: np };
    if (lower === 'the') return { speaker: null, description: np };
    // "Iranian state TV", "Oman's foreign ministry", "Ukraine"
    if (first.cap) return { speaker: np, description: null };
    return { speaker: null, description: np };
  }
}

/** Tokens of text[start, end). */
export function tokensOf(text: string, start: number, end: number): Token[] {
  return end > start ? tokenize(text, start, end) : [];
}

/** Index of the first speech verb in tokens[from, to), or -1. */
export function speechVerbAt(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i].kind === 'word' && SPEECH_VERBS.has(tokens[i].lower)) return i;
  return -1;
}

/** The noun phrase starting at `from`: determiners, adjectives, nouns, names, possessives, "of". */
export function leadingNounPhrase(tokens: Token[], from: number, to: number): [number, number] {
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (t.text === '-' || t.text === '\u2019') {
        i++;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && !t.cap && (NP_STOP.has(t.lower) || AUX.has(t.lower) || SPEECH_VERBS.has(t.lower))) break;
    i++;
    if (i - from > 12) break;
  }
  return [from, i];
}

/** Trim auxiliaries and adverbs off the end of a subject: "Prigozhin was shown" -> "Prigozhin". */
export function trimSubject(tokens: Token[], from: number, to: number): [number, number] {
  // the subject is the leading noun phrase of the stretch
  const [a, b] = leadingNounPhrase(tokens, from, to);
  return [a, b];
}

export function isSentenceEnd(t: Token): boolean {
  return t.kind === 'punct' && SENTENCE_END.has(t.text);
}

export function isQuoteMark(t: Token): boolean {
  return t.kind === 'punct' && QUOTE_MARKS.has(t.text);
}

export { DETS, GROUP_NOUNS };
