// Words that mark an exchange event and its modality.
import { wordSet } from '../counts/tokens.js';

export const EXCHANGE_FORMS = wordSet(`
  exchange exchanges exchanged exchanging swap swaps swapped swapping swop swops swopped swopping
  trade trades traded trading
`);
export const RELEASE_FORMS = wordSet(`
  release releases released releasing free frees freed freeing liberate liberates liberated liberating
  repatriate repatriates repatriated repatriating return returns returned returning
`);
/** Nouns only: "the handover", "the fifth handoff", "the repatriation". */
export const EVENT_NOUNS = wordSet('handover handovers handoff handoffs hand-over repatriation repatriations releases');

/** Before a noun use of "exchange"/"swap"/"release": determiners and noun modifiers. */
export const NOUN_BEFORE = wordSet(`
  the a an this that these those its their his her our another such latest first second third fourth fifth
  next new previous last recent further major largest biggest big large larger planned proposed possible
  upcoming expected future weekly regular prisoner prisoners pow pows body bodies hostage hostages
  all-for-all of in for on after before during great easter christmas historic rare humanitarian
  wider mass reciprocal mutual other world several many both two three foreign regional local
  gain gained secure securing win won obtain obtained seek sought negotiate negotiating press pressing
`);

export const PLANNED = wordSet(`
  will would 'll shall due set expect expects expected scheduled plan plans planned planning intend intends intended
  going aim aims aiming prepared prepare prepares preparing upcoming future
`);
export const AGREED = wordSet(`
  agreed agree agrees agreement agreements deal deals accord obliged committed pledged promised undertook
  consented stipulated envisaged
`);
export const PROPOSED = wordSet(`
  offered offer offers offering proposed propose proposes proposal proposals demand demands demanded
  demanding urged urges urging sought seeks seeking suggested suggests ready willing require requires
`);
export const NEGATION = wordSet(`not n't never no refused refuses refusing denied denies failed fails without cannot`);
export const HYPOTHETICAL = wordSet(`could might may should`);
export const GENERIC = wordSet(`
  repeatedly regular regularly routinely such often usually frequently periodic periodically series
  continue continues continued
`);
export const CONDITIONAL = wordSet(`if unless providing provided whether`);

/** After an event noun, predicates that say the event took place. */
export const COMPLETION = wordSet(`
  took place conducted carried held happened completed began begun started underway under
  hailed oversaw facilitated mediated brokered concluded finished coordinated arranged organised organized
`);

/** Reporting verbs: a date after one dates the report, and stands in for an undated completed event. */
export const REPORTING = wordSet(`
  said says say announced announces reported reports confirmed confirms told tweeted wrote posted
  statement statements stated added noted according
`);

/** Before a date, words that make it the date of something else ("detained on Nov. 16", "since Thursday"). */
export const DATE_BLOCKERS = wordSet(`
  detained captured arrested seized abducted kidnapped taken signed talks meeting meetings ceasefire cease-fire
  truce attack invaded invasion began started launched sentenced convicted killed died born since until
  before after elected agreed reached struck decision decided vote voted approved ruling ordered
  start starts begin begins resume resumes
`);

/** Metaphors and finance: "exchange of fire", "stock exchange", "debt swap". */
export const METAPHOR_AFTER = wordSet(`
  fire gunfire shots blows views ideas information letters notes pleasantries messages data rate rates
  insults accusations barbs words glances gifts programme programmes program programs visits
  funds profits capital money earnings dividends assets cash shares stock stocks bonds debt
`);
/** Before an exchange or release word: markets and papers ("commodity exchange", "press release"). */
export const METAPHOR_BEFORE = wordSet(`
  stock stocks currency foreign debt bond bonds credit rate youth student students cultural academic school
  list lists documents letters notes messages commodity commodities petroleum futures options metal metals
  mercantile securities monetary grain cotton world equity equities share shares asset interest press
  news product software film album data
`);
