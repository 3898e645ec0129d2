// Forms from the Chinese tuning sets' residual errors after the thirteenth measurement (zh14): made-up text in the real
// style against national texts trimmed to their first articles (test/fixtures/national-titles).
import * as assert from 'assert';
import { bundledShortSummary, nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国刑法: '刑法', 中华人民共和国行政处罚法: '处罚' };

type Row = [name: string, doc: string, expected: [string, string, string][]];

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
  });
}

// A technical standard marked by its code (standardClauses.ts) is no law: its clauses cite nothing, wherever the code
// stands and whatever short name the writer gives it; a government's 裁量标准 and a law with a year keep their articles.
table('citation table: clauses of a technical standard marked by its code (zh14)', [
  ['the code inside the title, plain clauses only',
    '原告称，涉案商品标签不符合《某某果汁标签通则(GB 77777-2016修订版)》第12条、第18条的规定，被告违反《中华人民共和国刑法》第十条。',
    [['《中华人民共和国刑法》第十条', 'resolved', '刑法10']]],
  ['the code in a bracket after the title, then a short name used again later',
    '依照《中华人民共和国刑法》第十一条。检测依据为《某某车辆安全技术条件》（GB/T 4321-2019）（以下简称《技术条件》）第5条。复检仍不符合《技术条件》第8条。',
    [['《中华人民共和国刑法》第十一条', 'resolved', '刑法11']]],
  ['the code written before the title, a bare clause after it in the same sentence',
    '依照《中华人民共和国刑法》第十二条。经查违反DB12/T 345-2020《某某场所卫生规范》第6条，另违反第9条。',
    [['《中华人民共和国刑法》第十二条', 'resolved', '刑法12']]],
  ['a discretion standard keeps its article (no code), a law read with its year too',
    '参照《某某市市场监管行政处罚裁量标准》第三条，依据《中华人民共和国行政处罚法》(2021年修订)第三条处理。',
    [['《某某市市场监管行政处罚裁量标准》第三条', 'unknown-regulation', ''], ['《中华人民共和国行政处罚法》(2021年修订)第三条', 'resolved', '处罚3']]],
  ['a document number after a title is no code; a case number, a session and a numbered item stay unread',
    '依据《某某省关于某某管理的通知》（某政发〔2019〕12号）第四条办理。（2019）某刑初12号判决第二项、第十四届第一次会议、第2项商品。',
    [['《某某省关于某某管理的通知》（某政发〔2019〕12号）第四条', 'unknown-regulation', '']]],
]);

// A law named by its subject word and 法 (titles.ts: 《破产法》 for the 企业破产法), against the bundled corpus: only when
// one 法's title ends so and no other 法's title holds the word, and never for a repealed law of that name.
describe('citation table: a law named by its subject word and 法 (zh14)', () => {
  const rows: [string, string, [string, string, string][]][] = [
    ['《破产法》 and 《采购法》 name the one law each ends',
      '管理人依据《破产法》第十八条解除合同，评分办法违反《采购法》第二十二条第二款。',
      [['《破产法》第十八条', 'resolved', '企业破产18'], ['《采购法》第二十二条第二款', 'resolved', '政府采购22.2']]],
    ['a repealed law of the name as written, several laws ending so, another law holding the word: not read so',
      '依照《合同法》第六十条、《诉讼法》第五条、《交通法》第九条处理。',
      [['《合同法》第六十条', 'unknown-regulation', ''], ['《诉讼法》第五条', 'unknown-regulation', ''], ['《交通法》第九条', 'unknown-regulation', '']]],
    ['an 办法 and a two-character name are no such short name; a case number and a session stay unread',
      '参照《费办法》第三条、《民法》第五条。（2019）某民初12号，第十四届第一次会议。',
      [['《费办法》第三条', 'unknown-regulation', ''], ['《民法》第五条', 'unknown-regulation', '']]],
  ];
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(bundledShortSummary(doc), expected, doc));
});

// 前款 in a law's article printed under its label on a page of no regulation of its own (printedParagraph.ts): the 款
// before the line it stands in, in the law whose article opens with the words printed.
const ART6 = '第六条 凡在中华人民共和国领域内犯罪的，除法律有特别规定的以外，都适用本法。';
table('citation table: 前款 in an article printed on the page (zh14)', [
  ['前款 on the line after the label: the first 款',
    `关于属地管辖，先看法条。\n${ART6}\n前款所称领域，另有解释。\n以上是法条。`,
    [['前款', 'resolved', '刑法6.1']]],
  ['前两款 on the third line: the first two 款',
    `${ART6}\n凡在中华人民共和国船舶或者航空器内犯罪的，也适用本法。\n依照前两款处理的，另行登记。`,
    [['前两款', 'resolved', '刑法6.1 刑法6.2']]],
  ['a line broken inside a sentence runs on: 前款 after it is in the second 款',
    '第十八条 精神病人在不能辨认或者不能控制自己行为的时候造成危害结果，\n经法定程序鉴定确认的，不负刑事责任。\n前款所称鉴定，由专门机构进行。',
    [['前款', 'resolved', '刑法18.1']]],
  ['after a blank line, under a label of no known law, or on the label\'s own line: not read',
    `${ART6}\n\n前款规定的情形，我们认为应当从严。\n第六条 某某单位应当建立台账并妥善保管。\n前款所称台账另行规定。\n第六条 凡在中华人民共和国领域内犯罪的，依照前款处理。`,
    []],
  ['a session, a case number and a judgment\'s item stay unread',
    `${ART6}\n第十四届第一次会议认为，（2019）某刑初12号判决第二项已执行。`,
    []],
]);

// Articles printed right under a basis line naming a regulation (basisTitleAbove.ts): their 前条, 本法 and 第X条 are that
// regulation's, not the page's own; a title alone above them or in a sentence keeps them the page's.
table('citation table: articles printed under a basis line (zh14)', [
  ['法律依据：《…》。 above the articles: 前条 and 本法 are the law\'s',
    '问：处罚应当怎样实施？\n答：应当公正公开。\n法律依据：《中华人民共和国行政处罚法》。\n第一条 为了规范处罚的实施，特作规定。\n第二条 依照前条和本法第三条的规定办理。',
    [['前条', 'resolved', '处罚1'], ['本法第三条', 'resolved', '处罚3']]],
  ['the basis label in brackets, the first article glued to the title: 前条 is the law\'s too',
    '【法律依据】《中华人民共和国行政处罚法》第一条 为了规范处罚的实施，特作规定。\n第二条 依照前条的规定办理。',
    [['《中华人民共和国行政处罚法》第一条', 'resolved', '处罚1'], ['前条', 'resolved', '处罚1']]],
  ['a title alone above the articles, or named in a sentence: the page\'s own (self)',
    '《中华人民共和国行政处罚法》\n第一条 为了规范处罚的实施，特作规定。\n第二条 依照前条的规定办理。第十四届第一次会议通过。',
    [['前条', 'self', '本1']]],
]);
