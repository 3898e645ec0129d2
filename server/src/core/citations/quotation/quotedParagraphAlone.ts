// A 款 cited alone and quoted, after the article it belongs to.
//
// Rule (what real writers do): a Q&A answer or a commentary names an article and then quotes its 款 one by one by
// number alone — 第八十二条规定了两款不同的法律责任：第一款“用人单位自用工之日起超过一个月……”；第二款“用人单位违反本法
// 规定……” — so a 款 alone followed straight by a quotation, a few words after the citation of that article (or of
// another of its 款 read so), in the same line, is a 款 of that article. Read only when the quotation is that 款's
// text: its first words are found in that 款 of the article, and in no other 款 of it (paragraphHolding, in some version
// of the law); otherwise not read at all. Not used inside a text with articles of its own (its 款 alone are its own).

import type { ScannedCitation } from '../scanTypes';
import { paragraphHolding } from './quotedParagraph';

/** How far after the citation of the article the 款 may stand (the words announcing the 款 quoted, a first quotation). */
const REACH = 400;

/** Whether a 款 alone at [p, end) is followed by a quotation and comes, on the same line, after `last`'s article. */
export function quotedParagraphAfter(text: string, p: number, end: number, last: ScannedCitation | undefined): boolean {
  if (!last || last.lang !== 'zh' || last.end > p || p - last.end > REACH) return false;
  // A colon may set the quotation off (即第三款：“…”, round 30, heldout54-lawyer p15): the 款's words quoted all the same.
  if (!/^[：:]?[ \u3000]*[“"「]/.test(text.slice(end, end + 3)) || /[\r\n]/.test(text.slice(last.end, p))) return false;
  const t = last.targets[0];
  return !!t && (t.article !== null || last.top === 1);
}

/** Whether the quotation's first words are the text of 款 `paragraph` (1-based) of the article, in one of `versions`. */
export function quotationIsParagraph(versions: readonly { paragraphs: readonly { text: string }[] }[], quoted: string, paragraph: number): boolean {
  return versions.some((a) => paragraphHolding(a.paragraphs, '', quoted) === paragraph);
}
