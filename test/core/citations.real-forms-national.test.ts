// Citations of national laws as real documents write them, against real national texts
// (test/fixtures/national-titles: 刑法 1–21, 公司法 1–17, 民法典 附则 1259–1260, 民诉法解释 1–3): regulation names
// without 《》 before an article (rule 2 of the real-forms issue), short ones only after a word boundary.
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = {
  中华人民共和国公司法: '公司', '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释': '刑诉解释', 中华人民共和国刑法: '刑法', 中华人民共和国民法典: '民法典', '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释': '民诉解释',
};

const summary = (text: string) => nationalSummary(text, SHORT);

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['a short name after 依据', '依据公司法第十条的规定', [['公司法第十条', 'resolved', '公司10']]],
  ['a short name after punctuation', '处罚依据：刑法第二十条第一款。', [['刑法第二十条第一款', 'resolved', '刑法20.1']]],
  ['民法典 at the start of a line', '民法典第一千二百六十条规定了施行日期。', [['民法典第一千二百六十条', 'resolved', '民法典1260']]],
  ['an abbreviation of a 司法解释', '依照民诉法解释第三条', [['民诉法解释第三条', 'resolved', '民诉解释3']]],
  ['a full title without 《》', '中华人民共和国公司法第十二条', [['中华人民共和国公司法第十二条', 'resolved', '公司12']]],
  // An article written without 第 right after a law's name (scanner.ts: as looseArticle after a title, with 规定, 款 or 项 after).
  ['依照刑法20条规定, 公司法12条规定, 民法典1260条规定: the article of that law', '依照刑法20条规定处理；依据公司法12条规定办理；民法典1260条规定了施行日期。', [
    ['刑法20条', 'resolved', '刑法20'], ['公司法12条', 'resolved', '公司12'], ['民法典1260条', 'resolved', '民法典1260'],
  ]],
  ['…but not a count (公司法10条措施), nor a number after a word naming no law (办法12条规定)', '公司法10条措施很好。办法12条规定。', []],
  ['中华人民共和国 the state before 就本法: no title', '# 某某法\n\n第一条　为了规范，制定本法。\n\n第二条　外国可以请求中华人民共和国就本法第一条规定的事项提供协助。\n', [['本法第一条', 'self', '本1']]],
  ['司法解释 wording: 属于 / 实施 / 依照 before 刑法', '属于刑法第二十条规定的“情节严重”；实施刑法第十七条规定的行为，依照刑法第二十条的规定', [
    ['刑法第二十条', 'resolved', '刑法20'], ['刑法第十七条', 'resolved', '刑法17'], ['刑法第二十条', 'resolved', '刑法20'],
  ]],
  ['有 / 超过 before the name', '有刑法第二十条第二款情形的；已经超过公司法第十五条规定的期限', [
    ['刑法第二十条第二款', 'resolved', '刑法20.2'], ['公司法第十五条', 'resolved', '公司15'],
  ]],
  // 原公司法: the text before the 2023 revision, the 2018 text, which this fixture lacks (fix-zh40: unknown-regulation).
  ['a year or 新/原 before the name', '1997年刑法第十七条与新公司法第十五条、原公司法第十六条', [
    ['刑法第十七条', 'resolved', '刑法17'], ['公司法第十五条', 'resolved', '公司15'], ['公司法第十六条', 'unknown-regulation', ''],
  ]],
  ['司法解释 verbs before the name: 犯, 达到, 认定, 如无, 履行, 支付', '单位犯刑法第二十条规定之罪的；达到刑法第十七条规定的标准；认定民法典第一千二百六十条规定的；如无公司法第十条规定的情形；没有履行刑法第三条；支付公司法第五条规定的款项', [
    ['刑法第二十条', 'resolved', '刑法20'], ['刑法第十七条', 'resolved', '刑法17'], ['民法典第一千二百六十条', 'resolved', '民法典1260'],
    ['公司法第十条', 'resolved', '公司10'], ['刑法第三条', 'resolved', '刑法3'], ['公司法第五条', 'resolved', '公司5'],
  ]],
  ['藏匿, 保存, 指定 before the name, and an item\'s number', '在货物中藏匿刑法第二十条规定的物品；保存公司法第十条规定的材料；可以指定民法典第一千二百六十条\n（一）公司法第十二条规定的人员；', [
    ['刑法第二十条', 'resolved', '刑法20'], ['公司法第十条', 'resolved', '公司10'], ['民法典第一千二百六十条', 'resolved', '民法典1260'], ['公司法第十二条', 'resolved', '公司12'],
  ]],
  // In a regulation's own text a bare article is its own (rule 3), unless the sentence cited another law and the text
  // has no article of that number (analyze.ts continuesExternalArticle).
  ['in a 解释 of three articles, a bare 第十二条 later in a sentence citing 公司法 is 公司法\'s; its own 第一条 stays its own', '# 某某解释\n\n第一条　依照公司法第十条的规定，且不属于第十二条规定的情形的，适用本解释。\n\n第二条　依照公司法第十条的规定，不属于第一条规定的情形的，不适用。\n\n第三条　不属于第十二条规定的情形的，依照本解释。\n', [
    ['公司法第十条', 'resolved', '公司10'], ['第十二条', 'resolved', '公司12'],
    ['公司法第十条', 'resolved', '公司10'], ['第一条', 'self', '本1'],
    ['第十二条', 'unknown-article', '本12'],
  ]],
  ['a foreign law\'s name is not ours: 德国民法典, 美国公司法 (glued to a place)', '德国民法典第一千二百六十条与美国公司法第十条不同', [
    // Another state's law: no citation (fix-court22; jurisdictionBefore.ts), no longer a bare no-context article.
  ]],
  ['a place before a short name makes another law\'s name, not this one', '依据刑法第二十条，某某市公司法第三条', [['刑法第二十条', 'resolved', '刑法20'], ['第三条', 'resolved', '刑法3']]],
  ['a short name inside another word does not take the context', '根据刑法第二十条，母公司法务部第三条', [['刑法第二十条', 'resolved', '刑法20'], ['第三条', 'resolved', '刑法3']]],

  ['a chain of divisions going down: 编, 章, 节', '依照刑法第一编第二章第一节和《中华人民共和国刑法》第一编第二章的规定', [
    ['刑法第一编第二章第一节', 'resolved', '刑法:第一编第二章第一节'], ['《中华人民共和国刑法》第一编第二章', 'resolved', '刑法:第一编第二章'],
  ]],
  ['a chain never goes up: 第二章第一编 is two citations', '《中华人民共和国刑法》第二章第一编', [
    ['《中华人民共和国刑法》第二章', 'resolved', '刑法:第二章'],
  ]],
  ['a division that does not exist in the chain', '《中华人民共和国刑法》第一编第九章', [['《中华人民共和国刑法》第一编第九章', 'unknown-article', '刑法:第一编第九章']]],

  // an item cited alone: the article cited last (rule 5)
  ['第（二）项 alone after an article', '依照刑诉解释第一条的规定，本案属于第（二）项规定的案件。', [
    ['刑诉解释第一条', 'resolved', '刑诉解释1'],
    ['第（二）项', 'resolved', '刑诉解释1..2'],
  ]],
  ['第2项 before 规定', '依照刑诉解释第一条，属于第2项规定的情形。', [
    ['刑诉解释第一条', 'resolved', '刑诉解释1'],
    ['第2项', 'resolved', '刑诉解释1..2'],
  ]],
  ['第2项商品 is a list entry', '依照刑诉解释第一条。清单第2项商品已退回。', [['刑诉解释第一条', 'resolved', '刑诉解释1']]],
  ['刑事判决第二项 is the judgment\'s', '依照刑诉解释第一条，撤销一审刑事判决第二项。', [['刑诉解释第一条', 'resolved', '刑诉解释1']]],
  ['an item alone with no article cited is not a citation', '属于第（二）项规定的情形。', []],
];

describe('citation table: national laws named without 《》', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});
