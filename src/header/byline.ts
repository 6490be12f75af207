// "By" lines: "By Jane Roe", "By Jane Roe and John Doe", "By A, B and C",
// "By Jane Roe in Kyiv", "By Reuters - 17 October 2022 - 16:35" (an agency: no
// person), "by The X news desk December 14, 2022 1:24 PM". Bylines list persons only.
import { isAgencyName, isDeskOrAgency } from './agencies.js';
import { MONTH_WORDS } from './pagelines.js';

const MAX_BYLINE = 160;

/** Is this line a "By …" line? */
export function isBylineLine(line: string): boolean {
  if (line.length > MAX_BYLINE || !/^[Bb][Yy]\s+\p{Lu}/u.test(line)) return false;
  // a sentence that opens with "By" ("By Monday the talks had …") ends with a full stop
  return !/[.!?]["”’']?$/.test(line.replace(/\b(?:[A-Z]|Jr|Sr)\.$/, ''));
}

// Name particles written in lower case inside a person's name.
const PARTICLES = new Set('de da do dos das del della der den di du la le van von ter al el bin ibn bint y'.split(' '));

// Words that make a "By" phrase a clause ("BY A BANK ON THE EXCHANGE"), not a name.
const NOT_IN_NAMES = new Set('on the of at for to in with from as a an'.split(' '));

/** "Jane Roe", "Stefan J. Bos", "Mary-Ann O'Neil", "Ahmed al-Masri". */
export function looksLikePersonName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2 || words.length > 6) return false;
  let capitals = 0;
  for (const w of words) {
    if (NOT_IN_NAMES.has(w.toLowerCase())) return false;
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(w)) capitals++;
    else if (!PARTICLES.has(w.toLowerCase()) && !/^(al|el)-\p{L}/iu.test(w)) return false;
  }
  return capitals >= 2 || (capitals >= 1 && words.length >= 2 && /-/.test(name));
}

/** "Jane Roe Associated Press" -> "Jane Roe" (an agency name written after the person). */
function withoutAgencyTail(part: string): string {
  const words = part.split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    if (isAgencyName(words.slice(-k).join(' '))) return words.slice(0, -k).join(' ');
  }
  return part;
}

/** The person names of a "By" line ([] for an agency or desk). */
export function parseByline(line: string): string[] {
  let rest = line.replace(/^by\s+/i, '');
  // cut at what follows the names: " - date", " | ", a date, a time, "Updated"
  const cut = rest.search(/\s[-–—|•·]\s|\s\d{1,2}:\d{2}|\s(?:updated|published|posted)\b/i);
  if (cut >= 0) rest = rest.slice(0, cut);
  const words = rest.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase().replace(/[.,]$/, '');
    // "December 14, 2022" or "14 December 2022" ends the names
    if (MONTH_WORDS.has(w) && (/^\d/.test(words[i + 1] ?? '') || /^\d/.test(words[i - 1] ?? ''))) {
      rest = words.slice(0, /^\d/.test(words[i - 1] ?? '') ? i - 1 : i).join(' ');
      break;
    }
  }
  const names: string[] = [];
  for (let part of rest.split(/\s*(?:,|;|&|\band\b)\s*/)) {
    // "Jane Roe in Kyiv" -> "Jane Roe"
    part = part.replace(/\s+in\s+\p{Lu}.*$/u, '').replace(/[\s.,;:]+$/, '').trim();
    part = withoutAgencyTail(part);
    if (part.length === 0) continue;
    if (isDeskOrAgency(part)) continue;
    if (looksLikePersonName(part.replace(/\.$/, ''))) names.push(part);
  }
  return names;
}
