// Counts stage: numbers of people or bodies exchanged, released, returned, held, listed, agreed.
// Each number is read as a phrase (approximation, noun, per-side marker, side) and
// kept only when it heads people in a sentence about custody or exchange, and is
// not a toll of the fighting, an age, a label or a measure. An article with no
// exchange or handover between parties (an amnesty, a bond swap) has no counts.
import type { Context } from '../context.js';
import type { Category, Count } from '../types.js';
import { hasExchangeEvidence } from '../exchanges/triggers.js';
import { groupOf } from '../exchanges/actors.js';
import { CASUALTY, CUSTODY_CONTEXT, LABEL_WORDS, MONTHS } from './cues.js';
import { nounAt } from './nouns.js';
import { partyOfName, sideOfDemonym } from './sides.js';
import { numberAt, type NumberMatch } from './numbers.js';
import { approxBefore, readPhrase, type Phrase } from './phrase.js';
import type { Token } from './tokens.js';
import { previousInParagraph, unitsOf, type Unit } from './units.js';

/** What the exchanges stage needs to know about a count beyond the output contract. */
export interface CountInfo {
  unit: number;
  /** token index of the number in its unit */
  token: number;
  header: boolean;
  /** "Eight of the 33": a part of another number in the same phrase */
  partOf: boolean;
  /** "a first list of 640 POWs": people listed for a coming exchange */
  list: boolean;
  /** the number has no noun of its own ("another 534", "put the number at 137"): its noun came from context */
  inherited?: boolean;
}

export const countInfo = new WeakMap<Count, CountInfo>();

const RELEASE_PARTICIPLES = new Set([
  'freed', 'released', 'swapped', 'exchanged', 'returned', 'repatriated', 'handed', 'swopped', 'traded', 'liberated',
]);
const ELLIPSIS_NEXT = new Set([
  'to', 'from', 'each', 'apiece', 'serving', 'captured', 'held', 'taken', 'detained', 'freed', 'released', 'returned',
  'in', 'on', 'who', ',', '.', ';', ')', '-', '\u2013', '\u2014',
]);

const AGE_HEADS = new Set(['age', 'aged', 'ages', 'man', 'woman', 'boy', 'girl', 'child']);

function rejectNumber(tokens: Token[], n: NumberMatch): boolean {
  const t = tokens[n.first];
  const prev = tokens[n.first - 1];
  const prev2 = tokens[n.first - 2];
  const next = tokens[n.last + 1];
  if (prev && (prev.text === '$' || prev.text === '\u20ac' || prev.text === '\u00a3' || prev.text === '#')) return true;
  if (next && (next.text === '%' || next.lower === 'percent')) return true;
  if (next && next.start === tokens[n.last].end && next.kind === 'word') return true; // "52nd", "5G"
  if (prev && prev.end === t.start && (prev.kind === 'word' || prev.text === '-')) return true; // "F-16", "Covid-19"
  if (next?.text === ':' || prev?.text === ':') return true; // clock times
  if (next && (next.lower === 'a.m.' || next.lower === 'p.m.' || next.lower === 'am' || next.lower === 'pm' || next.lower === 'gmt')) return true;
  // "30-day", "12-point", "44-day": a compound adjective (but "107-for-107" is read by the phrase)
  if (next?.text === '-' && tokens[n.last + 2]?.lower !== 'for') return true;
  if (prev && MONTHS.has(prev.lower)) return true;
  if (next && MONTHS.has(next.lower)) return true;
  if (prev && LABEL_WORDS.has(prev.lower) && !nounAt(tokens, n.last + 1) && !(sideOfDemonym(next?.lower ?? '') && nounAt(tokens, n.last + 2))) return true;
  // "under the age of 21", "a man of seventy"
  if (prev?.lower === 'of' && prev2 && AGE_HEADS.has(prev2.lower)) return true;
  if (n.digits && n.value >= 1800 && n.value <= 2100 && /^\d{4}$/.test(t.text) && !nounAt(tokens, n.last + 1)) return true;
  return false;
}

/** "Oleksandr Tarasov, 38," — an age after a name. */
function ageAfterName(tokens: Token[], n: NumberMatch): boolean {
  const prev = tokens[n.first - 1];
  const prev2 = tokens[n.first - 2];
  const next = tokens[n.last + 1];
  return prev?.text === ',' && !!prev2 && prev2.kind === 'word' && prev2.text[0] !== prev2.lower[0] &&
    (!next || next.text === ',' || next.text === ';' || next.text === ')' || next.text === '.');
}

/** A casualty word governs the number: "killing more than 45,000 people", "300 were killed". */
function casualty(tokens: Token[], ph: Phrase): boolean {
  for (let k = ph.first - 1; k >= Math.max(0, ph.first - 6); k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && (t.text === ',' || t.text === '.' || t.text === ';')) break;
    if (CASUALTY.has(t.lower)) return true;
  }
  // "a riot that left six prisoners dead"
  if (tokens[ph.last + 1]?.lower === 'dead' && ph.modifierCategory !== 'bodies') return true;
  for (let k = ph.last + 1; k < Math.min(tokens.length, ph.last + 5); k++) {
    const t = tokens[k];
    if (t.kind === 'punct') break;
    if (CASUALTY.has(t.lower)) return true;
    if (!['were', 'was', 'have', 'has', 'had', 'been', 'are', 'reportedly', 'also'].includes(t.lower)) break;
  }
  return false;
}

/** "the bodies of 38 Russian soldiers", "remains of 12 servicemen". */
function bodiesBefore(tokens: Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'their' || tokens[k]?.lower === 'all') k--;
  if (tokens[k]?.lower === 'all') k--;
  if (tokens[k]?.lower !== 'of') return false;
  let w = tokens[k - 1]?.lower;
  // "Among the Iraqi remains were those of two air force pilots"
  if (w === 'those' && /^(?:were|are|was|is)$/.test(tokens[k - 2]?.lower ?? '')) w = tokens[k - 3]?.lower;
  return w === 'bodies' || w === 'remains' || w === 'corpses';
}

/** "2 Israeli soldiers' bodies", "the 12 hostages' remains". */
function bodiesAfter(tokens: Token[], last: number): boolean {
  const k = tokens[last + 1]?.text === "'" || tokens[last + 1]?.text === '\u2019' ? last + 2 : -1;
  return k > 0 && /^(?:bodies|remains|corpses)$/.test(tokens[k]?.lower ?? '');
}

function listBefore(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) if (tokens[k].lower === 'list' || tokens[k].lower === 'lists') return true;
  return false;
}

/**
 * Category of the people a generic noun refers back to: the last custody noun in
 * tokens[from, to) ("hostages", "prisoners of war"), else the last specific one.
 * Fighters and rebels are usually a party, not the people counted, so they do not count.
 */
function specificNounBefore(tokens: Token[], from: number, to: number, header = false): Category | null {
  let custody: Category | null = null;
  let specific: Category | null = null;
  // "33 hostages in exchange for nearly 2,000 Palestinians": the other side's people say nothing of these
  for (let k = to - 1; k > from; k--) {
    if (tokens[k].lower === 'for' && (tokens[k - 1].lower === 'exchange' || tokens[k - 1].lower === 'return')) {
      from = k + 1;
      break;
    }
  }
  for (let k = from; k < to; k++) {
    const n = nounAt(tokens, k);
    if (n) {
      // "the State Commission on Prisoners of War, Hostages and Missing Persons": part of a name;
      // "22 servicemen and three men": a sibling in a list of counts is another group
      if ((!header && k > 0 && isTitleCase(tokens[k]) && tokens[k - 1].kind === 'word') ||
        (tokens[n.last + 1]?.lower === 'and' && tokens[n.last + 2] && numberAt(tokens, n.last + 2))) {
        k = n.last;
        continue;
      }
      if (n.custody) custody = n.category;
      else if (!n.generic && n.category !== 'other') specific = n.category;
      k = n.last;
    }
  }
  return custody ?? specific;
}

const isTitleCase = (t: Token): boolean => t.kind === 'word' && t.text[0] !== t.lower[0] && t.text.slice(1) !== t.text.slice(1).toUpperCase();

/** A participle of captivity right after the people: "seven Americans imprisoned", "46 villagers kidnapped". */
function captivityParticiple(w: string | undefined): Category | null {
  if (w === 'imprisoned' || w === 'jailed' || w === 'held') return 'prisoners';
  if (w === 'detained') return 'detainees';
  if (w === 'kidnapped' || w === 'abducted' || w === 'seized') return 'hostages';
  return null;
}

/** "80 Russians he said were 'civilian sailors'", "seven Americans imprisoned": a predicate that names the category. */
function predicateCategory(tokens: Token[], after: number): Category | null {
  const direct = captivityParticiple(tokens[after]?.lower);
  if (direct) return direct;
  let copula = false;
  for (let k = after; k < Math.min(tokens.length, after + 7); k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '"' && t.text !== '\u201c' && t.text !== '\u201d') return null;
    if (t.kind === 'num') return null;
    if (['were', 'are', 'was', 'is', 'all'].includes(t.lower)) {
      copula = true;
      continue;
    }
    if (!copula) continue;
    if (t.lower === 'civilian' || t.lower === 'civilians') return 'civilians';
    const n = nounAt(tokens, k);
    if (n && !n.generic) return n.category;
    // "110 were Gazans detained during the war"
    const p = captivityParticiple(tokens[k + 1]?.lower);
    if (p && t.kind === 'word') return p;
  }
  return null;
}

const ARMED_GROUPS = new Set([
  'rebel', 'rebels', 'militants', 'militant', 'gunmen', 'kidnappers', 'bandits', 'insurgents', 'jihadists', 'abductors',
  'captors', 'guerrillas', 'guerillas', 'militias', 'militia', 'gangs', 'gang', 'pirates', 'extremists',
]);
const FREED_BY = new Set(['free', 'freed', 'released', 'held', 'kidnapped', 'abducted', 'seized', 'taken']);

/** "three unidentified men, were set free by various rebel groups": people freed by armed groups or gangs are hostages. */
function freedByArmedGroup(tokens: Token[], after: number): boolean {
  for (let k = after; k < Math.min(tokens.length, after + 14); k++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';') return false;
    if (t.lower !== 'by' || !FREED_BY.has(tokens[k - 1]?.lower ?? '')) continue;
    for (let j = k + 1; j <= k + 3 && j < tokens.length; j++) if (ARMED_GROUPS.has(tokens[j].lower)) return true;
    return false;
  }
  return false;
}

/** "20 hostages in exchange for 600 Palestinians": the number is the other side of a trade. */
function tradedFor(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k > Math.max(0, first - 6); k--) {
    if (tokens[k].lower === 'for' && (tokens[k - 1].lower === 'exchange' || tokens[k - 1].lower === 'return')) return true;
  }
  return false;
}

const FREEING = new Set(['freed', 'released', 'free', 'frees', 'releases', 'release', 'handed', 'hand', 'hands', 'freeing', 'releasing']);
const CLAUSE_BREAK = new Set(['.', ';', 'while', 'whereas', 'but', 'after', 'when']);

/** "Abu Sayyaf militants freed five Malaysian sailors", "the FARC handed over two women": freed by an armed group or gang. */
function freedByArmedSubject(tokens: Token[], first: number): boolean {
  let v = -1;
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    if (FREEING.has(tokens[k].lower)) {
      v = k;
      break;
    }
    if (tokens[k].kind === 'punct') return false;
  }
  if (v < 0) return false;
  for (let k = v - 1; k >= Math.max(0, v - 8); k--) {
    const t = tokens[k];
    if (CLAUSE_BREAK.has(t.lower)) return false;
    if (ARMED_GROUPS.has(t.lower) || (t.text[0] !== t.lower[0] && groupOf(t.lower) && !sideOfDemonym(t.lower))) return true;
  }
  return false;
}

/** "86 Ukrainians ..., including 12 civilians": a group said to include a specific kind of people is a mixed group. */
function includesSpecific(tokens: Token[], after: number): boolean {
  let k = after;
  const end = Math.min(tokens.length, after + 20);
  while (k < end && !['including', 'includes', 'included', 'among'].includes(tokens[k].lower)) {
    if (tokens[k].text === '.' || tokens[k].text === ';' || tokens[k].kind === 'num') return false;
    k++;
  }
  if (k >= end) return false;
  k++;
  if (tokens[k]?.lower === 'them') k++;
  const n = tokens[k] ? numberAt(tokens, k) : null;
  if (!n) return false;
  const r = readPhrase(tokens, n);
  return !!r.noun && !r.noun.generic && (r.noun.category === 'soldiers' || r.noun.category === 'civilians' || r.noun.category === 'pows');
}

/** "125 detained soldiers and civilians": one number over two kinds of people, read through its participle. */
function mixedGroup(tokens: Token[], ph: Phrase): Category | null {
  if (!ph.noun || ph.noun.generic || tokens[ph.noun.last + 1]?.lower !== 'and') return null;
  const other = nounAt(tokens, ph.noun.last + 2);
  if (!other || other.generic || other.category === ph.noun.category) return null;
  for (let k = ph.num.last + 1; k < ph.noun.first; k++) {
    const c = captivityParticiple(tokens[k].lower) ?? (tokens[k].lower === 'captured' ? 'prisoners' : null);
    if (c) return c;
  }
  return 'prisoners';
}

const POSSESSION = new Set(['has', 'have', 'had', 'having', 'boasts', 'fields', 'numbers', 'commands']);

/** How far (in tokens) a count looks around itself for the noun it refers to. */
const NOUN_REACH = 40;

interface Found {
  count: Count;
  info: CountInfo;
  last: number;
}

function nounText(text: string, tokens: Token[], ph: Phrase): string {
  if (!ph.noun) return '';
  return text.slice(tokens[ph.noun.first].start, tokens[ph.noun.last].end);
}

/** What a sentence's counts can refer back to: all counts found so far, and the kind of people the story is about. */
interface ArticleState {
  all: Found[];
  main: Category | null;
  /** the first count of each number, for "the 125 people" after "125 detained soldiers" */
  firstOf: Map<number, Found>;
}

/**
 * The kind of captives a story is about: the first custody or specific people noun of its
 * headline or first sentences ("swap hostages", "a prisoner exchange", "a dozen civilians").
 */
function mainCategory(units: Unit[]): Category | null {
  let body = 0;
  for (const u of units) {
    if (!u.header && ++body > 2) break;
    const t = u.tokens;
    for (let k = 0; k < t.length; k++) {
      const n = nounAt(t, k);
      if (!n) continue;
      if (!u.header && k > 0 && isTitleCase(t[k]) && t[k - 1].kind === 'word') {
        k = n.last;
        continue;
      }
      if (n.custody || (!n.generic && n.category !== 'other')) return n.category;
      k = n.last;
    }
  }
  return null;
}


const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d']);

function countsInUnit(ctx: Context, units: Unit[], ui: number, earlier: Found[], article: ArticleState): Found[] {
  const u = units[ui];
  const tokens = u.tokens;
  const text = ctx.doc.text;
  const prevUnit = previousInParagraph(units, ui);
  // read when first needed: most numbers are dropped before it is
  let context: boolean | undefined;
  // token indices taken by a count, and the first count of each number: made with the first count
  let used: Set<number> | null = null;
  const out: Found[] = [];
  let container: Count | null = null;
  let unitFirst: Map<number, Found> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (used !== null && used.has(i)) continue;
    const num = numberAt(tokens, i);
    if (!num) continue;
    if (rejectNumber(tokens, num)) continue;
    const ph = readPhrase(tokens, num);
    const prevFound = out[out.length - 1];
    let inherited = false;
    let nounWritten = nounText(text, tokens, ph);
    let category: Category | null = ph.noun && !ph.noun.generic ? ph.noun.category : null;
    let generic = !!ph.noun?.generic;
    // "one" is a count only in a list of counts ("nine women and one minor"), never "one of them"
    if (num.loneOne) {
      const p = tokens[num.first - 1]?.lower;
      const listed = (p === 'and' || p === ',') && prevFound && num.first - prevFound.last <= 2;
      // "One man for twenty people": one side of a trade
      const trade = ph.noun && tokens[ph.last + 1]?.lower === 'for' && tokens[ph.last + 2] && numberAt(tokens, ph.last + 2);
      if (!listed && !trade) continue;
    }
    if (!ph.noun) {
      // no noun of its own: "and 44 to Armenia", "107 each", "737 serving life terms", "220 to be freed", "stands at 81"
      if (ageAfterName(tokens, num)) continue;
      const nextTok = tokens[ph.last + 1];
      const nextW = nextTok?.lower ?? '.';
      let ok = false;
      inherited = true;
      if (ph.pronoun) {
        const ante = prevFound ?? earlier[earlier.length - 1];
        if (ante) {
          nounWritten = ante.count.noun;
          category = ante.count.category;
        } else generic = true;
        ok = true;
      } else if (prevFound && i - prevFound.last <= 14 && (ELLIPSIS_NEXT.has(nextW) || ph.perSide)) {
        nounWritten = prevFound.count.noun;
        category = prevFound.count.category;
        ok = true;
      } else if (num.nForN) {
        // "in an eight-for-eight swap"
        generic = true;
        ok = true;
      } else if (nextW === 'more' && (prevFound ?? article.all[article.all.length - 1])) {
        // "about three hundred more remained in Atlit": more of the people counted before
        const ante = prevFound ?? article.all[article.all.length - 1];
        nounWritten = ante.count.noun;
        category = ante.count.category;
        ok = true;
      } else {
        let k = ph.last + 1;
        while (tokens[k] && (['to', 'be', 'were', 'have', 'has', 'had', 'been', 'will', 'are', 'was'].includes(tokens[k].lower) || QUOTE_MARKS.has(tokens[k].text))) k++;
        const participle = tokens[k] && RELEASE_PARTICIPLES.has(tokens[k].lower) && k > ph.last + 1 - 1;
        const p1 = tokens[ph.first - 1]?.lower ?? '';
        const p2 = tokens[ph.first - 2]?.lower ?? '';
        // "bringing the number it has released to about 3,000", "taking the total freed to 420"
        const bringsTotal = p1 === 'to' && /\b(?:bring\w*|brought|tak\w*|took|rais\w*)\b[^.;]{0,200}?\b(?:number|total|tally)\b/.test(u.lower);
        // "Of them, 38 were serving life sentences", "31 were civilians", "13 are still in Gaza"
        const subject = (nextW === 'were' || nextW === 'are') && p1 !== 'the' && (prevFound !== undefined || article.all.length > 0 || /\bof them\b/.test(u.lower));
        const standsAt = bringsTotal || subject || (p1 === 'at' && (p2 === 'stands' || p2 === 'stood' || /\bnumber\b/.test(u.lower))) || (p1 === 'to' && (p2 === 'rose' || p2 === 'risen' || p2 === 'total')) || p1 === 'reached';
        const from = Math.max(0, i - NOUN_REACH);
        const to = Math.min(tokens.length, i + NOUN_REACH);
        let anyNoun = false;
        for (let k2 = from; k2 < to && !anyNoun; k2++) anyNoun = nounAt(tokens, k2) !== null;
        if (subject && !anyNoun && article.all.length > 0) {
          // "Of them, 38 were serving life sentences": the people counted before
          const ante = prevFound ?? article.all[article.all.length - 1];
          nounWritten = ante.count.noun;
          ok = true;
          generic = true;
        } else if ((participle || standsAt) && anyNoun && (prevFound || (p1 === 'at' && /\bnumber\b/.test(u.lower) && article.all.length)) && !bringsTotal) {
          // "the RSF put the number it freed at 137": the people just counted, by another's figure
          const ante = prevFound ?? article.all[article.all.length - 1];
          nounWritten = ante.count.noun;
          category = ante.count.category;
          ok = true;
        } else if ((participle || standsAt) && anyNoun) {
          ok = true;
          generic = true;
          for (let k2 = from; k2 < to; k2++) {
            const n = nounAt(tokens, k2);
            if (n) {
              if (k2 > i && nounWritten) break;
              nounWritten = text.slice(tokens[n.first].start, tokens[n.last].end);
              if (!n.generic) category = n.category;
              k2 = n.last;
            }
          }
        }
      }
      if (!ok) continue;
    }
    // "the remains of 90 soldiers killed in the war" are bodies, not a toll
    const dead = bodiesBefore(tokens, ph.first) || bodiesAfter(tokens, ph.last);
    if (!dead && casualty(tokens, ph)) continue;
    // "the group has about 2,500 fighters": the strength of a force, not people held
    if (ph.noun && !ph.noun.custody && POSSESSION.has(tokens[ph.first - 1]?.lower ?? '')) continue;
    // "The twenty-four people", "all 16 men": a definite group refers back to the people of the story
    const det = tokens[ph.first - 1]?.lower;
    const anaphoric = (!!ph.noun && (det === 'the' || det === 'all') && tokens[ph.first - 2]?.lower !== 'of') || ph.pronoun || /^of them\b/.test(u.lower);
    if (!ph.noun?.custody && !anaphoric && !(context ??= CUSTODY_CONTEXT.test(u.lower) || (!!prevUnit && CUSTODY_CONTEXT.test(prevUnit.lower)))) continue;
    // category: bodies of N ..., modifiers (civilian, fallen), then context for generic nouns
    const predicate = predicateCategory(tokens, ph.last + 1);
    const mixed = mixedGroup(tokens, ph);
    if (dead) category = 'bodies';
    else if (ph.modifierCategory) category = ph.modifierCategory;
    else if (mixed) category = mixed;
    // people an armed group or a gang lets go are its hostages ("militants freed five sailors", "the guerrillas freed two women")
    else if ((generic || category === 'other' || category === 'civilians' || category === null || /^captives?$/.test(ph.noun ? tokens[ph.noun.last].lower : '')) &&
      freedByArmedSubject(tokens, ph.first)) category = 'hostages';
    // "about 40 of their captives, among them ... three U.S. defense contractors": a part of the group just counted
    else if (prevFound && (generic || category === 'other') && /\b(?:among them|among whom|including)\b/.test(text.slice(tokens[prevFound.last].end, tokens[ph.first].start).toLowerCase())) category = prevFound.count.category;
    // "Among the 14 political prisoners were a student leader and two journalists": members of a group counted before
    else if (container && (generic || category === 'other' || category === null)) category = container.category;
    // "130 schoolchildren abducted": kidnapped people are hostages; "two journalists detained" are captives
    else if (predicate && (category === 'other' || (category === 'civilians' && predicate === 'hostages'))) category = predicate;
    else if (generic || category === null) {
      category =
        predicate ??
        (freedByArmedGroup(tokens, ph.last + 1) ? 'hostages' : null) ??
        // the earliest count of the same number: "the 125 people" are the "125 detained soldiers" told before
        (article.firstOf.get(num.value) ?? unitFirst?.get(num.value))?.count.category ??
        (includesSpecific(tokens, ph.last + 1) ? 'prisoners' : null) ??
        specificNounBefore(tokens, Math.max(0, ph.first - NOUN_REACH), ph.first, u.header) ??
        (prevUnit ? specificNounBefore(prevUnit.tokens, Math.max(0, prevUnit.tokens.length - NOUN_REACH), prevUnit.tokens.length) : null) ??
        category ??
        // "Among those freed ... were 12 Saudis": those are the people the story counted last ("another 534 detainees")
        (tokens[0]?.lower === 'among' && /^(?:those|them)$/.test(tokens[1]?.lower ?? '') && !tradedFor(tokens, ph.first) ? article.all[article.all.length - 1]?.count.category : null) ??
        (tradedFor(tokens, ph.first) ? null : article.main) ??
        'prisoners';
    }
    // "repatriate 12 bodies ..., 107 fallen soldiers ... and two soldiers": a list of bodies stays bodies
    if (category !== 'bodies' && prevFound?.count.category === 'bodies' && (category === 'soldiers' || generic)) category = 'bodies';
    // perSide carries over a coordination: "each released 270 soldiers and 120 civilians"
    let perSide = ph.perSide;
    if (!perSide && prevFound?.count.perSide && tokens[ph.first - 1]?.lower === 'and' && prevFound.last === ph.first - 2) perSide = true;
    let side = ph.side;
    if (!side && !ph.noun) {
      // "12 captives were handed over to Azerbaijan and 44 to Armenia"
      const t1 = tokens[ph.last + 1];
      const t2 = tokens[ph.last + 2];
      if (t1?.lower === 'to' && t2 && t2.text[0] !== t2.lower[0]) side = partyOfName(t2.lower);
    }
    const start = tokens[ph.first].start;
    const end = tokens[ph.last].end;
    const count: Count = {
      start, end, text: text.slice(start, end),
      value: num.value, approx: ph.approx, category, noun: nounWritten, perSide, side,
    };
    const info: CountInfo = { unit: ui, token: num.first, header: u.header, partOf: ph.partOf, list: listBefore(tokens, ph.first), inherited };
    out.push({ count, info, last: ph.last });
    unitFirst ??= new Map();
    if (!unitFirst.has(count.value)) unitFirst.set(count.value, out[out.length - 1]);
    const a0 = tokens[0]?.lower;
    if (out.length === 1 && (a0 === 'among' || a0 === 'of') && ph.first <= 3 && ph.noun) container = count;
    used ??= new Set();
    for (let k = num.first; k <= num.last; k++) used.add(k);
    if (ph.last > num.last && perSide && !ph.noun) for (let k = num.last; k <= ph.last; k++) used.add(k);
    if (ph.total) {
      const tot = ph.total;
      const [tApprox, tFirst] = approxBefore(tokens, tot.first);
      const tEnd = ph.partOf ? end : tokens[tot.last].end;
      const tStart = tokens[tFirst].start;
      const tc: Count = {
        start: tStart, end: tEnd, text: text.slice(tStart, tEnd),
        value: tot.value, approx: tApprox, category, noun: nounWritten, perSide: false, side,
      };
      out.push({ count: tc, info: { unit: ui, token: tot.first, header: u.header, partOf: false, list: info.list }, last: Math.max(tot.last, ph.last) });
      for (let k = tot.first; k <= tot.last; k++) used.add(k);
    }
  }
  return out;
}

export function findCounts(ctx: Context): Count[] {
  if (!hasExchangeEvidence(ctx)) return [];
  const units = unitsOf(ctx);
  const all: Found[] = [];
  const article: ArticleState = { all, main: mainCategory(units), firstOf: new Map() };
  let before: Found[] = [];
  for (let ui = 0; ui < units.length; ui++) {
    const prev = previousInParagraph(units, ui);
    const found = countsInUnit(ctx, units, ui, prev ? before : [], article);
    for (const f of found) {
      all.push(f);
      if (!article.firstOf.has(f.count.value)) article.firstOf.set(f.count.value, f);
    }
    before = found;
  }
  for (const f of all) countInfo.set(f.count, f.info);
  return all.map((f) => f.count).sort((a, b) => a.start - b.start || a.end - b.end);
}
