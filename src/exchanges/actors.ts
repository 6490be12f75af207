// Who can be a party to an exchange, as a sentence names them: states ("Ukraine",
// "Kyiv", "Russian"), a state's government or army ("Afghanistan's government",
// "federal authorities", "the army"), armed groups by name ("Hamas", "Rapid Support
// Forces", "the al-Jabal Brigade, a Druze armed faction", "forces loyal to Gen.
// Khalifa Haftar") and armed groups by description ("rebels", "Turkish-backed
// rebels", "bandits"). Read from a sentence's tokens with no parse, once per unit.
import { isDemonymNoun } from '../counts/sides.js';
import { isCap, type Token } from '../counts/tokens.js';
import { lazyPattern } from '../lexicon/chars.js';
import type { Unit } from '../counts/units.js';
import { partyAtCached as partyAt, sideOfDemonymCached as sideOfDemonym } from './memo.js';
import { unitCache } from './unit-cache.js';

export type ActorKind = 'state' | 'gov' | 'army' | 'group' | 'generic';

export interface Actor {
  kind: ActorKind;
  /** the state for state/gov/army ('' when the text says only "the government"); the group as written otherwise */
  name: string;
  first: number;
  last: number;
  /** a name, not a demonym adjective ("Ukraine", "Hamas", "the government") */
  proper: boolean;
  /** a plural demonym used as a noun ("Ukrainians") */
  demonymNoun: boolean;
  /** the demonym adjective as written ("Afghan", "Yemeni"), for naming a government or army */
  demonym: string | null;
}

// Armed groups and de facto authorities wire copy names, with the state they belong to
// or fight in, and the short forms and spellings wire copy uses (lower case); the first
// name is the one reported.
const GROUP_TABLE = `
Hamas|Palestinians|hamas
Hezbollah|Lebanon|hezbollah,hizbollah,hizbullah,hizballah
Houthis|Yemen|houthis,houthi,houthi movement,houthi rebels,ansar allah,ansarullah
Huthis|Yemen|huthis,huthi,huthi movement,huthi rebels
Taliban|Afghanistan|taliban
Islamic Jihad|Palestinians|islamic jihad,palestinian islamic jihad
Islamic State||islamic state,isis,isil,daesh
al-Qaeda||al-qaeda,al qaeda,al-qaida,al qaida
al-Shabaab|Somalia|al-shabaab,al shabaab,shabaab,al-shabab
Boko Haram|Nigeria|boko haram
National Liberation Army|Colombia|national liberation army,eln
FARC|Colombia|farc
Rapid Support Forces|Sudan|rapid support forces,rsf
Tigray People's Liberation Front|Ethiopia|tigray people's liberation front,tplf
PKK|Turkey|pkk,kurdistan workers party,kurdistan workers' party
Syrian Democratic Forces|Syria|syrian democratic forces,sdf
Hayat Tahrir al-Sham|Syria|hayat tahrir al-sham,hts
Syrian National Army|Syria|syrian national army
Free Syrian Army|Syria|free syrian army,fsa
Libyan National Army|Libya|libyan national army,lna
Polisario Front|Morocco|polisario front,polisario
Wagner||wagner
Abu Sayyaf|Philippines|abu sayyaf
Fatah|Palestinians|fatah
Donetsk People's Republic|Ukraine|donetsk people's republic,dpr
Luhansk People's Republic|Ukraine|luhansk people's republic,lugansk people's republic,lpr
`;

const groups = new Map<string, string>();
const homes = new Map<string, string>();
// the first word of every form: a name starting with another word is in no form
const groupFirstWords = new Set<string>();
let groupWords = 1;
for (const line of GROUP_TABLE.trim().split('\n')) {
  const [name, home, forms] = line.split('|');
  if (home) homes.set(name, home);
  for (const f of forms.split(',')) {
    groups.set(f, name);
    groupFirstWords.add(f.split(' ')[0]);
    groupWords = Math.max(groupWords, f.split(' ').length);
  }
}
/** States the side table lists that are armed groups, not states. */
const NON_STATE = new Set(['Hamas', 'Hezbollah', 'Houthis', 'Taliban', 'Islamic Jihad', 'Islamic State']);

// the last word of a group's name: "Rapid Support Forces", "National Liberation Army", "Donetsk People's Republic"
const ORG_HEADS = new Set(['forces', 'army', 'brigade', 'brigades', 'front', 'movement', 'republic', 'militia', 'militias', 'guard', 'guards', 'corps', 'battalion', 'battalions', 'accord']);
// "a Druze armed faction", "a clan-based group": an apposition that says a name is an armed group
const GROUP_NOUNS = new Set(['group', 'groups', 'faction', 'factions', 'militia', 'movement', 'organisation', 'organization', 'alliance', 'coalition', 'clan', 'brigade', 'force']);
const NAME_LINKS = new Set(['of', 'for', 'the', 'and']);
const GOV_NOUNS = new Set(['government', 'authorities', 'administration', 'regime']);
const ARMY_NOUNS = new Set(['army', 'military']);
const GOV_ADJ = new Set(['federal', 'central', 'interim', 'internationally', 'recognised', 'recognized', 'transitional', 'national', 'new', 'military-backed', 'civilian']);
// armed groups by description
const GENERIC = new Set([
  'rebels', 'rebel', 'insurgents', 'militants', 'separatists', 'guerrillas', 'guerillas', 'jihadists', 'gunmen', 'bandits',
  'kidnappers', 'pirates', 'militias', 'militiamen', 'opposition', 'fighters',
]);
// "Haftar forces": a name before these is a commander's or a group's
const LOYAL_NOUNS = new Set(['forces', 'loyalists', 'militia', 'militiamen']);
// capitalised words that start many sentences or titles and are no commander's name
const NOT_NAMES = new Set([
  'government', 'security', 'special', 'armed', 'coalition', 'allied', 'federal', 'rebel', 'opposition', 'the', 'state',
  'national', 'regular', 'enemy', 'foreign', 'local', 'both', 'all', 'some', 'many', 'pro-government',
]);
const TITLES = new Set(['gen', 'gen.', 'general', 'marshal', 'field', 'commander', 'warlord', 'strongman', 'putschist', 'president', 'col', 'col.', 'colonel', 'maj', 'maj.', 'major', 'lt', 'lt.', 'renegade', 'eastern-based', 'military', 'leader']);

// every lower-case word the actor branches read: government, army and description words
const LOWER_ACTOR_WORDS = new Set([...GOV_NOUNS, ...ARMY_NOUNS, ...GENERIC, ...LOYAL_NOUNS, 'armed', 'pro-government']);

// (the character tests first: the patterns run only on words that can match them)
// (module constants, made on first use: the bundler turns a \p{...} literal into a new RegExp
// at each call, and a module-level literal is parsed at start-up: see lazyPattern)
const ARABIC_ARTICLE = lazyPattern(() => /^(?:al|el|ad|as|ash|an|ar)-\p{Lu}/u);
const LOWER_TAIL = lazyPattern(() => /-\p{Ll}+$/u);
const isArabicArticle = (t: Token | undefined): boolean =>
  !!t && (t.text.charCodeAt(0) === 97 /* a */ || t.text.charCodeAt(0) === 101) /* e */ && (t.text.charCodeAt(2) === 45 /* - */ || t.text.charCodeAt(3) === 45) && ARABIC_ARTICLE().test(t.text);
// "Nations-recognized", "Tripoli-based" are modifiers, not parts of a name
const nameWord = (t: Token | undefined): boolean => (isCap(t) && !(t!.text.includes('-') && LOWER_TAIL().test(t!.text))) || isArabicArticle(t);
// (w.endsWith("'s") by code units: asked of every token)
const possessive = (w: string): boolean => w.length >= 2 && w.charCodeAt(w.length - 1) === 115 /* s */ && w.charCodeAt(w.length - 2) === 39; /* ' */
const bare = (w: string): string => (possessive(w) ? w.slice(0, -2) : w);

function stateAt(words: string[], tokens: Token[], i: number): [string, number] | null {
  if (!isCap(tokens[i])) return null;
  const p = partyAt(words, i);
  return p && !NON_STATE.has(p[0]) ? p : null;
}

/** A group by name starting at i: the lexicon, a capitalised name ending in a group word, "Government of X", an apposition. */
function groupAt(words: string[], tokens: Token[], i: number, state: [string, number] | null = stateAt(words, tokens, i)): [string, number] | null {
  const t = tokens[i];
  if (!nameWord(t) || t.lower === 'the') return null;
  for (let n = groupFirstWords.has(words[i]) ? Math.min(groupWords, tokens.length - i) : 0; n >= 1; n--) {
    const key = words.slice(i, i + n).join(' ');
    const g = groups.get(key);
    // "Islamic Jihad for the Liberation of Palestine" is another group than "Islamic Jihad"
    if (g && !((words[i + n] === 'for' || words[i + n] === 'of') && nameWord(tokens[i + n + (words[i + n + 1] === 'the' ? 2 : 1)]))) return [g, n];
  }
  // a run of name words, with "of"/"for"/"the" inside: "Government of National Accord", "Sons of Hauran"
  let end = i;
  while (end + 1 < tokens.length && end - i < 6) {
    const nx = tokens[end + 1];
    if (possessive(tokens[end].lower) && tokens[end].lower !== "people's") break;
    if (nameWord(nx) || nx.lower === "people's") end++;
    else if (NAME_LINKS.has(nx.lower) && nx.lower !== 'and' && nameWord(tokens[end + 2])) end += 2;
    // "Islamic Jihad for the Liberation of Palestine"
    else if ((nx.lower === 'for' || nx.lower === 'of') && tokens[end + 2]?.lower === 'the' && nameWord(tokens[end + 3])) end += 3;
    else break;
  }
  // the run is tokens[i..end]; the name as written is made only when it is returned
  const runLength = end - i + 1;
  const last = tokens[end].lower;
  // a state's own army ("Israel Defense Forces", "Syrian Arab Army") is the state, a country's full name is the country
  if (state && (ORG_HEADS.has(last) || state[1] === runLength)) return null;
  if (runLength >= 2 && ORG_HEADS.has(last)) return [runText(tokens, i, end), runLength];
  if (runLength >= 3 && tokens[i].lower === 'government' && tokens[i + 1].lower === 'of') return [runText(tokens, i, end), runLength];
  // "the al-Jabal Brigade, a Druze armed faction", "the Sons of Hauran, a clan-based group"
  if (tokens[end + 1]?.text === ',' && /^(?:a|an|the)$/.test(tokens[end + 2]?.lower ?? '')) {
    for (let k = end + 3; k < Math.min(tokens.length, end + 7); k++) {
      if (tokens[k].kind === 'punct') break;
      if (GROUP_NOUNS.has(tokens[k].lower)) return [runText(tokens, i, end), runLength];
    }
  }
  return null;
}

/** A name as written over tokens[i..end] ("Government of National Accord", "Donetsk People's Republic"). */
const runText = (tokens: Token[], i: number, end: number): string =>
  tokens.slice(i, end + 1).map((x) => x.text).join(' ').replace(/ (['\u2019]s)\b/g, '$1');

/** "forces loyal to putschist Gen. Khalifa Haftar": the commander's surname, and the last token used. */
function loyalTo(tokens: Token[], i: number): [string, number] | null {
  if (tokens[i + 1]?.lower !== 'loyal' || tokens[i + 2]?.lower !== 'to') return null;
  let k = i + 3;
  while (k < tokens.length && (TITLES.has(tokens[k].lower) || (!isCap(tokens[k]) && tokens[k].kind === 'word' && k - i < 7) || tokens[k].text === '.')) k++;
  let last = -1;
  while (k < tokens.length && isCap(tokens[k])) last = k++;
  return last < 0 ? null : [tokens[last].text, last];
}

/** Every actor a unit names, in text order. */
export function actorsIn(u: Unit): Actor[] {
  return read(u).actors;
}

/** A unit's actors and the states it names only to place a group, read once per unit. */
function read(u: Unit): UnitActors {
  const c = unitCache(u);
  if (c.actors) return c.actors;
  const places: string[] = [];
  return (c.actors = { actors: readActors(u, places), places });
}

/** Every actor of a unit, in text order; states that only place a group go to `places`. */
function readActors(u: Unit, places: string[]): Actor[] {
  const tokens = u.tokens;
  // possessives off for look-ups ("Afghanistan's" -> "afghanistan"), but group names keep "people's"
  const words = tokens.map((t) => (t.lower === "people's" ? t.lower : bare(t.lower)));
  const out: Actor[] = [];
  const push = (kind: ActorKind, name: string, first: number, last: number, proper: boolean, demonymNoun = false, demonym: string | null = null) =>
    out.push({ kind, name, first, last, proper, demonymNoun, demonym });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const w = t.lower;
    // names start with a capital (or "al-"): lower-case words can only be a government, an army or a description
    const named = t.text.charCodeAt(0) !== w.charCodeAt(0) || isArabicArticle(t);
    // (one look-up for the lower-case words none of the branches below reads: most words)
    if (!named && !LOWER_ACTOR_WORDS.has(w)) continue;
    const ps = named ? stateAt(words, tokens, i) : null;
    // "Afghanistan's government", "Yemen's internationally recognised government", "Sudan's army"
    if (ps && possessive(tokens[i + ps[1] - 1].lower)) {
      let k = i + ps[1];
      while (k < tokens.length && GOV_ADJ.has(words[k])) k++;
      if (GOV_NOUNS.has(words[k]) || ARMY_NOUNS.has(words[k])) {
        push(GOV_NOUNS.has(words[k]) ? 'gov' : 'army', ps[0], i, k, true);
        i = k;
        continue;
      }
      // "Yemen's Huthi rebels", "Colombia's ELN", "Libya's rival sides": the state only places the group
      let j = i + ps[1];
      const groupNext = (j: number) => nameWord(tokens[j]) && !!groupAt(words, tokens, j);
      while (j < tokens.length && j - i <= 4 && tokens[j].kind === 'word' && !groupNext(j) && !GENERIC.has(words[j]) && !SIDE_WORDS.has(words[j])) j++;
      if (j < tokens.length && j - i <= 4 && (groupNext(j) || GENERIC.has(words[j]) || SIDE_WORDS.has(words[j]))) {
        places.push(ps[0]);
        i += ps[1] - 1;
        continue;
      }
    }
    const g = named ? groupAt(words, tokens, i, ps) : null;
    if (g) {
      push('group', g[0], i, i + g[1] - 1, true);
      i += g[1] - 1;
      continue;
    }
    // "the government of Colombia"
    if (GOV_NOUNS.has(w) && words[i + 1] === 'of') {
      const s = stateAt(words, tokens, i + 2);
      if (s) {
        push('gov', s[0], i, i + 1 + s[1], true);
        i += 1 + s[1];
        continue;
      }
    }
    const st = ps;
    if (st) {
      const after = i + st[1];
      // "Israel Defense Forces", "Syrian Arab Army": the state's army
      let a = after;
      while (a < tokens.length && a - after < 3 && nameWord(tokens[a]) && !ORG_HEADS.has(words[a])) a++;
      if (!possessive(tokens[after - 1].lower) && nameWord(tokens[a]) && (words[a] === 'forces' || words[a] === 'army')) {
        push('army', st[0], i, a, true);
        i = a;
        continue;
      }
      // "Ukrainian forces" are the state; "Afghan government", "Sudanese army" its government or army
      let k = after;
      while (k < tokens.length && GOV_ADJ.has(words[k])) k++;
      if (GOV_NOUNS.has(words[k]) || ARMY_NOUNS.has(words[k]) || (words[k] === 'armed' && words[k + 1] === 'forces')) {
        const dem = sideOfDemonym(w) ? t.text : null;
        push(GOV_NOUNS.has(words[k]) ? 'gov' : 'army', st[0], i, words[k] === 'armed' ? k + 1 : k, true, false, dem);
        i = words[k] === 'armed' ? k + 1 : k;
        continue;
      }
      push('state', st[0], i, after - 1, true);
      i = after - 1;
      continue;
    }
    // a hyphenated compound ("Turkish-backed", "British-based", "Saudi-led") names a patron or a place, not a party
    const d = isCap(t) && !w.includes('-') ? sideOfDemonym(w) : null;
    // "the warring Libyan groups", "Afghan security forces" stay the state's; "Libyan groups" are no state
    if (d && (GROUP_NOUNS.has(words[i + 1] ?? '') || SIDE_WORDS.has(words[i + 1] ?? ''))) continue;
    if (d && !NON_STATE.has(d)) {
      let k = i + 1;
      while (k < tokens.length && GOV_ADJ.has(words[k])) k++;
      if (GOV_NOUNS.has(words[k]) || ARMY_NOUNS.has(words[k]) || (words[k] === 'armed' && words[k + 1] === 'forces')) {
        const end = words[k] === 'armed' ? k + 1 : k;
        push(GOV_NOUNS.has(words[k]) ? 'gov' : 'army', d, i, end, true, false, t.text);
        i = end;
        continue;
      }
      // "Tigrayan forces" (no state of that name) are handled below; a state's demonym is the state
      push('state', d, i, i, false, isDemonymNoun(w) && !GENERIC.has(words[i + 1] ?? ''), t.text);
      continue;
    }
    if (d && NON_STATE.has(d)) {
      push('group', d, i, i, false);
      continue;
    }
    // "the government", "federal authorities", "Government forces", "the army", "the military"
    if (GOV_NOUNS.has(w) && !/^(?:anti|pro)-/.test(w)) {
      const prev = words[i - 1] ?? '';
      // "Tigrayan authorities": the authorities of a people that is no state
      if (i > 0 && isCap(tokens[i - 1]) && !NOT_NAMES.has(prev)) continue;
      if (prev === 'the' || GOV_ADJ.has(prev) || isCap(t) || words[i + 1] === 'forces' || words[i + 1] === 'troops' || words[i + 1] === 'side') {
        push('gov', '', i, i, true);
        continue;
      }
    }
    if (w === 'pro-government' && (GENERIC.has(words[i + 1] ?? '') || words[i + 1] === 'forces')) {
      push('gov', '', i, i + 1, false);
      i++;
      continue;
    }
    if (ARMY_NOUNS.has(w) && (words[i - 1] === 'the' || words[i - 1] === 'an' || words[i - 1] === 'a' || isCap(t))) {
      push('army', '', i, i, true);
      continue;
    }
    if (w === 'armed' && words[i + 1] === 'forces' && words[i - 1] === 'the') {
      push('army', '', i, i + 1, true);
      i++;
      continue;
    }
    // "Turkish-backed rebels", "pro-Kremlin insurgents", "Tigrayan forces", "Haftar forces"
    if (GENERIC.has(w) || (LOYAL_NOUNS.has(w) && i > 0)) {
      const prev = tokens[i - 1];
      // "National Liberation Army rebels", "ELN rebels": the name was read already
      if (out.length && out[out.length - 1].last === i - 1) continue;
      if (prev && (/-(?:backed|aligned|allied|led|supported)$/.test(prev.lower) || /^pro-/.test(prev.lower))) {
        push('generic', `${prev.text} ${t.text}`, i - 1, i, false);
        continue;
      }
      if (LOYAL_NOUNS.has(w) && prev && isCap(prev) && !NOT_NAMES.has(prev.lower) && !sideOfDemonym(prev.lower) && !partyAt(words, i - 1)) {
        // "Tigrayan forces", "Haftar forces": a people or a commander that is no state
        push('group', `${prev.text} ${w}`, i - 1, i, true);
        continue;
      }
      if (LOYAL_NOUNS.has(w)) {
        const loyal = loyalTo(tokens, i);
        if (loyal) {
          push('group', `${loyal[0]} forces`, i, loyal[1], true);
          i = loyal[1];
        }
        continue;
      }
      if (w === 'fighters') continue;
      // "rebel groups", "opposition factions", "armed groups"
      const name = w === 'rebel' ? 'rebels' : w;
      if (w === 'rebel' || w === 'opposition') {
        if (GROUP_NOUNS.has(words[i + 1] ?? '') || words[i + 1] === 'forces') push('generic', name, i, i + 1, false);
        continue;
      }
      push('generic', name, i, i, false);
    }
  }
  // "jihadists linked to Al-Qaeda", "a group allied with Hezbollah": a patron, not a party
  return out.filter((a) => !(PATRON_LINKS.has(words[a.first - 1] ?? '') && PATRON_VERBS.has(words[a.first - 2] ?? '')));
}

const PATRON_LINKS = new Set(['to', 'with']);
const PATRON_VERBS = new Set(['linked', 'allied', 'affiliated', 'aligned', 'tied', 'close', 'connected']);

/** States a unit names only to place a group or the sides ("Colombia's ELN", "Libya's rival sides"): the story's state, never a party. */
export function statesPlacing(u: Unit): string[] {
  return read(u).places;
}

const SIDE_WORDS = new Set(['sides', 'rivals', 'warring', 'parties', 'factions', 'foes']);
export interface UnitActors {
  actors: Actor[];
  places: string[];
}

/** A side name that is an armed group of the table ("Taliban" from "Taliban prisoners"), or null. */
export function groupOf(side: string): string | null {
  return groups.get(side.toLowerCase()) ?? null;
}

/** The state an armed group of the table fights in or belongs to ("Taliban" -> "Afghanistan"), or null. */
export function groupHome(name: string): string | null {
  return homes.get(name) ?? null;
}

/** Initials of a name, for acronyms given in brackets or later ("GNA", "RSF"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !NAME_LINKS.has(w.toLowerCase()) && !/^(?:al|el)$/i.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');
}
