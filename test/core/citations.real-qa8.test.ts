// Citations as legal Q&A pages, lawyers' articles, 释义 and commentaries write them (issue 14, eighth round). Made-up
// text in the real style, against the bundled corpus; the rule each group tests is named in its comment.
import * as assert from 'assert';
import { bundledSummary } from './citations/helpers';

const XF9 = '中华人民共和国刑法修正案（九）';
const XF11 = '中华人民共和国刑法修正案（十一）';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- a title's closing ordinal in ASCII brackets or without brackets, the name without 《》 (titles.ts) ----
  ['刑法修正案(九) in ASCII brackets is the ninth, not the first', '律师认为，依照刑法修正案(九)第十二条，该条已删去。', [
    ['刑法修正案(九)第十二条', 'resolved', `${XF9}12`],
  ]],
  ['刑法修正案十一 without brackets is the eleventh', '刑法修正案十一第三条将刑法第一百三十四条修改。', [
    ['刑法修正案十一第三条', 'resolved', `${XF11}3`],
    ['刑法第一百三十四条', 'resolved', '中华人民共和国刑法134'],
  ]],
  ['the full-width form and the first 修正案 stay as they were', '刑法修正案（九）第十二条与刑法修正案第三条不同。', [
    ['刑法修正案（九）第十二条', 'resolved', `${XF9}12`],
    ['刑法修正案第三条', 'resolved', '中华人民共和国刑法修正案3'],
  ]],
  ['an interpretation\'s ordinal without brackets', '另见婚姻法司法解释三第九条。', [
    ['婚姻法司法解释三第九条', 'resolved', '最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（三）9'],
  ]],
  ['no citation in counts, sessions and case numbers after an amendment\'s name', '刑法修正案九共五十二条，第十四届全国人大第一次会议，（2019）某刑初12号判决第二项，第2项商品。', []],

  // ---- a range whose first article's 条 is left out and 第 repeated (chain.ts): 第三十八到第四十二条 ----
  ['第N到第M条 and 第N至第M条 are ranges, as 第N至M条 is', '依照《社会保险法》第三十一到第三十三条和《保险法》第十四至第十六条办理。', [
    ['《社会保险法》第三十一到第三十三条', 'resolved', '中华人民共和国社会保险法31 中华人民共和国社会保险法32 中华人民共和国社会保险法33'],
    ['《保险法》第十四至第十六条', 'resolved', '中华人民共和国保险法14 中华人民共和国保险法15 中华人民共和国保险法16'],
  ]],
  ['a list with 第 repeated stays a list', '依照《保险法》第十四、第十六条办理。', [
    ['《保险法》第十四、第十六条', 'resolved', '中华人民共和国保险法14 中华人民共和国保险法16'],
  ]],

  // ---- 和 / 及 between two numbers before one unit word (chain.ts): 商标法第15和32条 ----
  ['第N和M条 and 第N及M条 list both articles', '商标法第13和30条规定了驰名商标，《保险法》第二十及二十二条另有规定。', [
    ['商标法第13和30条', 'resolved', '中华人民共和国商标法13 中华人民共和国商标法30'],
    ['《保险法》第二十及二十二条', 'resolved', '中华人民共和国保险法20 中华人民共和国保险法22'],
  ]],
  ['no citation in ranks, quarters and goods so joined', '第1和2名获奖，第二和三季度增长，第十四届第一次会议上第3和4项商品另计。', []],

  // ---- an article written without 第, named by the crime it defines or the interpretation explaining it (chain.ts looseArticle) ----
  ['刑法N条 before a crime\'s name, with or without 的', '刑法264条盗窃罪的立案标准不同于刑法266条的诈骗罪。', [
    ['刑法264条', 'resolved', '中华人民共和国刑法264'],
    ['刑法266条', 'resolved', '中华人民共和国刑法266'],
  ]],
  ['刑法N条 before 司法解释', '新刑法234条司法解释：', [['刑法234条', 'resolved', '中华人民共和国刑法234']]],
  ['a count of articles stays prose', '刑法452条，分总则和分则；公司法266条的内容很多；第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', []],

  // ---- a commentary page's heading: the law, what the page does with it, a colon or dash, the article (commentaryHeading.ts) ----
  ['释义：第N条【…】 over the article printed: the heading cites it, 本法 and 本条 under it are that law\'s',
    '保险法释义：第十六条【如实告知义务】\n\n第十六条订立保险合同，保险人就保险标的或者被保险人的有关情况提出询问的，投保人应当如实告知。\n\n投保人依照本法第十七条的规定另行说明。\n\n【释义】本条是关于如实告知义务的规定。', [
      ['第十六条', 'resolved', '中华人民共和国保险法16'],
      ['本法第十七条', 'resolved', '中华人民共和国保险法17'],
      ['本条', 'resolved', '中华人民共和国保险法16'],
    ]],
  ['学习 … - 第N条【…】 as a study post heads it', '学习民法典-第一千零六十五条【夫妻约定财产】\n\n【条文主旨】本条是关于约定财产制的规定。', [
    ['第一千零六十五条', 'resolved', '中华人民共和国民法典1065'],
    ['本条', 'resolved', '中华人民共和国民法典1065'],
  ]],
  ['a heading naming no law, a session or a judgment\'s item stays no citation', '某某公司释义：第三条【定义】\n第十四届会议纪要：第一次会议\n（2019）某刑初12号判决：第二项', []],

  // ---- an article printed under its law's title, its paragraphs set apart by empty lines (spacedParagraphs.ts) ----
  ['前款, 第一款 and 前两款 over the empty lines between the article\'s paragraphs',
    '非法拘禁罪\n\n《中华人民共和国刑法》\n\n\n第二百三十八条 【非法拘禁罪】非法拘禁他人或者以其他方法非法剥夺他人人身自由的，处三年以下有期徒刑、拘役、管制或者剥夺政治权利。具有殴打、侮辱情节的，从重处罚。\n\n犯前款罪，致人重伤的，处三年以上十年以下有期徒刑；致人死亡的，处十年以上有期徒刑。使用暴力致人伤残、死亡的，依照本法第二百三十四条、第二百三十二条的规定定罪处罚。\n\n为索取债务非法扣押、拘禁他人的，依照前两款的规定处罚。', [
      ['前款', 'resolved', '中华人民共和国刑法238.1'],
      ['本法第二百三十四条、第二百三十二条', 'resolved', '中华人民共和国刑法234 中华人民共和国刑法232'],
      ['前两款', 'resolved', '中华人民共和国刑法238.1 中华人民共和国刑法238.2'],
    ]],
  ['the writer\'s paragraph after the article is not its text: 前款 there is not read', '《中华人民共和国刑法》\n\n第二百三十八条 【非法拘禁罪】非法拘禁他人或者以其他方法非法剥夺他人人身自由的，处三年以下有期徒刑。\n\n律师提醒，当事人依照前款办理即可，第十四届第一次会议另有讨论。', []],
  ['nor after a numbered heading of the page\'s own', '《中华人民共和国刑法》\n\n第二百三十八条 【非法拘禁罪】非法拘禁他人或者以其他方法非法剥夺他人人身自由的，处三年以下有期徒刑。\n\n二、犯前款罪，致人重伤的，处三年以上十年以下有期徒刑。', []],

  // ---- the court's interpretation written after the law's title in marks, with its ordinal (titleInterpretation.ts) ----
  ['《X法》司法解释(N) and 《X法》解释（N） are the interpretation', '另见《婚姻法》司法解释(二)第十条，以及《公司法》解释（三）第二十四条。', [
    ['《婚姻法》司法解释(二)第十条', 'resolved', '最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）10'],
    ['《公司法》解释（三）第二十四条', 'resolved', '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）24'],
  ]],
  ['the law itself right after, or a 解释 no index knows, stays as it was', '《公司法》第七十一条的解释（二）条款，第十四届第一次会议。', [
    ['《公司法》第七十一条', 'resolved', '中华人民共和国公司法71'],
  ]],

  // ---- a page opening with an article printed, its law told by its words (printedArticleLaw.ts) ----
  ['the label alone on its line, the law named only later: 本条 is the article printed', '第七百零三条\n租赁合同是出租人将租赁物交付承租人使用、收益，承租人支付租金的合同。\n【条文主旨】\n本条是关于租赁合同定义的规定。民法典第七百零四条另有规定。', [
    ['本条', 'resolved', '中华人民共和国民法典703'],
    ['民法典第七百零四条', 'resolved', '中华人民共和国民法典704'],
  ]],
  ['the label glued to its words under a line of the page\'s own: a heading, not a citation', '更新时间：2020-01-01 作者：某老师\n第八十三条用人单位违反本法规定与劳动者约定试用期的，由劳动行政部门责令改正。\n【解读】本条是关于违法约定试用期的法律责任的规定。', [
    ['本条', 'resolved', '中华人民共和国劳动合同法83'], // 妇女权益保障法 第八十三条 opens alike; the longer run of words decides
  ]],
];

describe('citations as real Q&A pages, lawyers\' articles and commentaries write them (issue 14, round 8)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
  }
  // A page opening with words that are no law's article (a company's rules): its label is what it was, no law is decided.
  it('words that are no law\'s article decide nothing', () => {
    const found = bundledSummary('第八十三条用人单位应当按时发放年终奖金。\n本条是某公司内部制度，第十四届第一次会议通过。');
    assert.deepStrictEqual(found.map(([text, status]) => [text, status]), [['第八十三条', 'no-context'], ['本条', 'no-context']]);
  });
});
