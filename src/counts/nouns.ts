// Head nouns that count people or bodies, with the category each implies.
// Generic nouns ("people", "men", "Ukrainians") take their category from context.
import type { Category } from '../types.js';
import { isDemonymNoun } from './sides.js';
import type { Token } from './tokens.js';

export interface NounMatch {
  /** token index of the first and last token of the noun */
  first: number;
  last: number;
  category: Category;
  /** takes its category from the sentence around it */
  generic: boolean;
  /** a custody noun (prisoners, hostages...) that says by itself that people are held */
  custody: boolean;
}

const MULTI: [string[], Category, boolean][] = [
  [['prisoners', 'of', 'war'], 'pows', true],
  [['prisoner', 'of', 'war'], 'pows', true],
  [['service', 'members'], 'soldiers', false],
  [['service', 'people'], 'soldiers', false],
  [['service', 'personnel'], 'soldiers', false],
  [['military', 'personnel'], 'soldiers', false],
  [['military', 'servicemen'], 'soldiers', false],
  [['security', 'forces'], 'soldiers', false],
  [['security', 'personnel'], 'soldiers', false],
  [['border', 'guards'], 'soldiers', false],
  [['crew', 'members'], 'other', false],
  [['aid', 'workers'], 'other', false],
  [['family', 'members'], 'other', false],
];

// MULTI by first word, in MULTI's order: a token looks only at the nouns it can start
const MULTI_BY_FIRST = new Map<string, typeof MULTI>();
for (const m of MULTI) MULTI_BY_FIRST.set(m[0][0], [...(MULTI_BY_FIRST.get(m[0][0]) ?? []), m]);
const NONE: typeof MULTI = [];

const SINGLE: Record<string, [Category, boolean]> = {};
const add = (words: string, c: Category, custody = false) => {
  for (const w of words.trim().split(/\s+/)) SINGLE[w] = [c, custody];
};
add('pows pow p.o.w.s pows', 'pows', true);
add('prisoners prisoner inmates inmate captives captive convicts', 'prisoners', true);
add('detainees detainee', 'detainees', true);
add('hostages hostage abductees', 'hostages', true);
add(
  'soldiers soldier servicemen serviceman servicewomen servicemembers servicemember troops officers ' +
    'privates sergeants defenders marines paratroopers guardsmen conscripts commanders commandos pilots policemen',
  'soldiers',
);
add('civilians civilian children child minors minor babies baby infants schoolchildren schoolgirls schoolboys teenagers fishermen residents villagers', 'civilians');
add('bodies remains corpses', 'bodies');
add(
  'fighters guerrillas guerillas militants rebels insurgents separatists sailors seamen crew ' +
    'mercenaries volunteers journalists activists',
  'other',
);

// people nouns whose category comes from context
const GENERIC = new Set(
  (
    'people persons men women man woman individuals citizens nationals foreigners members others ' +
    'nephews nieces sons daughters brothers sisters relatives executives workers employees ' +
    'students tourists travellers travelers missionaries victims passengers contractors comrades supporters'
  ).split(' '),
);

// Every word for which one of the look-ups below can say yes: first words of MULTI, the
// keys of SINGLE (and the names a plain object inherits, which `SINGLE[w]` also finds),
// GENERIC. Any other word can only be a demonym: one Set test says no to most words,
// and nounAt runs on every token of most sentences.
const LISTED = new Set([...MULTI_BY_FIRST.keys(), ...Object.keys(SINGLE), ...GENERIC, ...inheritedNames(SINGLE)]);
function inheritedNames(o: object): string[] {
  const out: string[] = [];
  for (let p = Object.getPrototypeOf(o); p; p = Object.getPrototypeOf(p)) out.push(...Object.getOwnPropertyNames(p));
  return out;
}

/** The people noun starting at token i, or null. */
export function nounAt(tokens: Token[], i: number): NounMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (!LISTED.has(t.lower)) {
    return isDemonymNoun(t.lower) ? { first: i, last: i, category: 'prisoners', generic: true, custody: false } : null;
  }
  for (const [words, category, custody] of MULTI_BY_FIRST.get(t.lower) ?? NONE) {
    if (words[0] !== t.lower) continue;
    let ok = true;
    for (let k = 1; k < words.length; k++) {
      if (tokens[i + k]?.lower !== words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { first: i, last: i + words.length - 1, category, generic: false, custody };
  }
  const hit = SINGLE[t.lower];
  if (hit) {
    // "POWs" keeps its capitals; lower-case "pow" alone is rare enough to accept
    return { first: i, last: i, category: hit[0], generic: false, custody: hit[1] };
  }
  if (GENERIC.has(t.lower) || isDemonymNoun(t.lower)) {
    return { first: i, last: i, category: 'prisoners', generic: true, custody: false };
  }
  return null;
}

/** Modifiers inside the noun phrase that settle the category ("civilian sailors", "fallen soldiers"). */
export function modifierCategory(lower: string): Category | null {
  if (lower === 'civilian') return 'civilians';
  if (lower === 'fallen' || lower === 'dead' || lower === 'deceased' || lower === 'slain') return 'bodies';
  return null;
}
