// Amendments (修改决定, 修正案, the amending articles of a draft): the quotation after a provision cited as amended is
// its new wording, not its text now. Pure: no LSP import.
//
// Rule (how amendments are written): 将第十条修改为：“…”, 第十条第二款修改为：“…”, 原第三款作为第四款，修改为：“…” rewrite a
// provision; 增加一条，作为第二十一条：“…”, 在第二十条后增加一款，作为第二款：“…” add one. The quotation that follows is the
// provision as it will read. It is never compared with the current text (it differs by design); 本法, 本条例 and a
// bare 第X条 inside it are the amended law's, as in any quotation of that law; 本条, 前款 and a bare 第X款 or 第X项 there
// are the new provision's, which the corpus does not have yet, so they are not read — nor, in an amending text numbered
// as articles (a 修正案 in the corpus), read as its own articles' (scanner.ts inNewWording).

import { englishPutsIn } from '../english/versions/englishNewWording';
import { inWordingBelow } from './wordingBelow';

/**
 * A verb rewriting the provision just cited, before the quotation of its new wording — on its line, or opening a line
 * below it (1.将第十条修改为：⏎⏎“…”; wordingBelow.ts): then the colon and line breaks are passed over.
 */
const REWRITTEN_AS = /[，,]?[ \u3000]*(?:修改为|修订为|改为)(?:[：:，,]?[ \u3000]*(?:\r?\n[ \u3000]*){1,3}(?=[“「]))?(?=[：:，,]?[ \u3000]*[“「])/y;

/** Where the new wording's opener starts, after a verb rewriting the provision ending at `end`; -1 when none. */
export function rewrittenAs(text: string, end: number): number {
  REWRITTEN_AS.lastIndex = end;
  return REWRITTEN_AS.test(text) ? REWRITTEN_AS.lastIndex : -1;
}

/**
 * 增加一条，作为 / 增加一款作为 / 原第三款作为 / 第三款相应地改为 right before a citation: it names a provision being added or
 * moved.
 */
const ADDED_AS = /(?:(?:增加|增设|新增|增写|原第[^，,。；;\n]{1,12})[^。；;\n“”]{0,20}作为|第[^，,。；;\n]{1,12}相应地?改为)[ \u3000]*$/;

/** Whether the citation starting at `start` is the number of a provision an amendment adds (or moves). */
export function addedAs(text: string, start: number): boolean {
  // Both forms end in 作为 or 改为 (a cheap test first: this runs before every citation of a long draft), read in place
  // before any substring is made.
  const from = Math.max(0, start - 40);
  let k = start;
  while (k > from && (text[k - 1] === ' ' || text[k - 1] === '\u3000')) k--;
  if (k - 2 < from || !(text.startsWith('作为', k - 2) || text.startsWith('改为', k - 2))) return false;
  const before = text.slice(from, start).replace(/[ \u3000]+$/, '');
  return (before.endsWith('作为') || before.endsWith('改为')) && ADDED_AS.test(before);
}

/**
 * A 款 or 项 numbered by an amendment of the provision cited before it: 宪法第十四条增加一款，作为第四款; 第三款相应地改为第四款;
 * 原第二款作为第三款. In a text with articles of its own (a 修正案), it is still the amended law's.
 */
export function numberedByAmendment(text: string, start: number, end: number): boolean {
  return addedAs(text, start) || /^[ \u3000]*(?:相应地?)?(?:修改为|改为|作为第)/.test(text.slice(end, end + 10));
}

/**
 * Rule (issue 14, zh15; 修改决定 amending items one by one: 三、第二条，第一项“…”修改为：“…”；⏎第二项“…”修改为…；将第三、四项
 * 合并为一项): an amending text names an item of the article it amends by quoting its present words and rewriting them,
 * or moves, merges or strikes items with 将. After a 项 cited alone, either says the item is the amended article's — a
 * list entry (第2项商品) is never followed so.
 */
const ITEM_REWRITTEN = /^(?:“[^“”\n]{1,400}”[，,]?[ \u3000]*(?:修改为|修订为|改为)|(?:合并为|删去|删除|移作|调整为))/;

/** Whether the item (or list of items) cited alone ending at `end` is rewritten, merged or struck by an amending text. */
export function itemAmendedAfter(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 420);
  if (!ITEM_REWRITTEN.test(after)) return false;
  return after[0] === '“' || text[start - 1] === '将';
}

/**
 * A verb putting words into the amended text, right before the opening mark of those words; or the number a provision
 * added takes (增加一款，作为第四款：“…”).
 */
const PUTS_IN = /(?:修改为|修订为|改为|替换为|增加|增写|补充|作为第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?|作为第[零〇一二三四五六七八九十]+[款项])[：:，,]?[ \u3000]*$/;
/** Words an amending item deletes: 删去第三条第一款中的“…”. */
const TAKES_OUT = /删去[^“”。；\n]{0,30}$/;

/**
 * Rule (修改决定, 修正案): the words an amending item writes into the text — 将第一条中的“国家”修改为“《中华人民共和国社会保险法》
 * 等”, 将第十条修改为：“…依照《…法》第五十条处理。” — are the amended regulation's new words. A title among them is not
 * the writer's subject: the amending items after it (二、第二条修改为…) go on citing the regulation amended. Nor is one
 * among the words an item deletes (删去第三条中的“依照民法典第三编…”). Whether
 * `start` lies inside quotation marks (on its line) that open right after such a verb.
 */
export function inInsertedWords(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= 600; i--) {
    const ch = text[i];
    // Not on this line: the new wording may open on a line below its verb (wordingBelow.ts).
    if (ch === '”' || ch === '\n') return inWordingBelow(text, start, (before) => PUTS_IN.test(before));
    // In English too: "Article 50 is amended as: “…”", "added as Paragraph 4, which reads: “…”" (englishNewWording.ts).
    if (ch === '“') return PUTS_IN.test(text.slice(Math.max(0, i - 16), i)) || TAKES_OUT.test(text.slice(Math.max(0, i - 32), i)) || englishPutsIn(text, i)
      || (text[i - 1] === '\n' && inWordingBelow(text, start, (before) => PUTS_IN.test(before)));
    // A straight mark: an opening one (after a space or a colon, before a word) is read as “ is; a closing one ends
    // the search, as ” does (a page may open with " and close with ”).
    if (ch === '"') {
      const prev = i > 0 ? text[i - 1] : '\n';
      if (!/[\s:：,(]/.test(prev) || /\s/.test(text[i + 1] ?? '\n')) return false;
      return PUTS_IN.test(text.slice(Math.max(0, i - 16), i)) || englishPutsIn(text, i);
    }
  }
  return false;
}

