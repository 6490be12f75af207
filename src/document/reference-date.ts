// Where the reference date comes from when the caller gives none: a full date in
// the article's first lines ("04 Jan 2025", "March 8, 2023", "2025-06-09"), else a
// YYYY-MM-DD in the file name. Never today's date.
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const ISO = /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${MONTH},? ((?:19|20)\\d\\d)\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2}),? ((?:19|20)\\d\\d)\\b`, 'i');

export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, 3)] ?? 0;
}

function valid(y: number, m: number, d: number): string | null {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  return !!m && m[0] === s && valid(+m[1], +m[2], +m[3]) !== null;
}

/** A full calendar date in `head` (the first lines of an article), or null. */
export function dateInText(head: string): string | null {
  let m = ISO.exec(head);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = DAY_MONTH_YEAR.exec(head);
  if (m) return valid(+m[3], monthNumber(m[2]), +m[1]);
  m = MONTH_DAY_YEAR.exec(head);
  if (m) return valid(+m[3], monthNumber(m[1]), +m[2]);
  return null;
}

/** A YYYY-MM-DD in the file name (not the folders), or null. */
export function dateInPath(path: string | null | undefined): string | null {
  if (!path || path === '-') return null;
  const base = path.split(/[\\/]/).pop() ?? '';
  const m = ISO.exec(base);
  return m ? valid(+m[1], +m[2], +m[3]) : null;
}
