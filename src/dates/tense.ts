// The tense of the clause a date sits in, read from the nearest verb group:
// "will/would/is due to/is set to" -> future, "said/was/had/freed" -> past,
// "is/are" -> present. Decides which way "Friday" or "June 2" points from
// the reference date. A bounded word scan on each side of the date: linear.

export type Tense = 'past' | 'present' | 'future' | null;

const FUTURE = new Set(
  (
    "will 'll shall would wo won't wouldn't shan't could can may might should must " +
    'tomorrow upcoming planned scheduled expected expect expects due ahead starting beginning effective'
  ).split(' '),
);
// words that point to the future when followed by "to": "due to", "set to", "plans to"
const GOVERNS_TO = new Set(
  (
    'due set expected scheduled slated poised going about plan plans planned planning intend intends ' +
    'aim aims hope hopes want wants agree agrees agreed promise promised pledge pledged vow vowed ' +
    'ready prepared likely supposed offered offer offers proposed propose threatened threaten'
  ).split(' '),
);
// base forms after "to" that make an infinitive of a coming event ("to swap
// prisoners on Sunday"), not a preposition ("transferred to hospital")
const BASE_VERBS = new Set(
  (
    'swap exchange release free return hand meet hold resume sign begin start visit travel transfer ' +
    'repatriate continue receive send bring end extend announce discuss vote open attend take give ' +
    'launch complete conduct carry talk host happen occur'
  ).split(' '),
);
// words that open a noun phrase: after "to" they make it a preposition
const NOUN_STARTS = new Set(
  ['', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'some', 'all', 'both', 'each', 'any', 'no'],
);
const PAST_AUX = new Set("had was were did has have hadn't wasn't weren't didn't hasn't haven't".split(' '));
const PRESENT = new Set(
  "is are am isn't aren't begins starts ends expires opens closes resumes arrives meets holds".split(' '),
);
// simple past forms that are never participles (and "said", "told", which in
// news copy nearly always are finite verbs)
const IRREGULAR_PAST = new Set(
  (
    'said told took gave came went began saw spoke wrote knew grew threw drew flew rode rose ran sang sank ' +
    'shook stole swore woke wore withdrew overtook arose forgave mistook oversaw undertook underwent fell ' +
    'froze chose drove broke hid tore'
  ).split(' '),
);
// past forms that are also participles ("the men held since 2022"): a past
// participle names a done event too, so they count as past
const PARTICIPLES = new Set(
  (
    'made met left held sent got brought found fought led stood won lost paid sold kept heard felt thought ' +
    'meant shot slept spent struck taught understood bought caught dealt fed fled knelt lit sought slid ' +
    'stuck upheld wept hung sat become'
  ).split(' '),
);
// prepositions that put the date before the clause's event ("after talks on Monday")
const PAST_LEADS = new Set(['after', 'following', 'since']);
// -ed words that are not past tenses
const NOT_PAST = new Set(
  (
    'need speed seed feed bed red shed hundred proceed exceed succeed indeed breed greed weed embed ' +
    'sacred naked wicked rugged beloved kindred ragged aged armed alleged'
  ).split(' '),
);
// before a participle these make it passive or infinitive: the auxiliary decides
const BE = new Set(['be', 'been', 'being', 'to']);
const MODALS = new Set("will 'll shall would could can may might should must".split(' '));
// words that open a new clause: the scan for the date's own verb stops there
const CLAUSE_OPENERS = new Set(
  'that which who whom whose when where while because although though if unless'.split(' '),
);
// after the date these end its clause too ("on Friday as talks resumed")
const CLAUSE_OPENERS_AFTER = new Set([...CLAUSE_OPENERS, 'until', 'as']);

const MAX_BACK = 12;
const MAX_FORWARD = 8;
const REACH = 160; // characters either side

interface Word {
  /** lower-cased, curly apostrophe folded */
  w: string;
  /** as written */
  raw: string;
}

// A word: a letter, then letters and apostrophes (straight or curly), as far as they go.
const isLetterCode = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordCode = (c: number) => isLetterCode(c) || c === 39 || c === 0x2019;

function wordOf(raw: string): Word {
  // the curly apostrophe is rare: replace only where there is one
  return { w: (raw.includes('\u2019') ? raw.replace(/\u2019/g, "'") : raw).toLowerCase(), raw };
}

/** The first `limit` words of text[from, to). */
function firstWords(text: string, from: number, to: number, limit: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to && out.length < limit) {
    // apostrophes before a word's first letter are not part of it
    if (!isLetterCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isWordCode(text.charCodeAt(j))) j++;
    out.push(wordOf(text.slice(i, j)));
    i = j;
  }
  return out;
}

/** The last `limit` words of text[from, to), in text order. */
function lastWords(text: string, from: number, to: number, limit: number): Word[] {
  const out: Word[] = [];
  let i = to;
  while (i > from && out.length < limit) {
    if (!isWordCode(text.charCodeAt(i - 1))) {
      i--;
      continue;
    }
    // a run of letters and apostrophes: its word runs from its first letter to its end
    const runEnd = i;
    while (i > from && isWordCode(text.charCodeAt(i - 1))) i--;
    let f = i;
    while (f < runEnd && !isLetterCode(text.charCodeAt(f))) f++;
    if (f < runEnd) out.push(wordOf(text.slice(f, runEnd)));
  }
  return out.reverse();
}

/** Tense signal of words[i], or null; `before` when the word precedes the date. */
function signal(ws: Word[], i: number, before: boolean): Tense {
  const w = ws[i].w;
  const prev = i > 0 ? ws[i - 1].w : '';
  const next = i + 1 < ws.length ? ws[i + 1].w : '';
  // "agreed to swap" points ahead; "agreed to a ceasefire" does not
  if (GOVERNS_TO.has(w) && next === 'to' && !NOUN_STARTS.has(i + 2 < ws.length ? ws[i + 2].w : '')) return 'future';
  if (w === 'to' && (next === 'be' || BASE_VERBS.has(next))) return 'future';
  // "May" the month, "Will" the name
  if (FUTURE.has(w)) return ws[i].raw[0] === ws[i].raw[0].toLowerCase() ? 'future' : null;
  if (PRESENT.has(w)) return MODALS.has(prev) ? 'future' : 'present';
  if (PAST_AUX.has(w)) return MODALS.has(prev) ? null : 'past';
  const participle = PARTICIPLES.has(w) || (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w));
  if (IRREGULAR_PAST.has(w) || participle) {
    // "will be released", "to be freed", "has been swapped": the auxiliary decides;
    // "the wounded", "their detained relatives": an adjective or a noun
    if (BE.has(prev) || MODALS.has(prev) || NOUN_STARTS.has(prev)) return null;
    return 'past';
  }
  if (before && PAST_LEADS.has(w)) return 'past';
  return null;
}

/**
 * Tense of the clause around text[start, end), reading only inside [from, to)
 * (the sentence or header line).
 */
export function clauseTense(text: string, from: number, to: number, start: number, end: number): Tense {
  // the stretch read on each side: inside [from, to), within REACH, up to a stop
  let leftStart = Math.max(from, start - REACH);
  const stopL = lastIndexOfStop(text, leftStart, start);
  if (stopL >= 0) leftStart = stopL + 1;
  let rightEnd = Math.min(to, end + REACH);
  const stopR = indexOfStop(text, end, rightEnd);
  if (stopR >= 0) rightEnd = stopR;

  // the clause scan reads at most MAX_BACK words before the date, and the word before them
  const back = lastWords(text, leftStart, start, MAX_BACK + 1);
  let backHit: Tense = null;
  let clauseWords = 0; // words between the clause start and the date
  for (let i = back.length - 1; i >= 0 && clauseWords < MAX_BACK && !CLAUSE_OPENERS.has(back[i].w); i--) clauseWords++;
  for (let i = back.length - 1, n = 0; n < clauseWords; i--, n++) {
    const s = signal(back, i, true);
    if (s) {
      backHit = s;
      break;
    }
  }
  // a date usually follows its verb ("signed on July 22 will last"): the verb
  // before it wins; the one after only when there is none ("Friday is the deadline")
  if (backHit) return backHit;
  // after a date inside its clause, a comma ends the clause ("will swap on
  // Tuesday, officials said"); after a leading date it does not ("On Tuesday, ...")
  if (clauseWords >= 2) {
    for (let i = end; i < rightEnd; i++) {
      if (text.charCodeAt(i) === 0x2c) {
        rightEnd = i;
        break;
      }
    }
  }
  // MAX_FORWARD words, and the two after them that signal() looks at
  const fwd = firstWords(text, end, rightEnd, MAX_FORWARD + 2);
  for (let i = 0; i < fwd.length && i < MAX_FORWARD; i++) {
    if (CLAUSE_OPENERS_AFTER.has(fwd[i].w)) break;
    const s = signal(fwd, i, false);
    if (s) return s;
  }
  return null;
}

// punctuation that closes a clause for this purpose: ; : ( ) [ ] —
const isStop = (c: number) => c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x2014;

function lastIndexOfStop(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isStop(text.charCodeAt(i))) return i;
  return -1;
}

function indexOfStop(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isStop(text.charCodeAt(i))) return i;
  return -1;
}
