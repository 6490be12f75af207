// Who said it. The subject of a speech verb is read clause by clause back from the verb
// ("Tatyana Moskalkova, Russia's ombudsperson, said" -> the named person past the
// appositive; "while the government communications service said" -> the service);
// pronouns go to the last person named outside quotes, unless an unnamed speaker
// ("One of the released soldiers ...") was introduced since; institutions are named
// as written ("the ministry", "Iranian state TV"), unnamed people get a description.
import { lowerBound } from '../document/search.js';
import { COMMON, firstName, GAZETTEER, LAST_NAMES, MONTHS_DAYS, ORGS, SPEECH_VERBS } from '../people/lexicon.js';
import { isAllCaps, type Token } from '../people/tokens.js';
import { tokenize } from '../people/tokens.js';
import { isAdverb, isPersonNoun, isTitleModifier } from '../people/words.js';
import type { Range } from '../document/document.js';
import type { Person } from '../types.js';
import { isLatinText, lazyPattern, startsUpper } from '../lexicon/chars.js';

// Patterns with Unicode classes, made once, on first use (lazyPattern): the bundle writes a
// /\p{…}/u literal inside a function as new RegExp(…), built again on every call.
export const TITLE_WORD_BEFORE = lazyPattern(() => /(\p{Lu}[\p{L}.'\u2019-]*|foreign|defence|defense|interior|justice|prisoner|health|state|national|security) $/u);
/** TITLE_WORD_BEFORE for isLatinText (src/lexicon/chars.ts) strings: the same matches, no ICU set built */
export const TITLE_WORD_BEFORE_LATIN = /([A-Z\xc0-\xd6\xd8-\xde][A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff.'\u2019-]*|foreign|defence|defense|interior|justice|prisoner|health|state|national|security) $/u;

export type SpeakerKind = 'person' | 'institution' | 'named' | 'unnamed';

export interface Speaker {
  speaker: string | null;
  description: string | null;
  kind: SpeakerKind;
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
  commission tribunal prosecutor's prosecutors centre center tv television radio broadcaster`.split(/\s+/));
// Nouns for unnamed groups of speakers ("the same group was shown chanting").
export const GROUP_NOUNS = new Set('group groups crowd crowds family families team unit people'.split(' '));
const STATEMENTS = new Set('statement statements communique announcement post tweet message letter report release'.split(' '));
const AUX = new Set(`was were is are has have had be been being also later earlier then reportedly shown quoted heard seen
  do does did not never now today yesterday tonight
  once again further separately previously would will could can may might publicly repeatedly initially
  recently subsequently simply just still only`.split(/\s+/));
const NP_STOP = new Set(`who whom whose which that where when while and or but because although though if as than
  to from by with at on in into for about after before during under over against between among through via
  since until within without according`.split(/\s+/));
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'many', 'several', 'two', 'three', 'other', 'most', 'few']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'where', 'when']);
const LEADING = new Set(['and', 'but', 'so', 'also', 'however', 'meanwhile', 'separately', 'then', 'later', 'earlier', 'still', 'yet',
  'moreover', 'furthermore', 'additionally', 'nevertheless', 'instead', 'finally', 'now', 'today', 'yesterday']);
const HARD_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though', 'because', 'if', 'when']);
const HARD_MARKS = new Set([';', ':', '\u2014', '\u2013', '(', ')']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);
// words after which a name is a subject: "..., X said", "and X", "that X had"
const PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'from', 'by', 'about', 'against', 'toward', 'towards', 'on', 'at', 'between', 'among', 'under', 'behind', 'alongside', 'than']);
const SUBJECT_BEFORE = new Set(['and', 'but', 'or', 'that', 'while', 'when', 'as', 'because', 'although', 'though', 'if', 'after', 'before', 'since', 'so', 'then', 'also', 'meanwhile']);
const ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos st mt ft vs'.split(' '));

/** A placeholder for a quotation skipped inside an attribution window. */
export const QUOTE_TOKEN = '"';

export class Attributor {
  private readonly mentions: MentionRef[];

  constructor(
    readonly text: string,
    people: Person[],
    insideQuote: (at: number) => boolean,
    private readonly sentences: Range[],
  ) {
    const refs: MentionRef[] = [];
    for (const p of people) {
      const gender = firstName(p.name.split(/\s+/)[0].toLowerCase()) ?? genderOfTitle(p.title);
      for (const m of p.mentions) refs.push({ start: m.start, end: m.end, person: p, gender });
    }
    refs.sort((a, b) => a.start - b.start);
    this.mentions = refs.filter((m) => !insideQuote(m.start));
  }

  /**
   * The last person named over [start, end), not as a possessive ("Zelenskiy's chief of
   * staff") nor, unless `source`, after a preposition ("a spokesman for Zelenskiy").
   */
  personIn(start: number, end: number, source = false): MentionRef | undefined {
    const ms = this.mentions;
    let found: MentionRef | undefined;
    for (let i = firstStartingAt(ms, start); i < ms.length && ms[i].start < end; i++) {
      const m = ms[i];
      if (m.end > end) break;
      const after = this.text[m.end];
      if ((after === '\u2019' || after === "'") && /s/i.test(this.text[m.end + 1] ?? '')) continue;
      if (!source && this.wordBefore(m) === 'preposition') continue;
      found = m;
    }
    return found;
  }

  private readonly before = new Map<MentionRef, string>();
  /**
   * What stands before a mention, past its title ("for Ukraine's President X"): 'preposition',
   * 'subject' (sentence start, comma, conjunction, speech verb, "according to") or 'object'.
   */
  private wordBefore(m: MentionRef): string {
    let kind = this.before.get(m);
    if (kind) return kind;
    const s = this.sentences[firstStartingAt(this.sentences, m.start + 1) - 1];
    const toks = tokenize(this.text, Math.max(s ? s.start : 0, m.start - 80), m.start);
    let k = toks.length - 1;
    // past the title: "Ukraine's President", "Deputy Minister of Foreign Affairs" ("of" inside a capitalised title)
    const inTitle = (j: number) => {
      const t = toks[j];
      return t.cap || t.kind === 'pos' || isPersonNoun(t) || isTitleModifier(t) || t.lower === 'the' || ((t.lower === 'of' || t.lower === 'for') && !!toks[j - 1]?.cap);
    };
    while (k >= 0 && inTitle(k)) k--;
    const t = toks[k];
    if (!t || t.kind !== 'word' || SUBJECT_BEFORE.has(t.lower) || SPEECH_VERBS.has(t.lower) || AUX.has(t.lower)) kind = 'subject';
    else if (t.lower === 'to' && toks[k - 1]?.lower === 'according') kind = 'subject';
    else kind = PREPOSITIONS.has(t.lower) ? 'preposition' : 'object';
    this.before.set(m, kind);
    return kind;
  }

  /** he/she: the last person named before `at`, unless an unnamed speaker was introduced since. */
  private pronounPerson(at: number, pronoun: string): Speaker {
    const ms = this.mentions;
    const want = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : '';
    // the nearest person whose first name fits; one of unknown gender yields to a
    // fitting one named just before ("Marta Ortiz, whose son Jhon Fredy Ortiz ... she said")
    let m: MentionRef | undefined;
    let unsure: MentionRef | undefined;
    for (let i = firstStartingAt(ms, at) - 1, n = 0; i >= 0 && n < 40; i--, n++) {
      const g = ms[i].gender;
      if (want && g !== 'u' && g !== want) continue;
      if (unsure && !this.sameSentence(ms[i].start, unsure.start)) break;
      if (!want || g === want) {
        m = ms[i];
        break;
      }
      unsure ??= ms[i];
    }
    m ??= unsure;
    // "X met Minister Y. “…,” he said": a person named as an object yields to a fitting
    // subject named in the same sentence or the one before
    if (m && this.objectLike(m)) {
      const floor = firstStartingAt(this.sentences, m.start + 1) - 2;
      for (let i = firstStartingAt(ms, m.start) - 1, n = 0; i >= 0 && n < 20; i--, n++) {
        const c = ms[i];
        if (firstStartingAt(this.sentences, c.start + 1) - 1 < floor) break;
        if (c.person === m.person || (want && c.gender !== 'u' && c.gender !== want)) continue;
        if (!this.objectLike(c)) {
          m = c;
          break;
        }
      }
    }
    const unnamed = this.unnamedSince(m ? m.start : -1, at);
    if (unnamed) return { speaker: null, description: unnamed, kind: 'unnamed' };
    return m ? { speaker: m.person.name, description: null, kind: 'person' } : { speaker: null, description: null, kind: 'unnamed' };
  }

  /** A mention after a preposition or a verb ("met Minister Y", "to Y", "whose son Y"). */
  private objectLike(m: MentionRef): boolean {
    return this.wordBefore(m) !== 'subject';
  }

  private sameSentence(a: number, b: number): boolean {
    return firstStartingAt(this.sentences, a + 1) === firstStartingAt(this.sentences, b + 1);
  }

  /** "One of the released soldiers ... told AFP": an unnamed person opening a sentence after `since`. */
  private unnamedSince(since: number, at: number): string | null {
    let i = firstStartingAt(this.sentences, at + 1) - 1;
    for (let n = 0; i >= 0 && n < 3; i--, n++) {
      const s = this.sentences[i];
      if (s.start <= since) return null;
      const c = this.text[s.start];
      if (c === '"' || c === '\u201c' || c === '\u00ab') continue;
      const opener = this.unnamedOpener(i);
      if (opener && opener.end <= at) return opener.text;
    }
    return null;
  }

  private readonly openers = new Map<number, { end: number; text: string } | null>();
  /** The unnamed person noun phrase opening sentence i ("One of the returning Armenians", "A Tigrayan commander"). */
  private unnamedOpener(i: number): { end: number; text: string } | null {
    const cached = this.openers.get(i);
    if (cached !== undefined) return cached;
    const s = this.sentences[i];
    const toks = tokenize(this.text, s.start, Math.min(s.end, s.start + 200));
    const [a, b] = leadingNounPhrase(toks, 0, toks.length);
    let found: { end: number; text: string } | null = null;
    if (b > a && INDEFINITE.has(toks[a].lower)) {
      const people = (t: Token) => isPersonNoun(t) || (t.cap && /s$/.test(t.lower));
      const oneOf = toks[a + 1]?.lower === 'of' && toks.slice(a + 2, b).some(people);
      if (oneOf || isPersonNoun(headOf(toks, a, b))) found = { end: toks[b - 1].end, text: this.text.slice(toks[a].start, toks[b - 1].end).replace(/\s+/g, ' ') };
    }
    this.openers.set(i, found);
    return found;
  }

  /** it/they: the organisation opening this sentence, else the last speaker if it was one. */
  private pronounOrganisation(at: number, lastSpeaker: Speaker | null): Speaker {
    const s = this.sentences[firstStartingAt(this.sentences, at + 1) - 1];
    if (s && s.start < at) {
      const toks = tokenize(this.text, s.start, Math.min(at, s.start + 200));
      const [a, b] = leadingNounPhrase(toks, 0, toks.length);
      if (b > a && !PRONOUNS.has(toks[a].lower)) {
        const r = this.classify(toks, a, b, null);
        if (r && (r.kind === 'institution' || r.kind === 'named')) return r;
      }
    }
    if (lastSpeaker && (lastSpeaker.kind === 'institution' || lastSpeaker.kind === 'named')) return { ...lastSpeaker };
    return { speaker: null, description: null, kind: 'unnamed' };
  }

  /**
   * "the ministry" -> the last "... Ministry" / "UAE foreign ministry" named shortly before
   * `at` ("Russian Defence Ministry"); else as written.
   */
  private institution(np: string, head: string, at: number): string {
    // (a "group" is looked for close by: wires name many groups)
    const floor = Math.max(0, at - (head === 'group' ? 800 : 5000));
    const window = this.text.slice(floor, at);
    const find = new RegExp(`\\b${head}\\b`, 'giu');
    let best: string | null = null;
    for (const m of window.matchAll(find)) {
      // the words before it: capitalised ones and the modifiers of a name ("UAE foreign ministry")
      let s = m.index;
      let sawCapital = false;
      for (let n = 0; n < 6; n++) {
        const before = window.slice(Math.max(0, s - 40), s);
        const w = (isLatinText(before) ? TITLE_WORD_BEFORE_LATIN : TITLE_WORD_BEFORE()).exec(before);
        if (!w || w[1] === 'The') break;
        if (startsUpper(w[1])) sawCapital = true;
        s -= w[0].length;
      }
      const name = window.slice(s, m.index + m[0].length);
      if (sawCapital && name.length > m[0].length && startsUpper(name)) best = name;
    }
    return best ?? (np ? np.replace(/^The\b/, 'the') : '');
  }

  /**
   * Classify a noun phrase that is the subject of a speech verb: a person, a pronoun,
   * an institution or a named state/organisation, or an unnamed speaker with a description.
   */
  classify(tokens: Token[], from: number, to: number, lastSpeaker: Speaker | null, source = false): Speaker | null {
    // "While Poland ...", "Nearly half the ...": a capitalised conjunction, preposition or adverb opens no name
    while (from < to && tokens[from].kind === 'word' && (LEADING.has(tokens[from].lower) || (tokens[from].cap && (NP_STOP.has(tokens[from].lower) || isAdverb(tokens[from]))))) from++;
    if (to <= from) return null;
    const first = tokens[from];
    const start = first.start;
    const m = this.personIn(start, tokens[to - 1].end, source);
    if (m) return { speaker: m.person.name, description: null, kind: 'person' };
    const np = this.text.slice(start, tokens[to - 1].end).replace(/\s+/g, ' ');
    const lower = first.lower;
    if (to - from === 1 && (lower === 'he' || lower === 'she')) return this.pronounPerson(start, lower);
    if (to - from === 1 && (lower === 'it' || lower === 'they')) return this.pronounOrganisation(start, lastSpeaker);
    if (to - from === 1 && PRONOUNS.has(lower)) return { speaker: null, description: np, kind: 'unnamed' };
    // "a statement from the ministry", "a post by Hamas": the speaker is the source
    for (let k = from + 1; k + 1 < to; k++) {
      if ((tokens[k].lower === 'from' || tokens[k].lower === 'by') && STATEMENTS.has(tokens[k - 1].lower)) return this.classify(tokens, k + 1, to, lastSpeaker, true);
    }
    const head = headOf(tokens, from, to);
    if (INDEFINITE.has(lower)) return { speaker: null, description: np, kind: 'unnamed' };
    // "the Fighters for Islamic Justice": a capitalised name with a connector inside names a group
    for (let k = from + 1; k + 1 < to; k++) {
      if ((tokens[k].lower === 'for' || tokens[k].lower === 'to') && tokens[k - 1].cap && tokens[k + 1].cap) return { speaker: np.replace(/^The\b/, 'the'), description: null, kind: 'named' };
    }
    if (INSTITUTIONS.has(head.lower) && !isPersonNoun(head)) {
      // "Oman's foreign ministry" names itself; a bare "the ministry" points back to one named before
      const bare = lower === 'the' && to - from === 2;
      return { speaker: bare ? this.institution(np, head.lower, start) : np.replace(/^The\b/, 'the'), description: null, kind: 'institution' };
    }
    // a bare "the group" points back to a "... Group" named before ("the Wagner Group"), if any
    if (head.lower === 'group' && lower === 'the' && to - from === 2) {
      const named = this.institution('', 'group', start);
      if (named) return { speaker: named, description: null, kind: 'institution' };
    }
    if (isPersonNoun(head) || GROUP_NOUNS.has(head.lower)) return { speaker: null, description: np, kind: 'unnamed' };
    // "the ICRC", "the ELN"
    if (lower === 'the') {
      return head.cap ? { speaker: np.replace(/^The\b/, 'the'), description: null, kind: 'named' } : { speaker: null, description: np, kind: 'unnamed' };
    }
    // "Iranian state TV", "Ukraine", "Egypt and Qatar"
    // ("On collateral, ...", "Panic selling ...": a capitalised ordinary word names nobody)
    if (first.cap) return namesSomething(tokens, from, to) ? { speaker: np, description: null, kind: 'named' } : { speaker: null, description: np, kind: 'unnamed' };
    return { speaker: null, description: np, kind: 'unnamed' };
  }

  /**
   * The subject of the speech verb at `v`, read back clause by clause from it: the nearest
   * clause's noun phrase, unless a person is named further back past appositives
   * ("X, Russia's ombudsperson, said") or relative clauses ("X, who ..., wrote").
   */
  subject(tokens: Token[], lo: number, v: number, lastSpeaker: Speaker | null): Speaker | null {
    let end = v;
    let fallback: Speaker | null = null;
    let appositive = false;
    while (end > lo) {
      let start = end;
      while (start > lo && !isSoftBoundary(tokens[start - 1]) && !isHardBoundary(tokens[start - 1])) start--;
      const hard = start > lo && isHardBoundary(tokens[start - 1]);
      let a = start;
      while (a < end && tokens[a].kind === 'word' && LEADING.has(tokens[a].lower)) a++;
      // relative clauses and participles ("who sits on ...", "known as SNAI", "speaking by phone") describe the subject
      // an empty clause ("... and called the charges") shares the subject before it
      // "..., which Shultz said is designed": a person right after the relative word speaks
      if (a + 1 < end && (tokens[a].lower === 'which' || tokens[a].lower === 'that')) {
        const m = this.personIn(tokens[a + 1].start, tokens[end - 1].end);
        if (m && m.start === tokens[a + 1].start) return { speaker: m.person.name, description: null, kind: 'person' };
      }
      if (a < end && !RELATIVE.has(tokens[a].lower) && !isParticiple(tokens[a])) {
        const m = this.personIn(tokens[a].start, tokens[end - 1].end);
        if (m) return { speaker: m.person.name, description: null, kind: 'person' };
        const [na, nb] = leadingNounPhrase(tokens, a, end);
        const here = this.classify(tokens, na, nb, lastSpeaker);
        if (!fallback) {
          fallback = here;
          // a description ("the group", "a movement", "the militia"): no capitalised word in it
          appositive = !!here && (here.kind === 'unnamed' || here.kind === 'institution') && DESCRIPTION_OPENERS.has(tokens[na].lower) && nb > na && !headOf(tokens, na, nb).cap;
        }
        // "the Fighters for Justice, the group that claimed it, said": a name that is a whole
        // clause before a generic appositive ("the group", "a movement") is the speaker
        else if (appositive && nb === end && here && (here.kind === 'named' || here.kind === 'institution') && !NP_STOP.has(tokens[na].lower) && namesSomething(tokens, na, nb)) return here;
        // a clause that is more than a noun phrase (and its relative clause, or a phrase
        // like "from Pittsburgh" with no verb) is the subject's own: stop here
        if (nb < end && !RELATIVE.has(tokens[nb].lower) && tokens[nb].lower !== 'that' && !verblessTail(tokens, nb, end)) break;
      }
      if (hard) break;
      end = start - 1;
    }
    return fallback;
  }
}

/**
 * The subject of a sentence's main clause, read forward: the first comma clause that opens
 * with a noun phrase ("In a message, the group ..." -> the group). For a participle
 * attribution (", saying ...") and a verb that shares the subject ("... and said").
 */
export function mainSubject(who: Attributor, tokens: Token[], lastSpeaker: Speaker | null): Speaker | null {
  let a = 0;
  for (let n = 0; a < tokens.length && n < 4; n++) {
    let b = a;
    while (b < tokens.length && !isSoftBoundary(tokens[b]) && !isHardBoundary(tokens[b])) b++;
    let k = a;
    while (k < b && tokens[k].kind === 'word' && LEADING.has(tokens[k].lower)) k++;
    // "In February, ...", "After the talks, ...": an adverbial clause before the subject
    if (k < b && !NP_STOP.has(tokens[k].lower)) {
      const m = who.personIn(tokens[k].start, tokens[b - 1].end);
      if (m) return { speaker: m.person.name, description: null, kind: 'person' };
      const [na, nb] = leadingNounPhrase(tokens, k, b);
      if (nb > na) {
        const s = who.classify(tokens, na, nb, lastSpeaker);
        // "Hours later, ...", "Last week, ...": ordinary words opening the sentence name nobody
        if (s && (s.kind !== 'named' || namesSomething(tokens, na, nb))) return s;
      }
    }
    if (b < tokens.length && isHardBoundary(tokens[b])) return null;
    a = b + 1;
  }
  return null;
}

/** Tokens without short bracketed asides: "the Group (JNIM), the alliance" reads as one name. */
export function withoutAsides(tokens: Token[]): Token[] {
  let has = false;
  for (const t of tokens) if (t.text === '(') has = true;
  if (!has) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].text === '(') {
      let j = i + 1;
      while (j < tokens.length && j - i <= 5 && tokens[j].text !== ')' && tokens[j].text !== '(') j++;
      if (j < tokens.length && tokens[j].text === ')' && j - i <= 5) {
        i = j;
        continue;
      }
    }
    out.push(tokens[i]);
  }
  return out;
}

const MALE = new Set('son father brother husband man boy uncle nephew grandson grandfather king prince sheikh emir mr'.split(' '));
const FEMALE = new Set('daughter mother sister wife woman girl aunt niece granddaughter grandmother widow queen princess mrs ms'.split(' '));
/** "her son Taras" -> m, from the title's words. */
function genderOfTitle(title: string | null): string {
  if (!title) return 'u';
  for (const w of title.toLowerCase().split(/[^a-z]+/)) {
    if (MALE.has(w)) return 'm';
    if (FEMALE.has(w)) return 'f';
  }
  return 'u';
}

function firstStartingAt(items: { start: number }[], at: number): number {
  return lowerBound(items, (x) => x.start < at);
}

/** The head noun of a noun phrase: the word before "of" ("head of the office"), or after it ("one of the soldiers"). */
function headOf(tokens: Token[], from: number, to: number): Token {
  for (let k = from + 1; k < to; k++) {
    if (tokens[k].lower !== 'of') continue;
    if (INDEFINITE.has(tokens[k - 1].lower) || tokens[k - 1].lower === 'group') return tokens[to - 1];
    return tokens[k - 1];
  }
  return tokens[to - 1];
}

const isParticiple = (t: Token) => t.kind === 'word' && !t.cap && /(?:ed|en|wn|ing)$/.test(t.lower) && t.lower.length > 4 && !isPersonNoun(t);
// a skipped quotation inside the window separates clauses like a comma
const isSoftBoundary = (t: Token) => t.kind === 'punct' && (t.text === ',' || t.text === QUOTE_TOKEN);
const isHardBoundary = (t: Token) => (t.kind === 'punct' && HARD_MARKS.has(t.text)) || (t.kind === 'word' && HARD_WORDS.has(t.lower));

const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an']);
/**
 * Some word of [from, to) is a name: capitalised, and not only because it opens the sentence
 * (the tokens given start at a sentence start); no month, day or preposition ("In February").
 */
function namesSomething(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !t.cap || MONTHS_DAYS.has(t.lower) || NP_STOP.has(t.lower)) continue;
    // the first word may be capitalised only because it opens the sentence ("Panic", "Asked"),
    // unless it is a place, an organisation, a name or an acronym ("Turkey", "NATO")
    if ((t.initial || k === 0 || k === from) && COMMON.has(t.lower) && !isAllCaps(t) && !GAZETTEER.has(t.lower) && !ORGS.has(t.lower) && !firstName(t.lower) && !LAST_NAMES.has(t.lower)) continue;
    return true;
  }
  return false;
}
const TAIL_PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'in', 'on', 'with', 'to']);
/** "a Democrat | from Pittsburgh", "a spokesman | for the group": a prepositional tail with no verb in it. */
function verblessTail(tokens: Token[], from: number, to: number): boolean {
  if (!TAIL_PREPOSITIONS.has(tokens[from].lower) || to - from > 12) return false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' || (t.kind === 'word' && !t.cap && (AUX.has(t.lower) || SPEECH_VERBS.has(t.lower) || RELATIVE.has(t.lower) || t.lower === 'that'))) return false;
  }
  return true;
}

/** The noun phrase starting at `from`: determiners, adjectives, nouns, names, possessives, "of", "X and Y". */
export function leadingNounPhrase(tokens: Token[], from: number, to: number): [number, number] {
  let i = from;
  while (i < to) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (t.text === '-' || t.text === "'" || t.text === '\u2019') {
        i++;
        continue;
      }
      break;
    }
    if (t.kind === 'word' && !t.cap) {
      // "Egypt and Qatar"
      if (t.lower === 'and' && i > from && tokens[i - 1].cap && tokens[i + 1]?.cap) {
        i++;
        continue;
      }
      // "the Fighters for Islamic Justice", "the Group to Support Islam": a name goes on past a connector
      // (not after a singular title: "the Minister for Foreign Affairs" is a person)
      if ((t.lower === 'for' || t.lower === 'to') && i > from && tokens[i - 1].cap && tokens[i + 1]?.cap && i + 1 < to && !(isPersonNoun(tokens[i - 1]) && !/[^s]s$/.test(tokens[i - 1].lower))) {
        i++;
        continue;
      }
      // "a statement from the ministry"
      if ((t.lower === 'from' || t.lower === 'by') && i > from && STATEMENTS.has(tokens[i - 1].lower)) {
        i++;
        continue;
      }
      if (NP_STOP.has(t.lower) || AUX.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
      // a participle after the noun starts a modifier: "the statement quoted by", "soldiers wearing"
      const p = tokens[i - 1];
      if (i > from && /(?:ed|ing)$/.test(t.lower) && t.lower.length > 4 && !isPersonNoun(t) && p.kind === 'word' && !INDEFINITE.has(p.lower) && p.lower !== 'the' && p.lower !== 'of' && !p.lower.endsWith('ly')) break;
    }
    i++;
    if (i - from > 12) break;
  }
  return [from, i];
}

/** A sentence end in a token stream: ".", "!", "?" not after an abbreviation, before a capital or the end. */
export function isSentenceEnd(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.kind !== 'punct' || !/^[.!?\u2026]$/.test(t.text)) return false;
  if (t.text === '.' && k > 0 && ABBREVIATIONS.has(tokens[k - 1].lower)) return false;
  const next = tokens[k + 1];
  return !next || next.cap || next.kind === 'num' || next.kind === 'punct';
}
