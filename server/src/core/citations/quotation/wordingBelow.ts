// Rule (issue 14, LawRefBook audit of round 31; decisions amending several court texts, one section each:
// 一、修改《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》⏎1.将第十条修改为：⏎“……依照《中华人民共和国刑事诉讼法》
// 第一百一十二条……”⏎2.将第十一条修改为：…): the new wording of an amending item may open on the line below its verb, and
// run over several lines — a caption, paragraphs with no marks of their own, the closing mark on the last. Those lines
// are the amended text's words as much as words quoted on the verb's own line (amendedWording.ts inInsertedWords): a
// title cited among them is not the writer's subject, and the next item's bare article (将第十一条) stays the text the
// section amends. Whether `start` lies inside such a quotation: the nearest opening mark not closed before `start`,
// counting the pairs quoted inside, stands after a verb putting words in (PUTS_IN) with only blanks and line breaks
// between. A paragraph opening with its own mark (the usual way to quote several paragraphs) is passed over when it is
// not the first; the search stops at a line opening an item of the amending text (2.将…, 三、修改…) outside marks and
// at 3,000 characters.

import { perText } from '../text';

/** A line opening an amending text's item: 1. / 2、 / 三、 (the items a new wording stands under). */
const ITEM_LINE = /^(?:[0-9０-９]{1,3}[.．、]|[一二三四五六七八九十百]{1,4}、)/;

/** How far back the opening mark may stand. */
const REACH = 3000;

/** A verb putting words in, ending its line (the only place a wording below can open from). */
const VERB_ENDS_LINE = /(?:为|增加|增写|补充|[条款项])[：:，,]?[ \u3000\t]*\r?\n/;

/** Whether `text` has a line ending in such a verb at all (asked once per text: the search below runs per citation). */
const mayHoldWordingBelow = perText((text) => VERB_ENDS_LINE.test(text));

/**
 * Whether `start` lies in a new wording opened below its verb (the rule above); `putsIn(text, open)` says whether the
 * words before the opening mark at `open` put words into the amended text.
 */
export function inWordingBelow(text: string, start: number, putsIn: (before: string) => boolean): boolean {
  if (!mayHoldWordingBelow(text)) return false;
  let depth = 0;
  for (let i = start - 1; i >= 0 && start - i <= REACH; i--) {
    const ch = text[i];
    if (ch === '\n') {
      const next = text.slice(i + 1, i + 8);
      if (depth === 0 && i + 1 < start && ITEM_LINE.test(next) && text[i + 1] !== '“') return false;
      continue;
    }
    if (ch === '”') { depth++; continue; }
    if (ch !== '“') continue;
    if (depth > 0) { depth--; continue; }
    const before = text.slice(Math.max(0, i - 40), i).replace(/[ \u3000\t\r\n]+$/, '');
    if (putsIn(before)) return true;
    // A later paragraph of a quotation of several, opening with its own mark: look for the first.
    if (i === 0 || text[i - 1] !== '\n') return false;
  }
  return false;
}
