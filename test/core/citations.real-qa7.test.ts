// Citations as legal Q&A pages, law-firm articles and commentaries write them (issue 14, seventh round). Made-up text
// in the real style; the rule each group tests is named in its comment.
import * as assert from 'assert';
import { bundledSummary, nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国公司法: '公司', 信访条例: '信访', 中华人民共和国行政处罚法: '处罚' };
const summary = (text: string) => nationalSummary(text, SHORT);

const GS = '《中华人民共和国公司法》';
const XF = '《信访条例》';
const CF = '《中华人民共和国行政处罚法》';
/** 公司法 (2023) 第十五条第三款's words, as a page writes them out after the citation. */
const GS15_3 = '前款规定的股东或者受前款规定的实际控制人支配的股东，不得参加前款规定事项的表决。';
/** 信访条例 第二条第二款's words. */
const XF2_2 = '采用前款规定的形式，反映情况，提出建议、意见或者投诉请求的公民、法人或者其他组织，称信访人。';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- 前款 in an article's words written out after its citation without marks is the article's (pastedParagraph.ts) ----
  ['规定 and a comma, the words of two 款 run together on one line', `某律师认为，依据${GS}第十五条规定，公司为公司股东提供担保的，应当经股东会决议。${GS15_3}`, [
    [`${GS}第十五条`, 'resolved', '公司15'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
  ]],
  ['a space after the citation, the next 款 glued to the full stop', `${XF}第二条 本条例所称信访，是指公民采用书信等形式反映情况。${XF2_2}`, [
    [`${XF}第二条`, 'resolved', '信访2'],
    ['前款', 'resolved', '信访2.1'],
  ]],
  ['on the lines below, empty lines between', `法律依据：\n\n${XF}第二条\n\n本条例所称信访，是指……\n\n${XF2_2}\n`, [
    [`${XF}第二条`, 'resolved', '信访2'],
    ['前款', 'resolved', '信访2.1'],
  ]],
  ['the article cited before a law its words cite in turn', `${XF}第二条本条例所称信访，依照${CF}第一条的规定处理。${XF2_2}`, [
    [`${XF}第二条`, 'resolved', '信访2'],
    [`${CF}第一条`, 'resolved', '处罚1'],
    ['前款', 'resolved', '信访2.1'],
  ]],
  ['the writer\'s own 前款 after a citation is not read', `依据${GS}第十五条规定，公司应当依照前款规定办理担保手续。`, [[`${GS}第十五条`, 'resolved', '公司15']]],
  ['nor 前款 among ordinals, sessions and case numbers', `${GS}第十五条规定的担保，见（2019）某民初12号判决第二项，第十四届第一次会议讨论了前款问题，第2项商品另计。`, [[`${GS}第十五条`, 'resolved', '公司15']]],
  ['nor 前款 far from the citation (another passage)', `依据${GS}第十五条规定处理。${'此后另有说明，与担保无关。'.repeat(30)}${GS15_3}`, [[`${GS}第十五条`, 'resolved', '公司15']]],
  // zh11: a citation naming a 款 and setting it out is read too (pastedParagraph.ts); the words after it find the 款 being read.
  ['after a citation naming a 款, the next 款 glued on: its words are the next 款\'s, 前款 the 款 named', `${GS}第十五条第二款规定，公司为公司股东提供担保的，应当经股东会决议。${GS15_3}`, [
    [`${GS}第十五条第二款`, 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
    ['前款', 'resolved', '公司15.2'],
  ]],
  ['after a citation naming a 款, a paraphrase on its line: 前款 not read', `${GS}第十五条第二款规定，公司为股东担保须经股东会决议，前款所称担保另有约定的除外。`, [[`${GS}第十五条第二款`, 'resolved', '公司15.2']]],
  ['inside a draft regulation 前款 stays the draft\'s own', `# 某某办法\n\n第一条　依照${GS}第十五条，制定本办法。\n\n第二条　某某事项由理事会决定。\n\n前款规定的事项应当公开。\n`, [
    [`${GS}第十五条`, 'resolved', '公司15'],
    ['前款', 'self', '本2.1'],
  ]],

  // ---- a 款 alone quoted right after its article is that 款 when the quotation is its text (quotedParagraphAlone.ts) ----
  ['第一款“…” after the article, its words quoted', `${XF}第二条规定了两款内容：第一款“本条例所称信访，是指公民、法人或者其他组织……”；第二款“${XF2_2.slice(0, 20)}……”`, [
    [`${XF}第二条`, 'resolved', '信访2'],
    ['第一款', 'resolved', '信访2.1'],
    ['第二款', 'resolved', '信访2.2'],
    ['前款', 'resolved', '信访2.1'],
  ]],
  ['a 款 alone whose quotation is another 款\'s text is not read', `${XF}第二条规定了两款内容：第二款“本条例所称信访，是指公民……”`, [[`${XF}第二条`, 'resolved', '信访2']]],
  ['nor one quoting the writer\'s words, or on the next line', `${XF}第二条规定了两款内容：第一款“信访工作很重要”。\n第二款“本条例所称信访，是指公民……”`, [[`${XF}第二条`, 'resolved', '信访2']]],
  ['nor a 款 of a judgment or a session after a case number', `${XF}第二条另有规定，见（2019）某行初12号判决第二款“驳回原告的诉讼请求”，第十四届第一次会议第二款“本条例所称信访”。`, [[`${XF}第二条`, 'resolved', '信访2']]],

  // ---- an article printed under a bracketed label, its label and a colon before its words: a heading (scanner.ts articleHeadingAt) ----
  ['【法条原文】 ⏎ 第二条：its words is the text printed, not a citation', `${XF}释义\n【法条原文】\n第二条：本条例所称信访，是指公民、法人或者其他组织采用书信等形式反映情况。\n【释义】\n本条是关于信访含义的规定。`, []], // as with a space after 第二条
  ['a colon label under prose, or under a label on the same line, stays a citation', `${XF}另有规定。\n第二条：本条例所称信访另有含义。\n【依据】第三条：各级人民政府应当做好信访工作。`, [
    ['第二条', 'resolved', '信访2'],
    ['第三条', 'resolved', '信访3'],
  ]],

  // ---- an abbreviation in title marks names the one law it shortens, as without them (analyze.ts shortenedLaw) ----
  ['a name shortening no law, or one repealed, stays unknown in marks', '依照《合同法》第五十二条、《组织法》第二条和《诉讼法》第一条处理。', [
    ['《合同法》第五十二条', 'unknown-regulation', ''],
    ['《组织法》第二条', 'unknown-regulation', ''],
    ['《诉讼法》第一条', 'unknown-regulation', ''],
  ]],
];

describe('citations as real Q&A pages and law-firm articles write them (issue 14, round 7)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(summary(doc), expected));
  }

  // An undated page quoting an article's earlier text: the 款 is found in the version that holds the words (公司法 2018
  // 第二十一条; the 2023 text of 第二十一条 is another rule). Against the bundled corpus, which has both versions.
  it('the words of an earlier version of the article', () => {
    assert.deepStrictEqual(bundledSummary('我国《公司法》第二十一条规定，公司的控股股东不得利用其关联关系损害公司利益。违反前款规定，给公司造成损失的，应当承担赔偿责任。'), [
      ['《公司法》第二十一条', 'resolved', '中华人民共和国公司法21'],
      ['前款', 'resolved', '中华人民共和国公司法21.1'],
    ]);
  });
  it('《刑诉法》 and 《民诉法》 in title marks name the laws they shorten, as without the marks', () => {
    assert.deepStrictEqual(bundledSummary('辩护人依据《刑诉法》第六十九条申请变更强制措施，原告依照《民诉法》第一百二十二条起诉。'), [
      ['《刑诉法》第六十九条', 'resolved', '中华人民共和国刑事诉讼法69'],
      ['《民诉法》第一百二十二条', 'resolved', '中华人民共和国民事诉讼法122'],
    ]);
  });
  it('a crime\'s name in brackets between the citation and its words', () => {
    assert.deepStrictEqual(bundledSummary('《刑法》第二百三十八条 【非法拘禁罪】非法拘禁他人或者以其他方法非法剥夺他人人身自由的，处三年以下有期徒刑。犯前款罪，致人重伤的，处三年以上十年以下有期徒刑。'), [
      ['《刑法》第二百三十八条', 'resolved', '中华人民共和国刑法238'],
      ['前款', 'resolved', '中华人民共和国刑法238.1'],
    ]);
  });
});
