// Scoring one article: the tool's Result against its gold file, field by field,
// by the rules at the end of ../shared/GOLD.md (restated in docs/eval.md). Pure:
// no I/O. Every miss and extra is kept with the text it came from for --details.
import type { Count, Exchange, Quote, Result } from '../types.js';
import type { Gold, GoldCount, GoldExchange } from './gold.js';
import { pairExchanges } from './exchanges.js';
import {
  clip, datelineParts, foldQuoteText, locationKey, roleKey, sameWords, speakersAgree, surnameKey, words,
} from './fold.js';
import { emptyTallies, type Field, type Tallies } from './tally.js';

export interface Issue {
  field: Field;
  kind: 'miss' | 'extra';
  /** for a miss, the gold text; for an extra, the text the tool reported it from */
  text: string;
  /** offset in the article of a reported span, when there is one */
  at?: number;
}

export interface ArticleScore {
  tallies: Tallies;
  issues: Issue[];
  /** fields the gold file leaves out, so not scored for this article */
  unscored: Field[];
}

interface Item {
  key: string;
  text: string;
  at?: number;
}

class Scorer {
  readonly tallies = emptyTallies();
  readonly issues: Issue[] = [];

  miss(field: Field, text: string): void {
    this.issues.push({ field, kind: 'miss', text });
  }

  extra(field: Field, text: string, at?: number): void {
    this.issues.push(at === undefined ? { field, kind: 'extra', text } : { field, kind: 'extra', text, at });
  }

  /** One-to-one by key (a multiset: two gold people with one surname need two reported). */
  multiset(field: Field, gold: Item[], reported: Item[]): void {
    const t = this.tallies[field];
    const available = new Map<string, number>();
    for (const r of reported) available.set(r.key, (available.get(r.key) ?? 0) + 1);
    const matched = new Map<string, number>();
    t.gold += gold.length;
    t.reported += reported.length;
    for (const g of gold) {
      const n = available.get(g.key) ?? 0;
      if (n > 0) {
        available.set(g.key, n - 1);
        matched.set(g.key, (matched.get(g.key) ?? 0) + 1);
        t.found++;
        t.correct++;
      } else this.miss(field, g.text);
    }
    // the first reported copies of a key are the matched ones; the rest are extras
    for (const r of reported) {
      const n = matched.get(r.key) ?? 0;
      if (n > 0) matched.set(r.key, n - 1);
      else this.extra(field, r.text, r.at);
    }
  }

  /** As sets of keys: duplicates on either side count once. */
  set(field: Field, gold: Item[], reported: Item[]): void {
    this.multiset(field, dedupe(gold), dedupe(reported));
  }
}

function dedupe(items: Item[]): Item[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.key) ? false : (seen.add(i.key), true)));
}

const fmtCount = (c: { value: number; perSide: boolean; category: string }): string =>
  `${c.value}${c.perSide ? ' each side' : ''} ${c.category}`;

function describeGoldExchange(g: GoldExchange): string {
  const counts = g.counts.map(fmtCount).join(', ') || 'no count';
  return `${g.status}${g.date ? ' ' + g.date : ''}, ${g.parties.join('–') || 'no parties'}: ${counts}`;
}

function describeExchange(r: Exchange): string {
  const counts = r.counts.map(fmtCount).join(', ') || 'no count';
  const ev = r.evidence[0]?.text;
  return `${r.status}${r.date ? ' ' + r.date.iso : ''}, ${r.parties.join('–') || 'no parties'}: ${counts}${ev ? ` ← “${clip(ev, 70)}”` : ''}`;
}

function scoreExchanges(s: Scorer, gold: GoldExchange[], reported: Exchange[]): void {
  const { pairs, unmatchedGold, unmatchedReported } = pairExchanges(gold, reported);
  const t = s.tallies.exchanges;
  t.gold += gold.length;
  t.reported += reported.length;
  t.found += pairs.length;
  t.correct += pairs.length;
  for (const gi of unmatchedGold) s.miss('exchanges', describeGoldExchange(gold[gi]));
  for (const ri of unmatchedReported) s.extra('exchanges', describeExchange(reported[ri]), reported[ri].evidence[0]?.start);

  for (const [gi, ri] of pairs) {
    const g = gold[gi];
    const r = reported[ri];
    const which = `exchange ${gi + 1} (${g.status}${g.date ? ' ' + g.date : ''})`;
    // date: one item on each side when present
    const rIso = r.date?.iso ?? null;
    s.set(
      'exchangeDates',
      g.date ? [{ key: g.date, text: `${which}: ${g.date}` }] : [],
      rIso ? [{ key: rIso, text: `${which}: ${rIso} “${r.date?.text ?? ''}”` }] : [],
    );
    s.set('exchangeStatus', [{ key: g.status, text: `${which}: ${g.status}` }], [{ key: r.status, text: `${which}: ${r.status}` }]);
    s.set(
      'exchangeParties',
      g.parties.map((p) => ({ key: locationKey(p), text: `${which}: ${p}` })),
      r.parties.map((p) => ({ key: locationKey(p), text: `${which}: ${p}` })),
    );
    const ck = (c: GoldCount | Count): string => `${c.value}|${c.perSide}|${c.category}`;
    s.set(
      'exchangeCounts',
      g.counts.map((c) => ({ key: ck(c), text: `${which}: ${fmtCount(c)}` })),
      r.counts.map((c) => ({ key: ck(c), text: `${which}: ${fmtCount(c)} “${c.text}”`, at: c.start })),
    );
  }
}

/**
 * Dates as sets of ISO values. An optional gold date neither helps nor hurts:
 * its value is not in the gold set, and a reported date is set aside when its
 * value is an optional one's or (decision) its words contain or are contained in
 * an optional one's, since a tool may resolve "last week" to another day of it.
 * A reported date the tool could not resolve (iso null) is an extra under its text.
 */
function scoreDates(s: Scorer, gold: NonNullable<Gold['dates']>, reported: Result['dates']): void {
  const required = gold.filter((d) => !d.optional && d.iso !== null);
  const requiredIso = new Set(required.map((d) => d.iso as string));
  const optional = gold.filter((d) => d.optional);
  const optionalIso = new Set(optional.map((d) => d.iso).filter((i): i is string => i !== null && !requiredIso.has(i)));
  const optionalWords = optional.map((d) => words(d.text).join(' ')).filter((w) => w !== '');
  const items: Item[] = [];
  for (const d of reported) {
    if (d.iso !== null && requiredIso.has(d.iso)) {
      items.push({ key: d.iso, text: `${d.iso} “${d.text}”`, at: d.start });
      continue;
    }
    const w = words(d.text).join(' ');
    const likeOptional = w !== '' && optionalWords.some((o) => ` ${o} `.includes(` ${w} `) || ` ${w} `.includes(` ${o} `));
    if ((d.iso !== null && optionalIso.has(d.iso)) || likeOptional) continue;
    items.push({ key: d.iso ?? `unresolved: ${w}`, text: `${d.iso ?? 'unresolved'} “${d.text}”`, at: d.start });
  }
  s.set('dates', required.map((d) => ({ key: d.iso as string, text: `${d.iso} “${d.text}”` })), items);
}

/**
 * Places: gold locations plus the gold dateline's place parts, against the tool's
 * places plus its dateline's place parts, compared as locationKey()s. Decision: a
 * reported place is right when its name or any of its mentions as written folds
 * to a gold location (gold lists places "as written"; the tool may give a
 * standard name for "Kiev"); each distinct gold location found counts once.
 */
function scorePlaces(s: Scorer, gold: Gold, result: Result): void {
  const goldKeys = new Map<string, string>();
  for (const l of [...(gold.locations ?? []), ...datelineParts(gold.dateline?.place)]) {
    const k = locationKey(l);
    if (k !== '' && !goldKeys.has(k)) goldKeys.set(k, l);
  }
  const groups: { keys: Set<string>; text: string; at?: number }[] = [];
  const byName = new Map<string, (typeof groups)[number]>();
  const add = (name: string, mentions: { text: string; start: number }[]) => {
    const main = locationKey(name);
    const all = [main, ...mentions.map((m) => locationKey(m.text))].filter((k) => k !== '');
    if (all.length === 0) return;
    const existing = byName.get(main) ?? groups.find((g) => all.some((k) => g.keys.has(k)));
    if (existing) {
      for (const k of all) existing.keys.add(k);
      return;
    }
    const g = { keys: new Set(all), text: name, at: mentions[0]?.start };
    groups.push(g);
    byName.set(main, g);
  };
  for (const p of result.locations) add(p.name, p.mentions);
  for (const part of datelineParts(result.article.dateline?.place)) add(part, []);

  const t = s.tallies.places;
  t.gold += goldKeys.size;
  t.reported += groups.length;
  for (const [k, text] of goldKeys) {
    if (groups.some((g) => g.keys.has(k))) t.found++;
    else s.miss('places', text);
  }
  for (const g of groups) {
    if ([...g.keys].some((k) => goldKeys.has(k))) t.correct++;
    else s.extra('places', g.text, g.at);
  }
}

/**
 * Quotes: a gold quote is found when a reported quote contains its start (folded).
 * Decision: one-to-one (each reported quote finds one gold quote), by maximum
 * bipartite matching so an early greedy choice cannot strand a later quote; for
 * each gold quote, reported quotes with an agreeing speaker are tried first so the
 * speaker score is not lost to an arbitrary choice. Without one-to-one, a tool that
 * reported the whole article as one quote would score perfectly.
 */
function scoreQuotes(s: Scorer, gold: NonNullable<Gold['quotes']>, reported: Quote[]): void {
  const rText = reported.map((q) => foldQuoteText(q.text));
  const candidates = gold.map((g) => {
    const start = foldQuoteText(g.start);
    const c = reported.map((_, i) => i).filter((i) => rText[i].includes(start));
    return c.sort((a, b) => Number(!speakersAgree(g.speaker, reported[a].speaker)) - Number(!speakersAgree(g.speaker, reported[b].speaker)) || a - b);
  });
  const owner = new Array<number>(reported.length).fill(-1);
  const tryGold = (gi: number, seen: boolean[]): boolean => {
    for (const ri of candidates[gi]) {
      if (seen[ri]) continue;
      seen[ri] = true;
      if (owner[ri] === -1 || tryGold(owner[ri], seen)) {
        owner[ri] = gi;
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) tryGold(gi, new Array<boolean>(reported.length).fill(false));
  const matchOf = new Array<number>(gold.length).fill(-1);
  owner.forEach((gi, ri) => {
    if (gi >= 0) matchOf[gi] = ri;
  });

  const q = s.tallies.quotes;
  const sp = s.tallies.speakers;
  q.gold += gold.length;
  q.reported += reported.length;
  sp.gold += gold.length;
  sp.reported += reported.length;
  gold.forEach((g, gi) => {
    const ri = matchOf[gi];
    if (ri < 0) {
      s.miss('quotes', `“${g.start}” (${g.speaker ?? 'no speaker'})`);
      return;
    }
    q.found++;
    q.correct++;
    const r = reported[ri];
    if (speakersAgree(g.speaker, r.speaker)) {
      sp.found++;
      sp.correct++;
    } else {
      // a missed quote is a missed speaker too, but it is listed once, under quotes
      s.miss('speakers', `${g.speaker ?? 'no speaker'} for “${clip(g.start, 50)}”`);
      s.extra('speakers', `${r.speaker ?? 'no speaker'} for “${clip(r.text, 50)}”`, r.start);
    }
  });
  reported.forEach((r, ri) => {
    if (owner[ri] < 0) s.extra('quotes', `“${clip(r.text, 80)}” (${r.speaker ?? 'no speaker'})`, r.start);
  });
}

/** Score one article; fields the gold leaves out are not scored (see ArticleScore.unscored). */
export function scoreArticle(gold: Gold, result: Result): ArticleScore {
  const s = new Scorer();
  const unscored: Field[] = [];
  const skip = (...f: Field[]) => unscored.push(...f);
  const art = result.article;

  if (gold.exchanges !== undefined) scoreExchanges(s, gold.exchanges, result.exchanges);
  else skip('exchanges', 'exchangeDates', 'exchangeStatus', 'exchangeParties', 'exchangeCounts');

  if (gold.counts !== undefined) {
    s.set(
      'counts',
      gold.counts.map((c) => ({ key: String(c.value), text: c.text ? `${c.value} “${c.text}”` : String(c.value) })),
      result.counts.map((c) => ({ key: String(c.value), text: `${c.value} “${c.text}”`, at: c.start })),
    );
  } else skip('counts');

  if (gold.dates !== undefined) scoreDates(s, gold.dates, result.dates);
  else skip('dates');

  // the gold dateline's place parts join the gold locations, but only a gold file
  // that lists locations is scored on places (one with only a dateline is not)
  if (gold.locations !== undefined) scorePlaces(s, gold, result);
  else skip('places');

  if (gold.people !== undefined) {
    s.multiset(
      'people',
      gold.people.map((p) => ({ key: surnameKey(p.name), text: p.name })),
      result.people.map((p) => ({ key: surnameKey(p.name), text: p.name, at: p.mentions[0]?.start })),
    );
  } else skip('people');

  if (gold.quotes !== undefined) scoreQuotes(s, gold.quotes, result.quotes);
  else skip('quotes', 'speakers');

  if (gold.headline !== undefined) {
    // one item a side when there is a headline; right when the words agree
    const g = gold.headline;
    const r = art.headline;
    const agree = g !== null && r !== null && sameWords(g, r);
    s.multiset(
      'headlines',
      g !== null ? [{ key: agree ? 'same' : 'gold', text: g }] : [],
      r !== null ? [{ key: agree ? 'same' : 'reported', text: r }] : [],
    );
  } else skip('headlines');

  if (gold.bylines !== undefined) {
    s.multiset(
      'bylines',
      gold.bylines.map((b) => ({ key: words(b).join(' '), text: b })),
      art.bylines.map((b) => ({ key: words(b).join(' '), text: b })),
    );
  } else skip('bylines');

  if (gold.dateline !== undefined) {
    // place and agency both must agree; a dateline with neither counts as none
    const norm = (d: { place: string | null; agency: string | null } | null) =>
      d && (d.place || d.agency) ? d : null;
    const g = norm(gold.dateline);
    const r = norm(art.dateline ? { place: art.dateline.place, agency: art.dateline.agency } : null);
    const agree = g !== null && r !== null && sameWords(g.place, r.place) && sameWords(g.agency, r.agency);
    const show = (d: { place: string | null; agency: string | null }) => `${d.place ?? '(no place)'} (${d.agency ?? 'no agency'})`;
    s.multiset(
      'datelines',
      g ? [{ key: agree ? 'same' : 'gold', text: show(g) }] : [],
      r ? [{ key: agree ? 'same' : 'reported', text: art.dateline?.text ? `${show(r)} “${art.dateline.text}”` : show(r) }] : [],
    );
  } else skip('datelines');

  // GOLD.md scores credits "where the gold lists them": an article whose gold has no
  // credit (an excerpt cut before the block, an outlet that drops it) is not scored on them
  if (gold.credits === undefined) skip('credits');
  else if (gold.credits.length > 0) {
    const items = (credits: { role: string; names: string[] }[]) =>
      credits.flatMap((c) => c.names.map((n) => ({ key: `${roleKey(c.role)}|${surnameKey(n)}`, text: `${c.role}: ${n}` })));
    s.multiset('credits', items(gold.credits), items(art.credits));
  }

  return { tallies: s.tallies, issues: s.issues, unscored };
}
