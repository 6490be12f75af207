// Parsers for the words that report an exchange event, one shape each (after
// chrono-node's parsers): exchange verbs and nouns ("swapped", "the exchange"),
// release verbs ("freed", "handed over", "sent ... back", "came home"), and the
// modality around them (agreed, planned, proposed; negated, generic, conditional).
import type { Context } from '../context.js';
import type { ExchangeStatus } from '../types.js';
import { nounAt } from '../counts/nouns.js';
import { numberAt } from '../counts/numbers.js';
import { isDemonymNoun, partyOfName, sideOfDemonym } from '../counts/sides.js';
import { isCap, isWord, type Token } from '../counts/tokens.js';
import { unitsOf, type Unit } from '../counts/units.js';
import { docCache, unitCache } from './unit-cache.js';
import {
  AGREED, CONDITIONAL, EVENT_NOUNS, EXCHANGE_FORMS, GENERIC, HYPOTHETICAL, METAPHOR_AFTER, METAPHOR_BEFORE,
  NEGATION, NOUN_BEFORE, PLANNED, PROPOSED, RELEASE_FORMS, COMPLETION,
} from './lexicon.js';

export type Role = 'verb' | 'noun' | 'connector' | 'participle' | 'infinitive';

export interface Trigger {
  /** token range in the unit */
  first: number;
  last: number;
  role: Role;
  /** exchange word (swap, exchange, trade) rather than a one-way release word */
  exchange: boolean;
  status: ExchangeStatus;
  /** the status came from a marker word (will, agreed, offered...), not from the default */
  marked: boolean;
  /** a finite report of the event (not a passing noun or participle) */
  strong: boolean;
  /** index of the trigger this one was folded into ("in an exchange of ...", "and to repatriate") */
  absorbedBy: number;
  /** "the Houthis are releasing 181": what an operation under way consists of, not an event of its own */
  ongoing: boolean;
  /** people moved ("flown", "carried") or an event noun in a sentence with no people: part of an exchange told elsewhere, never evidence of one */
  transport: boolean;
  /** "Under the deal, ...": the terms of the agreement or plan told first */
  terms: boolean;
}

const AUX = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'had', 'has', 'have', 'get', 'got']);
const PARTICIPLE_PREV = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'of', 'for', 'some', 'many', 'newly', 'recently', 'those',
  'these', 'other', 'showed', 'show', 'shows', 'with', 'all', 'among', 'just', 'two', 'three', 'both',
]);
const OBJ_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'those', 'everyone', 'all']);

const TRANSPORT = new Set(['flown', 'flew', 'airlifted', 'carried', 'transferred', 'transported', 'bused', 'bussed', 'driven', 'ferried']);
const STAGE_NOUNS = new Set(['stage', 'batch', 'group']);
const STAGE_BEFORE = new Set(['next', 'second', 'third', 'fourth', 'fifth', 'final', 'last', 'further']);
const SUBJECT_SKIP = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'to', 'due', 'will', 'would', 'had', 'have', 'has', 'then', 'later', 'also', 'all']);

/** People shortly before a passive verb: "318 were flown", "three Americans held in Tehran are due to be flown". */
function peopleSubject(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && SUBJECT_SKIP.has(tokens[k].lower)) k--;
  if (k === i - 1 || k < 0) return false;
  for (let j = k; j >= Math.max(0, k - 6); j--) {
    const t = tokens[j];
    if (t.kind === 'punct') return false;
    if (t.kind === 'num' || nounAt(tokens, j) || (numberAt(tokens, j) !== null && !numberAt(tokens, j)!.loneOne)) return true;
  }
  return false;
}

const GERUND_PREP = new Set(['in', 'for', 'of', 'about', 'on', 'toward', 'towards', 'at', 'without', 'after', 'before']);
const MONEY = /^(?:\$|€|£|dollars?|dlrs?|euros?|pounds?|pesos?|naira|rubles?|roubles?|yen|francs?|ransom|money|cash|sum)$/;

/** A sum of money shortly before a handing verb. */
function moneyBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (tokens[k].text === '.' || tokens[k].text === ';') return false;
    if (MONEY.test(tokens[k].lower)) return true;
  }
  return false;
}

const TRADE_FORMS = new Set(['trade', 'trades', 'traded', 'trading']);
const CAPTIVE_WORD = /^(?:hostages?|prisoners?|pows?|captives|detainees?|abductees?|inmates?|bodies|remains)$/;

/** A captive noun within a few words of token i, or "for" + people after it. */
function captivesNear(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < Math.min(tokens.length, i + 8); k++) {
    if (CAPTIVE_WORD.test(tokens[k].lower)) return true;
    if (k > i && tokens[k].lower === 'for' && humansAt(tokens, k + 1, 4)) return true;
  }
  return false;
}

/** People named by a noun (not a bare number) within n tokens from k. */
function humansAt(tokens: Token[], k: number, n: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + n); j++) {
    if (tokens[j].kind === 'punct') return false;
    if (nounAt(tokens, j)) return true;
  }
  return false;
}

/** A headline or heading in capitals, where every word is capitalised. */
const allCaps = (tokens: Token[]): boolean => tokens.every((t) => t.kind !== 'word' || t.text[0] !== t.lower[0] || t.text.length <= 3);


/** A people noun (or a number heading one, or a demonym adjective before one) at token k. */
function peopleAt(tokens: Token[], k: number): boolean {
  if (!tokens[k]) return false;
  if (nounAt(tokens, k)) return true;
  const n = numberAt(tokens, k);
  if (n && !n.loneOne) return true;
  if (sideOfDemonym(tokens[k].lower) && nounAt(tokens, k + 1)) return true;
  return OBJ_PRONOUNS.has(tokens[k].lower);
}

function peopleWithin(tokens: Token[], from: number, n: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + n); k++) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== '"' && tokens[k].text !== '-') return false;
    if (peopleAt(tokens, k)) return true;
  }
  return false;
}

// one person named by role: "a Belgian aid worker", "an Iranian diplomat", "the teacher"
const PERSON = /\b(?:man|woman|boy|girl|child|person|citizen|national|worker|diplomat|journalist|reporter|teacher|engineer|businessman|businesswoman|student|tourist|soldier|officer|pilot|activist|priest|doctor|nurse|scientist|academic|researcher|executive|employee|contractor|veteran|marine|sailor|nephew|son|daughter|husband|wife|father|mother|brother|sister)\b/;

/** Does the unit name people at all (a people noun, a count, or one person by role)? */
export function unitHasPeople(u: Unit): boolean {
  for (let k = 0; k < u.tokens.length; k++) {
    if (nounAt(u.tokens, k)) return true;
    // "about three hundred more remained in Atlit"
    if (u.tokens[k].lower === 'more' && k > 0 && u.tokens[k - 1].kind !== 'punct') {
      const n = numberAt(u.tokens, k - 1) ?? (k > 1 ? numberAt(u.tokens, k - 2) : null);
      if (n && !n.loneOne && n.last === k - 1) return true;
    }
  }
  return PERSON.test(u.lower);
}

// every word a branch of rawTriggers starts from
export const TRIGGER_WORDS = new Set([
  ...EXCHANGE_FORMS, ...RELEASE_FORMS, ...EVENT_NOUNS, ...TRANSPORT, ...STAGE_NOUNS,
  'handed', 'hand', 'hands', 'handing', 'sent', 'send', 'sends', 'sending', 'came', 'come', 'comes', 'coming',
  'brought', 'bring', 'bringing', 'brings', 'received', 'receive', 'receives', 'receiving', 'recovered', 'recover',
  'promised', 'pledged',
]);

/** a trigger as the finders make it, every field set: all triggers share one shape */
function newTrigger(first: number, last: number, role: Role, exchange: boolean): Trigger {
  return { first, last, role, exchange, status: 'completed', marked: false, strong: role === 'verb', absorbedBy: -1, ongoing: false, transport: false, terms: false };
}

/** the lower-cased word at k, or '' past either end of the unit (tested, not read out of bounds) */
function lowerAt(tokens: Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k].lower : '';
}

/** Raw trigger words of one unit, before modality. */
// (the loop stays small and each kind of word is read by a function of its own: a word
// first met late in a batch then recompiles that function, not the loop with all inlined)
function rawTriggers(tokens: Token[]): Trigger[] {
  const out: Trigger[] = [];
  let titleCase: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const w = t.lower;
    // one look-up for the words no branch below reads (most of them)
    if (!TRIGGER_WORDS.has(w)) continue;
    if (EXCHANGE_FORMS.has(w)) {
      // "the Securities and Exchange Commission", "the London Commodity Exchange": part of a name
      if (exchangeInName(tokens, i) && !(titleCase ??= allCaps(tokens))) continue;
      exchangeWord(tokens, i, out);
    } else if (RELEASE_FORMS.has(w)) releaseWord(tokens, i, out);
    else otherWord(tokens, i, out);
  }
  return out;
}

/** a capitalised exchange word after a capitalised word, "and" or "of": a name, unless the unit is all capitals */
function exchangeInName(tokens: Token[], i: number): boolean {
  if (i === 0 || !isCap(tokens[i])) return false;
  const pw = tokens[i - 1].lower;
  return isCap(tokens[i - 1]) || pw === 'and' || pw === 'of';
}

/** "swapped", "an exchange", "in exchange for": an exchange word, unless a metaphor or commerce */
function exchangeWord(tokens: Token[], i: number, out: Trigger[]): void {
  const w = tokens[i].lower;
  const pw = lowerAt(tokens, i - 1);
  const nw = lowerAt(tokens, i + 1);
  // "exchanged fire", "exchanged heavy fire", "stock exchange"
  if (METAPHOR_BEFORE.has(pw) || METAPHOR_AFTER.has(nw) || METAPHOR_AFTER.has(lowerAt(tokens, i + 2))) return;
  // "trade" is mostly commerce: a trade of people only with captives next to it ("traded for three prisoners", "a prisoner trade")
  if (TRADE_FORMS.has(w) && !captivesNear(tokens, i)) return;
  if (nw === 'of' && METAPHOR_AFTER.has(lowerAt(tokens, i + 2))) return;
  if (pw === 'in' && (nw === 'for' || (i + 1 < tokens.length && tokens[i + 1].text === ','))) {
    out.push(newTrigger(i - 1, i + (nw === 'for' ? 1 : 0), 'connector', true));
    return;
  }
  const ed = w.endsWith('ed');
  const ing = w.endsWith('ing');
  let role: Role;
  if (ed) role = PARTICIPLE_PREV.has(pw) && pw !== 'have' ? 'participle' : 'verb';
  else if (ing) role = pw === 'the' || pw === 'of' ? 'noun' : pw === 'to' ? 'infinitive' : 'verb';
  else if (NOUN_BEFORE.has(pw) || i === 0) role = 'noun';
  else if (pw === 'to') role = 'infinitive';
  else role = 'verb';
  out.push(newTrigger(i, i, role, true));
}

/** "freed", "released", "set free", "in return for": a one-way release word */
function releaseWord(tokens: Token[], i: number, out: Trigger[]): void {
  const w = tokens[i].lower;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const pw = lowerAt(tokens, i - 1);
  if ((w === 'return' || w === 'turn') && pw === 'in') {
    out.push(newTrigger(i - 1, i + (lowerAt(tokens, i + 1) === 'for' ? 1 : 0), 'connector', true));
    return;
  }
  if (w === 'free' || w === 'frees') {
    // "free" is often an adjective ("free of charge", "a free vote"): want a verb with people after
    if (!(pw === 'set' || pw === 'to' || PLANNED.has(pw) || peopleWithin(tokens, i + 1, 3))) return;
    if (pw === 'set') {
      out.push(newTrigger(i - 1, i, 'verb', false));
      return;
    }
  }
  const ed = w.endsWith('ed');
  const ing = w.endsWith('ing');
  let role: Role;
  if (ing && pw === 'to') role = 'infinitive';
  // "help in freeing American hostages", "a bid for releasing": a gerund after a preposition reports nothing
  else if (ing && GERUND_PREP.has(pw)) role = 'participle';
  // "commitment to freeing the hostages": a gerund after "to" reports no release
  else if (ed || ing) {
    const beforePeople = peopleAt(tokens, i + 1) && !numberAt(tokens, i + 1);
    const capSubject = isCap(prev) && !numberAt(tokens, i - 1);
    role = (PARTICIPLE_PREV.has(pw) || (beforePeople && !AUX.has(pw) && !capSubject)) && pw !== 'have' ? 'participle' : 'verb';
    // "returned home", "returned to Ukraine" stay verbs
  } else if (NOUN_BEFORE.has(pw) || !prev) role = w.endsWith('s') && !NOUN_BEFORE.has(pw) ? 'verb' : 'noun';
  else if (pw === 'to') role = 'infinitive';
  else role = 'verb';
  out.push(newTrigger(i, i, role, false));
}

/** the other trigger words: event nouns, captives moved, a stage, handed over, sent back, came home, brought back, received, promised */
function otherWord(tokens: Token[], i: number, out: Trigger[]): void {
  const w = tokens[i].lower;
  const pw = lowerAt(tokens, i - 1);
  const nw = lowerAt(tokens, i + 1);
  if (EVENT_NOUNS.has(w)) {
    out.push(newTrigger(i, i, 'noun', false));
    return;
  }
  // "ICRC planes carried 357 detainees", "318 were flown between Sanaa and Aden": captives moved in an operation
  // (but "carried out a prisoner exchange" is no move)
  if (TRANSPORT.has(w) && nw !== 'out' && (peopleWithin(tokens, i + 1, 4) || peopleSubject(tokens, i))) {
    const tr = newTrigger(i, i, pw === 'to' ? 'infinitive' : 'verb', false);
    tr.transport = true;
    out.push(tr);
    return;
  }
  // "the next stage", "a second group": one stage of an exchange told before
  if (STAGE_NOUNS.has(w) && STAGE_BEFORE.has(pw) && nw !== 'of') {
    out.push(newTrigger(i, i, 'noun', false));
    return;
  }
  if (w === 'handed' || w === 'hand' || w === 'hands' || w === 'handing') {
    handedWord(tokens, i, out);
    return;
  }
  if (w === 'sent' || w === 'send' || w === 'sends' || w === 'sending') {
    for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
      if (tokens[k].kind === 'punct') break;
      if (tokens[k].lower === 'back' || tokens[k].lower === 'home') {
        if (k === i + 1 || peopleWithin(tokens, i + 1, k - i)) out.push(newTrigger(i, k, pw === 'to' ? 'infinitive' : 'verb', false));
        break;
      }
    }
    return;
  }
  if ((w === 'came' || w === 'come' || w === 'comes' || w === 'coming') && nw === 'home') {
    out.push(newTrigger(i, i + 1, 'verb', false));
    return;
  }
  if ((w === 'brought' || w === 'bring' || w === 'bringing' || w === 'brings') && (homeOrBack(nw) || homeOrBack(lowerAt(tokens, i + 2)) || homeOrBack(lowerAt(tokens, i + 3)))) {
    out.push(newTrigger(i, i, pw === 'to' ? 'infinitive' : 'verb', false));
    return;
  }
  if (w === 'received' || w === 'receive' || w === 'receives' || w === 'receiving' || w === 'recovered' || w === 'recover') {
    if (peopleWithin(tokens, i + 1, 6)) out.push(newTrigger(i, i, 'verb', false));
    return;
  }
  // "the 33 promised hostages": a promise that names people to be handed over
  if ((w === 'promised' || w === 'pledged') && (nounAt(tokens, i + 1) || (sideOfDemonym(nw) && nounAt(tokens, i + 2)))) {
    const tr = newTrigger(i, i, 'noun', false);
    tr.status = 'agreed';
    tr.marked = true;
    tr.strong = true;
    out.push(tr);
  }
}

const homeOrBack = (w: string) => w === 'home' || w === 'back';

/** "handed over", "handed back", "was handed to", "handed Ukraine 1,000 bodies" (not a sum of money) */
function handedWord(tokens: Token[], i: number, out: Trigger[]): void {
  const pw = lowerAt(tokens, i - 1);
  const n = lowerAt(tokens, i + 1);
  // "30 million pesos had been handed to the militants": money, not people
  if (moneyBefore(tokens, i)) return;
  if (n === 'over' || n === 'back') {
    if (AUX.has(pw) || peopleWithin(tokens, i + 2, 6) || lowerAt(tokens, i + 2) === 'to') out.push(newTrigger(i, i + 1, pw === 'to' ? 'infinitive' : 'verb', false));
    return;
  }
  if (n === 'to' && AUX.has(pw)) {
    out.push(newTrigger(i, i, 'verb', false));
    return;
  }
  // "handed Ukraine 1,000 bodies", "had handed Moscow the bodies of 38 soldiers", "handed 10 soldiers"
  let k = i + 1;
  if (k < tokens.length && isCap(tokens[k]) && partyOfName(tokens[k].lower)) k++;
  if (lowerAt(tokens, k) === 'the') k++;
  const num = k < tokens.length ? numberAt(tokens, k) : null;
  const noun = k < tokens.length ? nounAt(tokens, k) : null;
  if ((num && !num.loneOne) || (noun && !noun.generic)) out.push(newTrigger(i, i, 'verb', false));
}

/** Look back from a trigger (within its clause) for a marker word. */
function lookBack(tokens: Token[], from: number, n: number, set: Set<string>, stopAtComma = true): number {
  for (let k = from - 1; k >= Math.max(0, from - n); k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === ':' || (stopAtComma && t.text === ','))) return -1;
    if (set.has(t.lower)) return k;
  }
  return -1;
}

function lookAhead(tokens: Token[], from: number, n: number, set: Set<string>): number {
  for (let k = from + 1; k < Math.min(tokens.length, from + 1 + n); k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === ',')) return -1;
    if (set.has(t.lower)) return k;
  }
  return -1;
}

// the small word sets applyModality and completedNear look for (made once, not per trigger)
const SUCH = new Set(['such']);
const FOR = new Set(['for']);
const AGREED_WORD = new Set(['agreed']);
const INCLUDING = new Set(['included', 'includes', 'including', 'envisages', 'stipulates', 'stipulated']);
const DEALS = new Set(['deal', 'agreement', 'accord', 'truce', 'ceasefire', 'cease-fire']);
const WAS = new Set(['was', 'were']);

const STRONG_AGREEMENT = new Set(['agreed', 'agree', 'agrees', 'obliged', 'committed', 'pledged', 'promised', 'undertook', 'consented']);
const ALL_FOR_ALL = /^all-for-all$/;

const RAID = new Set(['stormed', 'raided', 'forced', 'broke', 'overran', 'rescued', 'rescue', 'escaped', 'jailbreak']);
const UNCONDITIONAL = new Set(['unconditional', 'immediate']);

// the marker sets applyModality looks back for, as bits of one table (a word can be in several)
const M_NEGATION = 0;
const M_RAID = 1;
const M_UNCONDITIONAL = 2;
const M_HYPOTHETICAL = 3;
const M_GENERIC = 4;
const M_CONDITIONAL = 5;
const M_AGREED = 6;
const M_PLANNED = 7;
const M_PROPOSED = 8;
const M_FOR = 9;
const MARKERS = 10;
/** The farthest any of them looks back. */
const MARKER_REACH = 12;
const MARKER_BITS = new Map<string, number>();
for (const [m, set] of [
  [M_NEGATION, NEGATION], [M_RAID, RAID], [M_UNCONDITIONAL, UNCONDITIONAL], [M_HYPOTHETICAL, HYPOTHETICAL], [M_GENERIC, GENERIC],
  [M_CONDITIONAL, CONDITIONAL], [M_AGREED, AGREED], [M_PLANNED, PLANNED], [M_PROPOSED, PROPOSED], [M_FOR, FOR],
] as const) for (const w of set) MARKER_BITS.set(w, (MARKER_BITS.get(w) ?? 0) | (1 << m));

/**
 * near[m] = the nearest token before `from`, within MARKER_REACH and the clause, of marker set m, or -1:
 * what lookBack(tokens, from, n, set) finds, for every set at once (a hit within n tokens when near[m] >= from - n).
 */
function markersBefore(tokens: Token[], from: number, near: Int32Array): void {
  near.fill(-1);
  for (let k = from - 1; k >= Math.max(0, from - MARKER_REACH); k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === '.' || t.text === ';' || t.text === ':' || t.text === ',')) return;
    const bits = MARKER_BITS.get(t.lower);
    if (bits === undefined) continue;
    for (let m = 0; m < MARKERS; m++) if (bits & (1 << m) && near[m] < 0) near[m] = k;
  }
}

/** Set status from the words around each trigger; drop negated, generic and conditional ones. */
function applyModality(tokens: Token[], raw: Trigger[], headline: boolean): Trigger[] {
  const out: Trigger[] = [];
  const near = new Int32Array(MARKERS);
  for (const tr of raw) {
    if (tr.role === 'connector') {
      out.push(tr);
      continue;
    }
    if (tr.status === 'agreed' && tr.marked) {
      out.push(tr);
      continue;
    }
    const f = tr.first;
    // the marker words before the trigger, read in one pass back (each check below asks for the nearest within its reach)
    markersBefore(tokens, f, near);
    const before = (m: number, n: number): number => (near[m] >= f - n ? near[m] : -1);
    if (before(M_NEGATION, 3) >= 0) continue;
    // "forced their way into the headquarters and freed several men", "troops rescued": taken by force, not handed over
    const raid = before(M_RAID, 10);
    if (raid >= 0 && (!/^(?:forced|broke)$/.test(tokens[raid].lower) || isWord(tokens[raid + 1], 'their', 'its', 'his', 'into', 'in'))) continue;
    // "calls for the unconditional release of all hostages": a demand to let go, not an exchange
    if (before(M_UNCONDITIONAL, 3) >= 0 || isWord(tokens[tr.last + 1], 'unconditionally')) continue;
    // "could be freed", "may soon be released"
    if (before(M_HYPOTHETICAL, 2) >= 0 || (before(M_HYPOTHETICAL, 4) >= 0 && isWord(tokens[f - 1], 'be', 'been'))) continue;
    if (before(M_GENERIC, 3) >= 0 || lookAhead(tokens, tr.last, 1, SUCH) >= 0) continue;
    if (before(M_CONDITIONAL, 12) >= 0) continue;
    // "kind of exchange", "this kind of swap"
    if (tokens[f - 1]?.lower === 'of' && tokens[f - 2]?.lower === 'kind') continue;
    // "220 to be freed", "prisoners to be exchanged": a passive infinitive looks ahead
    const toBe = tokens[f - 1]?.lower === 'be' && tokens[f - 2]?.lower === 'to';
    const ag = before(M_AGREED, 6);
    const pl = before(M_PLANNED, 6);
    const pr = before(M_PROPOSED, 6);
    const called = (() => {
      const k = before(M_FOR, 6);
      return k > 0 && isWord(tokens[k - 1], 'called', 'calls', 'call', 'calling');
    })();
    // the nearest marker wins ("agreed ... would exchange" reads as agreed only when it is nearer)
    let best = Math.max(ag, pl, pr, called ? f - 1 : -1, toBe ? f - 2 : -1);
    let governed: ExchangeStatus | null = null;
    if (best >= 0 && best === pl && MODALS.has(tokens[pl].lower)) {
      // "have proposed a truce under which Hamas would free eight hostages": the modal reports the proposal
      const g = lookBack(tokens, pl, 25, GOVERNING, false);
      const linked = g >= 0 && tokens.slice(g + 1, pl).some((t) => LINKERS.has(t.lower));
      if (linked) governed = AGREED.has(tokens[g].lower) ? 'agreed' : 'proposed';
    }
    if (governed) {
      tr.marked = true;
      tr.status = governed;
      tr.strong = true;
    } else if (best >= 0) {
      tr.marked = true;
      if (best === ag) {
        tr.status = 'agreed';
        const word = tokens[ag].lower;
        const allFor = tokens.slice(tr.first, tr.last + 6).some((t) => t.lower === 'all') || tokens.slice(Math.max(0, f - 3), f).some((t) => ALL_FOR_ALL.test(t.lower));
        tr.strong = STRONG_AGREEMENT.has(word) || isWord(tokens[ag + 1], 'to', 'on', 'for') || allFor;
      } else if (best === pl || (toBe && best === f - 2)) {
        tr.status = 'planned';
        tr.strong = tr.role !== 'noun' && tr.role !== 'participle';
      } else {
        tr.status = 'proposed';
        tr.strong = true;
      }
    } else if (tr.role === 'noun' && (dueAfter(tokens, tr.last) || (STAGE_NOUNS.has(tokens[f].lower) && MODALS.has(tokens[tr.last + 1]?.lower ?? '')))) {
      // "A second exchange ... is due to take place next week", "the next stage will take place on Sunday"
      tr.status = 'planned';
      tr.marked = true;
      tr.strong = true;
    } else if (tr.role === 'noun') {
      // "exchange ... have been agreed"; "the exchange took place"; "conducted another exchange"
      const agreedAfter = lookAhead(tokens, tr.last, 8, AGREED_WORD);
      // "exchange ... have been agreed", "a release both sides agreed to"
      const agreedTo = agreedAfter >= 0 && agreedAfter - tr.last <= 4 && (isWord(tokens[agreedAfter + 1], 'to', 'on', 'upon') || tokens[agreedAfter + 1]?.kind === 'punct');
      if (agreedAfter >= 0 && (AUX.has(tokens[agreedAfter - 1]?.lower ?? '') || agreedTo)) {
        tr.status = 'agreed';
        tr.marked = true;
        tr.strong = true;
      } else if (completedNear(tokens, tr)) {
        tr.strong = true;
      }
      // "a deal that included an exchange of all prisoners"
      const incl = lookBack(tokens, f, 3, INCLUDING);
      if (incl >= 0 && lookBack(tokens, incl, 12, DEALS, false) >= 0) {
        tr.status = 'agreed';
        tr.marked = true;
        tr.strong = tokens.slice(tr.first, tr.last + 5).some((t) => t.lower === 'all');
      }
      if (tokens.slice(Math.max(0, f - 3), f).some((t) => ALL_FOR_ALL.test(t.lower)) && tr.status === 'completed' && agreedAfter >= 0) tr.status = 'agreed';
    } else if (tr.role === 'verb' && tokens[tr.last].lower.endsWith('ing') && isWord(tokens[f - 1], 'is', 'are')) {
      // "the Houthis are releasing 181 detainees": the make-up of an operation under way
      tr.ongoing = true;
    } else if (tr.role === 'infinitive') {
      // "managed to return" reports a completed event; a bare purpose infinitive does not;
      // "Hamas to free three hostages" (a headline) and "is to free" look ahead
      if (isWord(tokens[f - 2], 'is', 'are', 'was', 'were') || (headline && isCap(tokens[f - 2]))) {
        tr.status = 'planned';
        tr.marked = true;
        tr.strong = true;
      } else tr.strong = isWord(tokens[f - 2], 'managed', 'able');
    }
    out.push(tr);
  }
  return out;
}

const MODALS = new Set(['would', 'will', "'ll", 'shall']);
const GOVERNING = new Set([...PROPOSED, ...AGREED]);
const LINKERS = new Set(['which', 'whereby', 'that']);
const DUE = /^(?:(?:is|are|was|were) (?:due|expected|scheduled|set|planned|slated)\b|(?:will|would) (?:take place|happen|be held|follow|begin))\b/;

/** "is due to take place", "will take place" shortly after an event noun. */
function dueAfter(tokens: Token[], last: number): boolean {
  for (let k = last + 1; k < Math.min(tokens.length, last + 12); k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';') return false;
    if (t.lower === 'is' || t.lower === 'are' || t.lower === 'will' || t.lower === 'would' || t.lower === 'was' || t.lower === 'were') {
      const words = tokens.slice(k, k + 3).map((x) => x.lower).join(' ');
      return DUE.test(words);
    }
  }
  return false;
}

/** "Under the deal, ...", "Under the mediators' plan, ...": a sentence telling the terms of an agreement or a proposal. */
const UNDER_TERMS = /^under (?:the )?(?:terms of (?:the |a |an )?)?(?:[\w'-]+ ){0,3}?(deal|agreement|accord|truce|ceasefire|cease-fire|pact|plan|proposal|offer)\b/;

// "the exchange was held", but "the release of hostages held by ...": these need an auxiliary before them
const AUX_COMPLETION = new Set(['held', 'under', 'began', 'begun', 'started']);

/** "the exchange took place", "conducted another exchange": an event noun whose event happened. */
function completedNear(tokens: Token[], tr: Trigger): boolean {
  const after = lookAhead(tokens, tr.last, 5, COMPLETION);
  if (after >= 0 && (!AUX_COMPLETION.has(tokens[after].lower) || AUX.has(tokens[after - 1]?.lower ?? ''))) return true;
  if (lookBack(tokens, tr.first, 4, COMPLETION) >= 0) return true;
  // "It was a 25-for-25 prisoner swap"
  const was = lookBack(tokens, tr.first, 9, WAS);
  return was >= 0 && isWord(tokens[was + 1], 'a', 'an', 'the');
}

/** A ";", ":" or "." among tokens[from..to) (a loop: no slice per pair of triggers). */
function hardStopBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = tokens[k].text;
    if (x === ';' || x === ':' || x === '.') return true;
  }
  return false;
}

/** Fold passing nouns and connectors into the trigger before them in the same clause. */
function absorb(tokens: Token[], trs: Trigger[]): void {
  for (let k = 1; k < trs.length; k++) {
    const t = trs[k];
    if (t.marked && t.status !== trs[k - 1].status) continue;
    let owner = k - 1;
    while (owner >= 0 && trs[owner].absorbedBy >= 0) owner = trs[owner].absorbedBy;
    if (owner < 0) continue;
    const o = trs[owner];
    if (t.first - o.last > 30) continue;
    if (hardStopBetween(tokens, o.last + 1, t.first)) continue;
    const passing = t.role === 'noun' || t.role === 'connector' || t.role === 'participle' || t.role === 'infinitive' || (t.role === 'verb' && !t.marked && o.status !== 'completed');
    if (passing && !(t.strong && t.role === 'noun' && !t.marked && o.role === 'noun')) {
      t.absorbedBy = owner;
      if (t.exchange) o.exchange = true;
    }
  }
}

/** "in the past", "repeatedly": habits, not events. */
const HABITUAL = /\b(?:in the past(?! (?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|week|month|year|day|decade))|repeatedly|time and again|from time to time)\b/;

export interface UnitTriggers {
  triggers: Trigger[];
  /** the unit names people (read only for units with trigger words: false for the others) */
  hasPeople: boolean;
}

// a superset of the words rawTriggers reads (TRIGGER_WORDS), so a unit without any has no trigger: each form
// not followed by a letter (a token ends there), "come home" and "next stage" with the word that makes them one
export const TRIGGER_HINT = new RegExp(
  '(?:exchang(?:e|es|ed|ing)|sw[ao]p(?:s|ped|ping)?|trad(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|free(?:s|d|ing)?|' +
    'liberat(?:e|es|ed|ing)|repatriat(?:e|es|ed|ing|ion|ions)|return(?:s|ed|ing)?|hand(?:s|ed|ing|overs?|offs?|-over)?|' +
    'sen[dt]|sends|sending|(?:came|come|comes|coming)\\s+home|br(?:ing|ings|inging|ought)|receiv(?:e|es|ed|ing)|recover(?:ed)?|' +
    'promised|pledged|flown|flew|airlifted|carried|transferred|transported|bus(?:s)?ed|driven|ferried|' +
    '(?:next|second|third|fourth|fifth|final|last|further)\\s+(?:stage|batch|group))(?![a-z])',
);
const PEOPLELESS_NOUNS = new Set(['exchange', 'swap', 'swop', 'handover', 'stage', 'batch']);

export function triggersOf(u: Unit): UnitTriggers {
  const c = unitCache(u);
  if (c.triggers) return c.triggers;
  // most sentences of most wires hold no trigger word at all: one regex test spares the token scans
  if (!TRIGGER_HINT.test(u.lower)) return (c.triggers = { triggers: [], hasPeople: false });
  let triggers: Trigger[] = [];
  let hasPeople = false;
  // (the trigger words first: most sentences that pass the hint have none, and then whether they name people does not matter)
  let raw = HABITUAL.test(u.lower) ? [] : rawTriggers(u.tokens);
  if (raw.length > 0) {
    hasPeople = unitHasPeople(u);
    // with no people named, only the event's own nouns count ("the next stage was due to take place on Sunday");
    // they never show by themselves that an article reports an exchange
    if (!hasPeople) raw = raw.filter((t) => t.role === 'noun' && PEOPLELESS_NOUNS.has(u.tokens[t.first].lower));
    for (const t of raw) if (!hasPeople) t.transport = true;
    triggers = applyModality(u.tokens, raw, u.header);
    const under = UNDER_TERMS.exec(u.lower);
    if (under) {
      const status: ExchangeStatus = /^(?:plan|proposal|offer)$/.test(under[1]) ? 'proposed' : 'agreed';
      for (const t of triggers) {
        if (t.status === 'completed' || t.status === 'planned') {
          t.status = status;
          t.marked = true;
          t.strong = true;
        }
        t.terms = true;
      }
    }
    absorb(u.tokens, triggers);
    // a lone connector with nothing to attach to still says an exchange happened
    for (const t of triggers) if (t.role === 'connector' && t.absorbedBy < 0) t.role = 'noun';
  }
  return (c.triggers = { triggers, hasPeople });
}

// a state letting its own prisoners go: amnesty, pardon, bail, or its political prisoners
const AMNESTY = /\b(?:amnest\w*|pardon\w*|parole[ds]?|bail|clemency|commut\w*|political (?:prisoners?|detainees?))\b/;
const TWO_WAY = /\b(?:exchang\w*|swap\w*|swop\w*|in return|in turn for|hand(?:s|ed|ing)? over|handover|handoff|repatriat\w*)\b/;

/** True when the release words of a unit are a state's own amnesty, not a handover between parties. */
export function amnestyOnly(ctx: Context): boolean {
  const units = unitsOf(ctx);
  let amnesty = false;
  for (const u of units) {
    if (AMNESTY.test(u.lower)) amnesty = true;
  }
  return amnesty && !twoWayRelease(units);
}

/** Some unit has an exchange trigger, or release words with a two-way word (read only for the few amnesty articles: a function of its own). */
function twoWayRelease(units: Unit[]): boolean {
  for (const u of units) {
    const { triggers } = triggersOf(u);
    if (triggers.some((t) => t.exchange) || (triggers.length > 0 && TWO_WAY.test(u.lower))) return true;
  }
  return false;
}

// captives held by another party (not a state's own inmates), and captivity words
const CAPTIVES = /\b(?:hostages?|pows?|prisoners? of war|captives|detainees?|abductees?|kidnapp\w*|abduct\w*|captivity|captured|ransom\w*|soldiers|servicemen)\b/;
const INMATES = /\b(?:prisoners?|inmates?|convicts?)\b/;
// the dead handed back: evidence only with a handover word ("free the 80 bodies trapped in the wreck" is none)
const BODIES = /\b(?:bodies|remains) of\b|\b\d[\d,]* bodies\b|\bwar dead\b/;
// "many detainees had been freed in recent weeks": a tally of releases, no event
const TALLY = /\b(?:has|have|had) (?:now |already )?been (?:freed|released)\b[^.;]{0,60}?\b(?:in recent (?:weeks|days|months)|so far|since)\b/;
const HANDOVER = /\b(?:hand(?:s|ed|ing)? over|handover|handed back|return\w*|repatriat\w*|exchang\w*|swap\w*|swop\w*)\b/;

/**
 * Does the article report any exchange or handover of people at all? A finite trigger is needed
 * (not a passing noun, a gerund or an infinitive of purpose), with captives in its sentence:
 * hostages, POWs, detainees, kidnapped people; prisoners only with two sides named; bodies only
 * handed over; or an exchange word with a number of people ("swapped a dozen civilians each").
 */
export function hasExchangeEvidence(ctx: Context): boolean {
  // asked by the counts stage and again by the exchanges stage: once per document
  const c = docCache(ctx.doc);
  return (c.evidence ??= readEvidence(ctx));
}

function readEvidence(ctx: Context): boolean {
  if (amnestyOnly(ctx)) return false;
  for (const u of unitsOf(ctx)) {
    const all = triggersOf(u).triggers;
    if (all.length > 0 && unitEvidence(ctx, u, all)) return true;
  }
  return false;
}

/** The evidence in one unit with triggers (a function of its own: its rarer tests, first met late in a batch, recompile it alone). */
function unitEvidence(ctx: Context, u: Unit, all: Trigger[]): boolean {
  const triggers = all.filter((t) => !t.transport);
  if (triggers.length === 0) return false;
  const firm = triggers.filter((t) => t.strong || t.marked || t.role === 'connector');
  if (firm.length === 0 || TALLY.test(u.lower)) return false;
  if (CAPTIVES.test(u.lower)) return true;
  if (BODIES.test(u.lower) && HANDOVER.test(u.lower)) return true;
  if (INMATES.test(u.lower) && (twoSides(u) || firm.some((t) => t.exchange))) return true;
  const exchange = firm.some((t) => t.exchange);
  if (exchange && (peopleCounted(u.tokens) || articleHasCaptives(ctx))) return true;
  // "freed four Americans ... in exchange for three Russians": people released for people
  const freedPeople = firm.some((t) => t.role === 'verb' && !EXCHANGE_FORMS.has(u.tokens[t.first].lower) && (humansAt(u.tokens, t.last + 1, 5) || PERSON.test(u.lower.slice(u.tokens[t.last].end - u.start, u.tokens[t.last].end - u.start + 40))));
  return freedPeople && TWO_WAY.test(u.lower) && twoSides(u);
}

/** A number heading people ("a dozen civilians", "40 Ukrainians"), not members, workers or officials. */
function peopleCounted(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const n = numberAt(tokens, k);
    if (!n || n.loneOne) continue;
    const j = sideOfDemonym(tokens[n.last + 1]?.lower ?? '') && nounAt(tokens, n.last + 2) ? n.last + 2 : n.last + 1;
    const noun = nounAt(tokens, j);
    if (noun && (!noun.generic || isDemonymNoun(tokens[j].lower) || /^(?:people|persons|men|women)$/.test(tokens[j].lower))) return true;
    k = n.last;
  }
  return false;
}

function articleHasCaptives(ctx: Context): boolean {
  const c = docCache(ctx.doc);
  return (c.captives ??= unitsOf(ctx).some((u) => CAPTIVES.test(u.lower) || INMATES.test(u.lower)));
}

function twoSides(u: Unit): boolean {
  const seen = new Set<string>();
  for (const t of u.tokens) {
    if (t.kind !== 'word' || t.text[0] === t.lower[0]) continue;
    const p = partyOfName(t.lower) ?? sideOfDemonym(t.lower);
    if (p) seen.add(p);
  }
  return seen.size >= 2;
}

export { isDemonymNoun };
