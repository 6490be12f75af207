// The dateline's place: "CHERNIHIV REGION, Ukraine" -> Chernihiv region + Ukraine,
// "Kiev/Moscow" -> Kiev + Moscow. Each part is a place by position, known to the
// gazetteer or not.
import type { Doc, Range } from '../document/document.js';
import type { PlaceType } from '../types.js';
import { loose } from './fold.js';
import { entryByKey } from './gazetteer.js';
import { display, type Scanner } from './scan.js';
import * as W from './words.js';
import { hasLetter } from '../lexicon/chars.js';

// AP-style state abbreviations in US datelines ("PORTLAND, Ore."), written as such
const US_STATES = new Map(
  (
    'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. ' +
    'Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. Penn. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. ' +
    'W.Va. Wis. Wyo. D.C.'
  )
    .split(' ')
    .flatMap((a) => [a, a.toUpperCase()])
    .map((a) => [a, { name: a, type: 'region' as PlaceType, countryCode: 'US', big: true }]),
);


export function readDateline(text: string, place: Range, sc: Scanner): void {
  const parts: Range[] = [];
  let s = place.start;
  for (let i = place.start; i <= place.end; i++) {
    const c = text[i];
    // ANI writes the country in brackets: "Herat [Afghanistan]"
    if (i === place.end || c === ',' || c === '/' || c === ';' || c === '[' || c === ']') {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /[\s:\]]/.test(text[b - 1])) b--;
      // a full stop ends an abbreviation ("Calif.", "N.J.") but not a name ("KABUL.")
      if (b > a && text[b - 1] === '.' && !/(?:^|[\s.])[A-Za-z]{1,5}\.$/.test(text.slice(a, b))) b--;
      if (b > a) parts.push({ start: a, end: b });
      s = i + 1;
    }
  }
  let countryCode: string | null = null;
  const found: { r: Range; base: string; word: string | null; type: PlaceType; cc: string | null }[] = [];
  for (const r of parts) {
    const written = text.slice(r.start, r.end);
    if (!hasLetter(written)) continue;
    const m = /\s(\S+)$/.exec(written);
    const last = m ? m[1].toLowerCase() : '';
    const word = m && (W.REGION_KEEP.has(last) || W.REGION_STRIP.has(last)) ? last : null;
    const base = word ? written.slice(0, written.length - m![0].length) : written;
    const e = (found.length > 0 ? US_STATES.get(base.replace(/\s+/g, '')) : undefined) ?? entryByKey(loose(base));
    // an unknown part after the first is a state or province ("SANTA CRUZ, Calif.")
    const type: PlaceType = word ? 'region' : e?.type ?? (found.length > 0 ? 'region' : 'city');
    if (e?.type === 'country') countryCode = e.countryCode;
    found.push({ r, base, word, type, cc: e?.countryCode ?? null });
  }
  for (const f of found) {
    const cc = f.cc ?? (f.type === 'country' ? null : countryCode);
    const keep = f.word && W.REGION_KEEP.has(f.word);
    const name = keep ? `${display(f.base)} ${f.word}` : display(f.base);
    const end = keep || !f.word ? f.r.end : f.r.start + f.base.length;
    sc.add(f.r.start, end, name, f.type, cc);
    sc.learn(loose(f.base), { name: display(f.base), type: f.type, countryCode: cc });
  }
}

// A dateline at the start of one of the first paragraphs: an upper-case place, an
// optional ", Country" and date, then an agency in brackets, a dash or a colon
// ("BUENOS AIRES (Reuters) -", "KABUL:", "MOSCOW/KYIV, Jan 29 (Reuters) -"). Used only
// while the header stage reports no dateline. Bounded repeats on a short prefix: linear.
const DATELINE =
  /^([A-Z][A-Za-z'\u2019.\- ]{1,40}?(?:\/[A-Z][A-Za-z'\u2019.\- ]{1,30}?)?(?:, ?[A-Z][A-Za-z'\u2019.\- ]{1,30}?)?)(?:,? [A-Z][a-z]{2,8}\.? \d{1,2},?)? ?(\([A-Za-z/ .]{2,30}\))? ?(?:[-\u2013\u2014:]|--)/;

export function findDateline(doc: Doc): { place: Range; whole: Range } | null {
  const ps = doc.paragraphs.filter((p) => p.end > doc.body.start && p.start < doc.body.end).slice(0, 5);
  for (const p of ps) {
    const head = doc.text.slice(p.start, Math.min(p.end, p.start + 160));
    const m = DATELINE.exec(head);
    if (!m) continue;
    const place = m[1].trim();
    const firstWord = /^[^\s,/]+/.exec(place)?.[0] ?? '';
    // an upper-case first word, or an agency in brackets ("Kiev/Moscow, March 8, (dpa) –")
    if (!(firstWord.length >= 3 && firstWord === firstWord.toUpperCase()) && !m[2]) continue;
    return { place: { start: p.start, end: p.start + place.length }, whole: { start: p.start, end: p.start + m[0].length } };
  }
  return null;
}
