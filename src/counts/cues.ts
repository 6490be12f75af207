// Word lists that tell a count of exchanged or held people from other numbers.
import { wordSet } from './tokens.js';

/** A sentence mentioning any of these is about captives changing hands or being held. */
export const CUSTODY_CONTEXT =
  /\b(?:exchang\w*|swap\w*|swop\w*|trade[ds]?|releas\w*|free[ds]?|freeing|set free|liberat\w*|return\w*|repatriat\w*|hand(?:s|ed|ing)?\b|handover|handoff|sent back|send back|sending back|came home|come home|brought (?:home|back)|bring (?:home|back)|captiv\w*|custody|detain\w*|held (?:by|in|captive|hostage|prisoner|since|for)|still hold\w*|holding (?:\d+|hostages?|captives?|prisoners?)|holds? (?:about |at least |some |more than )?\d+|remains of|bodies of|remains were|jailed|imprison\w*|captur\w*|seiz\w*|abduct\w*|kidnap\w*|taken|hostages?|prisoners?|pows?|list|agreed|agreement|promised|recover\w*|receiv\w*|transferr\w*)\b/;

/** Verbs and nouns of killing and casualties: a number they govern is a toll, not a count. */
export const CASUALTY = wordSet(`
  killed killing kill kills died die dying death deaths toll casualties wounded wounding injured injuring
  massacred slain murdered perished displaced evacuated fled homeless losses lost attendees protesters
`);

/** Words after a number that make it a measure, not a head count ("22 months", "2.5 miles"). */
export const UNIT_WORDS = wordSet(`
  year years month months week weeks day days hour hours minute minutes second seconds decade decades
  km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet foot
  percent per cent pct times points point lashes dollars euros pounds rubles roubles hryvnias shekels
  tons tonnes kg kilograms rounds times votes seats regions countries nations sides
`);

/** Words before a number that make it a label ("day 491", "Section 505", "No. 5"). */
export const LABEL_WORDS = wordSet(`
  day section article no no. number page flight resolution paragraph chapter item room bus route
  code level grade phase stage round unit brigade battalion division regiment platoon corps
  aged age ages
`);

export const MONTHS = wordSet(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
`);

/** Words that close a noun phrase: the people noun must come before one of these. */
export const NP_STOP = wordSet(`
  of in to from for on at by with and or but nor who whom whose which that the a an were was is are be been being
  have has had will would shall should could can may might must said says say told after before since until
  during while when where as than each per apiece out over into onto against between among
  he she it they we i you his her its their our this these those there here
`);

/** Approximation phrases before a number, longest first. */
export const APPROX: [string[], 'about' | 'at-least' | 'more-than' | 'up-to' | 'fewer-than'][] = [
  [['at', 'least'], 'at-least'],
  [['no', 'fewer', 'than'], 'at-least'],
  [['no', 'less', 'than'], 'at-least'],
  [['more', 'than'], 'more-than'],
  [['upwards', 'of'], 'more-than'],
  [['in', 'excess', 'of'], 'more-than'],
  [['over'], 'more-than'],
  [['up', 'to'], 'up-to'],
  [['as', 'many', 'as'], 'up-to'],
  [['at', 'most'], 'up-to'],
  [['fewer', 'than'], 'fewer-than'],
  [['less', 'than'], 'fewer-than'],
  [['under'], 'fewer-than'],
  [['close', 'to'], 'about'],
  [['an', 'estimated'], 'about'],
  [['nearly'], 'about'],
  [['almost'], 'about'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['some'], 'about'],
  [['roughly'], 'about'],
  [['approximately'], 'about'],
  [['approx.'], 'about'],
  [['circa'], 'about'],
];
