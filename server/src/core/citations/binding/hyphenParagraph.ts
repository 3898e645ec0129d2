// Rule (issue 14, a140-en; a translated judgment dataset whose Chinese is printed beside it: "Based on the provisions of
// Articles 133-1, 67-3, 72-1, 72-3, 73-1, 73-3, 52, and 53 of the Criminal Law" for 第一百三十三条之一…，第六十七条第三款，
// 第七十二条第一款、第三款，第七十三条第一款、第三款，第五十二条，第五十三条). English writes 条之一 as "-1" after the article
// (Article 253-1, lists/englishUnitList.ts insertAfter), and translators of judgments write 第N款 the same way. The law
// decides: the inserted article when the text holds it (133-1, 253-1), else the paragraph when the article has it
// (67-3, 72-1). Neither held: the inserted reading stays (its problem says so). The mirror of "Article 287.2"
// (bindTargets.ts dottedInsert), where the paragraph is read first and the inserted article where the paragraph is not.
// Only in a list of articles, as a judgment's basis cites them (english.ts sets RawTarget.hyphened there): one article
// "Article 285-1 of the Criminal Law" keeps the inserted reading, unknown-article (forms-en110, real-forms-english10) —
// an open convention question.

import type { CorpusLike } from '../../corpus/index';
import type { Regulation } from '../../model';
import type { RawTarget } from '../scanTypes';

/** "Article 67-3" (RawTarget.hyphened) read as paragraph 3 of article 67 in `reg` when 67之3 is not there and 67.3 is. */
export function hyphenParagraph(corpus: CorpusLike, reg: Regulation, r: RawTarget): RawTarget {
  if (r.article === null || r.insert === null || r.paragraph !== null || r.item !== null) return r;
  if (corpus.article(reg, r.article, r.insert)) return r;
  const art = corpus.article(reg, r.article, null);
  if (!art || art.paragraphs.length < r.insert) return r;
  return { ...r, paragraph: r.insert, insert: null, hyphened: undefined };
}
