// Ranking regulations by the draft being written: the one rule behind completion after 《, 插入引用 (Insert Citation)
// and 搜索条文 (Search Articles). In order:
//   1. regulations the draft already cites, the short titles it defines (以下简称《条例》) and the default regulation;
//   2. titles the query names exactly (《民法典》 is 中华人民共和国民法典, a short title), then titles it begins
//      (民法 → 中华人民共和国民法典 before an interpretation of it);
//   3. within a tier, a law before the texts made on it: its amendments (刑法修正案（七）), its implementing rules
//      (…实施条例, …实施细则) — 《刑 offers 刑法 and 刑事诉讼法 before the ten 刑法修正案;
//   4. Chinese texts before their translations;
//   5. the rest in the order given (the caller's relevance);
//   6. the texts of one numbered series (刑法修正案, 刑法修正案（三）…（十一）) in their order, in the places they hold.
// Pure: callers pass what they found, this only orders it. Search helpers with their own relevance score call
// `draftRank` for the keys in front of theirs.
import type { DocumentAnalysis } from '../citations/types';
import { abbreviates } from '../citations/text';
import { parseNumeral } from '../numerals';

/** What the draft tells about the regulations its writer wants. */
export interface DraftPreference {
  /** Titles of the laws the draft cites, in order of first citation. */
  cited: readonly string[];
  /** Short titles the draft defines → the law's title. */
  shortTitles: ReadonlyMap<string, string>;
  /** The default regulation (lawcite.defaultRegulation), when set. */
  defaultTitle: string | null;
}

export const NO_PREFERENCE: DraftPreference = { cited: [], shortTitles: new Map(), defaultTitle: null };

/** What ranking needs of a regulation. */
export interface Rankable {
  title: string;
  shortTitles?: readonly string[];
  lang?: 'zh' | 'en';
  /** Set on a translation: the original's title. */
  translationOf?: string | null;
}

/** The preference a document's analysis shows: laws it cites, in order, and the short titles it defines. */
export function draftPreference(analysis: DocumentAnalysis | null | undefined, defaultTitle: string | null = null): DraftPreference {
  if (!analysis) return { ...NO_PREFERENCE, defaultTitle };
  const cited: string[] = [];
  const seen = new Set<string>();
  for (const c of analysis.citations) {
    if (c.status === 'ambiguous' || c.status === 'no-context') continue;
    for (const b of c.bindings) {
      const title = b.law?.title;
      if (title && !seen.has(title)) {
        seen.add(title);
        cited.push(title);
      }
    }
  }
  const shortTitles = new Map<string, string>();
  for (const d of analysis.shortTitles) shortTitles.set(d.shortTitle, d.regulation);
  return { cited, shortTitles, defaultTitle };
}

const PRC = '中华人民共和国';

function normalise(query: string): string {
  return query.replace(/[\s《》〈〉]/g, '');
}

/**
 * 0: the query names the title exactly (with or without 中华人民共和国, or a short title); 1: begins it, or
 * abbreviates it as drafters do — its first character begins the name and the rest follow in order (民诉 for
 * 民事诉讼法, 行诉 for 行政诉讼法); 2: neither.
 */
export function titleMatch(query: string, r: Rankable): 0 | 1 | 2 {
  const q = normalise(query);
  if (!q) return 2;
  const names = [r.title, r.title.startsWith(PRC) ? r.title.slice(PRC.length) : '', ...(r.shortTitles ?? [])].filter(Boolean);
  if (names.some((n) => n === q)) return 0;
  if (names.some((n) => n.startsWith(q) || abbreviates(q, n))) return 1;
  return 2;
}

/** 0 when the draft cites the regulation, defines a short title for it or has it as default; else 1. */
export function draftTier(r: Rankable, pref: DraftPreference): 0 | 1 {
  const title = r.translationOf ?? r.title;
  if (pref.cited.includes(r.title) || pref.cited.includes(title)) return 0;
  if (pref.defaultTitle && (pref.defaultTitle === r.title || pref.defaultTitle === title)) return 0;
  for (const t of pref.shortTitles.values()) if (t === r.title || t === title) return 0;
  return 1;
}

/** The keys that order a regulation, most important first (compare lexicographically; the caller's order breaks ties). */
export function draftRank(r: Rankable, query: string, pref: DraftPreference): [number, number, number, number, number] {
  const cited = draftTier(r, pref);
  // Among cited ones, the order the draft cites them in (the default after them).
  const order = cited === 0 ? (pref.cited.indexOf(r.title) + 1 || pref.cited.length + 1) : 0;
  const translation = r.lang === 'en' || !!r.translationOf ? 1 : 0;
  return [cited, titleMatch(query, r), derivedText(r), translation, order];
}

/** A text made on another law: an amendment or implementing rules (rule 3); 1 when so, else 0. */
export function derivedText(r: Rankable): 0 | 1 {
  return /修正案(?:[（(][一二三四五六七八九十]+[）)])?$|实施(?:条例|细则|办法)$/.test(r.title) ? 1 : 0;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** `items` ordered by the draft (stable: equal keys keep the caller's relevance order). */
export function rankByDraft<T>(items: readonly T[], subjectOf: (item: T) => Rankable, query: string, pref: DraftPreference): T[] {
  const keyed = items.map((item, i) => ({ item, i, key: draftRank(subjectOf(item), query, pref) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key) || a.i - b.i);
  return inSeriesOrder(keyed, (k) => subjectOf(k.item).title).map((k) => k.item);
}

const SERIES_NUMBER = /[（(]([一二三四五六七八九十]+)[)）]$/;

/** The number of a text in a numbered series, from its title's end: 刑法修正案（十一） → 11; 0 when none. */
export function seriesNumber(title: string): number {
  const m = SERIES_NUMBER.exec(title);
  return m ? (parseNumeral(m[1]) ?? 0) : 0;
}

/**
 * Rule 6: the members of each series (one title without its number, ranked alike by rules 1–4) reordered by number
 * within the places they hold.
 */
function inSeriesOrder<T extends { key: readonly number[] }>(items: T[], titleOf: (item: T) => string): T[] {
  const places = new Map<string, number[]>();
  items.forEach((item, i) => {
    const base = `${item.key.join(',')}\u0000${titleOf(item).replace(SERIES_NUMBER, '')}`;
    const list = places.get(base);
    if (list) list.push(i);
    else places.set(base, [i]);
  });
  const out = [...items];
  for (const list of places.values()) {
    if (list.length < 2) continue;
    const members = list.map((i) => items[i]).sort((a, b) => seriesNumber(titleOf(a)) - seriesNumber(titleOf(b)));
    list.forEach((at, k) => (out[at] = members[k]));
  }
  return out;
}
