// Build-time: pull the name and word lists the people and quotes stages need out of
// compromise's lexicon and write data/people.json. Run by scripts/build.mjs; the stages
// import the JSON (bundled), so compromise is never loaded at run time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const model = nlp.model();
const lexicon = model.one.lexicon;

const byTag = new Map();
for (const [word, tags] of Object.entries(lexicon)) {
  for (const t of Array.isArray(tags) ? tags : [tags]) {
    if (!byTag.has(t)) byTag.set(t, []);
    byTag.get(t).push(word);
  }
}
const tag = (t) => byTag.get(t) ?? [];
const single = (w) => /^[a-z][a-z'-]*$/.test(w);

// first names with a gender hint: m, f or u (either / unknown)
const first = {};
for (const w of tag('MaleName')) if (single(w)) first[w] = 'm';
for (const w of tag('FemaleName')) if (single(w)) first[w] = first[w] === 'm' ? 'u' : 'f';
for (const w of tag('FirstName')) if (single(w)) first[w] ??= 'u';
// compromise knows English given names; wires name people from everywhere. Common given
// names by region (transliterated as the agencies write them), so that "Mykola Kovalenko"
// or "Ayman Haddad" carry a first name's evidence. Written out here, not from any article.
const WORLD_MALE = `
 andriy andrii andrei andrey anatoliy anatoly arsen artem artyom bohdan borys denys denis dmytro dmitri
 fedir fyodor hennadiy gennady heorhiy georgy hryhoriy grigory ihor igor illia ilya kostiantyn konstantin
 kyrylo kirill leonid maksym maxim mykhailo mikhail mykola nikolai oleh oleg oleksandr oleksiy alexei
 pavlo pavel petro pyotr ruslan serhiy sergei stanislav stepan taras vadym vadim valeriy valery
 vasyl vasily viktor vitaliy vitaly volodymyr vladimir vyacheslav yaroslav yevhen yevgeny yuriy yuri
 zakhar arkady boris gleb matvei nikita ramzan rustam timur vladislav yegor eduard emil
 ahmad ahmed abdel abdul abdallah abdullah adel adnan akram ali amin amir ammar anas ashraf ayman
 bashar bassam fadi fahd faisal farid fawzi ghassan hamad hamdan hamid hamza hani haitham hassan hatem
 hisham hussein ibrahim imad ismail issa jamal kamal karim khaled khalid khalil majid mahmoud
 marwan mazen mohamed mohammad mohammed muhammad mustafa nabil nasser nawaf omar osama qasim rami
 riyad saad saeed salah saleh salim sami samir tarek tariq walid waleed yahya yasser
 yousef youssef yusuf zaid zayed ziad
 avi avraham ariel amos benny boaz dov eitan ehud gideon gilad itai itay itzhak yitzhak moshe nadav
 naftali omer oren shimon shlomo tal uri yair yaakov yoav yonatan yossi ze'ev
 ali-reza alireza abbas behrouz daryush hossein javad kazem mahmoud mehdi mohsen morteza reza saeed
 abdulaziz ahmet burak cem emre erdal fatih hakan hasan kemal mehmet mevlut murat mustafa omer recep
 selim serkan tayyip yusuf
 aram armen arsen ashot davit gagik hayk hovhannes karen levon nikol samvel tigran vardan
 elnur elshad farid hikmet ilham mammad ramiz rashad vugar
 giorgi irakli levan mamuka zurab
 alejandro alvaro andres carlos diego eduardo emilio enrique ernesto felipe fernando francisco gonzalo
 guillermo gustavo hector hernan ignacio javier jorge jose juan julio luis manuel mario miguel
 nicolas pablo pedro rafael ramon ricardo roberto rodrigo sergio
 joao jose marcelo 
 jean pierre jacques francois olivier philippe thierry yves
 abubakar aliyu babatunde bola chukwu emeka ibrahim kofi kwame musa oluwaseun yakubu
 `;
const WORLD_FEMALE = `
 alina anastasia anastasiia daria darya halyna galina hanna iryna irina kateryna ekaterina khrystyna
 larysa lyudmila lyudmyla mariia mariya nataliya natalia natalya oksana olena elena olha olga svitlana
 svetlana tetiana tatiana tatyana valentyna valentina viktoriia viktoria yulia yuliia zoya
 aisha amal amina asma dalia dina fatma fatima hala hanan huda iman layla leila lina mariam maryam
 nadia noor nour rania rasha reem salma samira sara sawsan yasmin zainab zeinab
 adi ayelet hila liat michal noa orly shira tamar yael
 anahit armine gayane lusine narine
 carmen dolores esperanza guadalupe ines lucia luz marta pilar rosa
 ngozi chioma amaka aisha hauwa
 `;
for (const w of WORLD_MALE.split(/\s+/)) if (single(w)) first[w] ??= 'm';
for (const w of WORLD_FEMALE.split(/\s+/)) if (single(w)) first[w] = first[w] && first[w] !== 'f' ? 'u' : 'f';

const last = tag('LastName').filter(single).sort();

// honorifics: single words only ("mr", "gen"); multi-word ranks go with the titles
const honorifics = tag('Honorific').filter(single).sort();

// person nouns ("soldier", "minister", "woman"): singular and plural
const actors = tag('Actor').filter((w) => /^[a-z][a-z -]*$/.test(w)).sort();

// organisations by name, and the words that make a capitalised phrase an organisation
const orgs = tag('Organization').filter((w) => /^[a-z0-9][a-z0-9 &'.-]*$/.test(w) && w.length > 2).sort();
const orgWords = Object.keys(model.two.orgWords).sort();
const placeWords = Object.keys(model.two.placeWords).sort();

const countries = tag('Country').sort();
const places = [...new Set([...countries, ...tag('City'), ...tag('Region')])].sort();

// demonym -> country: the country sharing the longest stem ("ukrainian" -> "ukraine")
const IRREGULAR = {
  american: 'United States', brit: 'United Kingdom', british: 'United Kingdom', english: 'England',
  englishman: 'England', scottish: 'Scotland', welsh: 'Wales', dutch: 'Netherlands', swiss: 'Switzerland',
  dane: 'Denmark', swede: 'Sweden', spaniard: 'Spain', french: 'France', greek: 'Greece', thai: 'Thailand',
  filipino: 'Philippines', philippine: 'Philippines', emirati: 'United Arab Emirates', saudi: 'Saudi Arabia',
  croat: 'Croatia', czech: 'Czech Republic', slovak: 'Slovakia', turkish: 'Turkey', polish: 'Poland',
  aussie: 'Australia', kiwi: 'New Zealand', lao: 'Laos', malagasy: 'Madagascar', ivorian: 'Ivory Coast',
  azeri: 'Azerbaijan', azerbaijani: 'Azerbaijan', belarusian: 'Belarus', israeli: 'Israel',
  palestinian: 'Palestine', yemeni: 'Yemen', afghan: 'Afghanistan', iraqi: 'Iraq', omani: 'Oman',
  qatari: 'Qatar', kuwaiti: 'Kuwait', pakistani: 'Pakistan', bangladeshi: 'Bangladesh', turkmen: 'Turkmenistan',
  kazakh: 'Kazakhstan', uzbek: 'Uzbekistan', tajik: 'Tajikistan', kyrgyz: 'Kyrgyzstan', soviet: 'Soviet Union',
  european: 'Europe', african: 'Africa', asian: 'Asia', chinese: 'China', japanese: 'Japan', vietnamese: 'Vietnam',
  lebanese: 'Lebanon', sudanese: 'Sudan', senegalese: 'Senegal', congolese: 'Congo', portuguese: 'Portugal',
  taiwanese: 'Taiwan', armenian: 'Armenia', georgian: 'Georgia', syrian: 'Syria', iranian: 'Iran',
  libyan: 'Libya', egyptian: 'Egypt', russian: 'Russia', ukrainian: 'Ukraine', moldovan: 'Moldova',
  lithuanian: 'Lithuania', latvian: 'Latvia', estonian: 'Estonia', hungarian: 'Hungary', romanian: 'Romania',
  bulgarian: 'Bulgaria', serbian: 'Serbia', bosnian: 'Bosnia', venezuelan: 'Venezuela', colombian: 'Colombia',
  cuban: 'Cuba', mexican: 'Mexico', canadian: 'Canada', german: 'Germany', italian: 'Italy', belgian: 'Belgium',
  norwegian: 'Norway', austrian: 'Austria', indian: 'India', korean: 'Korea', jordanian: 'Jordan',
  tunisian: 'Tunisia', algerian: 'Algeria', moroccan: 'Morocco', nigerian: 'Nigeria', ethiopian: 'Ethiopia',
  somali: 'Somalia', somalian: 'Somalia', kenyan: 'Kenya', burmese: 'Myanmar', chechen: 'Chechnya',
  crimean: 'Crimea', kurdish: 'Kurdistan', briton: 'United Kingdom', frenchman: 'France', frenchwoman: 'France',
  irishman: 'Ireland', irishwoman: 'Ireland', scotsman: 'Scotland', dutchman: 'Netherlands', pole: 'Poland',
  turk: 'Turkey', serb: 'Serbia', nigerien: 'Niger', burkinabe: 'Burkina Faso', malian: 'Mali',
  chadian: 'Chad', bahraini: 'Bahrain', salvadoran: 'El Salvador',
  nicaraguan: 'Nicaragua', guatemalan: 'Guatemala', ecuadorian: 'Ecuador', peruvian: 'Peru', chilean: 'Chile',
  argentine: 'Argentina', argentinian: 'Argentina', brazilian: 'Brazil', bolivian: 'Bolivia', haitian: 'Haiti',
  eritrean: 'Eritrea', ugandan: 'Uganda', rwandan: 'Rwanda', ghanaian: 'Ghana', cameroonian: 'Cameroon',
  nepalese: 'Nepal', nepali: 'Nepal', maltese: 'Malta', cypriot: 'Cyprus',
};
const title = (s) => s.replace(/(^|[\s-])([a-z])/g, (_, a, b) => a + b.toUpperCase());
const demonyms = {};
const dem = new Set(tag('Demonym'));
// the lexicon lists plurals too ("czeches", "malagasies"): keep singulars only
const isPlural = (d) => d.endsWith('s') && !d.endsWith('ss') && [d.slice(0, -1), d.slice(0, -2), d.slice(0, -3) + 'y'].some((s) => dem.has(s));
for (const d of [...dem, ...Object.keys(IRREGULAR)]) {
  if (!single(d) || isPlural(d)) continue;
  if (IRREGULAR[d]) {
    demonyms[d] = IRREGULAR[d];
    continue;
  }
  let best = null;
  let bestLen = 0;
  for (const c of countries) {
    let k = 0;
    while (k < c.length && k < d.length && c[k] === d[k]) k++;
    if (k > bestLen) {
      bestLen = k;
      best = c;
    }
  }
  if (best && bestLen >= 4 && bestLen >= Math.min(best.length, d.length) - 3) demonyms[d] = title(best);
}

// ordinary English words: every lexicon word that is not only a name. A capitalised
// ordinary word ("Fighting", "Officials") is no name without other evidence.
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);
const common = [];
for (const [word, tags] of Object.entries(lexicon)) {
  if (!single(word)) continue;
  const ts = Array.isArray(tags) ? tags : [tags];
  if (ts.some((t) => !NAME_TAGS.has(t))) common.push(word);
}
common.sort();

// Word lists as one string each ("|"-separated): a long string parses far faster at
// start-up than an array literal of thousands of strings.
const joined = (words) => words.join('|');
const firstBy = (g) => joined(Object.keys(first).filter((w) => first[w] === g).sort());
const out = {
  firstMale: firstBy('m'),
  firstFemale: firstBy('f'),
  firstEither: firstBy('u'),
  last: joined(last),
  honorifics: joined(honorifics),
  actors: joined(actors),
  orgs: joined(orgs),
  orgWords: joined(orgWords),
  placeWords: joined(placeWords),
  places: joined(places),
  countries: joined(countries.filter(single)),
  demonyms,
  // one word a line: src/people/lexicon.ts searches it as places' sorted lists are searched
  common: common.join('\n'),
};
mkdirSync(join(root, 'data'), { recursive: true });
writeFileSync(join(root, 'data', 'people.json'), JSON.stringify(out));
