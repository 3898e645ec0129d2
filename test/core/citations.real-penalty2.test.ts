// Citations as penalty decisions, 权责清单 / 执法事项清单 tables and 设定依据 pages write them (issue 14, second round of
// penalty documents), against real national texts (test/fixtures/national-titles: 公司法 1–17, 刑法 1–21). Made-up text
// in the real style; the rule each group tests is named in its comment.
import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { nationalSummary, nationalTitlesCorpus } from './citations/helpers';
import { paragraphHolding } from '../../server/src/core/citations/quotation/quotedParagraph';
import { inAmendmentNote } from '../../server/src/core/citations/titles/amendmentNote';
import { parentTitles } from '../../server/src/core/citations/titles/parentRegulation';

const SHORT: Record<string, string> = { 中华人民共和国公司法: '公司', 中华人民共和国刑法: '刑法' };

const summary = (text: string) => nationalSummary(text, SHORT);

const GS = '《中华人民共和国公司法》';
const XF = '《中华人民共和国刑法》';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- several 款 quoted run together on one line: 前款 is read in the 款 holding its words (quotedParagraph.ts) ----
  ['前款 opening the third 款 of a 第一款、第三款 quotation', `| 1 | 对公司违规担保的处罚 | 1.${GS}第十五条第一款、第三款 公司向其他企业投资或者为他人提供担保，按照公司章程的规定，由董事会或者股东会决议。前款规定的股东或者受前款规定的实际控制人支配的股东，不得参加前款规定事项的表决。 |`, [
    [`${GS}第十五条第一款、第三款`, 'resolved', '公司15.1 公司15.3'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
  ]],
  ['前三款 in the middle of the fourth 款', `处罚依据：${XF}第十七条第一款、第四款 已满十六周岁的人犯罪，应当负刑事责任。对依照前三款规定追究刑事责任的不满十八周岁的人，应当从轻或者减轻处罚。`, [
    [`${XF}第十七条第一款、第四款`, 'resolved', '刑法17.1 刑法17.4'],
    ['前三款', 'resolved', '刑法17.1 刑法17.2 刑法17.3'],
  ]],
  ['the writer\'s own summary after the colon is no 款\'s words: 前款 is not the law\'s', `处罚依据：${GS}第十五条第一款、第三款：公司担保须经决议，依照前款处理。`, [
    [`${GS}第十五条第一款、第三款`, 'resolved', '公司15.1 公司15.3'],
    ['前款', 'self', ''],
  ]],

  // ---- a list entry's number before a citation glued to its text (unmarkedQuotation.ts labelledLineStart) ----
  ['1. before a citation glued to its article\'s text', `1.${GS}第十五条第三款前款规定的股东或者受前款规定的实际控制人支配的股东，不得参加表决。`, [
    [`${GS}第十五条第三款`, 'resolved', '公司15.3'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
  ]],
  ['（二） before it too', `（二）${GS}第十五条第三款前款规定的股东不得参加表决。`, [
    [`${GS}第十五条第三款`, 'resolved', '公司15.3'],
    ['前款', 'resolved', '公司15.2'],
  ]],
  ['a table cell opens like a line', `| 3 | 对违规担保的处罚 | 1.${GS}第十五条第三款前款规定的股东不得参加表决。 | 区市场监管局 |`, [
    [`${GS}第十五条第三款`, 'resolved', '公司15.3'],
    ['前款', 'resolved', '公司15.2'],
  ]],
  ['prose before the citation: the words after it are the writer\'s', `经查，${GS}第十五条第三款前款规定的股东不得参加表决。`, [
    [`${GS}第十五条第三款`, 'resolved', '公司15.3'],
  ]],

  // ---- a title's 文号 and amendment note before the articles quoted under it (amendmentNote.ts, scanner quotedHeading) ----
  ['本办法 in a 设定依据 cell under a 规章 with its history is that 规章\'s', `设定依据 | 【规章】《某某场所管理办法》（某部令第55号）。根据2017年12月15日发布的《某部关于废止和修改部分部门规章的决定》（某部令第57号）修订。 第二十一条 场所经营应当符合以下规定。 第三十条 违反本办法第二十一条第（一）项规定的，处罚款。 |`, [
    ['本办法第二十一条第（一）项', 'unknown-regulation', ''],
  ]],
  ['a 文号 alone between the title and the heading', `【规章】《某某场所管理办法》（某部令第55号）。 第三十条 违反本办法第二十一条规定的，处罚款。`, [
    ['本办法第二十一条', 'unknown-regulation', ''],
  ]],
  ['the amended law stays in context after its history in brackets', `${GS}（2013年12月28日主席令第8号公布，根据2018年10月26日《全国人民代表大会常务委员会关于修改〈中华人民共和国公司法〉的决定》修正）第十条`, [
    // One citation from the title on since fix-zh41b (titles/amendingNote.ts), the law's article as before.
    [`${GS}（2013年12月28日主席令第8号公布，根据2018年10月26日《全国人民代表大会常务委员会关于修改〈中华人民共和国公司法〉的决定》修正）第十条`, 'resolved', '公司10'],
  ]],
  ['根据《…》修订 in prose, not right after a title, is the regulation cited', `${GS}第十条。根据《某某市物业管理条例》修订的内容，第三条另有规定。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第三条', 'unknown-regulation', ''],
  ]],
  ['without the note, a heading far after the title stays no citation and 本办法 the document\'s', `【规章】《某某场所管理办法》已经废止，其中曾规定： 第三十条 违反本办法第二十一条规定的，处罚款。`, [
    ['本办法第二十一条', 'self', '本21'],
  ]],

  // ---- a regulation named inside unmarked quoted text starts its own text (scanner: the quote ends at a law's title) ----
  ['本办法 after a 规章 named in the cell that quoted a 条例', `设定依据 | ${XF}第十七条：已满十六周岁的人犯罪，应当负刑事责任。【规章】《某某场所管理办法》（某部令第55号）。 第三十条 违反本办法第二十一条规定的，处罚款。 |`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['本办法第二十一条', 'unknown-regulation', ''],
  ]],
  ['a certificate named in the quoted text does not end it', `${XF}第十七条：已满十六周岁的人，未持有《某某许可证》的，依照本法第二十条处理。`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['本法第二十条', 'resolved', '刑法20'],
  ]],

  // ---- an item number right after a document's title is that document's entry (scanner itemCitedAlone) ----
  ['第4项 after a 清单 and its 文号 is no item of the article cited before', `符合${XF}第十七条第一款的规定，也符合《某某市轻微违法行为不予处罚清单》（某市监发〔2023〕9号）第4项的情形。`, [
    [`${XF}第十七条第一款`, 'resolved', '刑法17.1'],
  ]],
  ['第（二）项 after an article, not a title, is still the article\'s item', `${XF}第二十条第二款，第（二）项的规定`, [
    [`${XF}第二十条第二款，第（二）项`, 'unknown-item', '刑法20.2 刑法20.2.2'],
  ]],

  // ---- a list item without 第 repeating the shape of the one before it (scanner parseChain) ----
  ['第X条第Y款、Z条第W款', `${XF}第十七条第二款、十八条第三款设定的情形`, [
    [`${XF}第十七条第二款、十八条第三款`, 'resolved', '刑法17.2 刑法18.3'],
  ]],
  // An article without 第 after a 款, then 规定, is the next article of the list (fourth court round: judgments' 依照 lists).
  ['an article without 第 after a 款 and nothing below it goes on the list', `${XF}第十七条第二款、十八条规定`, [
    [`${XF}第十七条第二款、十八条`, 'resolved', '刑法17.2 刑法18'],
  ]],
  ['nor does an age', `${XF}第十七条第二款、十八岁以下的人`, [
    [`${XF}第十七条第二款`, 'resolved', '刑法17.2'],
  ]],

  // ---- a line break right after 第, as a page's layout sets it (scanner parseUnit) ----
  ['《…》第⏎三十九条', `处罚依据：\n1、${GS}第\n十条：同上。`, [
    [`${GS}第\n十条`, 'resolved', '公司10'],
  ]],
  // ---- a provision's path as a law database prints it (scanner spacedUnit) ----
  // fix-ver18: (2023修正), the text the corpus holds; the page's (2020修正) names a text it does not hold (unknown).
  ['第十七条/第二款', `${XF}(2023修正)/第二章犯罪/第十七条/第二款已满十四周岁不满十六周岁的人`, [
    ['第十七条/第二款', 'resolved', '刑法17.2'],
  ]],
  ['第十七条/第十八条 stays two', `${XF}第十七条/第十八条`, [
    [`${XF}第十七条`, 'resolved', '刑法17'],
    ['第十八条', 'resolved', '刑法18'],
  ]],
  ['a blank line after 第 breaks it', `${GS}第\n\n十条`, []],
  ['an issue number after a broken 第 is no citation', '本刊第\n三十九期', []],
];

describe('citation table: penalty documents, second round', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});

describe('paragraphHolding: the 款 a quotation is reading', () => {
  const paras = [{ text: '公司向其他企业投资，由董事会决议。' }, { text: '公司为股东提供担保的，应当经股东会决议。' }, { text: '前款规定的股东不得参加前款规定事项的表决。' }];
  const rows: [string, string, string, number | null][] = [
    ['the reference and the words after it', '董事会决议。', '前款规定的股东不得参加', 3],
    ['spaces and punctuation a page adds are no difference', '', '前款规定 的股东，不 得参加', 3],
    ['failing that, the words before it', '提供担保的，应当经股东会决议', '前款另有规定', 2],
    ['words of no 款', '当事人未按期整改', '前款处理', null],
    ['too few words', '', '前款', null],
  ];
  for (const [name, before, from, want] of rows) it(name, () => assert.strictEqual(paragraphHolding(paras, before, from), want));
  it('words in two 款 tell nothing', () => assert.strictEqual(paragraphHolding([{ text: '应当经股东会决议。' }, { text: '应当经股东会决议。' }], '', '应当经股东会决议'), null));
  it('an article of one 款 needs no look-up', () => assert.strictEqual(paragraphHolding([{ text: '前款规定的股东' }], '', '前款规定的股东'), null));
});

describe('inAmendmentNote: the amending act of a history note', () => {
  const rows: [string, boolean][] = [
    ['《某某办法》（某部令第55号）。根据2017年12月15日发布的《某部关于修改部分规章的决定》（某部令第57号）修订。', true],
    ['（2006年1月29日国务院令第458号公布 根据2016年2月6日《国务院关于修改部分行政法规的决定》第一次修订）', true],
    ['《某某条例》，根据《某某决定》修正', true],
    ['根据《某某市物业管理条例》修订的内容，', false],
    ['《某某条例》第十条。根据《某某决定》修订的内容', false],
    ['《某某办法》（某部令第55号）。根据《某某决定》的规定', false],
  ];
  for (const [text, want] of rows) {
    it(`${text.slice(0, 30)} → ${want}`, () => {
      const start = text.lastIndexOf('《');
      const end = text.indexOf('》', start) + 1;
      assert.strictEqual(inAmendmentNote(text, start, end), want);
    });
  }
});

describe('《条例》 inside text quoted from implementing rules (parentRegulation.ts)', () => {
  const corpus = () => nationalTitlesCorpus();
  const rows: [string, string, string][] = [
    ['a 条例\'s 实施细则', '【规章】《信访条例实施细则》（某部令第5号）。 第三十条 违反本细则第二十一条规定的，依照《条例》第二条予以处理。', '信访条例 2'],
    ['no such 条例 in the corpus: unknown', '【规章】《某某场所管理办法》（某部令第5号）。 第三十条 违反本办法第二十一条规定的，依照《条例》第二条予以处理。', 'unknown-regulation'],
    ['outside quoted text 《条例》 stays undefined', '《信访条例实施细则》规定，依照《条例》第二条予以处理。', 'unknown-regulation'],
  ];
  for (const [name, doc, want] of rows) {
    it(name, () => {
      const c = analyzeDocument(doc, corpus()).citations.find((x) => x.text.startsWith('《条例》'))!;
      assert.strictEqual(c.status === 'resolved' ? `${c.targets[0].regulation} ${c.targets[0].article}` : c.status, want);
    });
  }
  const titles: [string, string[]][] = [
    ['娱乐场所管理办法', ['娱乐场所管理条例']],
    ['旅行社条例实施细则', ['旅行社条例']],
    ['某某管理规定', ['某某管理条例']],
    ['中华人民共和国公司法', []],
  ];
  for (const [title, want] of titles) it(`${title} → ${want.join(', ') || 'none'}`, () => assert.deepStrictEqual(parentTitles(title), want));
});
