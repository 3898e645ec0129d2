// Rule (issue 14, fix-en61; heldout40 English, a firm's annual review dated "23 August, 2019": "Article 21 of the
// Judicial Interpretation I on Construction Contracts sets out the basic principle … the Judicial Interpretation II on
// Construction Contracts has refined …"): once the Supreme People's Court issued a second interpretation on a subject
// (解释（二）, 2018), writers called the first one, issued unnumbered (2004), 解释（一） — years before the court itself
// issued a numbered 解释（一） (2020) replacing it. So a court interpretation numbered (一) named on a page dated before
// the numbered text was adopted is the unnumbered interpretation of the same title the corpus holds, the one in use
// then: 《…施工合同…的解释（一）》 or "Judicial Interpretation I on Construction Contracts" on a 2019 page is the 2004
// 《…施工合同…的解释》. On a later or undated page, or with no unnumbered text of that title, the numbered one stays.
import type { CorpusLike, Law } from '../../corpus/index';

/**
 * The unnumbered first interpretation a (一) named on a page dated `date` stands for, or null: `law`'s title ends in
 * （一）, its first text was adopted after `date`, and the corpus holds the same title without the number, adopted before.
 */
export function seriesFirstBefore(corpus: CorpusLike, law: Law, date: string | null): Law | null {
  if (!date || !law.title.endsWith('（一）')) return null;
  const first = law.versions[0];
  const adopted = first?.adopted ?? first?.effective ?? null;
  if (!adopted || date >= adopted) return null;
  const older = corpus.laws.get(law.title.slice(0, -3));
  if (!older || older === law) return null;
  const olderAdopted = older.versions[0]?.adopted ?? older.versions[0]?.effective ?? null;
  return olderAdopted && olderAdopted <= date ? older : null;
}
