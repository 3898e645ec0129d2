// Citations as legal Q&A pages, 普法 posts, penalty lists and reprinted law texts write them (issue 14, thirteenth
// helper round, qa13). Made-up text in the real style, against the bundled corpus; the rule each group tests is named in
// its comment.
import * as assert from 'assert';
import { bundledSummary } from './citations/helpers';

const CONTRACT_GENERAL = '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释';
const PROPERTY_ONE = '最高人民法院关于适用《中华人民共和国民法典》物权编的解释（一）';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- an interpretation's title without 《》, its issuer set apart by 在 or left out (bareInterpretation.ts) ----
  ['最高人民法院在关于适用〈…〉…的解释第十二条中 cites the interpretation, not the Code named inside it',
    '最高人民法院在关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释第十二条中明确，合同成立后仍需审批。', [
      ['关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释第十二条', 'resolved', `${CONTRACT_GENERAL}12`],
    ]],
  ['依照关于适用〈…〉…的解释（一）第八条 without an issuer cites the interpretation too',
    '依照关于适用〈中华人民共和国民法典〉物权编的解释（一）第八条，登记以外的权利人可以主张。', [
      ['关于适用〈中华人民共和国民法典〉物权编的解释（一）第八条', 'resolved', `${PROPERTY_ONE}8`],
    ]],
  ['a title whose series number is left out names no one interpretation: unknown, never the Code\'s article',
    '最高人民法院在关于适用〈中华人民共和国民法典〉婚姻家庭编的解释第五条中规定了彩礼。', [
      ['关于适用〈中华人民共和国民法典〉婚姻家庭编的解释第五条', 'unknown-regulation', ''],
    ]],
  ['a law cited right after 关于适用 keeps its article; sessions and case numbers are no citations',
    '关于适用《中华人民共和国劳动合同法》第十条的规定，第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', [
      ['《中华人民共和国劳动合同法》第十条', 'resolved', '中华人民共和国劳动合同法10'],
    ]],

  // ---- a citation broken at a line's end (chain.ts WRAPPED_INSERT, scanner.ts wrappedAfterCitedTitle) ----
  ['第一百三十三条 at a line end and 之一 opening the next line are one article; its 前款 and 前两款 read in it',
    '《刑法》第一百三十三条\n之一【危险驾驶罪】在道路上驾驶机动车，有下列情形之一的，处拘役：\n（一）追逐竞驶的；\n（二）醉酒驾驶的；\n（三）超员超速的；\n（四）违规运输危险化学品的。\n所有人对前款第三项、第四项行为负有直接责任的，依照前款的规定处罚。\n有前两款行为，同时构成其他犯罪的，从重处罚。', [
      ['《刑法》第一百三十三条\n之一', 'resolved', '中华人民共和国刑法133之1'],
      ['前款第三项、第四项', 'resolved', '中华人民共和国刑法133之1.1.3 中华人民共和国刑法133之1.1.4'],
      ['前款', 'resolved', '中华人民共和国刑法133之1.1'],
      ['前两款', 'resolved', '中华人民共和国刑法133之1.1 中华人民共和国刑法133之1.2'],
    ]],
  ['a line opening with 之一 after other words is no article\'s number; sessions and case numbers are no citations',
    '下列情形属于违法行为\n之一的，从重处罚。第十四届全国人大第一次会议，（2019）某刑初12号判决第二项，第2项商品。', []],
  ['根据《…条例》 ending a line goes on with the article opening the next line',
    '未经许可从事经营的处理。根据《中华人民共和国道路运输条例》\n第六十三条 违反本条例的规定，擅自从事道路运输经营的，责令停止经营。', [
      ['《中华人民共和国道路运输条例》\n第六十三条', 'resolved', '中华人民共和国道路运输条例63'],
    ]],
  ['a year noted after the title does not break it: 根据《民法典》（2021年施行）⏎第一千零六十二条',
    '根据《民法典》（2021年施行）\n第一千零六十二条 夫妻在婚姻关系存续期间所得的下列财产，为夫妻的共同财产。', [
      ['《民法典》（2021年施行）\n第一千零六十二条', 'resolved', '中华人民共和国民法典1062'],
    ]],
  ['a title ending a line without 根据 leaves the next line\'s label a heading; sessions are no citations',
    '相关法律：《中华人民共和国道路运输条例》\n第六十三条 违反本条例的规定，擅自经营的，责令停止经营。\n第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', []],

  // ---- an amendment's article quoted: the article it adds is the amended law's (analyze.ts continuesQuotedCitation) ----
  ['“在刑法第一百五十八条后增加一条，作为第一百五十八条之一” adds an article to the Criminal Law, not to the amendment',
    '《中华人民共和国刑法修正案（九）》第十条规定：“在刑法第一百二十条之六后增加一条，作为第一百二十条之七。”第十四届全国人大第一次会议审议。', [
      ['《中华人民共和国刑法修正案（九）》第十条', 'resolved', '中华人民共和国刑法修正案（九）10'],
      ['刑法第一百二十条之六', 'resolved', '中华人民共和国刑法120之6'],
      ['第一百二十条之七', 'unknown-article', '中华人民共和国刑法120之7'],
    ]],
  ['a bare article after a comma in other quoted words stays the quoted law\'s; case numbers are no citations',
    '《中华人民共和国刑法修正案（九）》第十条规定：“依照刑法第一百二十条处罚，第十一条另有规定的除外。”（2019）某刑初12号判决第二项。', [
      ['《中华人民共和国刑法修正案（九）》第十条', 'resolved', '中华人民共和国刑法修正案（九）10'],
      ['刑法第一百二十条', 'resolved', '中华人民共和国刑法120'],
      ['第十一条', 'resolved', '中华人民共和国刑法修正案（九）11'],
    ]],

  // ---- a regulation reprinted in parts under the site's heading (printedLawTitle.ts printedLawLine) ----
  ['《…条例》上 below the page\'s heading: 本条例 in the articles printed is that regulation',
    '普法园地 - 法规宣传\n《城镇燃气管理条例》上\n第一章 总则\n第一条\n为了加强燃气管理，制定本条例。\n第二条\n本条例适用于城镇燃气的经营和使用。\n第三条\n燃气经营者违反本条例第二条规定的，依法处理。', [
      ['本条例第二条', 'resolved', '城镇燃气管理条例2'],
    ]],
  ['a title alone on the first line heads the document\'s own text: its 本条例 is itself; sessions are no citations',
    '某某市燃气管理条例\n第一条\n为了加强燃气管理，制定本条例。\n第二条\n本条例适用于本市。\n第三条\n违反本条例第二条规定的，依法处理。第十四届全国人大第一次会议。', [
      ['本条例第二条', 'self', 'null2'],
    ]],
];

describe('citations as real Q&A pages, penalty lists and law texts write them (issue 14, round 13, qa13)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
  }
});
