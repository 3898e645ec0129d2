// When an order published a text, from what the corpus records (titles/historyNote.ts orderNoteAt reads the order after a title).
//
// Rule (issue 14, fix-zh41b): the State Council's orders (国务院令第N号) are numbered in one series since 1987, so an
// order's date lies between those of the nearest orders below and above it that the corpus's history notes date
// (2000年1月4日 中华人民共和国国务院令第276号公布): a held text whose dates (adopted or amended, published, in force)
// fall wholly outside that span is not the order's text. The President's orders (主席令第N号) are numbered anew each
// term of the National People's Congress and every law and amending decision is promulgated by one: the days on which
// the term's Standing Committee or Congress made a law before a held text (the history notes of the laws held) each
// took an order at least, so a held text of that term comes after that many orders — an order numbered at or below
// that count is not it. Where the corpus records too little, nothing is excluded.
import type { Regulation } from '../model';
import type { Law } from './types';
import { parseNumeral } from '../numerals';
import { versionDate, versionTextDate } from './versions';

/** 国务院令 ('council') or 主席令 ('president'). */
export type OrderSeries = 'council' | 'president';

/** What the corpus records of the orders of both series. */
interface OrderFacts {
  /** State Council orders dated by history notes, by number (sorted). */
  council: { n: number; date: string }[];
  /** By NPC term: the distinct days (sorted) on which a law was made or amended. */
  lawDays: Map<number, string[]>;
}

/** An order's number as the corpus's history lines write it. */
const NUMBER = '[0-9]{1,4}|[一二三四五六七八九十百千零〇]{1,8}';
/** A dated 国务院令 in a history line: its date and number. */
const DATED_COUNCIL_ORDER = new RegExp(`((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日[^年。]{0,40}?国务院令第(${NUMBER})号`, 'g');
/** A history line opening with its date, the rest after it. */
const DATED_LINE = /^\s*[（(]?\s*(?:根据)?\s*((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日(.*)$/;
/** The NPC term a 主席令 line names (第十三届全国人民代表大会…). */
const TERM = /第([一二三四五六七八九十]{1,3})届全国人民代表大会/;

/** A date written by its parts as YYYY-MM-DD. */
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
/** An order's number from digits or Chinese numerals (0 when neither). */
const num = (s: string) => (/^[0-9]+$/.test(s) ? +s : parseNumeral(s) ?? 0);

let cached: { laws: ReadonlyMap<string, Law>; size: number; facts: OrderFacts } | null = null;

/** The orders' facts of the laws given (built once per law map and size). */
function factsOf(laws: ReadonlyMap<string, Law>): OrderFacts {
  if (cached && cached.laws === laws && cached.size === laws.size) return cached.facts;
  const council = new Map<number, string>();
  const days = new Map<number, Set<string>>();
  for (const law of laws.values()) {
    const latest = law.versions[law.versions.length - 1];
    if (!latest || latest.lang !== 'zh') continue;
    for (const note of latest.notes) {
      DATED_COUNCIL_ORDER.lastIndex = 0;
      for (let m = DATED_COUNCIL_ORDER.exec(note); m; m = DATED_COUNCIL_ORDER.exec(note)) {
        const n = num(m[4]);
        if (n && !council.has(n)) council.set(n, iso(m[1], m[2], m[3]));
      }
      // A law's own history (not the Constitution's, amended by 修正案 the Congress announces): each line a law made.
      if (latest.kind !== 'law' || !/法$/.test(latest.title) || /宪法/.test(latest.title)) continue;
      const line = DATED_LINE.exec(note);
      const term = line ? TERM.exec(line[4]) : null;
      if (!line || !term || !/(?:通过|修正|修订)[)）\s]*$/.test(line[4])) continue;
      const t = num(term[1]);
      if (!days.has(t)) days.set(t, new Set());
      days.get(t)!.add(iso(line[1], line[2], line[3]));
    }
  }
  const facts: OrderFacts = {
    council: [...council].map(([n, date]) => ({ n, date })).sort((a, b) => a.n - b.n),
    lawDays: new Map([...days].map(([t, s]) => [t, [...s].sort()])),
  };
  cached = { laws, size: laws.size, facts };
  return facts;
}

/** The span of dates a held text may have been published in: from its adoption or amendment to its taking effect. */
function published(v: Regulation): [string, string] | null {
  const text = versionTextDate(v);
  if (!text) return null;
  const from = v.amended && v.amended < text ? v.amended : text;
  const to = versionDate(v) ?? text;
  return [from, to > text ? to : text];
}

/** The NPC term whose body made the held text `v` of `law`: its history line of the text's date naming 第N届. */
function termOf(law: Law, v: Regulation): number | null {
  const dates = [versionTextDate(v), v.amended, v.adopted].filter((d): d is string => !!d);
  for (const note of law.versions[law.versions.length - 1]?.notes ?? []) {
    const line = DATED_LINE.exec(note);
    if (!line || !dates.includes(iso(line[1], line[2], line[3]))) continue;
    const term = TERM.exec(line[4]);
    if (term) return num(term[1]);
  }
  return null;
}

/** Whether the corpus shows the held text `v` of `law` cannot be the one order `n` of `series` published. */
export function notOrderText(laws: ReadonlyMap<string, Law>, law: Law, v: Regulation, series: OrderSeries, n: number): boolean {
  const facts = factsOf(laws);
  const span = published(v);
  if (!span) return false;
  if (series === 'council') {
    let below: { n: number; date: string } | null = null;
    let above: { n: number; date: string } | null = null;
    for (const o of facts.council) {
      if (o.n <= n) below = o;
      if (o.n >= n && !above) above = o;
    }
    if (below && above && below.date > above.date) return false; // the records disagree: nothing certain
    return (!!above && span[0] > above.date) || (!!below && span[1] < below.date);
  }
  const term = termOf(law, v);
  if (term === null) return false;
  const before = (facts.lawDays.get(term) ?? []).filter((d) => d < span[0]).length;
  return before >= n;
}

/** Whether the history notes of the held text `v` name order `n` of `series` (中华人民共和国国务院令第458号公布). */
function recordsOrder(v: Regulation, series: OrderSeries, n: number): boolean {
  const re = series === 'council' ? /国务院令第([0-9]{1,4}|[一二三四五六七八九十百千零〇]{1,8})号/g : /主席令第([0-9]{1,4}|[一二三四五六七八九十百千零〇]{1,8})号/g;
  return v.notes.some((note) => [...note.matchAll(re)].some((m) => num(m[1]) === n));
}

/** The held texts of `law` whose history notes name order `n` of `series`, latest last. */
export function recordedOrderTexts(law: Law, series: OrderSeries, n: number): Regulation[] {
  return law.versions.filter((v) => recordsOrder(v, series, n));
}

/**
 * The held texts of `law` the order may have published, latest last. A held text whose history notes name the order
 * (the order that first published the regulation, which lists go on citing it by: 《娱乐场所管理条例》(国务院令第458号)
 * for the text as amended since) is read there: those texts. Else every one the corpus does not rule out. Empty: none
 * is (the order published a text the corpus lacks).
 */
export function orderTexts(laws: ReadonlyMap<string, Law>, law: Law, series: OrderSeries, n: number): Regulation[] {
  const recorded = recordedOrderTexts(law, series, n);
  if (recorded.length) return recorded;
  return law.versions.filter((v) => !notOrderText(laws, law, v, series, n));
}
