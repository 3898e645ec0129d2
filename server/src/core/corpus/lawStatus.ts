// Whether a law of the corpus is still in force: repealed as its own front matter says (`repealed:`, `successor:`)
// or as a later law's final provisions say (corpus/repeals.ts: 民法典第一千二百六十条 …), the two merged. Pure: no LSP.
//
// Rules:
// - Front matter: any version's `repealed:` (the latest version that has one) gives the date (null when `true`) and
//   `successor:` the law that replaces it.
// - Final provisions: a record naming the law's title (or its name without 中华人民共和国) applies when it is dated,
//   is not the law itself, and its date is on or after the day the law's latest version took effect — a record
//   older than that repealed an earlier law of the same name (the 1950 契税暂行条例, the 1993 国家安全法), not this
//   text. Of several, the earliest applicable.
// - Merged: the front matter's facts win; the record fills what it leaves open (date, successor) and says which
//   law and article repealed it. The successor of a record is the repealing law.
// - A document dated before the repeal date cites a law then in force: no repeal applies to it.
import type { Law, CorpusLike } from './types';
import type { Repeal } from './repeals';
import { versionDate } from './versions';

/** A law of the corpus that is no longer in force. */
export interface LawRepeal {
  /** From when (YYYY-MM-DD); null when not known. */
  date: string | null;
  /** Title of the law that replaces it, as the source writes it; null when none is known. */
  successor: string | null;
  /** The law whose final provisions repeal it and the article that does, when the corpus has them. */
  by: string | null;
  article: string | null;
  /** Where the facts come from. */
  source: 'front-matter' | 'final-provisions' | 'both';
}

/** The record of a later law's final provisions that repeals this law's text, if any (rules above). */
export function applicableRecord(law: Law, records: readonly Repeal[]): Repeal | null {
  const latest = law.versions[law.versions.length - 1];
  const since = latest ? versionDate(latest) : null;
  if (!since) return null;
  let best: Repeal | null = null;
  for (const r of records) {
    if (!r.date || r.by === law.title || r.date < since) continue;
    if (!best || r.date < best.date!) best = r;
  }
  return best;
}

const cache = new WeakMap<Law, { records: object; result: LawRepeal | null }>();

/** Whether and how `law` was repealed (rules above); computed once per law and state of the corpus's repeals. */
export function lawRepeal(corpus: CorpusLike, law: Law): LawRepeal | null {
  const index = corpus.repeals();
  const known = cache.get(law);
  if (known && known.records === index) return known.result;
  let own: NonNullable<Law['versions'][number]['repealed']> | null = null;
  for (const v of law.versions) if (v.repealed) own = v.repealed;
  const record = applicableRecord(law, index.all(law.title));
  let result: LawRepeal | null = null;
  if (own) {
    result = {
      date: own.date ?? record?.date ?? null,
      successor: own.successor ?? record?.by ?? null,
      by: record?.by ?? null,
      article: record?.article ?? null,
      source: record ? 'both' : 'front-matter',
    };
  } else if (record) {
    result = { date: record.date, successor: record.by, by: record.by, article: record.article, source: 'final-provisions' };
  }
  cache.set(law, { records: index, result });
  return result;
}

/** Whether a repeal concerns a document of this date: on or after the repeal, or undated (read today). */
export function repealedAt(repeal: { date: string | null }, documentDate: string | null): boolean {
  return !documentDate || !repeal.date || documentDate >= repeal.date;
}
