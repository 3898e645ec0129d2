// A 款 or 项 cited alone, without its article (第一款是关于…, 第（二）项规定): when it is a citation of the article in
// context, and when another document's part (判决第二项, 《…清单》第4项).
import { opensNumberedItem } from '../layout/numberedParagraphItem';
import { itemAmendedAfter } from '../quotation/amendedWording';

/**
 * Words after an item cited alone (符合第（二）项规定, 第2项所列): 第2项商品 is a list entry, not a citation. An amending
 * text (修改决定, 修正案草案) rewrites items alone too: 第八项修改为：“…”, 增加一项，作为第九项 (issue 14, real-gov3) — the
 * items of the article it amended last. A commentary names what an item is about: 第十四条规定了六种情形，其中第六项关于
 * 上下班途中的规定 (issue 14, qa6).
 */
export const ITEM_CUE = /^(?:的)?(?:规定|情形|所列|所称|所述|之规定|中|内容|要求|的要求|之一|修改为|改为|关于)|^[，。；、,;：:）)]|^$/;
/**
 * What an item cited alone cannot follow: another document's items (刑事判决第二项, 决定第三项), and what a judgment
 * numbers of its own (维持原判第一、二项, 判项第三项, 诉讼请求第1至3项, 仲裁裁决第二项, 调解书第一项).
 */
const NOT_ITEM_OWNER = /(?:判决|裁定|决定|决定书|主文|通知|公告|事项|清单|附件|议程|会议|名单|原判|判项|请求|裁决|调解书|协议|合同|章程|草案|意见稿)$/;

/** Whether the words right before a 款 or 项 cited alone at `p` own it (NOT_ITEM_OWNER): another document's part. */
export function ownedNumber(text: string, p: number): boolean {
  return NOT_ITEM_OWNER.test(text.slice(Math.max(0, p - 4), p));
}

/** The end of a title, its 文号 or version in brackets after it. */
const AFTER_TITLE = /[》][ \u3000]*(?:[（(][^（()）\n]{1,40}[)）][ \u3000]*)?$/;

/**
 * A verb that cites what follows it (依照第二项。): an item before only a punctuation mark needs one. A writer discussing
 * which provision a court applies says 引用 or 援引 so (维持的部分引用…第一款第一项，改判的部分分别引用第二项、第三项；
 * issue 14, zh15).
 */
const CITING_VERB = /(?:依照|依据|根据|按照|适用|符合|属于|参照|违反|对照|即|见|作为|引用|援引)[^，。；,;：:\n]{0,3}$/;

/**
 * Rule (commentaries, 以案释法, law-firm articles): outside a regulation, a 款 cited alone that opens a sentence and is
 * what the sentence is about — 第一款是关于…的规定, 第三款则要求…, 第二款进一步… — is a 款 of the article under discussion
 * (analyze.ts: the article cited last; none: no citation). Elsewhere a 款 alone outside a regulation is not read.
 */
export function paragraphDiscussed(text: string, p: number, end: number): boolean {
  let i = p - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000')) i--;
  const opens = i < 0 || '\n。；！？'.includes(text[i]) || /(?:^|\n)[ \u3000]*(?:[0-9]{1,2}[.、．]|[（(][一二三四五六七八九十0-9]{1,2}[)）]|[-*])[ \u3000]*$/.test(text.slice(Math.max(0, p - 12), p));
  // 规定 alone is not enough: 《…》第一条。第二款规定 stays unread (citations.table.test.ts), as 第二款 of a draft would be.
  if (opens && /^(?:是关于|则|针对的是|强调|进一步|明确了)/.test(text.slice(end, end + 4))) return true;
  if (opensNumberedItem(text, p, end)) return true; // 2、第一款规定：… (numberedParagraphItem.ts)
  // Rule (issue 14, heldout30 court; a commentary comparing an article's texts: …条文顺序变为第17条…。从内容上，第1款将…变更为
  // …；第2款对…增加了…): a 款 opening a clause after a semicolon, or after a short lead (从内容上，具体而言，), and doing
  // something to the text (将…, 对…, 把…, 增加, 删除) is the writer's subject, the article's 款, as above. Not opening a
  // line or a sentence (。第二款对此作出了规定 on the line under a citation stays unread, citations.table.test.ts).
  const led = opens ? text[i] === '；' : /(?:^|[。；！？\n])[ \u3000]*[\u4e00-\u9fff]{1,5}(?:上|看|言|说|面)[，,]$/.test(text.slice(Math.max(0, i - 8), i + 1));
  return led && /^(?:将|对|把|增加|删除|新增)/.test(text.slice(end, end + 2));
}

/** An article (and its 款) written without 第 ending where a 款 or 项 cited alone starts: 六十条第一款 | 六十条. */
export const AFTER_ARTICLE_WITHOUT_DI = /(?:^|[^第0-9０-９零一二三四五六七八九十百千万两〇])[0-9０-９零一二三四五六七八九十百千万两〇]+条(?:第[0-9０-９零一二三四五六七八九十]+款)?[ \u3000]*$/;

/** 第（二）项 / 第2项 alone: a citation of an item of the article in context. */
export function itemCitedAlone(text: string, p: number, end: number): boolean {
  if (ownedNumber(text, p)) return false;
  // Right after a document's title (and its 文号): that document's entry (《…不予处罚清单》（…〔2023〕9号）第4项), not an
  // item of the article cited before.
  if (AFTER_TITLE.test(text.slice(Math.max(0, p - 50), p))) return false;
  // 第（二）项 in brackets is the drafting form of an item; 第二项 / 第2项 only before a word that cites it, or
  // before a punctuation mark after a citing verb (检验报告载明不合格项目为第3项。 counts entries of a report).
  if (text[p + 1] === '（' || text[p + 1] === '(') return true;
  // An amending text rewriting the item's quoted words, or merging or striking items (amendedWording.ts).
  if (itemAmendedAfter(text, p, end)) return true;
  const after = text.slice(end, end + 4);
  if (!ITEM_CUE.test(after)) return false;
  return !/^(?:[，。；、,;：:）)]|$)/.test(after) || CITING_VERB.test(text.slice(Math.max(0, p - 8), p));
}
