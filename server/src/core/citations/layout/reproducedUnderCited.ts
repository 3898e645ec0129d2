// Rule (issue 14 form 8, heldout25-gov; enforcement and 免罚 lists that set out, under the penalty article they cite,
// the article it points to, or the rule's penalty article under the duty it cited):
//   《某某回收管理办法》（某部令第8号） 第二十一条  违反本办法第七条规定的，……并可向社会公告。第七条 从事某某活动，应当……
//   《某某卡管理办法（试行）》第七条发卡企业应当……⏎第三十六条发卡企业违反本办法第七条规定的，由……罚款。
// A label heading the text reproduced, not citing it, stands in one of two shapes:
// 1. Mid-line, glued to the full stop that ends the article before it, then a space and the article's own words
//    (。第七条 从事…): stopSpacedLabel.ts reads it, for any article so printed (here the article the one reproduced points
//    to). A writer citing the next article relied on glues the label to its words (。第七条规定…, a citation under a basis
//    caption: basisColumn.ts) or goes on citing it (第七条 的规定).
// 2. At a line's start, glued to words that call their own regulation 本办法 / 本法 / 本条例 / 本规定 / 本细则 / 本规则 in
//    the same sentence (第三十六条发卡企业违反本办法第七条规定的…): only a regulation's own text names itself so, so the
//    words are the article's and the label heads them. A writer's line citing the article goes on with 规定 / 的 / 对 /
//    明确 … (第三十六条规定，违反本办法…; 第三十六条对违反本办法…), and those stay citations. The label may carry its 款
//    (第三十七条第一款发卡企业违反本办法…). This file reads shape 2.

import { firstStopAt, stopCodes } from '../text';

/** Words that go on citing a label (第七条规定, 第七条的, 第七条中, 第七条第二款, lists) or a writer's verb about it. */
const CITING_ON = /^(?:规定|的|之|中|第|款|项|和|及|或|至|到|与|以|等|所|有关|对|明确|指出|要求|强调|是|为|即|则|也|还|又|已|将|在|作|适用|仍|同|并|进一步|针对|关于|就|列|设定|设置|赋予|授权|确立|包括|属于|被|可|只|亦)/;

/** The words calling their own regulation so, within the sentence after the label. */
const OWN_SELF_WORD = /本(?:办法|法|条例|规定|细则|规则|实施细则|实施办法)(?![院官庭人律])/;

/** Where the sentence after the label ends: 。 or a line break. */
const OWN_WORDS_STOPS = stopCodes('。\r\n');

/** Shape 2: the label (its 款 included) ending at `end` opens a line glued to words naming their own regulation 本办法 …. */
export function gluedOwnWords(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (!/^[\u3400-\u9fff]/.test(after) || CITING_ON.test(after)) return false;
  const stop = firstStopAt(text, end, end + 80, OWN_WORDS_STOPS);
  const sentence = stop === -1 ? after : text.slice(end, stop);
  return OWN_SELF_WORD.test(sentence);
}
