// Who exchanged with whom, who mediated, and where: read from the sentences an
// event was told in. Names of states and groups score higher than demonyms
// ("Ukrainian"), and mediators and places after "in"/"at" are not parties.
import type { Context } from '../context.js';
import { partyAt, isCapital, sideOfDemonym, isDemonymNoun } from '../counts/sides.js';
import type { Token } from '../counts/tokens.js';
import type { Unit } from '../counts/units.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'into', 'via', 'through', 'within', 'around']);
const MEDIATION_WORDS = new Set(['mediated', 'brokered', 'facilitated', 'mediating', 'mediation', 'mediator', 'mediators', 'intermediary']);

interface Hit {
  party: string;
  first: number;
  last: number;
  /** a name as written (not a demonym adjective) */
  proper: boolean;
  demonymNoun: boolean;
}

/** Parties named in a unit's tokens (capitalised words only). */
export function partiesIn(tokens: Token[]): Hit[] {
  const out: Hit[] = [];
  const words = tokens.map((t) => t.lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text[0] === t.lower[0]) continue;
    const p = partyAt(words, i);
    if (p) {
      const [party, n] = p;
      if (isCapital(words.slice(i, i + n).join(' ')) && LOCATIVE.has(words[i - 1] ?? '')) {
        i += n - 1;
        continue;
      }
      out.push({ party, first: i, last: i + n - 1, proper: true, demonymNoun: false });
      i += n - 1;
      continue;
    }
    // "Russian-brokered": the tokenizer keeps the hyphenated word whole
    const head = t.lower.split('-')[0];
    const d = sideOfDemonym(head);
    if (d) out.push({ party: d, first: i, last: i, proper: false, demonymNoun: isDemonymNoun(head) });
  }
  return out;
}

/** Mediators: "mediated by Russia", "brokered by the United Arab Emirates", "Qatar, which is mediating", "Russian-brokered". */
export function mediatorsIn(tokens: Token[]): { party: string; at: number }[] {
  const out: { party: string; at: number }[] = [];
  const hits = partiesIn(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    const base = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w;
    const helped = (w === 'helped' || w === 'helping' || w === 'help') && /^(?:negotiate|broker|mediate|secure|arrange)/.test(tokens[i + 1]?.lower ?? '');
    if (!MEDIATION_WORDS.has(base) && !helped) continue;
    let found: Hit | undefined;
    if (w.includes('-')) found = hits.find((h) => h.first === i);
    else if (tokens[i + 1]?.lower === 'by') found = hits.find((h) => h.first > i + 1 && h.first <= i + 3);
    else if (tokens[i - 1]?.text === '-') found = hits.find((h) => h.last === i - 2);
    else if (tokens[i + 1]?.lower === 'of' && tokens[i - 1]?.lower === 'the') found = hits.find((h) => h.first > i + 1 && h.first <= i + 3);
    if (!found) {
      // "Qatar, which is mediating", "the UAE said it helped negotiate", "Russia had played a mediation role"
      const before = hits.filter((h) => h.last < i && h.proper);
      found = before[before.length - 1];
    }
    if (found) out.push({ party: found.party, at: found.first });
  }
  return out;
}

/** The two (or one) parties most named in the event's sentences, mediators left out. */
export function partiesOf(units: Unit[], triggerUnits: Set<number>, evidence: number[], mediators: Set<string>): string[] {
  const score = new Map<string, number>();
  const first = new Map<string, number>();
  let order = 0;
  for (const ui of evidence) {
    const u = units[ui];
    const hits = partiesIn(u.tokens);
    const weight = triggerUnits.has(ui) ? 2 : 1;
    for (const h of hits) {
      if (mediators.has(h.party)) continue;
      if (LOCATIVE.has(u.tokens[h.first - 1]?.lower ?? '') && !isNextToPeople(u.tokens, h.last)) continue;
      const w = h.proper ? weight : h.demonymNoun ? weight / 2 : weight / 4;
      score.set(h.party, (score.get(h.party) ?? 0) + w);
      if (!first.has(h.party)) first.set(h.party, order++);
    }
  }
  const ranked = [...score.entries()]
    .filter(([, s]) => s >= 1)
    .sort((a, b) => b[1] - a[1] || first.get(a[0])! - first.get(b[0])!)
    .slice(0, 2)
    .map(([p]) => p);
  return ranked.sort();
}

/** "in Ukrainian captivity" is not a place of the event but a side. */
function isNextToPeople(tokens: Token[], last: number): boolean {
  const n = tokens[last + 1]?.lower;
  return n === 'captivity' || n === 'custody' || n === 'prisons' || n === 'jails';
}

/** Where the event happened: a place the places stage found, after "in"/"at"/"near", in a trigger sentence. */
export function locationOf(ctx: Context, units: Unit[], triggerUnits: Set<number>, parties: string[]): string | null {
  for (const ui of [...triggerUnits].sort((a, b) => a - b)) {
    const u = units[ui];
    for (const p of ctx.places) {
      if (p.type === 'country' || p.type === 'continent' || parties.includes(p.name)) continue;
      for (const m of p.mentions) {
        if (m.start < u.start || m.end > u.end) continue;
        const before = ctx.doc.text.slice(Math.max(u.start, m.start - 30), m.start).toLowerCase();
        if (/\b(?:in|at|near|took place in|village of|town of|city of)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/.test(before)) return p.name;
      }
    }
  }
  return null;
}
