// Quotes stage: every direct quotation in the body and who said it. Quote marks are
// paired per paragraph (marks.ts); a quote interrupted only by its attribution
// ("“…,” he said. “…”") is one quote; the speaker comes from the attribution before,
// inside or after the quote (attribution.ts); a paragraph that is only a quote keeps
// the last speaker.
import { lowerBound } from '../document/search.js';
import type { Context } from '../context.js';
import { paragraphAt, trimRange, type Range } from '../document/document.js';
import { isBylineOrCredits } from '../people/index.js';
import { INTRODUCING_ONLY } from '../people/lexicon.js';
import { tokenize, type Token } from '../people/tokens.js';
import { isPersonNoun, isSpeechAt, isSpeechVerb } from '../people/words.js';
import type { Quote } from '../types.js';
import { hasLower, isLetterOrMarkCode, isUpperCode, trailingWord, wordShape } from '../lexicon/chars.js';
import { Attributor, GROUP_NOUNS, isSentenceEnd, leadingNounPhrase, mainSubject, QUOTE_TOKEN, withoutAsides, type Speaker } from './attribution.js';
import { pairQuotes, type RawQuote, type Segment } from './marks.js';

/** [\p{L}\p{M}'\u2019-], by code (src/lexicon/chars.ts): no ICU set built at start-up */
const isNameWordCode = (c: number) => c === 39 || c === 0x2019 || c === 45 || isLetterOrMarkCode(c);

interface Found extends RawQuote {
  /** the attribution between interrupted parts: "he said." */
  gap: Range | null;
}

/** How far back and ahead of a quote its attribution may be (characters). */
const WINDOW = 400;
const PRONOUN_BEFORE_VERB = new Set(['he', 'she', 'it', 'they']);
const AUX_BEFORE_VERB = /^(?:also|later|earlier|then|has|had|have|was|is|would|will|reportedly|further|again|once)$/;

/** Body paragraphs, clipped to the body, without the headline, byline or credits lines. */
function bodyParagraphs(ctx: Context): Range[] {
  const { doc, header } = ctx;
  const out: Range[] = [];
  for (const p of doc.paragraphs) {
    const start = Math.max(p.start, doc.body.start);
    const end = Math.min(p.end, doc.body.end);
    if (end <= start) continue;
    const h = header.headline;
    if (h && start < h.end && end > h.start) continue;
    if (isBylineOrCredits(doc.text.slice(start, Math.min(end, start + 200)), end - start)) continue;
    const r = trimRange(doc.text, start, end);
    if (r.end > r.start) out.push(r);
  }
  return out;
}

/** The index of the first segment that closes at or after `at`. */
function firstClosingAfter(segments: Segment[], at: number): number {
  return lowerBound(segments, (sg) => sg.close < at);
}

/** The index of the item whose [start, last] holds `at`, or -1. Items are sorted and disjoint. */
function indexAt<T>(items: T[], at: number, start: (t: T) => number, last: (t: T) => number): number {
  const i = lowerBound(items, (t) => last(t) < at);
  return i < items.length && start(items[i]) <= at ? i : -1;
}

/** Join quotes that only their attribution interrupts, within one paragraph. */
function mergeInterrupted(text: string, raw: RawQuote[], paragraphOf: (at: number) => number): Found[] {
  const out: Found[] = [];
  for (const q of raw) {
    const prev = out[out.length - 1];
    if (prev && prev.segments[prev.segments.length - 1].close >= 0 && paragraphOf(prev.close) === paragraphOf(q.open) && q.open - prev.close <= 160) {
      const gap = tokenize(text, prev.close + 1, q.open);
      const lastInside = text.slice(prev.start, prev.end).trimEnd().slice(-1);
      const last = gap[gap.length - 1];
      const verb = gap.some((t) => isSpeechVerb(t) && !INTRODUCING_ONLY.has(t.lower));
      const endsClause = !!last && last.kind === 'punct' && /[.,:;]/.test(last.text);
      if (verb && endsClause && /[,.!?\u2026\u2014\u2013-]/.test(lastInside) && !gap.some((t) => t.lower === 'that')) {
        prev.segments.push(...q.segments);
        prev.gap ??= { start: prev.close + 1, end: q.open };
        prev.close = q.close;
        prev.end = q.end;
        continue;
      }
    }
    // the fields written out rather than spread: a fixed shape, no property copying loop
    out.push({ open: q.open, close: q.close, start: q.start, end: q.end, segments: q.segments.slice(), gap: null });
  }
  return out;
}

export function findQuotes(ctx: Context): Quote[] {
  const text = ctx.doc.text;
  const paragraphs = bodyParagraphs(ctx);
  const paragraphOf = (at: number) => paragraphAt(ctx.doc, at);
  const found = mergeInterrupted(text, pairQuotes(text, paragraphs), paragraphOf);
  // no quotation marks: nothing to attribute (most wires)
  if (found.length === 0) return [];
  // the quoted words (not the attribution that interrupts a quote)
  // (a plain loop: flatMap takes V8's generic path)
  const segments: Segment[] = [];
  for (const q of found) for (const g of q.segments) segments.push({ open: g.open, close: g.close < 0 ? q.close : g.close });
  const inside = (at: number) => indexAt(segments, at, (g) => g.open, (g) => g.close) >= 0;
  const h = ctx.header.headline;
  const sentences = ctx.doc.sentences.filter((s) => !(h && s.start < h.end && s.end > h.start));
  const who = new Attributor(text, ctx.people, inside, sentences);
  const paraOf = (at: number) => paragraphs[indexAt(paragraphs, at, (p) => p.start, (p) => p.end - 1)];

  // Tokens outside quotation marks, per paragraph (each quotation leaves one placeholder
  // token), so that the attribution windows of many quotes tokenize the text only once.
  const tokenCache = new Map<number, Token[]>();
  const paragraphTokens = (p: Range): Token[] => {
    let toks = tokenCache.get(p.start);
    if (toks) return toks;
    toks = [];
    let at = p.start;
    let i = firstClosingAfter(segments, p.start);
    for (; i < segments.length && segments[i].open < p.end; i++) {
      const g = segments[i];
      if (g.open > at) toks.push(...tokenize(text, at, g.open));
      if (g.open >= p.start) toks.push({ start: g.open, end: g.open + 1, text: QUOTE_TOKEN, lower: QUOTE_TOKEN, kind: 'punct', cap: false, initial: false });
      at = Math.max(at, g.close + 1);
    }
    if (at < p.end) toks.push(...tokenize(text, at, p.end));
    tokenCache.set(p.start, toks);
    return toks;
  };
  /** Tokens of text[from, to) outside quotation marks, within one paragraph. */
  const outside = (from: number, to: number): Token[] => {
    const p = paraOf(from);
    if (!p || to <= from) return [];
    const toks = paragraphTokens(p);
    const lo = lowerBound(toks, (t) => t.start < from);
    let e = lo;
    while (e < toks.length && toks[e].end <= to) e++;
    return toks.slice(lo, e);
  };

  /** The named speaker of reported speech closing the paragraph before `para` (no quote in that sentence). */
  const reportedBefore = (para: Range, prev: Speaker | null): Speaker | null => {
    const pi = indexAt(paragraphs, para.start, (p) => p.start, (p) => p.end - 1);
    const p0 = pi > 0 ? paragraphs[pi - 1] : null;
    if (!p0) return null;
    const si = lowerBound(sentences, (x) => x.start < p0.end) - 1;
    if (si < 0 || sentences[si].end <= p0.start) return null;
    let toks = outside(Math.max(p0.start, sentences[si].start, p0.end - WINDOW), p0.end);
    let cut = 0;
    for (let k = 0; k < toks.length - 1; k++) if (isSentenceEnd(toks, k)) cut = k + 1;
    toks = toks.slice(cut);
    if (toks.length === 0 || toks.some((t) => t.text === QUOTE_TOKEN)) return null;
    const r = before(who, withoutAsides(toks), prev);
    return r && (r.kind === 'person' || r.kind === 'institution' || r.kind === 'named') && r.speaker ? r : null;
  };

  const out: Quote[] = [];
  let lastSpeaker: Speaker | null = null;
  let lastPara = -10;
  for (const q of found) {
    const r = trimRange(text, q.start, q.end);
    if (r.end <= r.start) continue;
    if (q.segments.length === 1 && isQuotedName(text, q)) continue;
    const para = paraOf(q.open) ?? { start: q.open, end: q.close + 1 };
    const prev = lastSpeaker as Speaker | null;
    // the attribution before the quote, in the same sentence
    let toks = outside(Math.max(para.start, q.open - WINDOW), q.open);
    let cut = 0;
    for (let k = 0; k < toks.length; k++) if (isSentenceEnd(toks, k)) cut = k + 1;
    toks = toks.slice(cut);
    const opensSentence = toks.length === 0;
    toks = withoutAsides(toks);
    let s = opensSentence ? null : before(who, toks, prev);
    // "... thanked them for their “help” and said ...": the verb after shares the sentence's subject
    let shared = false;
    const read = (r: Speaker | 'shared' | null): Speaker | null => {
      if (r === 'shared') shared = true;
      return r === 'shared' ? null : r;
    };
    if (!s && q.gap) s = read(after(who, outside(q.gap.start, q.gap.end), prev));
    if (!s) {
      const endPara = paraOf(q.close) ?? para;
      if (q.close < endPara.end && canAttributeAfter(text, q, endPara.end)) s = read(after(who, outside(q.close + 1, Math.min(endPara.end, q.close + 1 + WINDOW)), prev));
    }
    if (!s && shared && !opensSentence) s = mainSubject(who, toks, prev);
    // a paragraph that is only a quote: its speaker is the one reported in the sentence just
    // before ("X told reporters that ..." then a quote of its own), else the last speaker
    const paraNo = paragraphOf(q.open);
    if (!s && q.open === para.start) s = reportedBefore(para, prev);
    if (!s && q.open === para.start && prev && paraNo - lastPara <= 2) s = { ...prev };
    if (!s) s = { speaker: null, description: null, kind: 'unnamed' };
    // the fields of span(), written out (same order)
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), speaker: s.speaker, speakerDescription: s.speaker ? null : s.description });
    lastSpeaker = s;
    lastPara = paragraphOf(q.close);
  }
  return out;
}

/** An attribution may follow a quote that ends mid-sentence (",” he said"), not one that ends it. */
function canAttributeAfter(text: string, q: Found, paraEnd: number): boolean {
  const inner = text.slice(Math.max(q.start, q.end - 4), q.end).trimEnd();
  const lastInside = inner[inner.length - 1];
  let k = q.close + 1;
  while (k < paraEnd && /\s/.test(text[k])) k++;
  if (k >= paraEnd) return false;
  const next = text[k];
  if (lastInside !== '.') return true;
  return next === ',' || hasLower(next);
}

/** The attribution in the sentence before the quote: "X said:", "X told reporters that the swap was". */
function before(who: Attributor, toks: Token[], prev: Speaker | null): Speaker | null {
  let v = -1;
  for (let k = toks.length - 1; k >= 0; k--) {
    if (isSpeechAt(toks, k)) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  // "the agency quoted X, head of ..., as saying": the one quoted speaks
  if (toks[v].lower === 'saying' && toks[v - 1]?.lower === 'as') {
    for (let k = v - 2, n = 0; k >= 0 && n < 30; k--, n++) {
      if (!QUOTING.has(toks[k].lower)) continue;
      const m = who.personIn(toks[k + 1].start, toks[v - 2].end);
      if (m) return { speaker: m.person.name, description: null, kind: 'person' };
      const [a, b] = leadingNounPhrase(toks, k + 1, v - 1);
      return who.classify(toks, a, b, prev) ?? { speaker: null, description: null, kind: 'unnamed' };
    }
  }
  // "X put the number at 206, saying its ...": a participle after a comma has the main clause's subject
  if (toks[v].lower.endsWith('ing') && v > 0 && toks[v - 1].text === ',') {
    const m = mainSubject(who, toks.slice(0, v - 1), prev);
    if (m) return m;
  }
  // "X said he was aware ..., but added": a verb after a conjunction shares the main subject
  if (v > 1 && (toks[v - 1].lower === 'and' || toks[v - 1].lower === 'but') && !toks[v].lower.endsWith('ing')) {
    const m = mainSubject(who, toks.slice(0, v - 1), prev);
    if (m) return m;
  }
  // "he said", "it added": a pronoun right before the verb
  let p = v - 1;
  while (p >= 0 && toks[p].kind === 'word' && AUX_BEFORE_VERB.test(toks[p].lower)) p--;
  if (p >= 0 && PRONOUN_BEFORE_VERB.has(toks[p].lower)) return who.classify(toks, p, p + 1, prev);
  const s = who.subject(toks, 0, v, prev);
  // "... showed soldiers raising their hands and shouting": the shouters are described, not named
  if (toks[v].lower.endsWith('ing') && (!s || (s.kind !== 'person' && s.kind !== 'institution'))) {
    return { speaker: null, description: describe(who.text, toks, v), kind: 'unnamed' };
  }
  return s ?? { speaker: null, description: null, kind: 'unnamed' };
}

/**
 * ",” said one soldier.", ",” Nehir said.", " medical condition, the hospital said."; 'shared'
 * when the verb has no subject of its own (" and said ...", ", adding ...").
 */
function after(who: Attributor, all: Token[], prev: Speaker | null): Speaker | 'shared' | null {
  let end = all.length;
  for (let k = 0; k < all.length; k++) {
    if (isSentenceEnd(all, k) || all[k].text === QUOTE_TOKEN) {
      end = k;
      break;
    }
  }
  const toks = all.slice(0, end);
  const k = toks[0]?.text === ',' ? 1 : 0;
  let v = -1;
  for (let j = k; j < toks.length; j++) {
    const t = toks[j];
    if (isSpeechAt(toks, j) && !INTRODUCING_ONLY.has(t.lower)) {
      v = j;
      break;
    }
  }
  if (v < 0) return null;
  if (v === k && toks[v].lower.endsWith('ing')) return 'shared';
  let bare = v > k;
  for (let j = k; j < v && bare; j++) bare = SHARING.has(toks[j].lower);
  if (bare) return 'shared';
  // far from the quote, the attribution must be a clause of its own (", the ministry said")
  if (v - k > 14 && !toks.slice(k, v).some((t) => t.text === ',')) return null;
  if (v === k) {
    // inverted: ",” said Ukrainian soldier Oleksandr Nehir"
    let e = v + 1;
    while (e < toks.length && toks[e].text !== ',' && e - v <= 12) e++;
    if (e === v + 1) return null;
    const m = who.personIn(toks[v + 1].start, toks[e - 1].end);
    if (m) return { speaker: m.person.name, description: null, kind: 'person' };
    const [a, b] = leadingNounPhrase(toks, v + 1, e);
    return who.classify(toks, a, b, prev);
  }
  return who.subject(toks, k, v, prev);
}

const QUOTING = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);
/** Words that leave a verb after a quote with the sentence's subject: "and said", "but later added". */
const SHARING = new Set(['and', 'but', 'then', 'also', 'later', 'further']);
/** Words before a name in marks that make it a name, not a quotation: 'the self-proclaimed “Free Republic”'. */
const NAME_INTRO = new Set(['the', 'so-called', 'self-proclaimed', 'self-declared', 'self-styled', 'self-described']);
const NAME_LINKS = new Set(['of', 'the', 'and', 'for', 'de', 'al', 'el']);

/**
 * A proper name in quotation marks after "the" or "so-called" ('the “Donetsk People's Republic”'):
 * two to six words, every one capitalised but the links, no punctuation. Not anyone's words.
 */
function isQuotedName(text: string, q: Found): boolean {
  if (q.end - q.start > 80) return false;
  const before = trailingWord(text.slice(Math.max(0, q.open - 20), q.open));
  if (before === null || !NAME_INTRO.has(before.toLowerCase())) return false;
  const words = text.slice(q.start, q.end).split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => wordShape(w, isUpperCode, isNameWordCode) || NAME_LINKS.has(w));
}

/** For "… showed soldiers … shouting “…”": the last person or group noun phrase before the verb. */
function describe(text: string, toks: Token[], v: number): string | null {
  for (let k = v - 1; k >= 0; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || (!isPersonNoun(t) && !GROUP_NOUNS.has(t.lower))) continue;
    let a = k;
    while (a > 0) {
      const p = toks[a - 1];
      if (p.kind !== 'word' || (p.lower !== 'of' && /^(was|were|is|are|and|or|showed|shows|saw|with|to|by|from|on|in|at|that)$/.test(p.lower))) break;
      a--;
      if (/^(the|a|an|one|another|some)$/.test(p.lower)) break;
    }
    return text.slice(toks[a].start, t.end).replace(/\s+/g, ' ');
  }
  return null;
}
