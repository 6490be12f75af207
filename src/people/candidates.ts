// Candidate names in one sentence: runs of capitalised words with the title words,
// places and organisation words peeled off, and the evidence that the rest is a person.
import { COMMON, firstName, ORG_WORDS, LAST_NAMES, NAME_PARTICLES, NAMING_AS, NAMING_WORDS, ORG_OR_PLACE_AFTER, ORGS, PERSON_AFTER, SPEECH_VERBS, hasSurnameShape } from './lexicon.js';
import { capAt, isAllCaps, kindAt, lowerAt, peek, textAt, type Token } from './tokens.js';
import { titleAfter, titleBefore, titleBeforeComma, type TitleRange } from './titles.js';
import { canBeNamePart, isSpeechAt, isDemonym, isHonorific, isMonthOrDay, isPersonNoun, isPlaceWord, isTitleModifier, type Vocabulary } from './words.js';

export interface Evidence {
  /** "President X", "aide X", "Mr X", "her daughter X" */
  title: boolean;
  /** "a woman called X" */
  naming: boolean;
  /** "X, 38," */
  age: boolean;
  /** "X said", "said X", "according to X" */
  speech: boolean;
  /** "X, a spokesman for ...", "the head of ..., X," */
  appositive: boolean;
  /** "the X administration" */
  administration: boolean;
  /** first word is a known first name */
  firstName: boolean;
  /** last word looks like a transliterated surname ("-enko", "-yan") */
  surnameShape: boolean;
  /** a single word the lexicon knows as a surname ("Putin") */
  knownSurname: boolean;
  /** preceded by "the" with no title between: "the Observatory" */
  definite: boolean;
  /** "Mr X", "Gen. X" */
  honorific: boolean;
  /** a title strong enough for a one-word name: "President X", "her son X" */
  singleTitle: boolean;
  /** after a place preposition: "in X", "near X" */
  locative: boolean;
}

export interface Candidate {
  sentence: number;
  tokens: Token[];
  /** core name tokens [from, to) in the sentence's tokens */
  from: number;
  to: number;
  /** the written title: before the name, or an appositive */
  title: TitleRange | null;
  evidence: Evidence;
}

const SPEECH_SKIP = new Set(['also', 'later', 'earlier', 'previously', 'then', 'reportedly', 'has', 'had', 'have', 'was', 'is', 'separately', 'further', 'again', 'once', 'himself', 'herself', 'had', 'would', 'will', 'repeatedly', 'publicly', 'initially', 'first', 'last', 'shown', 'quoted', 'heard', 'seen', 'as']);
// "said X" names the speaker; "told X" names the listener
const INVERTED_SPEECH = new Set(['said', 'says', 'wrote', 'writes', 'added', 'adds', 'asked', 'noted', 'stressed', 'tweeted', 'posted', 'explained', 'insisted', 'continued', 'recalled', 'shouted', 'declared', 'stated', 'announced', 'warned']);

/** Runs of capitalised words (with name particles between them): [from, to) token index pairs. */
export function capitalRuns(tokens: Token[], isPart: (t: Token) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isPart(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      if (j < tokens.length && isPart(tokens[j])) j++;
      else if (j + 1 < tokens.length && tokens[j].kind === 'word' && NAME_PARTICLES.has(tokens[j].lower) && isPart(tokens[j + 1])) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** a capitalised word that is not all capitals: what a name is made of */
export const isCapWord = (t: Token) => t.kind === 'word' && t.cap && !isAllCaps(t);

function speechAfter(tokens: Token[], to: number): boolean {
  if (kindAt(tokens, to) === 'pos') return false;
  for (let k = to, n = 0; k < tokens.length && n < 4; k++, n++) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (isSpeechAt(tokens, k)) return true;
    if (!SPEECH_SKIP.has(t.lower)) return false;
  }
  return false;
}

/** "NAME, who handles the lists for the group, said": a relative clause between the name and its verb. */
function relativeSpeech(tokens: Token[], to: number): boolean {
  if (textAt(tokens, to) !== ',' || (lowerAt(tokens, to + 1) !== 'who' && lowerAt(tokens, to + 1) !== 'whose')) return false;
  for (let k = to + 2, n = 0; k < tokens.length && n < 30; k++, n++) {
    const t = tokens[k];
    if (t.text === ',') return speechAfter(tokens, k + 1);
    if (t.kind === 'punct' && t.text !== '-' && t.text !== "'" && t.text !== '\u2019') return false;
  }
  return false;
}

function speechBefore(tokens: Token[], from: number): boolean {
  const v = peek(tokens, from - 1);
  if (v && v.kind === 'word' && INVERTED_SPEECH.has(v.lower)) return true;
  // "according to X"
  return lowerAt(tokens, from - 1) === 'to' && lowerAt(tokens, from - 2) === 'according';
}

function ageAfter(tokens: Token[], to: number): boolean {
  const a = textAt(tokens, to);
  if ((a !== ',' && a !== '(') || kindAt(tokens, to + 1) !== 'num' || !/^\d{1,3}$/.test(tokens[to + 1].text)) return false;
  if (a === ',' && Number(tokens[to + 1].text) < 120) return to + 2 >= tokens.length || tokens[to + 2].kind === 'punct';
  return a === '(' && textAt(tokens, to + 2) === ')';
}

const BIN = new Set(['bin', 'ibn', 'bint']);
// "the Biden administration", "a Netanyahu government": the words before a one-word leader's name
const ADMIN_BEFORE = new Set(['the', 'a', 'an', 'former', 'previous', 'new', 'incoming', 'outgoing', 'second', 'first']);

/** The core name inside a run: the longest tail of name-capable words. */
function coreOf(tokens: Token[], rf: number, to: number, ok: (k: number) => boolean): number {
  let from = to;
  while (from > rf) {
    const p = tokens[from - 1];
    if (ok(from - 1)) from--;
    else if (from < to && p.kind === 'word' && NAME_PARTICLES.has(p.lower) && from - 2 >= rf && ok(from - 2)) from -= 2;
    // "Zaid bin Sultan al-Nahayan": after "bin", a title word is a father's name
    else if (p.cap && p.kind === 'word' && from - 2 >= rf && BIN.has(tokens[from - 2].lower) && from - 3 >= rf && ok(from - 3)) from -= 3;
    else break;
  }
  return from;
}

const STRONG_TITLES = new Set(`president minister premier chancellor secretary senator governor mayor king queen prince
  princess pope patriarch ayatollah sheikh emir sultan chairman chairwoman commissioner ombudsman general colonel major
  captain lieutenant sergeant admiral marshal commander spokesman spokeswoman ambassador envoy judge justice prosecutor
  rabbi imam cardinal bishop archbishop metropolitan treasurer chief leader director professor president-elect
  congressman congresswoman lawmaker deputy brigadier corporal private`.split(/\s+/));

// capitalised heads of organisation names that take "for": "Movement for ...", "Centre for ..."
const INSTITUTION_HEADS = new Set(['movement', 'centre', 'center', 'institute', 'ministry', 'commission', 'commissioner', 'council', 'committee', 'office', 'agency', 'association', 'union', 'front', 'fighters', 'alliance', 'coalition', 'campaign', 'league', 'foundation', 'society', 'fund']);

const LOCATIVE = new Set(['in', 'near', 'at', 'from', 'into', 'around', 'outside', 'across', 'towards', 'toward', 'via', 'through', 'inside', 'of']);

/** The name candidates of one sentence. */
export function sentenceCandidates(text: string, sentence: number, tokens: Token[], vocab: Vocabulary, runs: [number, number][]): Candidate[] {
  const out: Candidate[] = [];
  // canBeNamePart per token index, worked out once: both core readings below ask it
  // (0 not yet asked, 1 yes, 2 no: a typed array, not a sparse one V8 would keep as a dictionary)
  const parts = new Uint8Array(tokens.length);
  const namePart = (k: number): boolean => {
    if (parts[k] === 0) parts[k] = canBeNamePart(tokens[k], vocab) ? 1 : 2;
    return parts[k] === 1;
  };
  const placePart = (k: number) => namePart(k) || (isCapWord(tokens[k]) && vocab.isPlaceToken(tokens[k]) && !isDemonym(tokens[k]));
  for (const [rf, rt] of runs) {
    let to = rt;
    while (to > rf && isMonthOrDay(tokens[to - 1])) to--;
    let from = coreOf(tokens, rf, to, namePart);
    // "Raúl Ibarra": a first name followed by a word that is also a place name
    const wide = coreOf(tokens, rf, to, placePart);
    if (wide < from && to - wide >= 2 && firstName(tokens[wide].lower) && !vocab.isPlaceName(lowerOf(tokens, wide, to))) from = wide;
    // a run ending in an organisation or place word ("Russian Defence Ministry", "Gorky Park") holds no person
    if (from === to || isPlaceWord(tokens[to - 1])) continue;
    // at most six words in a name ("Tamim bin Hamad Al Thani"); more is a title or an organisation
    from = Math.max(from, to - 6);
    // ("Abu Obeida": a kunya opens a name)
    while (from < to - 1 && NAME_PARTICLES.has(tokens[from].lower) && tokens[from].lower !== 'abu') from++;
    // "Saudi Arabia", "Red Cross": a place or organisation named by the whole tail
    // (shortest reading first, each one word longer than the last: any one of them names it)
    let lower = lowerOf(tokens, from, to);
    let named = ORGS.has(lower) || vocab.isPlaceName(lower);
    for (let k = from - 1; k >= Math.max(rf, from - 3) && !named; k--) {
      lower = `${tokens[k].lower} ${lower}`;
      named = ORGS.has(lower) || vocab.isPlaceName(lower);
    }
    if (named) continue;
    if (from === rf && continuesName(tokens, rf)) {
      // "Commissioner for Human Rights Ivan Petrenko": the name starts at its first name
      let k = from + 1;
      while (k < to - 1 && !firstName(tokens[k].lower)) k++;
      if (k >= to - 1) continue;
      from = k;
    }
    // "Additionally, ...": a sentence adverb no word list knows, before its comma
    if (to - from === 1 && tokens[from].initial && textAt(tokens, to) === ',' && /..ly$/.test(tokens[from].lower) && !firstName(tokens[from].lower) && !LAST_NAMES.has(tokens[from].lower)) continue;
    // "Wagner" of "Wagner Group" elsewhere in the story
    if (to - from === 1 && vocab.orgParts.has(tokens[from].lower)) continue;
    if (vocab.inPlaceMention(tokens[from].start, tokens[to - 1].end)) continue;
    const next = peek(tokens, rt);
    // "Donetsk People's Republic": the name goes on past the possessive into an organisation
    if (next?.kind === 'pos' && capAt(tokens, rt + 1) && ORG_WORDS.has(tokens[rt + 1].lower)) continue;
    const personAfter = !!next && next.kind === 'word' && PERSON_AFTER.has(next.lower);
    // "Olenivka prison", "Jaysh al-Nasr rebel group", "Wagner mercenary group"
    if (next && next.kind === 'word' && !next.cap && !personAfter) {
      if (ORG_OR_PLACE_AFTER.has(next.lower)) continue;
      // "Kremlin aide", "Wagner soldier", "Azov brigade": an affiliation, not a person
      if ((isPersonNoun(next) || isTitleModifier(next)) && !SPEECH_VERBS.has(next.lower)) continue;
      const n2 = peek(tokens, rt + 1);
      if (n2 && n2.kind === 'word' && !n2.cap && ORG_OR_PLACE_AFTER.has(n2.lower) && !isPersonNoun(next) && !SPEECH_VERBS.has(next.lower)) continue;
    }
    const c = makeCandidate(sentence, tokens, from, to, personAfter);
    // "American Marc Fogel", "Briton Ann Lee": a demonym right before a name of two words or more
    const prev = peek(tokens, from - 1);
    if (!c.evidence.title && to - from >= 2 && prev?.cap && vocab.demonymOf(prev) && !c.evidence.locative) c.evidence.title = true;
    out.push(c);
  }
  return out;
}

/**
 * "the Ministry of Internal Affairs": a name continuing a capitalised name before "of";
 * "the Ministry for Foreign Affairs", "Commissioner for Human Rights": the rest of an
 * organisation or a title (a function of its own: few runs get here)
 */
function continuesName(tokens: Token[], rf: number): boolean {
  const before2 = peek(tokens, rf - 2);
  return (
    (lowerAt(tokens, rf - 1) === 'of' && !!before2?.cap) ||
    (lowerAt(tokens, rf - 1) === 'for' && !!before2?.cap && (ORG_WORDS.has(before2.lower) || isPersonNoun(before2) || INSTITUTION_HEADS.has(before2.lower)))
  );
}

const lowerOf = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).map((t) => t.lower).join(' ');

/** "a woman called X", "gave his name only as X", "gave only his first name, X" */
function namedBefore(tokens: Token[], from: number): boolean {
  const prev = peek(tokens, from - 1);
  if (!prev) return false;
  if (prev.kind === 'word' && NAMING_WORDS.has(prev.lower)) return true;
  if (prev.lower === 'as') {
    for (let k = from - 2; k >= Math.max(0, from - 5); k--) if (NAMING_AS.has(tokens[k].lower)) return true;
  }
  return prev.text === ',' && lowerAt(tokens, from - 2) === 'name';
}

function makeCandidate(sentence: number, tokens: Token[], from: number, to: number, personAfter: boolean): Candidate {
  const first = tokens[from];
  const last = tokens[to - 1];
  const single = to - from === 1;
  let title = titleBefore(tokens, from);
  const prev = peek(tokens, from - 1);
  const honorific = !!prev && isHonorific(prev);
  const titled = !!title || honorific || (!!prev && isPersonNoun(prev) && prev.kind === 'word');
  // one word after a title is a name only after a real title: "President Reagan", "Mr Yarema",
  // "her son Taras"; not "Official Bulletin", "committee chairman Citibank"
  const before2 = peek(tokens, from - 2);
  const singleTitle =
    honorific ||
    (!!prev && prev.kind === 'word' && prev.cap && STRONG_TITLES.has(prev.lower)) ||
    (!!prev && prev.kind === 'word' && !prev.cap && isPersonNoun(prev) && !/[^s]s$/.test(prev.lower) &&
      !!before2 && (before2.kind === 'pos' || /^(?:her|his|their|its|whose|my|our|your|the|a|an)$/.test(before2.lower)));
  const naming = namedBefore(tokens, from);
  // "a woman called Tania": the noun before the naming word is her title
  if (naming && !title && before2 && isPersonNoun(before2)) title = { from: from - 2, to: from - 1 };
  let appositive = false;
  // ", NAME, said": the name closes a title before it
  const commaSpeech = prev?.text === ',' && textAt(tokens, to) === ',' && speechAfter(tokens, to + 1);
  if (!title) {
    const after = titleAfter(tokens, to);
    const beforeComma = prev?.text === ',' ? titleBeforeComma(tokens, from - 1) : null;
    // "the head of the office, NAME," needs the name closed by a comma, a verb or the end
    const at = peek(tokens, to);
    const closed = !at || at.kind === 'punct' || speechAfter(tokens, to) || (at.kind === 'word' && !at.cap);
    if (after) {
      title = after;
      appositive = true;
    } else if (beforeComma && closed) {
      title = beforeComma;
      appositive = true;
    }
  }
  const speech = speechAfter(tokens, to) || commaSpeech || relativeSpeech(tokens, to) || speechBefore(tokens, title && title.to <= from ? title.from : from);
  const initialCommon = first.initial && COMMON.has(first.lower);
  const evidence: Evidence = {
    title: titled,
    singleTitle,
    honorific,
    naming,
    age: ageAfter(tokens, to),
    speech,
    appositive,
    administration: personAfter,
    firstName: !single && !!firstName(first.lower) && !initialCommon,
    surnameShape: !single && hasSurnameShape(last.text) && !initialCommon,
    knownSurname: single && LAST_NAMES.has(last.lower) && !COMMON.has(last.lower),
    definite: prev?.lower === 'the' && !personAfter,
    locative: !!prev && LOCATIVE.has(prev.lower),
  };
  return { sentence, tokens, from, to, title, evidence };
}

/**
 * "senators Ana Ruiz and Tomas Vidal": a name of two words or more joined by "and" to a
 * person of two words or more is a person too (the title or verb they share spoke for both).
 */
export function coordinated(c: Candidate, isFound: (sentence: number, from: number, to: number) => boolean): boolean {
  if (c.to - c.from < 2 || c.evidence.definite || c.evidence.locative) return false;
  if (c.tokens.slice(c.from, c.to).every((t) => COMMON.has(t.lower) && !firstName(t.lower))) return false;
  const t = c.tokens;
  if (t[c.from - 1]?.lower === 'and' && c.from >= 3 && isFound(c.sentence, -1, c.from - 1)) return true;
  return t[c.to]?.lower === 'and' && isFound(c.sentence, c.to + 1, -1);
}

/** Enough evidence to call a candidate a person the first time it is seen. */
export function isPerson(c: Candidate): boolean {
  const e = c.evidence;
  if (e.definite) return false;
  // "Camp David", "Lake Victoria": a place word opening the name needs a title ("Park Ji-hoon" has one)
  if (isPlaceWord(c.tokens[c.from]) && !e.title) return false;
  const single = c.to - c.from === 1;
  const strong = e.title || e.naming || e.age || e.speech || e.appositive || e.administration;
  // "Internal Affairs", "General Staff": ordinary words need an honorific, an age or a naming word
  const ordinary = c.tokens.slice(c.from, c.to).every((t) => COMMON.has(t.lower) && !firstName(t.lower));
  if (ordinary) return single ? e.honorific || e.age || e.naming : e.title || e.age || e.naming;
  // "homes in Spin Boldak": after a place preposition, the shape of a name is not enough
  // ("the release of Marc Fogel": after "of" a known first name still makes a name)
  if (!single) return strong || ((e.firstName || e.surnameShape) && (!e.locative || (e.firstName && lowerAt(c.tokens, c.from - 1) === 'of')));
  if (c.tokens[c.from].text.length < 3) return false;
  return e.singleTitle || e.naming || e.age || (e.appositive && !COMMON.has(c.tokens[c.from].lower)) || (e.administration && !COMMON.has(c.tokens[c.from].lower) && ADMIN_BEFORE.has(lowerAt(c.tokens, c.from - 1))) || (e.knownSurname && !e.locative) || (e.speech && hasSurnameShape(c.tokens[c.from].text));
}
