// Rule (issue 14, fix-zh41b; heldout34 gov, a 随机抽查 list cell printing a 条例's articles: | 《某某保护实施条例》
// (2013年国务院令第645号修订)第五条 渔业行政主管部门…有权对《野生动物保护法》和本条例的实施情况进行监督检查…。第十九条第二款
// 对进入集贸市场的…): the printed text of an article may itself name another law — its own words (《野生动物保护法》和本条例)
// — and it is still the printed text: the next label, set off by a space from its own words after the full stop, heads
// the next article of the same regulation (lawExcerpt.ts pastedOnPrintedLine), and the title inside the words takes
// nothing over. Only a title named alone there: a title with an article after it (《某法》第十条) is a writer citing
// that law, and the words are the writer's. The label set off so may name the 款 printed (第十九条第二款 对…), and its
// words may open with 对 (glued, 。第十条对…作了规定 stays the writer's citation).

import { ARTICLE_NUMERAL } from '../text';

/** A title in 《》 with an article label after it (a few spaces or 的 at most between). */
const TITLE_WITH_ARTICLE = new RegExp(`《[^《》\\n]{1,80}》[ \\u3000]*(?:的[ \\u3000]*)?第${ARTICLE_NUMERAL}条`);

/** Whether the titles the printed words `printed` hold (if any) are named alone, none cited with an article. */
export function titlesNamedAlone(printed: string): boolean {
  return !TITLE_WITH_ARTICLE.test(printed);
}

// The next label pasted may name the 款 printed (。第十九条第二款 对进入…), as the cell's first label may (ENTRY_OPENING):
// set off by a space from its words, the 款 belongs to the heading.
const PARAGRAPH_THEN_SPACE = /第[0-9０-９一二三四五六七八九十]+款(?=[ \u3000]+[\u4e00-\u9fff])/y;

/** Where a label ending at `labelEnd` ends with the 款 after it, when a space and words follow that 款; else `labelEnd`. */
export function pastedParagraphEnd(text: string, labelEnd: number): number {
  PARAGRAPH_THEN_SPACE.lastIndex = labelEnd;
  return PARAGRAPH_THEN_SPACE.test(text) ? PARAGRAPH_THEN_SPACE.lastIndex : labelEnd;
}
