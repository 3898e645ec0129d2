// Rule (释义 and commentary pages, a lawyer's notes on one article): a page may open with an article printed — its
// label and its text (第七百二十二条 ⏎ 承租人无正当理由未支付…, 第八十三条用人单位违反本法规定与劳动者约定试用期的…) —
// and only name its law further down, or never (the law is in the book's or site's title). The printed words tell
// which law's article it is: the one law of the corpus whose article of that number opens with those words — longest
// run of the same words deciding when two open alike (劳动合同法 and 妇女权益保障法 both open their 第八十三条 with
// 用人单位违反本法规定). The page then discusses that article: its 本条 is it, and the label is the heading of the text
// printed, not a citation. A tie, or no law: nothing is decided. Only a law's (…法, …法典: the 释义 of a statute, as
// onQuotedHeading's explained law): a commentary of a court's interpretation or a regulation on its own article is left
// as before, its 本条 not read.
import type { CorpusLike, Law } from '../../corpus/index';
import { opensOwnText, wordsOf } from './ownTextHeading';

/** How many of the printed words are compared at most. */
const COMPARED = 60;

/**
 * The one law whose article `number` (之`insert`) opens with the words printed after the label [start, end), else null;
 * `minRun`: how many of its words at least (all of them when the article has fewer).
 */
// `paragraph`: the label names that 款 and the words printed after `end` are its (printedHeadingAbove.ts PrintedLabel).
export function lawPrintedAt(text: string, start: number, end: number, number: number, insert: number | null, corpus: CorpusLike, original: (law: Law) => Law, minRun = 0, paragraph = 1): Law | null {
  const printed = wordsOf(text.slice(end, end + COMPARED * 3).replace(/^[\s]*[【〖][^【〖】〗\n]{1,20}[】〗]/, ''));
  let best: Law | null = null;
  let bestRun = 0;
  let tie = false;
  for (const law of corpus.laws.values()) {
    if (!/法典?$/.test(law.title)) continue;
    for (const v of law.versions) {
      const article = corpus.article(v, number, insert);
      if (!article || !opensOwnText(text, start, end, article, paragraph)) continue;
      const words = wordsOf(paragraph === 1 ? article.paragraphs[0]?.text ?? article.text : article.paragraphs[paragraph - 1]?.text ?? '');
      let run = 0;
      while (run < COMPARED && run < words.length && words[run] === printed[run]) run++;
      if (run < minRun && run < words.length) continue;
      const o = original(law);
      if (run > bestRun) {
        best = o;
        bestRun = run;
        tie = false;
      } else if (run === bestRun && best !== o) tie = true;
    }
  }
  return tie ? null : best;
}
