// Rule (fix-zh82, heldout52-court; a site's page of a judgment or excerpt that begins mid-article — the tail of article
// 47 printed above 第四十八条: 本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资。⏎ 第四十八条 用人单位违反本法规定…):
// a 本条 opening the line right above the page's first article label is not that label's article — it stands in the
// text before it, the tail of the article before. It is that article (the label's number − 1, of the law the label's
// words print) when its words are found in that article's text; else it is left unread, not given to the label below.

import type { CorpusLike, Law } from '../../corpus/index';
import { atLineStart, lineEndAt, lineStartAt, wordsOf } from '../text';

/** How many of the line's words (from 本条 on) must stand in the article's text. */
const COMPARED = 10;

/**
 * Whether 本条 at `offset` opens the line right above the page's opening label at `label` (no blank line between): the
 * tail of the article before that label (the rule above). A line start is text.ts atLineStart's: indentation or a
 * Markdown mark (> of a quoted excerpt, #, *) before 本条, as before the label on the next line.
 */
export function opensLineAboveLabel(text: string, offset: number, label: number): boolean {
  if (offset >= label || !atLineStart(text, offset)) return false;
  const end = lineEndAt(text, offset);
  return end < label && lineStartAt(text, label) === end + 1 && atLineStart(text, label);
}

/** Whether the words of `offset`'s line (from 本条 on) stand in the text of `law`'s article `n` (any version). */
export function wordsInArticle(text: string, offset: number, law: Law, n: number, corpus: CorpusLike): boolean {
  const words = wordsOf(text.slice(offset, lineEndAt(text, offset))).slice(0, COMPARED);
  if (words.length < 4) return false;
  return law.versions.some((v) => {
    const a = n >= 1 ? corpus.article(v, n, null) : undefined;
    return !!a && wordsOf(a.text).includes(words);
  });
}
