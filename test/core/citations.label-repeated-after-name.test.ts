// A commentary's entry pasted after a lead-in and a colon: its label with the article's name in brackets, then the
// same label glued to the article's words (新劳动合同法解释：第四十七条【经济补偿的计算】第四十七条经济补偿按…) — both are the
// printed article's heading, no citation (fix-zh41a, heldout34-court form 7: layout/repeatedLabel.ts). Made-up text in
// the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a label repeated after its bracketed name (fix-zh41a)', [
  ['after a lead-in and a colon, glued to the words, and on a line of its own',
    '依据为《中华人民共和国劳动合同法》第四十八条。新劳动合同法解释：第四十七条【经济补偿的计算】第四十七条经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。\n'
      + '第四十六条【经济补偿】第四十六条有下列情形之一的，用人单位应当向劳动者支付经济补偿。',
    [['《中华人民共和国劳动合同法》第四十八条', 'resolved', '劳动合同48']]],
  ['not another label after the name; ordinals and case numbers unread',
    '依据为《中华人民共和国劳动合同法》第四十八条。劳动合同法解释：第四十七条【经济补偿的计算】第四十八条规定的赔偿金另计。第十四届第一次会议；（2019）某民终12号。',
    [['《中华人民共和国劳动合同法》第四十八条', 'resolved', '劳动合同48'], ['第四十八条', 'resolved', '劳动合同48']]],
]);
