// Rule (issue 14, zh14; Q&A, 普法 and commentary pages printing a law's article under its label at a line start:
// 第二十七条 申请仲裁的时效期间为一年。… ⏎ 前款规定的仲裁时效，因…而中断。): the lines under the label are the article's
// 款, one a line, as the law prints them, and 前款 / 前两款 there is the 款 (or the two) before the one it stands in —
// the writer copied the law's words, not his own. A line that does not end a sentence (。；：！？ or a closing mark)
// runs on into the next, and an item line (（一）…) belongs to the 款 introducing it, so neither opens a 款. A blank line
// or a heading of the page's own between the label and the reference ends the article (printedHeadingAbove.ts): no
// 款 is counted then. Which law the article is, is told by its words (analyze.ts printedArticleAround).
import { articleLabelAbove, type PrintedLabel } from './printedHeadingAbove';

/** A line that opens an item of the 款 above it: （一）, (二), 一、 is a heading of the page's own (not reached). */
const ITEM_LINE = /^[ \t\u3000]*[（(][一二三四五六七八九十]{1,3}[)）]/;
/** A line ending its sentence: the next line opens another 款 (or an item). */
const SENTENCE_END = /[。；;：:！？!?”」）)][ \t\u3000]*$/;

/** The printed article whose text holds `offset` and the 款 of it `offset` stands in (1 for the label's line); null when none. */
export function printedParagraphAt(text: string, offset: number): { label: PrintedLabel; paragraph: number } | null {
  const label = articleLabelAbove(text, offset);
  if (!label) return null;
  const between = text.slice(label.end, offset);
  if (/\n[ \t\u3000\r]*\n/.test(between)) return null;
  const lines = between.split('\n');
  let paragraph = label.paragraph ?? 1;
  for (let i = 1; i < lines.length; i++) {
    if (SENTENCE_END.test(lines[i - 1].replace(/\r$/, '')) && !ITEM_LINE.test(lines[i])) paragraph++;
  }
  return { label, paragraph };
}
