// Word lists for finding people and their titles. The big lists (first names, surnames,
// person nouns, organisations, ordinary English words) come from compromise's lexicon
// at build time (scripts/data/people.mjs); the short ones here are the grammar of
// titles and attribution, which no lexicon ships.
import data from '../../data/people.json' with { type: 'json' };
import { hasKey } from '../places/sorted.js';
import { withoutMarks } from '../lexicon/chars.js';

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));
/** A "|"-separated list from data/people.json. */
const list = (joined: string) => (joined ? joined.split('|') : []);

/** first name -> gender hint: m, f, or u (either / unknown) */
export const FIRST_NAMES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const w of list(data.firstMale)) m.set(w, 'm');
  for (const w of list(data.firstFemale)) m.set(w, 'f');
  for (const w of list(data.firstEither)) m.set(w, 'u');
  return m;
})();
// made once: a pattern literal is a new object at every call
const PAST_ASCII = /[^\x00-\x7f]/;
/** The gender hint of a first name, diacritics folded ("Raúl" as "raul"); undefined when unknown. */
export function firstName(lower: string): string | undefined {
  return FIRST_NAMES.get(lower) ?? (PAST_ASCII.test(lower) ? FIRST_NAMES.get(withoutMarks(lower.normalize('NFD'))) : undefined);
}
export const LAST_NAMES: ReadonlySet<string> = new Set(list(data.last));
export const ORGS: ReadonlySet<string> = new Set(list(data.orgs));
export const GAZETTEER: ReadonlySet<string> = new Set(list(data.places));
/** one-word country names ("mali", "chad"): the stems of demonyms no list knows */
export const COUNTRIES: ReadonlySet<string> = new Set(list(data.countries));
/** demonym -> country ("ukrainian" -> "Ukraine") */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries(data.demonyms as Record<string, string>));
/** ordinary English words: a capitalised one at the start of a sentence is no name */
// one word a line, sorted at build time: searched in place (places' sorted lists), so
// start-up splits and indexes none of its 15,000 words
export const COMMON: { has(word: string): boolean } = { has: (w) => !w.includes('\n') && hasKey(data.common, w) };

export const HONORIFICS: ReadonlySet<string> = new Set([...list(data.honorifics), ...set('mr mrs ms miss dr gen sir lady lord col cdr insp fr')]);

// Words that head a title or describe a person ("spokesman", "soldier", "daughter").
// compromise's person nouns ("Actor") plus the newsroom ones it lacks.
// Person nouns that are no titles ("Human Rights", "People's Republic").
const NOT_TITLES = set('human humans person persons people character characters soul souls spirit spirits beings population populations phrase phrases user users icon icons');
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...list(data.actors).filter((w) => !NOT_TITLES.has(w)),
  ...set(`spokesman spokeswoman spokesperson spokesmen aide aides ombudsman ombudsperson ombudswoman adviser advisers
    envoy envoys negotiator negotiators premier official officials head chief founder co-founder member members
    representative representatives prosecutor governor ambassador senator lawmaker lawmakers legislator
    secretary general colonel major captain lieutenant sergeant rebel rebels militant militants separatist
    separatists serviceman servicemen servicewoman detainee detainees captive captives medic medics executive
    emir sheikh imam pope cardinal marshal commander-in-chief director-general chief-of-staff pow pows
    hostage hostages prisoner prisoners soldier soldiers mother father wife husband son daughter brother sister
    relative relatives woman women man men boy girl child resident residents negotiator mediator mediators
    fighter fighters guard guards volunteer volunteers civilian civilians sailor sailors marine marines
    investigator investigators monitor witness witnesses source sources analyst chairman chairwoman chair
    deputy deputies lawyer lawyers attorney journalist reporter reporters photographer activist activists
    minister ministers president presidents vice-president prime-minister mayor king queen prince princess
    crown-prince leader leaders commander commanders officer officers official commissioner commissioners
    counterpart counterparts predecessor successor spokesperson striker midfielder defender footballer player
    coach boxer figure dissident oligarch businessman businesswoman academic novelist student students
    shopkeeper farmer driver nurse doctor paramedic rescuer survivor survivors teenager teenagers pensioner
    grandmother grandfather mother-in-law widow widower fiancee fiance cousin nephew niece priest pastor
    nun monk rabbi imam mufti chaplain bishop archbishop metropolitan patriarch abbot treasurer judge
    warden auditor delegate delegates negotiators ayatollah sultan justice speaker secretary-general
    under-secretary`),
]);

// Lower-case words that may sit inside a title before the head noun
// ("deputy army chief", "Russia's human rights ombudsperson", "so-called").
export const TITLE_MODIFIERS: ReadonlySet<string> = set(`deputy former acting senior top chief junta army military foreign
  defence defense interior justice finance economy prime human rights presidential state group armed opposition
  separatist rebel brigade regiment battalion unit national regional local special interim first vice lead
  chief-of-staff homeland security intelligence police border naval navy air force militia movement
  self-declared so-called self-proclaimed pro-russian pro-kremlin pro-moscow moscow-backed kremlin-backed
  russian-backed russian-installed ukrainian-born retired veteran elderly young old freed released returned
  captured wounded detained jailed former-president ex-president press office staff general
  parliamentary party government coordination headquarters delegation team mission committee council
  staff agency ministry department exchange exchanges prisoner prisoners war aid humanitarian public
  emergency emergencies medical health hospital local-government mercenary wagner airborne assault marine
  infantry tank artillery reserve navy-seal nuclear energy foreign-affairs ombudsman's`);

// Function words: a title or a name never runs across them.
export const STOP_WORDS: ReadonlySet<string> = set(`the a an another this that these those its his her their our my your
  and or but nor while whereas as than then so yet if when where who whom whose which what why how
  by with from to at on in into onto for after before during under over between among against about
  like via per since until till within without through across toward towards upon near off out up down
  around behind beyond beside besides despite amid amidst including according
  is are was were be been being am has have had do does did will would shall should can could may might must
  said says say told tells tell wrote writes added adds announced stated noted stressed insisted warned
  it he she they we you i him them us me not no never also only just even still already
  all both each every some any many most more much few several such other same own one two three`);

/** Verbs that introduce or close a direct quotation, in every tense. */
export const SPEECH_VERBS: ReadonlySet<string> = set(`said says say saying told tells tell telling wrote writes write writing
  added adds add adding noted notes noting stressed stresses stressing announced announces announcing stated states
  declared declares insisted insists warned warns tweeted tweets posted posts shouted shouts shouting chanted chants
  chanting asked asks replied replies explained explains recalled recalls continued continues claimed claims
  urged urges called calls described describes confirmed confirms reported reports quoted cried cries screamed
  yelled whispered exclaimed argued argues admitted admits acknowledged pledged vowed promised promises
  commented comments remarked remarks sang sings accused accuses dismissed dismisses denounced denounces
  condemned condemns praised praises hailed hails welcomed welcomes criticised criticized criticises criticizes
  branded brands labelled labeled termed dubbed countered counters retorted retorts responded responds complained
  complains conceded concedes boasted boasts lamented laments asserted asserts reiterated reiterates emphasised
  emphasises emphasized emphasizes cautioned cautions predicted predicts alleged alleges`);

/** "shot back", "fired back", "hit back": a verb that reports speech with "back" after it. */
export const SPEECH_BEFORE_BACK: ReadonlySet<string> = set('shot fired hit snapped wrote');

/** Speech verbs that only introduce (never close) a quote: "called X 'Y'", "urged X to 'Y'". */
export const INTRODUCING_ONLY: ReadonlySet<string> = set(`called calls urged urges described describes accused accuses dismissed
  dismisses denounced denounces condemned condemns praised praises hailed hails welcomed welcomes criticised criticized
  criticises criticizes branded brands labelled labeled termed dubbed`);

/** Words after a capitalised phrase that make it an organisation or a place ("Wagner group", "Olenivka prison"). */
export const ORG_OR_PLACE_AFTER: ReadonlySet<string> = new Set([
  ...list(data.orgWords),
  ...list(data.placeWords),
  ...set(`forces force troops brigade battalion regiment group movement party ministry service services committee
    council headquarters centre center office agency republic front guard navy police court parliament
    assembly cabinet mission programme program festival plant prison jail airport hospital station
    channel app network outlet agency's newspaper daily broadcaster region oblast province district village
    town city area border crossing checkpoint steelworks factory sect militia fighters army's government's
    ministry's rebels separatists militants media`),
]);

/** Last words of a capitalised phrase that make it an organisation, not a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  ...list(data.orgWords),
  ...set(`forces force ministry service services headquarters republic front guard navy parliament assembly cabinet
    mission programme program festival prison jail airport station channel cross crescent nations union
    council committee court agency office group brigade battalion regiment army movement party times post
    news press tv television radio social media network telegram twitter facebook whatsapp instagram youtube
    state states emirates kingdom federation coalition alliance organisation organization institute fund
    staff command commission secretariat directorate inspectorate prosecutor's`),
  // news agencies and broadcasters ("questions from Reuters, the spokesman said")
  ...set('reuters reuter xinhua tass interfax ukrinform afp upi dpa efe ansa kyodo yonhap irna isna tasnim wafa anadolu bernama kuna qna bbc cnn'),
]);

export const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...list(data.placeWords),
  ...set('oblast krai raion governorate kibbutz'),
]);

export const MONTHS_DAYS: ReadonlySet<string> = set(`january february march april may june july august september october
  november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
  saturday sunday easter christmas ramadan eid`);

/** Particles inside names ("Bashar al-Assad", "Alexander De Croo", "Ohad Ben Ami"). */
export const NAME_PARTICLES: ReadonlySet<string> = set('al el bin ibn bint abu de da di del della van von der den la le du dos das ter');

/** Nouns after a name that make it a person: "the Biden administration". */
export const PERSON_AFTER: ReadonlySet<string> = set('administration presidency premiership government cabinet camp');

/** Words that introduce a bare name: "a woman called Tania", "a boy named Vladimir". */
export const NAMING_WORDS: ReadonlySet<string> = set('called named nicknamed');
/** "gave his name only as X", "identified only as X", "known as X": the words before "as". */
export const NAMING_AS: ReadonlySet<string> = set('name identified known introduced named');

// Surname endings of transliterated Slavic, Armenian, Georgian, Balkan and Baltic names:
// evidence for a two-word name that no first-name list knows ("Vitalii Matviienko").
const SURNAME_ENDINGS = [
  'enko', 'chuk', 'czuk', 'yuk', 'iuk', 'ov', 'ova', 'ev', 'eva', 'yov', 'yova', 'sky', 'skyi', 'skiy', 'skyy',
  'ski', 'ska', 'skaya', 'vich', 'vych', 'ovic', 'evic', 'yan', 'ian', 'shvili', 'adze', 'idze', 'escu',
  'ovski', 'in', 'ina', 'yn', 'yna', 'ko', 'uk', 'ets', 'ich', 'off', 'zade', 'oglu', 'glu', 'yev', 'yeva',
];
export function hasSurnameShape(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 5) return false;
  return SURNAME_ENDINGS.some((e) => w.endsWith(e));
}
