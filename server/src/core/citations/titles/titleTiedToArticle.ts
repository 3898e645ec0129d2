// Rule (issue 14, real-gov16; Q&A pages setting two laws' same-numbered articles side by side: 劳动合同法第四十七条是关于
// 经济补偿金的规定…。《中华人民共和国劳动法》对于第四十七条的规定：用人单位根据…): a title named alone and joined to the bare
// article right after it by 对于, 关于, 中(的) or 里(的) names the law of that article — the writer ties the number to the
// title he has just written, so the article under discussion (referenceSubject.ts articleCitedAgain) does not take it
// back. A title named in passing before a full stop or a clause (…遵循《商业银行法》。综上，第六十三条…) still leaves it to
// the article discussed.
// Rule (fix-zh82, heldout52-court; papers introducing the law they discuss: 反思…解析2006年《中华人民共和国破产法》第2条。……
// 2006年8月27日正式颁布了《中华人民共和国企业破产法》(以下简称《企业破产法》),其中第2条对破产原因进行了界定): a title the
// writer gives a short name (以下简称 / 下称 / 简称《…》) is not named in passing — he introduces the law he goes on to cite,
// so a bare article later in that same sentence is that law's, though an earlier text was cited at the same number. So
// is a title joined to the article by 其中 / 其 (《某法》，其中第2条 — "of which"), with or without the short name between.
// A short name given in an earlier sentence, or to a title cited with an article since (《某法》(以下简称《某》)第2条…，
// 《乙法》…，第2条), leaves the reading as it was.

import { sentenceStart } from '../text';
import { SHORT_NAME_OPEN } from './shortFormBracket';

/** A title joined to the bare article right after it: 对于, 关于, 中(的), 里(的), or 其中 / 其 after a comma or a short name. */
const TIED = new RegExp(`》(?:[ \\u3000]*${SHORT_NAME_OPEN}[^（()）\\n]{0,30}[）)])?[ \\u3000]*(?:(?:对于|對於|关于|關於|中的?|里的?|裡的?)|[，,]?[ \\u3000]*其中?)[ \\u3000]*$`);

/** The last title before the article given a short name ((以下简称《…》), (下称…)), no title or article written since. */
const SHORT_NAME_GIVEN = new RegExp(`》[ \\u3000]*${SHORT_NAME_OPEN}[^（()）\\n]{0,30}[）)][^《》条條\\n]*$`);

/**
 * Whether the bare article at `offset` belongs to the title written just before it in its sentence (the rules above): a
 * title joined to it by 对于 / 关于 / 中 / 其中, or the title named last in the same sentence, given a short name,
 * with no article cited since.
 */
export function titleTiedToArticle(text: string, offset: number): boolean {
  if (TIED.test(text.slice(Math.max(0, offset - 50), offset))) return true;
  const from = sentenceStart(text, offset);
  return offset - from <= 300 && SHORT_NAME_GIVEN.test(text.slice(from, offset));
}
