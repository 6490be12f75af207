// Calendar arithmetic on plain year/month/day triples. Everything runs in UTC so
// the result never depends on the machine's time zone or daylight saving.

export interface Ymd {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

const DAY_MS = 86_400_000;

export function parseIsoDay(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidYmd(ymd) ? ymd : null;
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toMs({ y, m, d }: Ymd): number {
  return Date.UTC(y, m - 1, d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Ymd, n: number): Ymd {
  return fromMs(toMs(day) + n * DAY_MS);
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** Shift by whole months, clamping the day to the target month's length. */
export function addMonths(day: Ymd, n: number): Ymd {
  const idx = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(day: Ymd): number {
  return new Date(toMs(day)).getUTCDay();
}

/** Monday of the ISO week holding `day`. */
export function mondayOf(day: Ymd): Ymd {
  return addDays(day, -((weekday(day) + 6) % 7));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isoDay({ y, m, d }: Ymd): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function isoYear(y: number): string {
  return pad(y, 4);
}

/** Easter Sunday of year y: Gregorian (Western), or Julian reckoning given as a Gregorian date (Orthodox). */
export function easter(y: number, orthodox: boolean): Ymd {
  if (orthodox) {
    // Meeus' Julian algorithm, then the Julian-Gregorian offset (13 days for 1900-2099)
    const a = y % 4;
    const b = y % 7;
    const c = y % 19;
    const d = (19 * c + 15) % 30;
    const e = (2 * a + 4 * b - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    return addDays({ y, m: month, d: day }, 13);
  }
  // anonymous Gregorian algorithm (Meeus/Jones/Butcher)
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h - 7 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
