// The grammar of place names in wire copy: the words around a name that say it is a
// place ("region", "city of", "in"), a person ("President", "Mr") or an organisation
// ("Independent", "brigade"). Short closed lists; the names themselves come from the
// gazetteer.

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** "Kursk region", "Luhansk Oblast": the word stays in the name */
export const REGION_KEEP = set('region oblast province governorate regions oblasts provinces governorates');
/** "Kursk area", "the Nagorno-Karabakh enclave": the name is the words before */
export const REGION_STRIP = set('area district territory enclave krai okrug state');
/** "region of Lugansk", "the port city of Mariupol", "the department of X", "the coast of X": head word -> type */
export const OF_HEADS: ReadonlyMap<string, 'region' | 'city' | 'other'> = new Map([
  ...[
    ...set(
      'region regions province provinces oblast oblasts governorate governorates territory territories district districts ' +
        'department departments state states county counties municipality municipalities prefecture prefectures ' +
        'canton cantons emirate emirates coast',
    ),
  ].map((w) => [w, 'region'] as const),
  ...[...set('city cities town towns village villages port settlement settlements hamlet suburb suburbs outskirts')].map((w) => [w, 'city'] as const),
  ...[...set('island islands archipelago')].map((w) => [w, 'other'] as const),
]);
/** "Qalaat al-Madiq town" */
export const CITY_AFTER = set('town village city settlement');
/** "Crimean Peninsula", "Arabian Sea", "the X Valley", "the X Mountains": geographic heads, part of the name
 * (no "Bank": "West Bank" is in the gazetteer, and a "Central Bank" is no place) */
export const GEO_HEADS = set(
  'Peninsula Heights Island Islands Sea Ocean peninsula Valley Strip Desert Mountains Hills Highlands Gulf Coast ' +
    'Plateau Basin Steppe Marshes River Corridor',
);
/** "Vnukovo airport", "Azovstal plant": the name is the facility's, not a place */
export const FACILITY = set('airport airfield plant steelworks factory refinery hospital stadium station airbase Airport Steelworks Plant');
/** "Kyiv Independent", "Azov brigade": a newspaper, a unit, a club */
export const ORG_HEADS = set(
  'Independent Times Post Tribune Journal Herald Telegraph Gazette Chronicle Observer Daily Review Standard ' +
    'brigade Brigade regiment Regiment battalion Battalion FC United University Airlines Airways Group Dynamo',
);
/** words before a small town that say it is one */
export const LOCATIVE = set(
  'in near from to at outside around into toward towards across via of between inside within through throughout off beyond',
);
/** titles and honorifics: the capitalised word after one is a person */
export const TITLES = set(
  'president prime minister mr mrs ms miss dr gen general lt col colonel maj major capt captain sgt sergeant ' +
    'adm admiral gov governor sen senator rep judge pope king queen prince princess sheikh emir sultan ayatollah ' +
    'rabbi father archbishop bishop cardinal patriarch lord lady sir dame chancellor commander spokesman ' +
    'spokeswoman spokesperson envoy ambassador mayor attorney lawyer journalist filmmaker activist leader ' +
    'chief head deputy secretary officer private soldier',
);
/** capitalised words that start no place name even before "region" ("the Eastern region" is no name) */
export const NOT_NAMES = set(
  'the a an this that these those its his her their our eastern western northern southern central ' +
    'east-central north-east south-east north-west south-west border frontline front occupied annexed ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    // group adjectives that no demonym list holds ("the Islamic State", "a Gulf state")
    'arab islamic jewish muslim christian sunni shia shiite kurdish baltic nordic gulf balkan caspian ' +
    'soviet communist sovereign independent federal union member nation',
);
/** lower-case words allowed inside a name between spaces ("Sea of Azov", "Bosnia and Herzegovina") */
export const CONNECTORS = set('of the and de du da la le');
/** lower-case words allowed inside a name between hyphens ("Rostov-on-Don", "Deir al-Balah") */
export const HYPHEN_CONNECTORS = set('on upon en al el ad ar as ash at az an ed er es et ez ul');
/** words before a capitalised one that make it a person's name ("a boy named Vladimir") */
export const NAMING = set('named called nicknamed dubbed');
/** Arabic articles glued by a hyphen to a capitalised word start a name ("al-Shwayrif") */
export const ARTICLES = set('al el ad ar as ash at az an ed er es et ez ul');
/** abbreviations that start a place name before a full stop ("St. Petersburg", "Mt. Hermon") */
export const NAME_ABBREVIATIONS = set('St Ste Mt Ft Pt');
/** capitalised words that may follow a place name and leave it a place ("Kyiv Mayor", "Gaza City") */
export const AFTER_PLACE = new Set([...TITLES, ...REGION_KEEP, ...REGION_STRIP, ...[...GEO_HEADS].map((w) => w.toLowerCase()), 'city', 'governor', 'mayor']);
/** "Tripoli-based": the compound still says where; "-backed", "-led" say who */
export const LOCATED = set('based born bound headquartered');
/** "the Wagah border crossing", "Kerem Shalom crossing": the crossing takes a place's name */
export const CROSSING = set('crossing checkpoint');
/** nouns after an adjective "state" ("state media"): no "X state" region there */
export const STATE_NOUNS = set(
  'news media television tv broadcaster agency department secretary visit funeral dinner prosecutor ' +
    'security council company enterprise firm budget-funded run owned controlled officials official-',
);
/** words of NOT_NAMES that only introduce a name ("the Kursk region") */
export const DETERMINERS = set('the a an this that these those its his her their our');
/** directions: "Eastern Cape", "the eastern Donetsk region" */
export const DIRECTIONS = set('eastern western northern southern central east-central north-east south-east north-west south-west');
/** capitalised function words at the start of a sentence ("By region, ...") */
export const FUNCTION = set('by in at on for with from to of as but and or if when after before while since so yet also then there here');
/** heads of "X of Y" place names ("Bay of Plenty", "Gulf of Aden", "Isle of Man") */
export const GEO_OF = set('Bay Gulf Sea Isle Strait Cape Lake Mount Straits Islands Republic');
/** capitalised heads of an organisation's name: a place after "of", "for" or "in" inside the
 * name is part of it ("Council of Europe", "Bank of X", "Organization for Security and
 * Co-operation in Europe") */
export const ORG_OF = set(
  'Organization Organisation Council Bank Union Committee Commission Court Agency Association Federation Fund ' +
    'Ministry Office Institute League Conference Parliament Assembly Movement Front Party Service Foundation ' +
    'University College Academy Church Centre Center Programme Program Authority Corporation Company Society ' +
    'Alliance Coalition Tribunal Board Bureau Embassy Consulate Secretariat Forum Chamber Observatory Directorate',
);
/** lower-case words inside an organisation's name ("Organization for Security and Co-operation in Europe") */
export const ORG_CONNECTORS = set('of for and on the in to');
/** lower-case words that may follow the last item of a list of places ("... and X on Sunday") */
export const LIST_END = set(
  'on in at for to from during since after before last this earlier later while when where which was were is are ' +
    'had has have said with by over under near as until into via',
);
/** locatives strong enough to make an unknown capitalised name a place */
export const NEAR = set('near outside around');
