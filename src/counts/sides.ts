// Sides and parties: which country or armed group a word names ("Ukrainian",
// "Russians", "Kremlin", "Hamas"). A small local table of the states and groups
// that exchange captives in wire copy, with their capitals (used for the state:
// "Kyiv said"); any other country comes from the places stage's gazetteer.
import { countryOfDemonym, lookupPlace } from '../places/index.js';
import { isSpaceCode, upperInitials } from '../lexicon/chars.js';
import { detach } from '../places/sorted.js';

interface Entry {
  name: string;
  /** adjectives and plural nouns that name the side's people */
  demonyms: string[];
  /** other names: short forms, capitals and seats of government used for the state */
  aliases: string[];
}

// name | demonyms | aliases (capitals used by metonymy: "Kyiv said", "handed Moscow")
const TABLE = `
Afghanistan|afghan,afghans|kabul
Armenia|armenian,armenians|yerevan
Azerbaijan|azerbaijani,azerbaijanis,azeri,azeris|baku
Belarus|belarusian,belarusians,belarussian|minsk
Belgium|belgian,belgians|brussels
Britain|british,briton,britons,englishman,englishmen|united kingdom,uk,u.k.,great britain,london
China|chinese|beijing
Colombia|colombian,colombians|bogota
Egypt|egyptian,egyptians|cairo
Eritrea|eritrean,eritreans|asmara
Ethiopia|ethiopian,ethiopians|addis ababa
France|french,frenchman,frenchmen|paris
Georgia|georgian,georgians|tbilisi
Germany|german,germans|berlin
India|indian,indians|new delhi
Iran|iranian,iranians|tehran
Iraq|iraqi,iraqis|baghdad
Israel|israeli,israelis|tel aviv
Japan|japanese|tokyo
Jordan|jordanian,jordanians|amman
Kazakhstan|kazakh,kazakhs|astana
Lebanon|lebanese|beirut
Libya|libyan,libyans|
Mali|malian,malians|bamako
Morocco|moroccan,moroccans|rabat
Nigeria|nigerian,nigerians|abuja
North Korea|north korean,north koreans|pyongyang
Oman|omani,omanis|muscat
Pakistan|pakistani,pakistanis|islamabad
Palestinians|palestinian,palestinians|palestine,palestinian territories
Philippines|filipino,filipinos|manila
Poland|polish,pole,poles|warsaw
Qatar|qatari,qataris|doha
Russia|russian,russians|moscow,kremlin,russian federation
Saudi Arabia|saudi,saudis|riyadh
Somalia|somali,somalis|mogadishu
South Korea|south korean,south koreans|seoul
Sudan|sudanese|khartoum
Switzerland|swiss|geneva,bern
Syria|syrian,syrians|damascus
Thailand|thai,thais|bangkok
Turkey|turkish,turks|ankara,turkiye
Ukraine|ukrainian,ukrainians,ukrainan|kyiv,kiev
United Arab Emirates|emirati,emiratis|uae,u.a.e.,abu dhabi,emirates
United States|american,americans|us,u.s.,usa,u.s.a.,america,washington,white house
Venezuela|venezuelan,venezuelans|caracas
Yemen|yemeni,yemenis|sanaa
Hamas||
Hezbollah||
Houthis|houthi|houthi movement
Taliban|taliban|
Islamic Jihad||
Islamic State||isis,isil
`;

const byWord = new Map<string, string>();
const byDemonym = new Map<string, string>();
const adjectiveOf = new Map<string, string>();
const capitals = new Set<string>();
for (const line of TABLE.trim().split('\n')) {
  const [name, dem, al] = line.split('|');
  byWord.set(name.toLowerCase(), name);
  for (const d of dem ? dem.split(',') : []) byDemonym.set(d, name);
  if (dem) adjectiveOf.set(name, upperInitials(dem.split(',')[0], isSpaceCode));
  for (const a of al ? al.split(',') : []) {
    byWord.set(a, name);
    if (!/^(?:us|u\.s\.|usa|u\.s\.a\.|uk|u\.k\.|uae|u\.a\.e\.|america|emirates|palestine|russian federation|turkiye|houthi movement|isis|isil|united kingdom|great britain|palestinian territories)$/.test(a)) capitals.add(a);
  }
}

/** The adjective for a state's people ("Afghanistan" -> "Afghan", "North Korea" -> "North Korean"), or null. */
export function demonymOf(state: string): string | null {
  return adjectiveOf.get(state) ?? null;
}

/** The side named by a demonym ("Ukrainian", "Russians", "Saudi"), or null. */
export function sideOfDemonym(lower: string): string | null {
  // remembered in the word's memo node (asked for most words of most sentences)
  if (partyMemoSize >= MAX_PARTY_MEMO) clearPartyMemo();
  const node = nodeIn(partyMemo, lower);
  if (node.side === undefined) node.side = byDemonym.get(lower) ?? countryOfDemonym(lower);
  return node.side;
}

/** True for a plural demonym used as a noun for people ("Ukrainians", "Israelis"). */
export function isDemonymNoun(lower: string): boolean {
  // "Russians", "Taliban", and the demonyms that are their own plural ("six Sudanese", "two Swiss")
  // (byDemonym's values are names: it has the word exactly when sideOfDemonym answers from it)
  return (lower.endsWith('s') || lower.endsWith('ese') || lower.endsWith('men') || lower === 'taliban') && sideOfDemonym(lower) !== null;
}

/** The state or group a name stands for ("Kyiv" -> Ukraine, "U.S." -> United States), or null. */
export function partyOfName(lower: string): string | null {
  ONE[0] = lower;
  return partyOfWords(ONE, 0, 1);
}
/** partyOfName's one word as a run of words (no array made per call) */
const ONE = [''];

// The answers of byWord and the gazetteer for runs of one to three words, remembered word by
// word: partyAt asks for every capitalised word and the two and three words from it, and
// the words' own strings are the keys (no joined key made, nor a gazetteer look-up, again).
interface PartyNode {
  party?: string | null;
  /** sideOfDemonym of the one word */
  side?: string | null;
  next?: Map<string, PartyNode>;
}
let partyMemo = new Map<string, PartyNode>();
let partyMemoSize = 0;
const MAX_PARTY_MEMO = 50_000;


/** The memo's node for `word` in `map`, made when missing. */
function nodeIn(map: Map<string, PartyNode>, word: string): PartyNode {
  let node = map.get(word);
  if (!node) {
    node = {};
    map.set(detach(word), node);
    partyMemoSize++;
  }
  return node;
}

function clearPartyMemo(): void {
  partyMemo = new Map();
  partyMemoSize = 0;
}

/** The nodes of words[i], words[i..i+1], words[i..i+2] (as many as there are words), in `out`. */
function nodesAt(words: string[], i: number, n: number, out: PartyNode[]): void {
  if (partyMemoSize >= MAX_PARTY_MEMO) clearPartyMemo();
  let node = nodeIn(partyMemo, words[i]);
  out[0] = node;
  for (let k = 1; k < n; k++) {
    node = nodeIn((node.next ??= new Map()), words[i + k]);
    out[k] = node;
  }
}

/** The party of words[i..i+n-1] joined by spaces, from the node that stands for them. */
function partyOfNode(node: PartyNode, words: string[], i: number, n: number): string | null {
  if (node.party === undefined) {
    const key = words.slice(i, i + n).join(' ');
    node.party = byWord.get(key) ?? countryOf(key);
  }
  return node.party;
}

function partyOfWords(words: string[], i: number, n: number): string | null {
  nodesAt(words, i, n, NODES);
  return partyOfNode(NODES[n - 1], words, i, n);
}
const NODES: PartyNode[] = [];

function countryOf(lower: string): string | null {
  const p = lookupPlace(lower);
  return p && p.type === 'country' ? p.name : null;
}

/** A capital or seat of government, which names the state only by metonymy. */
export function isCapital(lower: string): boolean {
  return capitals.has(lower);
}

/** Longest name (up to three words) starting at words[i]; returns [party, words used]. */
export function partyAt(words: string[], i: number): [string, number] | null {
  // one walk down the memo for the three lengths, longest first
  const most = Math.min(3, words.length - i);
  if (most < 1) return null;
  nodesAt(words, i, most, NODES);
  const n1 = NODES[0];
  const n2 = NODES[1];
  const n3 = NODES[2];
  for (let n = most; n >= 1; n--) {
    const p = partyOfNode(n === 3 ? n3 : n === 2 ? n2 : n1, words, i, n);
    if (p) return [p, n];
  }
  return null;
}
