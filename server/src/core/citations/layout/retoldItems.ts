// Rule (fix-zh41a, heldout34-court; a lawyer's page quoting an article with items, then retelling what follows them in
// its own words: 根据《中华人民共和国刑法》第一百三十三条之一规定: ⏎ “在道路上驾驶机动车…有下列情形之一的…: ⏎ (1)…; ⏎ (2)…;
// ⏎ (3)…; ⏎ (4)…。 ⏎ 对于机动车所有人和管理者,如果对上述第三项和第四项行为负有直接责任的…): a bare 第三项 (and a run of them)
// pointing back with 上述 / 前述 / 上列 / 以上, on the line right under the items listed one per line, names those items —
// the items of the article whose text the lines above print, the article cited last (analyze.ts reads an item cited
// alone in it). Only when the items stand right above the line (two or more item lines, 项 numbers no higher than
// their count), the line above them ends with a colon, and it or the line above it cites an article with 规定 (the
// article's words follow); and only before words a writer says of a provision's items (行为, 情形, 规定, 所列 …). A
// writer's own list under a line of his own (我们建议： ⏎ （一）… ⏎ 上述第二项措施…) names no article's items.

import { parseNumeral } from '../../numerals';
import { lineIndexOf } from '../text';
import { ITEM_LINE_START } from './itemsUnderCitation';

/** Words pointing back to what was set out above, right before the item. */
const BACK_BEFORE = /(?:上述|前述|上列|以上)的?$/;
/** What a writer says of a provision's items after naming them. */
const ITEM_WORDS_AFTER = /^的?(?:行为|情形|情况|规定|所列|所述|之一)/;
/** An article cited and its words announced: 第一百三十三条之一明确规定:, 第十条规定，. */
const ARTICLE_QUOTED = /第[一二三四五六七八九十百千零〇两0-9０-９]{1,7}条(?:之[一二三四五六七八九十])?[^\n]{0,12}规定/;
/** The most item lines looked at above the retelling. */
const MAX_ITEMS = 20;

/**
 * Whether the bare item run at [p, end) (第三项和第四项) retells items of the article printed right above it, as the
 * rule above reads them.
 */
export function itemsRetoldAt(text: string, p: number, end: number): boolean {
  if (!BACK_BEFORE.test(text.slice(Math.max(0, p - 3), p)) || !ITEM_WORDS_AFTER.test(text.slice(end, end + 3))) return false;
  const lines = lineIndexOf(text);
  const lineText = (k: number) => text.slice(lines.lineStart(k), k + 1 < lines.lineCount ? lines.lineStart(k + 1) - 1 : text.length);
  let k = lines.lineOf(p) - 1;
  let items = 0;
  while (k >= 0 && items < MAX_ITEMS && ITEM_LINE_START.test(lineText(k))) {
    items++;
    k--;
  }
  if (items < 2 || k < 0 || !/[:：][ \t\u3000]*$/.test(lineText(k))) return false;
  if (!ARTICLE_QUOTED.test(lineText(k)) && !(k > 0 && ARTICLE_QUOTED.test(lineText(k - 1)))) return false;
  // Each item named is one of those listed.
  const named = [...text.slice(p, end).matchAll(/第([一二三四五六七八九十0-9０-９]{1,3})项/g)].map((m) => parseNumeral(m[1]) ?? 0);
  return named.length > 0 && named.every((n) => n >= 1 && n <= items);
}
