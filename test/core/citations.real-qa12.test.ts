// Citations as legal Q&A pages, 普法 columns, lawyers' answers, law-firm articles and 新法解读 write them (issue 14,
// twelfth round). Made-up text in the real style, against the bundled corpus; the rule each group tests is named in
// its comment.
import * as assert from 'assert';
import { bundledSummary } from './citations/helpers';

const GS = '中华人民共和国公司法';
const XF = '中华人民共和国刑法';
const XF9 = '中华人民共和国刑法修正案（九）';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- an entry's label, a colon and the article's name alone on its line heads the entry (articleNameHeading.ts) ----
  ['第十条：name ⏎ text is the entry\'s heading', '新《公司法》逐条解读\n\n第十条：法定代表人的担任与辞任\n\n公司的法定代表人按照公司章程的规定担任。\n\n本条扩大了担任的范围。', []],
  ['a half-width colon too, under a title named before', '《中华人民共和国公司法》要点如下。\n第十一条:法定代表人行为的后果\n法定代表人以公司名义从事的民事活动，其法律后果由公司承受。', []],
  ['what the article does after the colon: a citation', '《中华人民共和国公司法》要点如下。\n第十条：规定了法定代表人的担任\n公司的法定代表人由董事担任。', [
    ['第十条', 'resolved', `${GS}10`],
  ]],
  ['labels listed one per line with a few words each: citations', '《中华人民共和国公司法》重点条款：\n第四十七条：五年缴足\n第五十四条：加速到期\n', [
    ['第四十七条', 'resolved', `${GS}47`],
    ['第五十四条', 'resolved', `${GS}54`],
  ]],
  ['a sentence after the colon on the same line: a citation', '《中华人民共和国公司法》要点如下。\n第十一条：其法律后果由公司承受，这是新规定。\n以上是要点。', [
    ['第十一条', 'resolved', `${GS}11`],
  ]],
  ['labels a blank line apart, each with a few words: citations', '《中华人民共和国公司法》要点如下。\n第十一条：法律后果由公司承受\n\n第十二条：法定代表人变更\n', [
    ['第十一条', 'resolved', `${GS}11`],
    ['第十二条', 'resolved', `${GS}12`],
  ]],
  // ---- a law's implementing rules named after it are a regulation of their own (unknownLawName.ts implementingRulesBefore) ----
  ['劳动合同法实施细则第56条: not the law\'s article 56', '律师回复：劳动合同法实施细则第56条规定，劳动合同法第四十一条所称…', [
    ['劳动合同法实施细则第56条', 'unknown-regulation', ''],
    ['劳动合同法第四十一条', 'resolved', '中华人民共和国劳动合同法41'],
  ]],
  ['a known law\'s name ending as 司法 does, and a two-character law', '依照公司法实施细则第5条、刑法实施办法第二条处理。', [
    ['公司法实施细则第5条', 'unknown-regulation', ''],
    ['刑法实施办法第二条', 'unknown-regulation', ''],
  ]],
  ['implementing rules the corpus knows resolve', '依照专利法实施细则第五条和个人所得税法实施条例第六条', [
    ['专利法实施细则第五条', 'resolved', '中华人民共和国专利法实施细则5'],
    ['个人所得税法实施条例第六条', 'resolved', '中华人民共和国个人所得税法实施条例6'],
  ]],
  // ---- a dated opening line naming the law it passed tells that law's history, not the page's date (document.ts) ----
  ['a new law\'s explainer: the page is not dated the day the law was passed', '2023年12月29日，第十四届全国人民代表大会常务委员会第七次会议审议通过了修订后的《中华人民共和国公司法》，自2024年7月1日起施行。\n新《公司法》第二百六十六条规定了过渡期。', [
    ['《公司法》第二百六十六条', 'resolved', `${GS}266`],
  ]],
  ['a document\'s own history line under its title still dates it', '某某公司章程\n（2023年12月28日股东会通过）\n依照《中华人民共和国公司法》第二百六十六条制定。', [
    ['《中华人民共和国公司法》第二百六十六条', 'unknown-article', `${GS}266`],
  ]],
  ['so does a date line', '发布日期：2023-12-28\n依照《中华人民共和国公司法》第二百六十六条制定。', [
    ['《中华人民共和国公司法》第二百六十六条', 'unknown-article', `${GS}266`],
  ]],
  // ---- the article an amendment named before added or changed is the amended law's (titles/amendedArticle.ts) ----
  ['《刑法修正案(七)》新增第285条第2款: the Criminal Law\'s', '2009年《刑法修正案(七)》\n新增第285条第2款，打击黑客工具。', [
    ['第285条第2款', 'resolved', `${XF}285.2`],
  ]],
  ['增设第287条之二', '2015年《刑法修正案(九)》增设第287条之二。', [['第287条之二', 'resolved', `${XF}287之2`]]],
  ['no verb of amending: the amendment\'s, unknown', '《刑法修正案(九)》第287条之二', [['《刑法修正案(九)》第287条之二', 'unknown-article', `${XF9}287之2`]]],
  ['an article the amendment has stays its own', '《刑法修正案(九)》修改了第十二条', [['第十二条', 'resolved', `${XF9}12`]]],

  // ---- a note in brackets after a listed provision does not end the list (scan/listNote.ts) ----
  ['第二款（…罪）、第三款（…罪）', '《中华人民共和国刑法》第二百八十五条第二款（非法获取计算机信息系统数据罪）、第三款（提供侵入工具罪）', [
    ['《中华人民共和国刑法》第二百八十五条第二款（非法获取计算机信息系统数据罪）、第三款', 'resolved', `${XF}285.2 ${XF}285.3`],
  ]],
  ['not into another level: 第二十条（2020年）、第2项商品', '依照《中华人民共和国刑法》第二十条（2020年）、第2项商品', [['《中华人民共和国刑法》第二十条', 'resolved', `${XF}20`]]],
  ['not past a short name defined', '《中华人民共和国刑法》第二十条（以下简称甲条）、第二十一条', [
    ['《中华人民共和国刑法》第二十条', 'resolved', `${XF}20`],
    ['第二十一条', 'resolved', `${XF}21`],
  ]],

  // ---- a criminal interpretation named by its crime (titles.ts caseKindInterpretation) ----
  ['《交通肇事罪司法解释》第三条', '法律依据：《交通肇事罪司法解释》第三条、《盗窃解释》第一条', [
    ['《交通肇事罪司法解释》第三条', 'resolved', '最高人民法院关于审理交通肇事刑事案件具体应用法律若干问题的解释3'],
    ['《盗窃解释》第一条', 'resolved', '最高人民法院、最高人民检察院关于办理盗窃刑事案件适用法律若干问题的解释1'],
  ]],
  ['a crime no corpus interpretation is named after: unknown', '《抢劫罪解释》第一条、《犯罪解释》第二条', [
    ['《抢劫罪解释》第一条', 'unknown-regulation', ''],
    ['《犯罪解释》第二条', 'unknown-regulation', ''],
  ]],

  ['no citation in counts, sessions, case numbers, judgment items and goods', '第十四届全国人大常委会第七次会议通过，（2019）某刑初12号刑事判决第二项，第2项商品。', []],
];

describe('citation table: Q&A pages, lawyers\' answers and law-firm articles (qa12)', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});
