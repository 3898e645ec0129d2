// Rule (round 32, layout-zh120; court news and 普法 pages printing the article applied under 法条链接 / 相关法条, and
// lawyers' pages reprinting a law: 《中华人民共和国民事诉讼法》第一百一十四条 诉讼参与人或者其他人有下列行为之一的… ⏎ (一)… ⏎
// … ⏎ (六)… ⏎ 人民法院对有前款规定的行为之一的单位…): an article's listed items are part of its words, however many and
// long — the next 款 follows the last item. So the reach from the cited article to a 前款 in its words (a few sentences,
// pastedParagraph.ts MAX_GAP) counts the article's sentences, not its item lines: a line opening with an item's number
// (（一）, (六)) is passed over. The words are still checked against the article's text (analyze.ts pastedWords), and the
// whole run is bounded (ITEMS_REACH) so a 前款 pages below never reaches back.
import { ITEM_LINE } from '../layout/printedParagraph';

/** The longest run of text, items included, between the cited article and its 前款. */
const ITEMS_REACH = 2000;

/** The characters of [from, to) outside item lines (Infinity past ITEMS_REACH): the reach of an article's words. */
export function reachWithoutItems(text: string, from: number, to: number): number {
  if (to - from > ITEMS_REACH) return Infinity;
  let gap = 0;
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    // The citation's own line counts whole; an item line below it not at all.
    if (lineStart === from || !ITEM_LINE.test(text.slice(lineStart, lineStart + 8))) gap += lineEnd - lineStart;
    lineStart = lineEnd + 1;
  }
  return gap;
}
