// "the preceding paragraph" in quoted English statute text whose paragraphs ran together (issue 14, English pages):
// machine-translated Q&A and legal-basis pages print an article's paragraphs one after another in one paragraph,
// "Article 246 Whoever publicly insults … shall be sentenced … . The crime mentioned in the preceding paragraph shall
// be handled only upon complaint …", so the line breaks no longer tell which paragraph (款) a reference stands in
// (englishHeadings.ts englishParagraphAt counts them from line ends). A reader knows it cannot be the first — nothing
// precedes it there — and reads it as the law reads: the article's paragraph that refers so (前款, 前两款, 前三款 in the
// Chinese text). When one paragraph of the quoted article does, in every version of it the corpus holds, the
// reference is to the paragraph(s) just before that one; otherwise it stays unread.

import type { Article, Regulation } from '../../model';
import type { RawTarget } from '../scan/scanTypes';

/** The Chinese words for "the preceding N paragraph(s)" (前款, 前两款, 前三款). */
const PRECEDING_WORD = ['', '前款', '前两款', '前三款', '前四款'];

/** The one paragraph of `article` whose text says 前款 (count 1), 前两款 (2) …; 0 when none does, null when several do. */
function referringParagraph(article: Article, count: number): number | null {
  const holding = article.paragraphs.filter((p) => p.text.includes(PRECEDING_WORD[count]));
  return holding.length === 0 ? 0 : holding.length === 1 ? holding[0].number : null;
}

/**
 * The targets of "the preceding `count` paragraph(s)" of article `article` (`insert`) of the law whose versions are
 * `versions`, with the units below the paragraph that `chain` cites ("items (3) or (4) of the preceding paragraph"):
 * null when the corpus cannot tell which paragraph refers so, or its versions disagree.
 */
export function precedingPlaced(versions: readonly Regulation[], article: number, insert: number | null, count: number, chain: readonly RawTarget[]): RawTarget[] | null {
  if (!PRECEDING_WORD[count]) return null;
  let k: number | null = null;
  // A version whose article does not refer so (an older wording, a translation) tells nothing.
  for (const v of versions) {
    const a = v.articles.find((x) => x.number === article && x.insert === insert);
    const here = a ? referringParagraph(a, count) : 0;
    if (here === 0) continue;
    if (here === null || (k !== null && here !== k)) return null;
    k = here;
  }
  if (k === null || k - count < 1) return null;
  const targets: RawTarget[] = [];
  for (let j = k - count; j < k; j++) for (const r of chain) targets.push({ ...r, article, insert, paragraph: j });
  return targets;
}
