// The closing credits block: "(Reporting by A, B and C; Writing by D, Editing by E)",
// also without parentheses ("Reporting by A; Editing by B", "-- Compiled by C"),
// and glued roles ("Reporting by ReutersEditing by D"). Roles are lower-case.
import type { Credit } from '../types.js';
import { hasLower, hasUpper, inPlaceStart, isLatinText, lazyPattern, startsUpper } from '../lexicon/chars.js';


const ROLE_WORDS =
  'reporting|writing|editing|compiled|compiling|edited|written|reported|produced|production|translated|' +
  'translation|research|graphics|fact-?checking|photos?|video|sub-?editing';
// "Reporting by", "Additional reporting by", "Reporting and writing by"
const ROLE = `(?:(?:additional|further)\\s+)?(?:${ROLE_WORDS})(?:\\s+and\\s+(?:${ROLE_WORDS}))?\\s+by\\s`;
const ROLE_AT_START = new RegExp(`^${ROLE}`, 'i');
const ROLE_ANYWHERE = new RegExp(ROLE, 'gi');

const MAX_BLOCK = 600;
const MAX_NAME_WORDS = 6;

const NOUN: Record<string, string> = {
  edited: 'editing',
  written: 'writing',
  reported: 'reporting',
  compiled: 'compiling',
  produced: 'production',
  translated: 'translation',
  'sub-editing': 'editing',
  subediting: 'editing',
};

function roleName(raw: string): string {
  const words = raw.toLowerCase().replace(/\s+by\s*$/, '').split(/\s+/);
  return words.map((w) => NOUN[w] ?? w).join(' ');
}

/** Parse the inside of a credits block. */
export function parseCredits(content: string): Credit[] {
  const marks: { at: number; end: number; role: string }[] = [];
  ROLE_ANYWHERE.lastIndex = 0;
  for (let m = ROLE_ANYWHERE.exec(content); m; m = ROLE_ANYWHERE.exec(content)) {
    const before = m.index === 0 ? '' : content[m.index - 1];
    const glued = hasLower(before) && hasUpper(m[0][0]);
    if (m.index === 0 || /[\s;,(.]/.test(before) || glued) {
      marks.push({ at: m.index, end: m.index + m[0].length, role: roleName(m[0]) });
    }
  }
  const out: Credit[] = [];
  for (let i = 0; i < marks.length; i++) {
    const seg = content.slice(marks[i].end, i + 1 < marks.length ? marks[i + 1].at : content.length);
    const names = splitNames(seg);
    if (names.length > 0) out.push({ role: marks[i].role, names });
  }
  return out;
}

/**
 * Names in "A, B and C", "A in Kyiv and B in Moscow", "A in Doha, Qatar, and B":
 * a comma part right after a located name and itself followed by a comma is the
 * place's country or state, not a name.
 */
export function splitNames(seg: string): string[] {
  const bits = seg.split(/(\s*(?:[,;&]|\band\b)\s*)/);
  const names: string[] = [];
  let located = false;
  for (let i = 0; i < bits.length; i += 2) {
    const before = i > 0 ? bits[i - 1].trim() : '';
    const after = i + 1 < bits.length ? bits[i + 1].trim() : '';
    let part = bits[i];
    if (located && before === ',' && after === ',' && !/\sin\s/.test(part)) continue;
    // /\s+in\s+\p{Lu}/u, by code
    const at = inPlaceStart(part, 0);
    located = at >= 0;
    // "Jane Roe in Kyiv" -> "Jane Roe"
    if (at >= 0) part = part.slice(0, at);
    part = part.replace(/^[\s.]+|[\s.,;:)]+$/g, '');
    if (part.length > 0) names.push(part);
  }
  return names;
}

// "Associated Press writers A in Moscow and B in Kyiv contributed to this report."
export const CONTRIBUTORS = lazyPattern(
  () => /^(?:(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse)\s+)?(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|videojournalists?|photographers?|researchers?)\s+(\p{Lu}.+?)\s+contributed\b/u,
);
/** CONTRIBUTORS for isLatinText (src/lexicon/chars.ts) lines: the same matches, no ICU set built */
export const CONTRIBUTORS_LATIN =
  /^(?:(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse)\s+)?(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?|videojournalists?|photographers?|researchers?)\s+([A-Z\xc0-\xd6\xd8-\xde].+?)\s+contributed\b/u;

function readContributors(line: string): Credit | null {
  const m = (isLatinText(line) ? CONTRIBUTORS_LATIN : CONTRIBUTORS()).exec(line);
  if (!m) return null;
  const names = splitNames(m[1]).filter((n) => n.split(/\s+/).length <= MAX_NAME_WORDS);
  return names.length > 0 ? { role: 'additional reporting', names } : null;
}

export interface CreditsBlock {
  /** where the block starts (its "(" or first role word) */
  start: number;
  credits: Credit[];
}

/**
 * The credits block in the line text[start, end), if the line is one or ends
 * with one ("… last sentence. (Reporting by A; Editing by B)").
 */
export function readCreditsLine(text: string, start: number, end: number): CreditsBlock | null {
  const from = Math.max(start, end - MAX_BLOCK);
  const s = text.slice(from, end);
  if (s.endsWith(')')) {
    const open = s.lastIndexOf('(');
    if (open >= 0) {
      const inner = s.slice(open + 1, -1).trim();
      const before = open === 0 ? '' : s[open - 1];
      if (ROLE_AT_START.test(inner) && (from + open === start || /\s/.test(before))) {
        const credits = parseCredits(inner);
        if (credits.length > 0) return { start: from + open, credits };
      }
    }
  }
  if (from !== start) return null;
  const contributed = readContributors(s);
  if (contributed) return { start, credits: [contributed] };
  // a whole line of credits without parentheses: "Reporting by …", "-- Compiled by …"
  const lead = /^[-–—\s]*/.exec(s)![0].length;
  const body = s.slice(lead);
  // "Reporting by …" opens with a capital; "produced by X." is a wrapped sentence's tail
  if (!startsUpper(body) || !ROLE_AT_START.test(body)) return null;
  const credits = parseCredits(body.replace(/[.\s]+$/, ''));
  // "Reporting by the BBC suggested that …" is a sentence, not a credit
  const nameLike = credits.every((c) => c.names.every((n) => n.split(/\s+/).length <= MAX_NAME_WORDS));
  return credits.length > 0 && nameLike ? { start, credits } : null;
}
