// Forms from heldout33's gov and court errors (round 23, fix-zh39): made-up text in the real style against the bundled
// corpus (laws named short: 民法典1254 is the Civil Code's article 1254).
import { bundledShortTable as table } from './citations/helpers';

// A draft's article headings with their names in ASCII square brackets (第二条[适用范围]  本市…) are headings, as with
// 【】 (scanner.ts ASCII_BRACKET_NAME); a footnote mark after a cited article ([1], [注]) is no name.
table('citation table: article headings with a name in ASCII square brackets (fix-zh39)', [
  ['a draft\'s headings after its preamble naming a law', '某市城乡环境条例（草案）\n第一条[立法目的]  为了改善城乡环境，根据《中华人民共和国民法典》等法律，制定本条例。\n\n第二条[适用范围]  本市行政区域内的环境管理活动，适用本条例。\n第三条[工作原则]本市坚持政府引导、群众参与。',
    []],
  ['not a footnote mark after a cited article, nor an ordinal or a case number', '《中华人民共和国民法典》第一千二百五十四条[1]规定，禁止从建筑物中抛掷物品。第十条[注]另见。第十四届第一次会议；（2019）某刑初12号。',
    [['《中华人民共和国民法典》第一千二百五十四条', 'resolved', '民法典1254'], ['第十条', 'resolved', '民法典10']]],
]);
