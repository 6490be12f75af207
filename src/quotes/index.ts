// Quotes stage: every direct quotation in the body and who said it. Quote marks are
// paired per paragraph (marks.ts); a quote interrupted only by its attribution
// ("“…,” he said. “…”") is one quote; the speaker comes from the attribution before,
// inside or after the quote (attribution.ts), else it is the last quote's speaker.
import type { Context } from '../context.js';
import { paragraphAt, span, trimRange, type Range } from '../document/document.js';
import { isBylineOrCredits } from '../people/index.js';
import { INTRODUCING_ONLY, SPEECH_VERBS } from '../people/lexicon.js';
import type { Token } from '../people/tokens.js';
import { isPersonNoun } from '../people/words.js';
import type { Quote } from '../types.js';
import {
  Attributor,
  GROUP_NOUNS,
  isQuoteMark,
  isSentenceEnd,
  leadingNounPhrase,
  tokensOf,
  type Speaker,
} from './attribution.js';
import { pairQuotes, type RawQuote } from './marks.js';

interface Found extends RawQuote {
  /** the attribution between interrupted parts: "he said." */
  gap: Range | null;
}

const WINDOW = 400;
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
const LEADING_ADVERBIALS = new Set(['on', 'in', 'at', 'earlier', 'later', 'meanwhile', 'however', 'referring', 'speaking', 'after', 'before', 'during', 'separately', 'also', 'then', 'last', 'this', 'on', 'asked', 'according', 'writing', 'addressing']);

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

/** Join quotes that only their attribution interrupts, within one paragraph. */
function mergeInterrupted(text: string, raw: RawQuote[], paragraphOf: (at: number) => number): Found[] {
  const out: Found[] = [];
  for (const q of raw) {
    const prev = out[out.length - 1];
    if (prev && prev.segments[prev.segments.length - 1].close >= 0 && paragraphOf(prev.close) === paragraphOf(q.open) && q.open - prev.close <= 160) {
      const gap = tokensOf(text, prev.close + 1, q.open);
      const lastInside = text.slice(prev.start, prev.end).trimEnd().slice(-1);
      const last = gap[gap.length - 1];
      const verb = gap.findIndex((t) => t.kind === 'word' && SPEECH_VERBS.has(t.lower) && !INTRODUCING_ONLY.has(t.lower));
      const endsClause = !!last && last.kind === 'punct' && /[.,:;]/.test(last.text);
      if (verb >= 0 && endsClause && /[,.!?\u2026\u2014\u2013-]/.test(lastInside) && !gap.some((t) => t.lower === 'that')) {
        const merged: Found = {
          open: prev.open,
          close: q.close,
          start: prev.start,
          end: q.end,
          segments: [...prev.segments, ...q.segments],
          gap: prev.gap ?? { start: prev.close + 1, end: q.open },
        };
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push({ ...q, gap: null });
  }
  return out;
}

export function findQuotes(ctx: Context): Quote[] {
  const text = ctx.doc.text;
  const paragraphs = bodyParagraphs(ctx);
  const paragraphOf = (at: number) => paragraphAt(ctx.doc, at);
  const found = mergeInterrupted(text, pairQuotes(text, paragraphs), paragraphOf);
  // inside the quoted words (not inside an attribution that interrupts a quote)
  const segments = found.flatMap((q) => q.segments.map((g) => ({ open: g.open, close: g.close < 0 ? q.close : g.close })));
  const inside = (at: number) => indexAt(segments, at, (g) => g.open, (g) => g.close) >= 0;
  const who = new Attributor(text, ctx.people, inside);
  const out: Quote[] = [];
  let lastSpeaker: Speaker | null = null;
  let lastPara = -10;
  for (let i = 0; i < found.length; i++) {
    const q = found[i];
    const r = trimRange(text, q.start, q.end);
    if (r.end <= r.start) continue;
    const para = paragraphOf(q.open);
    const paraRange = paragraphs[indexAt(paragraphs, q.open, (p) => p.start, (p) => p.end - 1)] ?? { start: q.open, end: q.close + 1 };
    const prevClose = i > 0 && paragraphOf(found[i - 1].close) === para ? found[i - 1].close + 1 : paraRange.start;
    let s: Speaker | null = before(text, who, Math.max(prevClose, q.open - WINDOW, paraRange.start), q.open, lastSpeaker);
    if (!s && q.gap) s = after(text, who, q.gap.start, q.gap.end, lastSpeaker);
    if (!s && q.close < paraRange.end && canAttributeAfter(text, q, paraRange.end)) {
      const endParaRange = paragraphs[indexAt(paragraphs, q.close, (p) => p.start, (p) => p.end - 1)] ?? paraRange;
      s = after(text, who, q.close + 1, Math.min(endParaRange.end, q.close + 1 + WINDOW), lastSpeaker);
    }
    // no attribution of its own: the last speaker goes on, if they spoke just before
    const prev = lastSpeaker as Speaker | null;
    if (!s) s = prev && para - lastPara <= 2 ? { speaker: prev.speaker, description: prev.description } : { speaker: null, description: null };
    out.push({ ...span(ctx.doc, r.start, r.end), speaker: s.speaker, speakerDescription: s.speaker ? null : s.description });
    lastSpeaker = s;
    lastPara = paragraphOf(q.close);
  }
  return out;
}

/** Binary search: the index of the item whose [start, last] holds `at`, or -1. Items are sorted and disjoint. */
function indexAt<T>(items: T[], at: number, start: (t: T) => number, last: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (last(items[mid]) < at) lo = mid + 1;
    else if (start(items[mid]) > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** An attribution may follow a quote that ends mid-sentence (",” he said"), not one that ends it. */
function canAttributeAfter(text: string, q: Found, paraEnd: number): boolean {
  const inner = text.slice(Math.max(q.start, q.end - 4), q.end).trimEnd();
  const lastInside = inner[inner.length - 1];
  let k = q.close + 1;
  while (k < paraEnd && /\s/.test(text[k])) k++;
  const next = text[k];
  if (next === undefined || k >= paraEnd) return false;
  if (lastInside !== '.') return true;
  return next === ',' || /\p{Ll}/u.test(next);
}

/** The attribution in the same sentence before the quote: "X said:", "X told reporters that the swap was". */
function before(text: string, who: Attributor, from: number, to: number, lastSpeaker: Speaker | null): Speaker | null {
  let toks = tokensOf(text, from, to);
  let cut = 0;
  for (let k = 0; k < toks.length; k++) if (isSentenceEnd(toks[k]) || isQuoteMark(toks[k])) cut = k + 1;
  toks = toks.slice(cut);
  if (toks.length === 0) return null;
  let v = -1;
  for (let k = toks.length - 1; k >= 0; k--) {
    if (toks[k].kind === 'word' && SPEECH_VERBS.has(toks[k].lower)) {
      v = k;
      break;
    }
  }
  if (v < 0) return null;
  // "he said", "it added": a pronoun right before the verb
  let p = v - 1;
  while (p >= 0 && toks[p].kind === 'word' && /^(also|later|earlier|then|has|had|have|was|is|would|will|reportedly|further)$/.test(toks[p].lower)) p--;
  if (p >= 0 && PRONOUNS.has(toks[p].lower)) return who.classify(toks, p, p + 1, lastSpeaker);
  // a person named in the clause before the verb ("Y, X's chief of staff, Z, said")
  if (v > 0) {
    const m = who.personIn(toks[0].start, toks[v - 1].end);
    if (m) return { speaker: m.person.name, description: null };
  }
  const gerund = toks[v].lower.endsWith('ing');
  if (gerund) return { speaker: null, description: describe(text, toks, v) };
  // the subject: the noun phrase opening the clause, after any leading adverbial ("On Monday,")
  let start = 0;
  if (toks[0].kind === 'word' && LEADING_ADVERBIALS.has(toks[0].lower)) {
    const comma = toks.findIndex((t, k) => k < v && t.text === ',');
    if (comma >= 0) start = comma + 1;
  }
  const [a, b] = leadingNounPhrase(toks, start, v);
  return who.classify(toks, a, b, lastSpeaker) ?? { speaker: null, description: null };
}

/** ",” said one soldier.", ",” Nehir said.", " medical condition, the hospital said." */
function after(text: string, who: Attributor, from: number, to: number, lastSpeaker: Speaker | null): Speaker | null {
  let toks = tokensOf(text, from, to);
  const stop = toks.findIndex((t) => isSentenceEnd(t) || isQuoteMark(t));
  if (stop >= 0) toks = toks.slice(0, stop);
  let k = 0;
  if (toks[0]?.text === ',') k = 1;
  let v = -1;
  for (let j = k; j < toks.length && j < k + 14; j++) {
    const t = toks[j];
    if (t.kind === 'word' && SPEECH_VERBS.has(t.lower) && !INTRODUCING_ONLY.has(t.lower)) {
      v = j;
      break;
    }
  }
  if (v < 0) return null;
  if (v === k) {
    // inverted: ",” said Ukrainian soldier Oleksandr Nehir"
    let e = v + 1;
    while (e < toks.length && toks[e].text !== ',' && e - v <= 12) e++;
    const m = e > v + 1 ? who.personIn(toks[v + 1].start, toks[e - 1].end) : undefined;
    if (m) return { speaker: m.person.name, description: null };
    const [a, b] = leadingNounPhrase(toks, v + 1, e);
    return who.classify(toks, a, b, lastSpeaker);
  }
  // the subject starts after the last comma before the verb (" condition, the hospital ... said")
  let s = k;
  for (let j = v - 1; j >= k; j--) if (toks[j].text === ',') {
    s = j + 1;
    break;
  }
  const m = who.personIn(toks[s].start, toks[v - 1].end);
  if (m) return { speaker: m.person.name, description: null };
  const [a, b] = leadingNounPhrase(toks, s, v);
  return who.classify(toks, a, b, lastSpeaker);
}

/** For "… showed soldiers … shouting “…”": the last person or group noun phrase before the verb. */
function describe(text: string, toks: Token[], v: number): string | null {
  for (let k = v - 1; k >= 0; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || (!isPersonNoun(t) && !GROUP_NOUNS.has(t.lower))) continue;
    let a = k;
    while (a > 0) {
      const p = toks[a - 1];
      if (p.kind === 'word' && (p.lower === 'of' || !/^(was|were|is|are|and|or|showed|shows|saw|with|to|by|from|on|in|at|that)$/.test(p.lower))) {
        a--;
        if (/^(the|a|an|one|another|some)$/.test(p.lower)) break;
      } else break;
    }
    return text.slice(toks[a].start, t.end).replace(/\s+/g, ' ');
  }
  return null;
}
