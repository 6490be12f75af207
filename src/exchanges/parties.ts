// Who exchanged with whom, who mediated, and where. Parties are read first from the
// roles the exchange clause gives them (who freed, who received, "X and Y swapped",
// "between X and Y", "held in X"), then from the story's main parties, then from the
// names around it. Names are normalised as the text gives them: a state, or when a
// state deals with an armed group inside it and the text makes its government or army
// the actor, "Afghan government", "Sudanese army"; an armed group by its name, or by
// the description the story uses ("Turkish-backed rebels", "bandits").
import type { Context } from '../context.js';
import { nounAt } from '../counts/nouns.js';
import { demonymOf, partyOfName } from '../counts/sides.js';
import { isWord, type Token } from '../counts/tokens.js';
import type { Unit } from '../counts/units.js';
import { actorsIn, groupHome, groupOf, initials, statesPlacing, type Actor } from './actors.js';
import { lowerBound } from '../document/search.js';
import { triggersOf, type Trigger } from './triggers.js';
import { docCache, unitCache } from './unit-cache.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'into', 'via', 'through', 'within', 'around', 'from', 'of', 'over', 'under']);
const MEDIATION_WORDS = new Set([
  'mediated', 'brokered', 'facilitated', 'mediating', 'mediation', 'mediator', 'mediators', 'intermediary', 'overseen', 'oversaw',
  'guarantor', 'guarantors', 'coordinated',
]);
// a clause opens here: the subject of a trigger is after these
const CLAUSE_OPEN = new Set(['.', ';', ':', 'while', 'whereas', 'but', 'although', 'though', 'after', 'before', 'when', 'as', 'under', 'which', 'who', 'that']);
// verbs after which "to X" is the side that receives the people (not "flown to Riyadh")
const GIVING = /^(?:hand|hands|handed|handing|return|returns|returned|returning|release|releases|released|releasing|free|frees|freed|freeing|repatriate\w*|send|sends|sent|sending|deliver\w*|transfer\w*|give|gave|given)$/;
// verbs that make their subject the party of an event noun: "Russia and Ukraine carried out a prisoner exchange"
const EVENT_VERBS = new Set(['carried', 'conducted', 'completed', 'held', 'staged', 'made', 'began', 'started', 'agreed', 'reached', 'signed', 'finalised', 'finalized', 'announced', 'swap', 'exchange', 'swapped', 'exchanged']);
const CAPTIVE_NOUNS = new Set(['prisoners', 'detainees', 'hostages', 'captives', 'inmates']);
const HOLDING = new Set(['held', 'jailed', 'imprisoned', 'detained', 'serving']);
// a rebel description is named after the state it fights when nothing names it better
const REBEL_WORDS = new Set(['rebels', 'insurgents', 'opposition', 'rebel groups', 'opposition factions']);

// peoples the side table lists that have no state acting for them in these stories
const STATELESS = new Set(['Palestinians']);

/** Index of the first actor starting at or after token k (actors are in text order). */
function actorFrom(actors: Actor[], k: number): number {
  return lowerBound(actors, (a) => a.first < k);
}

/** The actor starting at token k, or undefined. */
function actorAt(actors: Actor[], k: number): Actor | undefined {
  const i = actorFrom(actors, k);
  return actors[i]?.first === k ? actors[i] : undefined;
}

// a superset of what mediatorsIn reads: the stems of MEDIATION_WORDS and "help"
const MEDIATION_HINT = /mediat|broker|facilitat|intermediar|overs(?:een|aw)|guarantor|coordinated|help/;
const NO_MEDIATORS: { party: string; at: number }[] = [];

/** Mediators: "mediated by Russia", "overseen by Turkey and Russia", "Qatar, which is mediating", "UAE-brokered", "Egyptian and Qatari mediators". */
export function mediatorsIn(u: Unit): { party: string; at: number }[] {
  const c = unitCache(u);
  if (c.mediators) return c.mediators;
  // most sentences have no mediation word: one regex test spares reading their actors and tokens
  if (!MEDIATION_HINT.test(u.lower)) return (c.mediators = NO_MEDIATORS);
  const tokens = u.tokens;
  const out: { party: string; at: number }[] = [];
  const actors = actorsIn(u).filter((a) => a.kind === 'state' || a.kind === 'group');
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    const hy = w.lastIndexOf('-');
    const base = hy > 0 ? w.slice(hy + 1) : w;
    const helped = (w === 'helped' || w === 'helping' || w === 'help') && /^(?:negotiate|broker|mediate|secure|arrange)/.test(tokens[i + 1]?.lower ?? '');
    if (!MEDIATION_WORDS.has(base) && !helped) continue;
    if (hy > 0) {
      // "UAE-brokered", "Vatican-brokered"
      const p = partyOfName(w.slice(0, hy));
      if (p) out.push({ party: p, at: i });
      continue;
    }
    if (tokens[i + 1]?.lower === 'by' || (tokens[i + 1]?.lower === 'of' && tokens[i - 1]?.lower === 'the')) {
      // "brokered by the United Arab Emirates", "overseen by Turkey and Russia" (but not "mediated by Russia, Baku said")
      let k = i + 2;
      if (tokens[k]?.lower === 'the') k++;
      const first = actorAt(actors, k);
      if (first) for (const a of listFrom(tokens, actors, first)) out.push({ party: a.name, at: a.first });
      continue;
    }
    // "Egyptian and Qatari mediators"
    const near8 = actors.slice(actorFrom(actors, i - 10), actorFrom(actors, i)).filter((a) => a.last < i && i - a.last <= 8);
    if (w === 'mediators' || w === 'mediator') {
      const dem = near8.filter((a) => i - a.last <= 3 && !a.proper);
      for (const a of dem) out.push({ party: a.name, at: a.first });
      if (dem.length) continue;
    }
    // "Qatar, which is mediating", "the UAE said its mediation", "Qatar mediated": the name just before
    const before = near8.filter((a) => a.proper);
    const near = before[before.length - 1];
    const pronoun = /^(?:its|which|who|it)$/.test(tokens[i - 1]?.lower ?? '') || /^(?:which|who|it)$/.test(tokens[i - 2]?.lower ?? '') || /^(?:which|who)$/.test(tokens[i - 3]?.lower ?? '');
    if (near && (pronoun || i - near.last <= 2)) out.push({ party: near.name, at: near.first });
  }
  return (c.mediators = out);
}

const LEAD_ADJ = /^(?:the|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|southwestern|rural|occupied|neighbouring|neighboring|self-\w+|so-called|breakaway|\w+-\w+)$/;

/** "in southern Syria", "head of the so-called Donetsk People's Republic", "the border with Venezuela": a place, not an actor. */
function located(tokens: Token[], a: Actor): boolean {
  for (let k = a.first - 1; k >= Math.max(0, a.first - 4); k--) {
    const w = tokens[k].lower;
    if (LOCATIVE.has(w) || (w === 'with' && /^(?:border|frontier)s?$/.test(tokens[k - 1]?.lower ?? ''))) return true;
    if (!LEAD_ADJ.test(w)) return false;
  }
  return false;
}

/** Where the clause of a trigger starts: a clause word or a comma, passing over an apposition ("X, a clan-based group in Y, freed"). */
function clauseStart(tokens: Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && first - k <= 16) {
    const t = tokens[k];
    if (CLAUSE_OPEN.has(t.lower)) return k;
    if (t.text === ',') {
      // the comma closes an apposition or relative clause when one opened after an earlier comma
      let c = k - 1;
      while (c >= 0 && k - c <= 10 && tokens[c].text !== ',' && tokens[c].text !== '.') c--;
      if (c >= 0 && tokens[c].text === ',' && /^(?:a|an|the|which|who|whose|one)$/.test(tokens[c + 1]?.lower ?? '')) {
        k = c - 1;
        continue;
      }
      return k;
    }
    k--;
  }
  return k;
}

/** A list of actors starting with `first`: "Turkey and Russia", "the United States, Russia, Germany and Poland". */
function listFrom(tokens: Token[], actors: Actor[], first: Actor, modifiers = false): Actor[] {
  const items = [first];
  const joins: boolean[] = [];
  let last = first.last;
  for (let n = actorFrom(actors, first.last + 1); n < actors.length; n++) {
    const a = actors[n];
    const gap = tokens.slice(last + 1, a.first);
    if (gap.length === 0 || gap.length > (modifiers ? 8 : 3)) break;
    const and = gap.some((g) => g.lower === 'and');
    if (!and && gap[0].text !== ',') break;
    if (gap.some((g) => g.text === '.' || g.text === ';' || (g.kind === 'word' && !/^(?:and|the)$/.test(g.lower) && (!modifiers || /^(?:in|on|at|for|said|says|to|of|by|from)$/.test(g.lower))))) break;
    items.push(a);
    joins.push(and);
    last = a.last;
    if (and) break;
  }
  // without an "and" the list has not closed: "by Russia, Baku said" is Russia alone
  if (joins.length && !joins[joins.length - 1]) return [first];
  return items;
}

export type Role = 'agent' | 'other';

/** An event verb among the six tokens before `first`: "Russia and Ukraine carried out a prisoner exchange". */
function eventVerbBefore(tokens: Token[], first: number): boolean {
  for (let k = Math.max(0, first - 6); k < first; k++) if (EVENT_VERBS.has(tokens[k].lower)) return true;
  return false;
}

/** Each active trigger of a unit with the passing words folded into it. */
function partsOf(u: Unit): Map<Trigger, Trigger[]> {
  const c = unitCache(u);
  if (c.parts) return c.parts;
  const all = triggersOf(u).triggers;
  const map = new Map<Trigger, Trigger[]>();
  all.forEach((t, k) => {
    let o = k;
    while (all[o].absorbedBy >= 0) o = all[o].absorbedBy;
    const list = map.get(all[o]) ?? map.set(all[o], []).get(all[o])!;
    list.push(t);
  });
  return (c.parts = map);
}

/**
 * Actors a trigger (with the passing words folded into it) gives a role: its subject and "by X"
 * (agents), "to X", "with X", "between X and Y" and holders after it ("held in X").
 */
export function rolesOf(u: Unit, t: Trigger): Map<Actor, Role> {
  const c = unitCache(u);
  const hit = c.roles?.get(t);
  if (hit) return hit;
  const tokens = u.tokens;
  const actors = actorsIn(u);
  const roles = new Map<Actor, Role>();
  const set = (a: Actor, r: Role) => {
    if (roles.get(a) !== 'agent') roles.set(a, r);
  };
  const parts = partsOf(u).get(t) ?? [t];
  for (const p of parts) {
    // the subject: names before the trigger in its clause ("in exchange for" has none, a passive names the captives)
    const passive = /^(?:were|was|been|be|being|are|is)$/.test(tokens[p.first - 1]?.lower ?? '') || (/^(?:were|was|been|be|are|is)$/.test(tokens[p.first - 2]?.lower ?? '') && /ly$|^also$|^then$|^later$/.test(tokens[p.first - 1]?.lower ?? ''));
    if (p.role !== 'connector' && !passive && (p.role !== 'noun' || eventVerbBefore(tokens, p.first))) {
      const from = clauseStart(tokens, p.first);
      for (let n = actorFrom(actors, from + 1); n < actors.length && actors[n].first < p.first; n++) {
        const a = actors[n];
        // "U.S. hostage Alann Steen", "Israeli soldier Gilad Shalit": the captive's side, not the one who frees
        if (a.kind === 'state' && nounAt(tokens, a.last + 1)) continue;
        if (a.last < p.first && !located(tokens, a) && tokens[a.first - 1]?.lower !== 'by') set(a, 'agent');
      }
    }
    // after the trigger, in its own clause: "by X", "to X", "with X", "between X, Y and Z"
    const end = Math.min(tokens.length, p.last + 16);
    for (let k = p.last + 1; k < end; k++) {
      const w = tokens[k].lower;
      if (w === '.' || w === ';' || w === ',' || w === 'who' || w === 'which' || w === 'where' || w === 'while') break;
      if (w === 'by' || w === 'to' || w === 'with' || w === 'between') {
        if (w === 'to' && !GIVING.test(tokens[p.first].lower)) continue;
        // "freed by the Huthis", "swapped between X and Y", "exchanged prisoners with Saudi Arabia": close to the trigger
        if ((w === 'by' || w === 'with' || w === 'between') && k - p.last > (p.exchange ? 6 : 4)) continue;
        if ((w === 'between' || w === 'with') && !p.exchange) continue;
        if (w === 'by' && /^(?:brokered|mediated|facilitated|overseen|hosted|coordinated)$/.test(tokens[k - 1].lower)) continue;
        let j = k + 1;
        if (isWord(tokens[j], 'the', 'its', 'their', 'various')) j++;
        // "with its foe Saudi Arabia", "between the Tripoli-based, United Nations-recognized Government of National Accord"
        const reach = w === 'with' ? 4 : w === 'between' ? 8 : 1;
        while (j < k + reach && j < tokens.length && !actorAt(actors, j) && tokens[j].text !== '.' && tokens[j].text !== ';') j++;
        const first = actorAt(actors, j);
        if (!first) continue;
        const r: Role = w === 'by' ? 'agent' : 'other';
        set(first, r);
        // the rest of the list: "between the United States, Russia, Germany and Poland", "and the eastern-based forces loyal to ..."
        if (w === 'between' || w === 'by') for (const a of listFrom(tokens, actors, first, true)) set(a, r);
      }
    }
    // "in exchange for three Russians held in the United States and Poland"
    for (let n = actorFrom(actors, p.last + 1); n < actors.length && actors[n].first - p.last <= 25; n++) {
      const a = actors[n];
      const q = tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1;
      // "three Russians held in the United States and Poland", "a hundred detainees in Israel"
      if (tokens[q]?.lower === 'in' && (HOLDING.has(tokens[q - 1]?.lower ?? '') || CAPTIVE_NOUNS.has(tokens[q - 1]?.lower ?? ''))) for (const b of listFrom(tokens, actors, a)) set(b, 'other');
    }
  }
  (c.roles ??= new Map()).set(t, roles);
  return roles;
}

/** What the story tells about its actors, read once: names, acronyms, descriptions, how it names each state's side. */
export interface Cast {
  /** acronym -> group name ("GNA" -> "Government of National Accord") */
  acronyms: Map<string, string>;
  /** groups named in the paragraphs that tell an exchange */
  nearGroups: Map<string, number>;
  /** descriptions of armed groups, by frequency ("bandits" 2, "gunmen" 1) */
  generics: Map<string, number>;
  /** qualified descriptions in the exchange sentences ("Turkish-backed rebels") */
  qualified: Map<string, number>;
  /** per state: mentions of its government and of its army, and its demonym as written */
  gov: Map<string, { gov: number; army: number; demonym: string | null }>;
  /** the state the story is set in: the dateline's country, else the state it names most */
  home: string | null;
  /** states whose government or army the exchange clauses make an actor */
  actingGov: Set<string>;
  /** role keys over all exchange sentences, in order, with their resolved names */
  main: string[];
}


function readCast(ctx: Context, units: Unit[], triggerUnits: Set<number>): Cast {
  const dc = docCache(ctx.doc);
  if (dc.cast) return dc.cast;
  const acronyms = new Map<string, string>();
  const nearGroups = new Map<string, number>();
  const generics = new Map<string, number>();
  const qualified = new Map<string, number>();
  const gov = new Map<string, { gov: number; army: number; demonym: string | null }>();
  const stateCount = new Map<string, number>();
  const paragraphs = new Set([...triggerUnits].map((ui) => units[ui].paragraph));
  const groupNames: string[] = [];
  for (let ui = 0; ui < units.length; ui++) {
    const u = units[ui];
    for (const s of statesPlacing(u)) stateCount.set(s, (stateCount.get(s) ?? 0) + 1);
    for (const a of actorsIn(u)) {
      // "near the border with Venezuela" names the neighbour, not the story's state
      if (a.kind === 'state' && u.tokens[a.first - 1]?.lower === 'with' && /^(?:border|frontier)s?$/.test(u.tokens[a.first - 2]?.lower ?? '')) continue;
      if (a.kind === 'group') {
        groupNames.push(a.name);
        if (paragraphs.has(u.paragraph) && !u.header) nearGroups.set(a.name, (nearGroups.get(a.name) ?? 0) + 1);
        // "Government of National Accord (GNA)"
        const open = u.tokens[a.last + 1];
        const acr = u.tokens[a.last + 2];
        if (open?.text === '(' && acr && /^[A-Z]{2,6}$/.test(acr.text)) acronyms.set(acr.text, a.name);
      } else if (a.kind === 'generic') {
        if (!u.header) generics.set(a.name, (generics.get(a.name) ?? 0) + 1);
        if (a.name.includes(' ') && triggerUnits.has(ui)) qualified.set(a.name, (qualified.get(a.name) ?? 0) + 1);
      } else if (a.name) {
        stateCount.set(a.name, (stateCount.get(a.name) ?? 0) + (a.kind !== 'state' ? 2 : a.proper ? 1 : 0.5));
        if (a.kind === 'gov' || a.kind === 'army') {
          const g = gov.get(a.name) ?? { gov: 0, army: 0, demonym: null };
          g[a.kind]++;
          g.demonym = g.demonym ?? a.demonym;
          gov.set(a.name, g);
        } else if (a.demonym && !a.demonymNoun) {
          const g = gov.get(a.name) ?? { gov: 0, army: 0, demonym: null };
          g.demonym = g.demonym ?? a.demonym;
          gov.set(a.name, g);
        }
      } else {
        // "the government", "the army": the story's own state, counted once it is known
        const g = gov.get('') ?? { gov: 0, army: 0, demonym: null };
        g[a.kind as 'gov' | 'army']++;
        gov.set('', g);
      }
    }
  }
  // acronyms whose letters are a named group's initials ("RSF", "GNA")
  for (const n of groupNames) {
    const ini = initials(n);
    if (ini.length >= 2 && !acronyms.has(ini)) acronyms.set(ini, n);
  }
  // the story's state: the one it names most, its government and army counting double; the dateline's country votes too
  const place = ctx.header.article.dateline?.place;
  if (place) {
    for (const part of place.split(/[,/]/).reverse()) {
      const p = partyOfName(part.trim().toLowerCase());
      if (p) {
        stateCount.set(p, (stateCount.get(p) ?? 0) + 1.5);
        break;
      }
    }
  }
  let home: string | null = null;
  let best = 0;
  for (const [s, n] of stateCount) if (n > best) [home, best] = [s, n];
  // "the government", "the army" belong to the story's state
  const unnamed = gov.get('');
  if (unnamed && home) {
    const g = gov.get(home) ?? { gov: 0, army: 0, demonym: null };
    g.gov += unnamed.gov;
    g.army += unnamed.army;
    gov.set(home, g);
  }
  gov.delete('');
  const cast: Cast = { acronyms, nearGroups, generics, qualified, gov, home, actingGov: new Set(), main: [] };
  // the story's main parties: the roles of all its exchange sentences
  const tally = new Map<string, number>();
  const order: string[] = [];
  for (const ui of [...triggerUnits].sort((a, b) => a - b)) {
    const u = units[ui];
    const mediators = new Set(mediatorsIn(u).map((m) => m.party));
    const roles = new Map<Actor, Role>();
    for (const t of triggersOf(u).triggers) if (t.absorbedBy < 0) for (const [a, r] of rolesOf(u, t)) if (roles.get(a) !== 'agent') roles.set(a, r);
    for (const [a, r] of roles) {
      if (mediators.has(a.name)) continue;
      // a government or army that frees, swaps or receives people itself (not one people are handed to)
      if ((a.kind === 'gov' || a.kind === 'army') && r === 'agent') cast.actingGov.add(a.name || home || '');
      const name = resolve(a, cast);
      if (!name) continue;
      const k = keyName(a, name);
      if (!tally.has(k)) order.push(k);
      tally.set(k, (tally.get(k) ?? 0) + (u.header ? 0.5 : 1));
    }
  }
  cast.main = order.sort((a, b) => tally.get(b)! - tally.get(a)! || order.indexOf(a) - order.indexOf(b));
  dc.cast = cast;
  return cast;
}

/** "S:Afghanistan" for the state side, "G:Taliban" for a group, after naming. */
const keyName = (a: Actor, name: string): string => (a.kind === 'group' || a.kind === 'generic' ? `G:${name}` : `S:${name}`);

/** An actor's name before the final naming: acronyms spelled out, descriptions resolved, "the government" given its state. */
function resolve(a: Actor, cast: Cast): string | null {
  if (a.kind === 'group') return cast.acronyms.get(a.name) ?? a.name;
  if (a.kind === 'generic') {
    // a description stands for the group the exchange paragraphs name ("pro-Kremlin insurgents" -> "Donetsk People's Republic")
    let best: string | null = null;
    let n = 0;
    for (const [g, c] of cast.nearGroups) if (c > n) [best, n] = [g, c];
    if (best) return cast.acronyms.get(best) ?? best;
    if (a.name.includes(' ') && !REBEL_WORDS.has(a.name)) return a.name;
    // "opposition factions" are the "Turkish-backed rebels" the exchange sentences name
    for (const [q, c] of cast.qualified) if (c > n) [best, n] = [q, c];
    if (best) return best;
    // else the description the story uses most ("bandits" over "gunmen")
    let top = a.name;
    let m = 0;
    for (const [g, c] of cast.generics) if (c > m && !g.includes(' ')) [top, m] = [g, c];
    return `~${top}`;
  }
  return a.name || cast.home;
}

/** The name a party is reported by, once the other parties are known. */
function finalName(key: string, cast: Cast, stateGov: Set<string>): string {
  const name = key.slice(2);
  if (key.startsWith('G:')) {
    if (!name.startsWith('~')) return name;
    const word = name.slice(1);
    // "rebel groups" fighting "the Syrian government" are "Syrian rebels"
    if (REBEL_WORDS.has(word) || word === 'rebels') {
      for (const s of stateGov) {
        const dem = cast.gov.get(s)?.demonym ?? demonymOf(s);
        if (dem) return `${dem} rebels`;
      }
    }
    return word;
  }
  if (stateGov.has(name)) {
    const g = cast.gov.get(name);
    const dem = g?.demonym ?? demonymOf(name);
    if (dem) return `${dem} ${g && g.army > g.gov ? 'army' : 'government'}`;
  }
  return name;
}

/**
 * The parties of one event: the roles its own triggers give, then the side of the people it
 * hands over when only one party acts ("Israel released 215 Lebanese detainees"), then the story's
 * main parties, then the names around it, then the story's state.
 */
export function partiesOf(
  ctx: Context, units: Unit[], allTriggerUnits: Set<number>, told: { unit: number; trigger: Trigger }[],
  evidence: number[], mediators: Set<string>, firstSide: string | null,
): string[] {
  const cast = readCast(ctx, units, allTriggerUnits);
  const triggerUnits = new Set(told.map((m) => m.unit));
  const keys: string[] = [];
  const add = (k: string | null) => {
    if (k && !keys.includes(k) && !mediators.has(k.slice(2))) keys.push(k);
  };
  for (const m of [...told].sort((a, b) => a.unit - b.unit || a.trigger.first - b.trigger.first)) {
    const u = units[m.unit];
    for (const a of [...rolesOf(u, m.trigger).keys()].sort((x, y) => x.first - y.first)) {
      const name = resolve(a, cast);
      if (name) add(keyName(a, name));
    }
  }
  if (keys.length <= 1 && firstSide && !mediators.has(firstSide)) {
    const g = groupOf(firstSide);
    add(g ? `G:${g}` : `S:${firstSide}`);
  }
  for (const k of cast.main) {
    if (keys.length >= 2) break;
    add(k);
  }
  if (keys.length < 2) {
    // names around the event, states before descriptions
    const score = new Map<string, number>();
    for (const ui of evidence) {
      const u = units[ui];
      for (const a of actorsIn(u)) {
        if (located(u.tokens, a) && !isNextToPeople(u.tokens, a.last)) continue;
        const name = resolve(a, cast);
        if (!name) continue;
        const w = (a.proper ? 1 : a.demonymNoun ? 0.5 : 0.25) * (triggerUnits.has(ui) ? 2 : 1);
        const k = keyName(a, name);
        score.set(k, (score.get(k) ?? 0) + w);
      }
    }
    for (const [k] of [...score.entries()].filter(([, s]) => s >= 1).sort((a, b) => b[1] - a[1])) {
      if (keys.length >= 2) break;
      add(k);
    }
  }
  if (keys.length < 2 && cast.home) add(`S:${cast.home}`);
  // a state against an armed group of its own: its government or army, when the story makes them the actor
  // ("Afghan government" and Taliban, but Israel and Hamas); a group the table does not know is the story's state's
  // (a self-declared republic faces the state as a state: "Ukraine", not "Ukrainian government")
  const homesOf = keys
    .filter((k) => k.startsWith('G:') && !/ Republic$/.test(k))
    .map((k) => groupHome(k.slice(2)) ?? cast.home);
  const stateGov = new Set(keys.filter((k) => k.startsWith('S:') && cast.actingGov.has(k.slice(2)) && homesOf.includes(k.slice(2))).map((k) => k.slice(2)));
  // a people with no state of its own is represented by its group: "Palestinian prisoners" are Hamas's side
  const represented = (k: string) => {
    if (!k.startsWith('S:') || !STATELESS.has(k.slice(2))) return null;
    return [...keys, ...cast.main].find((g) => g.startsWith('G:') && groupHome(g.slice(2)) === k.slice(2)) ?? null;
  };
  const names = keys.map((k) => finalName(represented(k) ?? k, cast, stateGov));
  return [...new Set(names)].sort();
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

