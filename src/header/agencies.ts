// News agencies and house desks: who can stand in a dateline's parentheses, sign
// off a story, or fill a "By" line without being a person.
import { firstName } from '../people/lexicon.js';

const AGENCIES = [
  'reuters', 'reuter', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse',
  'agence france presse', 'upi', 'united press international', 'dpa', 'deutsche presse-agentur', 'xinhua',
  'tass', 'itar-tass', 'ria', 'ria novosti', 'interfax', 'interfax-ukraine', 'ukrinform', 'unian', 'sputnik',
  'anadolu', 'anadolu agency', 'aa', 'efe', 'ansa', 'kyodo', 'yonhap', 'bernama', 'pti', 'ians', 'ani', 'apa',
  'wam', 'spa', 'kuna', 'qna', 'irna', 'isna', 'mehr', 'tasnim', 'fars', 'sana', 'mena', 'wafa', 'gna', 'nan',
  'kna', 'bna', 'petra', 'belga', 'anp', 'tt', 'ntb', 'stt', 'pap', 'ctk', 'mti', 'bta', 'hina', 'tanjug',
  'ata', 'ana', 'ana-mpa', 'cna', 'kyodo news', 'jiji', 'jiji press', 'bloomberg', 'dow jones', 'aap',
  'canadian press', 'the canadian press', 'cp', 'press association', 'pa', 'pa media', 'rfe/rl', 'cnn',
  'bbc', 'al jazeera', 'nhk', 'kcna', 'vna', 'antara', 'pna', 'apa-ots', 'lusa', 'europa press', 'notimex',
  'prensa latina', 'ips', 'ucanews', 'ucan', 'cns', 'kai', 'zenit', 'fides', 'ap/reuters', 'afp/reuters',
];

const AGENCY_SET = new Set(AGENCIES);

/** A known news agency (case-insensitive), or several joined by "/" ("dpa/GNA"). */
export function isAgencyName(s: string): boolean {
  const t = s.trim().toLowerCase();
  if (t.length === 0 || t.length > 40) return false;
  if (AGENCY_SET.has(t)) return true;
  if (t.includes('/')) return t.split('/').every((p) => AGENCY_SET.has(p.trim()));
  return false;
}

// Words that make a "By" name a desk, staff or outlet rather than a person.
const DESK_WORDS = new Set(
  (
    'staff desk newsdesk news newsroom bureau bureaus team editors editor editorial reporters reporter ' +
    'correspondent correspondents writers writer agency agencies service services wire wires media press ' +
    'online digital network channel times post herald journal tribune independent gazette daily weekly ' +
    'magazine report reports'
  ).split(' '),
);

/** "AP staff", "The Kyiv Independent news desk", "Associated Press": not a person. */
export function isDeskOrAgency(name: string): boolean {
  const t = name.trim();
  if (isAgencyName(t)) return true;
  if (/^the\s/i.test(t)) return true;
  const words = t.toLowerCase().split(/\s+/);
  if (words.some((w) => DESK_WORDS.has(w))) return true;
  // a first word that is an agency ("Reuters Kyiv", "AFP Moscow"); short ones only in
  // capitals, so that a given name like "Ana" is not read as an acronym, nor "ANA ROE"
  // in an all-capitals byline
  const first = t.split(/\s+/)[0];
  if (!isAgencyName(first)) return false;
  if (first.length >= 5) return true;
  if (first !== first.toUpperCase()) return false;
  return t !== t.toUpperCase() || firstName(first.toLowerCase()) === undefined;
}
