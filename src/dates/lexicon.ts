// Word lists the dates stage reads. Built once at module load.

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Words before a lone month name or a bare year that make it a calendar reference. */
export const PERIOD_PREPOSITIONS = new Set(
  (
    'in since by until till through throughout from to during before after of between ' +
    'early late mid end beginning start circa last next this since'
  ).split(' '),
);

/** Plural nouns after a number that make it a quantity, not a year ("in 2000 prisoners"). */
export const QUANTITY_NOUNS = new Set(
  (
    'people persons prisoners soldiers troops civilians bodies hostages detainees captives ' +
    'pows servicemen men women children fighters inmates captives families refugees ' +
    'km kilometres kilometers miles metres meters tonnes tons dollars euros pounds ' +
    'units homes houses votes cases deaths dead casualties times'
  ).split(' '),
);

/** Words that make a lone number before them a quantity: "the 2000 prisoners" */
export const DETERMINERS = new Set('the its their his her a an this that our'.split(' '));
