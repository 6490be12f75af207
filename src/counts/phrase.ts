// Reads one count phrase around a number: the approximation before it, the noun
// phrase after it ("captured Russian soldiers", "of their own fighters", "prisoners
// of war"), per-side markers ("each", "on each side", "107-for-107") and the side.
import type { Approx, Category } from '../types.js';
import { APPROX, NP_STOP, UNIT_WORDS } from './cues.js';
import { modifierCategory, nounAt, type NounMatch } from './nouns.js';
import type { NumberMatch } from './numbers.js';
import { numberAt } from './numbers.js';
import { partyOfName, sideOfDemonym } from './sides.js';
import type { Token } from './tokens.js';

export interface Phrase {
  num: NumberMatch;
  /** first token of the phrase (the approximation, if any) */
  first: number;
  /** last token of the phrase (the noun, or a per-side tail) */
  last: number;
  approx: Approx;
  noun: NounMatch | null;
  /** "of them", "of those": the people were named before */
  pronoun: boolean;
  /** "Eight of the 33 hostages": a part of a larger number in the same phrase */
  partOf: boolean;
  /** a number written after "of" / "out of a total of" that counts the same people as this phrase */
  total: NumberMatch | null;
  perSide: boolean;
  modifierCategory: Category | null;
  side: string | null;
}

const MAX_MODIFIERS = 4;
const PAST_VERBS = new Set(['swapped', 'exchanged', 'freed', 'released', 'returned', 'handed', 'traded', 'repatriated', 'received', 'got']);
const FINITE_VERBS = new Set([
  'swap', 'swaps', 'exchange', 'exchanges', 'free', 'frees', 'release', 'releases', 'trade', 'trades', 'return', 'returns',
  'hand', 'hands', 'get', 'gets', 'receive', 'receives', 'demand', 'demands', 'seek', 'seeks', 'say', 'says', 'said',
]);
const OVER_VERBS = new Set(['handed', 'hand', 'hands', 'handing', 'turned', 'turn', 'turns', 'passed', 'taken', 'took', 'take', 'given', 'won', 'win', 'signed', 'sign', 'hands']);
const PRONOUNS = new Set(['them', 'those', 'whom', 'these']);
const PART_DETS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'these', 'those']);

// APPROX by last word, each list in APPROX's order: only the phrases ending in the word
// just before the number can match
const APPROX_BY_LAST = new Map<string, typeof APPROX>();
for (const a of APPROX) {
  const last = a[0][a[0].length - 1];
  APPROX_BY_LAST.set(last, [...(APPROX_BY_LAST.get(last) ?? []), a]);
}

export function approxBefore(tokens: Token[], i: number): [Approx, number] {
  const candidates = i > 0 ? APPROX_BY_LAST.get(tokens[i - 1].lower) : undefined;
  if (!candidates) return ['exact', i];
  for (const [words, kind] of candidates) {
    const s = i - words.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) {
      if (tokens[s + k].lower !== words[k]) {
        ok = false;
        break;
      }
    }
    // "handed over 60 soldiers": "over" belongs to the verb there
    if (ok && words[0] === 'over' && s > 0 && OVER_VERBS.has(tokens[s - 1].lower)) continue;
    if (ok) return [kind, s];
  }
  return ['exact', i];
}

/** Per-side marker right after the phrase: "each", "apiece", "on/from/for each side", "per side". */
function perSideAfter(tokens: Token[], j: number): number {
  const a = tokens[j]?.lower;
  const b = tokens[j + 1]?.lower;
  const c = tokens[j + 2]?.lower;
  if (a === 'each' && b !== 'of' && b !== 'other') return j;
  if (a === 'apiece') return j;
  if ((a === 'on' || a === 'from' || a === 'for' || a === 'by') && b === 'each' && c === 'side') return j + 2;
  if (a === 'per' && b === 'side') return j + 1;
  return -1;
}

/** "each released", "each sending back", "each side returned": "each" shortly before the number. */
function perSideBefore(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const w = tokens[k];
    if (w.kind === 'punct' && w.text !== ',') return false;
    if (w.lower === 'each' && tokens[k + 1]?.lower !== 'of') return true;
  }
  return false;
}

/** Read the noun phrase after position j; stops at a closing word. */
function readNoun(tokens: Token[], j: number): { noun: NounMatch | null; mods: Token[]; end: number } {
  const mods: Token[] = [];
  for (let k = j; k < tokens.length && mods.length <= MAX_MODIFIERS; k++) {
    const t = tokens[k];
    const n = nounAt(tokens, k);
    // "5,000 Taliban prisoners": a demonym before a noun is a modifier
    if (n && n.generic && n.first === n.last && nounAt(tokens, k + 1)) {
      mods.push(t);
      continue;
    }
    if (n) return { noun: n, mods, end: n.last };
    if (t.kind !== 'word') {
      // quotation marks around a modifier ("civilian" sailors) and hyphens inside names are fine
      if (t.text === '"' || t.text === '\u201c' || t.text === '\u201d') continue;
      break;
    }
    // "Two militias swap hostages": a finite verb ends the noun phrase
    if (NP_STOP.has(t.lower) || UNIT_WORDS.has(t.lower) || FINITE_VERBS.has(t.lower)) break;
    // "20 freed hostages" but "Two militias swapped captives"
    if (mods.length > 0 && PAST_VERBS.has(t.lower)) break;
    mods.push(t);
  }
  return { noun: null, mods, end: j - 1 };
}

function sideOf(tokens: Token[], mods: Token[], noun: NounMatch | null): string | null {
  for (const m of mods) {
    const s = sideOfDemonym(m.lower) ?? (m.text[0] !== m.lower[0] ? partyOfName(m.lower) : null);
    if (s) return s;
  }
  if (noun && noun.first === noun.last) {
    const s = sideOfDemonym(tokens[noun.first].lower);
    if (s) return s;
  }
  return null;
}

/** "bodies of Ukrainian soldiers": the side named in an of-phrase after the noun. */
function sideOfPhrase(tokens: Token[], j: number): string | null {
  if (tokens[j]?.lower !== 'of') return null;
  let k = j + 1;
  if (tokens[k]?.lower === 'the') k++;
  return tokens[k] ? sideOfDemonym(tokens[k].lower) : null;
}

/** "handed Ukraine 1,000 bodies": a party right before the number receives the people. */
function recipientBefore(tokens: Token[], first: number): string | null {
  const p = tokens[first - 1];
  const v = tokens[first - 2]?.lower;
  if (!p || p.text[0] === p.lower[0] || !v || !/^(?:hand|handed|hands|handing|gave|give|gives|sent|send|returned|return)$/.test(v)) return null;
  return partyOfName(p.lower);
}

/** "to Armenia", "returned to Ukraine": the side the people went back to. */
function sideAfter(tokens: Token[], j: number): string | null {
  for (let k = j; k < Math.min(tokens.length, j + 5); k++) {
    const t = tokens[k];
    if (t.kind === 'punct') return null;
    if (t.lower === 'to' || t.lower === 'for') {
      const n = tokens[k + 1];
      if (n && n.text[0] !== n.lower[0]) return partyOfName(n.lower);
      return null;
    }
  }
  return null;
}

/** The count phrase whose number starts at token i, or null when the number heads no people. */
export function readPhrase(tokens: Token[], num: NumberMatch): Phrase {
  let [approx, first] = approxBefore(tokens, num.first);
  let j = num.last + 1;
  let perSide = !!num.nForN;
  let last = num.last;
  // "the 1,000 or so released": an approximation after the number
  if (approx === 'exact' && tokens[j]?.lower === 'or' && tokens[j + 1]?.lower === 'so') {
    approx = 'about';
    j += 2;
    last = j - 1;
  }
  // "107-for-107", "one-for-one"
  if (tokens[j]?.text === '-' && tokens[j + 1]?.lower === 'for' && tokens[j + 2]?.text === '-') {
    const other = tokens[j + 3] ? numberAt(tokens, j + 3) : null;
    if (other && other.value === num.value) {
      perSide = true;
      j = other.last + 1;
      last = other.last;
    }
  }
  let pronoun = false;
  let partOf = false;
  let total: NumberMatch | null = null;
  let nounRead = readNoun(tokens, j);
  // partitives: "74 of them", "100 of their own fighters", "Eight of the 33 promised hostages", "700 of 1,000 inmates"
  if (!nounRead.noun && tokens[j]?.lower === 'of') {
    let k = j + 1;
    if (tokens[k] && PRONOUNS.has(tokens[k].lower)) {
      pronoun = true;
      last = k;
    } else {
      if (tokens[k] && PART_DETS.has(tokens[k].lower)) k++;
      // "120 of the last 400 prisoners", "100 of their own fighters"
      if (tokens[k] && ['own', 'last', 'first', 'remaining', 'other'].includes(tokens[k].lower)) k++;
      const inner = tokens[k] ? numberAt(tokens, k) : null;
      if (inner) {
        partOf = true;
        total = inner;
        k = inner.last + 1;
      }
      const r = readNoun(tokens, k);
      if (r.noun) {
        nounRead = r;
        last = r.end;
      } else {
        partOf = false;
        total = null;
      }
    }
  } else if (nounRead.noun) last = nounRead.end;
  // "1,000 members of the security forces": a generic head takes the category of its of-phrase
  if (nounRead.noun?.generic && tokens[last + 1]?.lower === 'of') {
    let k = last + 2;
    if (tokens[k] && PART_DETS.has(tokens[k].lower)) k++;
    const r = readNoun(tokens, k);
    if (r.noun && !r.noun.generic && r.noun.category !== 'other') {
      nounRead = { noun: { ...r.noun, first: nounRead.noun.first }, mods: [...nounRead.mods, ...r.mods], end: r.end };
      last = r.end;
    }
  }
  const noun = nounRead.noun;
  // "73 people of 251 initially taken", "650 servicemen out of a total of around 1,200 captured"
  if (noun && !total) {
    let k = last + 1;
    if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of') k += 2;
    else if (tokens[k]?.lower === 'of') k += 1;
    else k = -1;
    if (k > 0) {
      if (tokens[k]?.lower === 'a' && tokens[k + 1]?.lower === 'total' && tokens[k + 2]?.lower === 'of') k += 3;
      let kk = k;
      for (const [words] of APPROX) {
        if (words.every((w, n) => tokens[k + n]?.lower === w)) {
          kk = k + words.length;
          break;
        }
      }
      const t = tokens[kk] ? numberAt(tokens, kk) : null;
      if (t && t.value > num.value) total = t;
    }
  }
  let modCat: Category | null = null;
  for (const m of nounRead.mods) modCat = modifierCategory(m.lower) ?? modCat;
  // "95 prisoners of war returned by each side"
  let tail = perSideAfter(tokens, last + 1);
  if (tail < 0 && noun && /^(?:returned|released|freed|swapped|exchanged|handed|repatriated)$/.test(tokens[last + 1]?.lower ?? '')) {
    tail = perSideAfter(tokens, last + 2);
  }
  if (tail >= 0) {
    perSide = true;
    last = tail;
  } else if (!perSide && perSideBefore(tokens, first)) perSide = true;
  const side =
    sideOf(tokens, nounRead.mods, noun) ??
    (noun ? sideOfPhrase(tokens, noun.last + 1) ?? recipientBefore(tokens, first) ?? sideAfter(tokens, last + 1) : null);
  return { num, first, last, approx, noun, pronoun, partOf, total, perSide, modifierCategory: modCat, side };
}
