// Citations as government pages write them (issue 14, branch real-gov6): replies quoting a law's articles one under
// another, 禁火令 naming a State Council regulation with 中华人民共和国 before it, news on a bill's readings, 释义 pages
// calling the regulation explained 《条例》, a short name made of a title's last words, amending items numbering the 款
// they add. Made-up text in the real style against real national texts trimmed to their first articles
// (test/fixtures/national-titles). Each group names the rule it tests; positive and negative rows.
import * as assert from 'assert';
import { bundledCorpus, bundledSummary, nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = {
  中华人民共和国道路交通安全法: '道交',
  中华人民共和国刑法: '刑法',
  信访条例: '信访',
  上海市信访条例: '沪信访',
  中华人民共和国道路运输条例: '运输',
  '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）': '公司规定二',
  '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释': '民诉解释',
};

const DJ = '《中华人民共和国道路交通安全法》';
const XF = '《中华人民共和国刑法》';
const GS2 = '《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定（二）》';

type Row = [name: string, doc: string, expected: [string, string, string][]];

const rows: Row[] = [
  // ---- a later article pasted under a line opening with a citation and its text (lawExcerpt.ts pastedArticlesGoOn) ----
  ['a heading under a citation opening its line with the article\'s text: the same law\'s, 本法 there too',
    `附：\n${DJ}第七十条 在道路上发生交通事故，车辆驾驶人应当立即停车。\n当事人应当迅速报告执勤的交通警察。\n第七十一条 违反本法规定的，依照本法第七十条处理。\n`,
    [[`${DJ}第七十条`, 'resolved', '道交70'], ['本法第七十条', 'resolved', '道交70']]],
  ['a heading of the writer\'s own between: the pasted law ends there',
    `${DJ}第七十条 在道路上发生交通事故，车辆驾驶人应当立即停车。\n二、处理意见\n第七十一条 违反本法规定的，依照本法第七十条处理。\n`,
    [[`${DJ}第七十条`, 'resolved', '道交70'], ['本法第七十条', 'self', '本70']]],
  ['the citation in the middle of a sentence: no pasted text, 本法 not the law\'s',
    `答复如下：根据${DJ}第七十条 在道路上发生交通事故，车辆驾驶人应当立即停车。\n当事人应当迅速报告执勤的交通警察。\n第七十一条 违反本法规定的，依照本法第七十条处理。\n`,
    [[`${DJ}第七十条`, 'resolved', '道交70'], ['本法第七十条', 'self', '本70']]],
  ['another title between: the pasted law ends there',
    `${DJ}第七十条 在道路上发生交通事故，车辆驾驶人应当立即停车。\n另见${XF}。\n第七十一条 违反本法规定的，依照本法第七十条处理。\n`,
    [[`${DJ}第七十条`, 'resolved', '道交70'], ['本法第七十条', 'self', '本70']]],

  // ---- 中华人民共和国 before a State Council regulation's title (titles.ts compute, inPlace) ----
  ['《中华人民共和国信访条例》: the national 信访条例, not a province\'s',
    '根据《中华人民共和国信访条例》第二条规定，县政府决定受理。',
    [['《中华人民共和国信访条例》第二条', 'resolved', '信访2']]],
  ['a title carrying 中华人民共和国 itself is found as written',
    '根据《中华人民共和国道路运输条例》第一条规定处理。',
    [['《中华人民共和国道路运输条例》第一条', 'resolved', '运输1']]],
  ['no regulation of that name: unknown, and a province\'s title keeps its place',
    '根据《中华人民共和国信访工作条例》第二条和《上海市信访条例》第二条处理。',
    [['《中华人民共和国信访工作条例》第二条', 'unknown-regulation', ''], ['《上海市信访条例》第二条', 'resolved', '沪信访2']]],

  // ---- a bill's readings named like its draft (draftArticle.ts) ----
  ['草案二次审议稿第三十五条 and 三次审议稿第十条: the bill discussed, its numbering no citation (fix-draft101)',
    `${XF}第十七条另有规定。草案二次审议稿第三十五条规定了旅行社的义务，三次审议稿第十条作了调整。`,
    [[`${XF}第十七条`, 'resolved', '刑法17']]],
  ['a reading mentioned before a comma: the article after it stays the law\'s',
    `${XF}第十七条另有规定。二次审议时，第十八条未作修改。第十四届第一次会议审议的第2项商品目录，见（2019）某刑初12号判决第二项。`,
    [[`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条', 'resolved', '刑法18']]],

  // ---- 《条例》 on a page explaining the regulation its heading names (explainedTitle.ts) ----
  ['信访条例释义: its 《条例》 is 信访条例',
    '信访条例释义\n\n《条例》第二条规定了信访的含义，第三条规定了各级政府的责任。\n',
    [['《条例》第二条', 'resolved', '信访2'], ['第三条', 'resolved', '信访3']]],
  ['《…条例》解读（一） in brackets',
    '《信访条例》解读（一）\n\n根据《条例》第三条，各级人民政府应当做好信访工作。\n',
    [['《条例》第三条', 'resolved', '信访3']]],
  ['a heading naming the regulation without 《》: its bare articles before any title are that regulation\'s',
    '信访条例释义\n\n第二条规定了信访的含义，本条第二款规定了信访人。\n',
    [['第二条', 'resolved', '信访2'], ['本条第二款', 'resolved', '信访2.2']]],
  ['a heading that explains nothing gives no default: a bare article before any title has no context',
    '关于信访条例的学习心得\n\n第二条规定了信访的含义。\n',
    [['第二条', 'no-context', '沪信访2 信访2 中华人民共和国公司法2 公司规定二2 最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释2 刑法2 中华人民共和国国家安全法2 最高人民法院  最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释2 最高人民法院、最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释2 民诉解释2 浙江省道路运输条例2 中华人民共和国行政处罚法2 道交2']]],
  ['a notice\'s heading explains nothing: 《条例》 stays undefined',
    '关于做好信访工作的通知\n\n《条例》第二条另有规定。\n',
    [['《条例》第二条', 'unknown-regulation', '']]],
  ['another kind word is not the regulation explained',
    '信访条例释义\n\n《办法》第二条另有规定。\n',
    [['《办法》第二条', 'unknown-regulation', '']]],
  ['a short title the page defines wins over its heading',
    '信访条例释义\n\n《上海市信访条例》（以下简称《条例》）第一条另有规定。《条例》第二条也有规定。\n',
    [['第一条', 'resolved', '沪信访1'], ['《条例》第二条', 'resolved', '沪信访2']]],

  // ---- 款 an amending item adds or moves (scanner amendedParagraph, amendedWording.ts numberedByAmendment) ----
  ['增加两款，分别作为第二款、第三款 and 原第二款作为第四款: the amended article\'s',
    `关于修改${DJ}的决定\n\n一、在第七十条中增加两款，分别作为第二款、第三款：“甲。”“乙。”\n原第二款作为第四款。\n`,
    [['第七十条', 'resolved', '道交70'], ['第二款、第三款', 'resolved', '道交70.2 道交70.3'], ['第二款', 'resolved', '道交70.2'], ['第四款', 'unknown-paragraph', '道交70.4']]],
  ['a 款 alone after a blank line, or not numbered by an amendment, stays unread',
    `${DJ}第七十条另有规定。第二款规定的情形较多。\n\n第三款作为第四款。\n`,
    [[`${DJ}第七十条`, 'resolved', '道交70']]],

  // ---- a title among the words an amending item writes in (amendedWording.ts inInsertedWords) ----
  ['修改为“《…法》等”: the next item\'s article is the amended regulation\'s, not that law\'s',
    `对《某某省失业保险条例》作如下修改：\n一、将第一条中的“国家”修改为“${XF}等”。\n二、第十七条修改为：“甲。”\n`,
    [['第一条', 'unknown-regulation', ''], ['第十七条', 'unknown-regulation', '']]],
  ['a citation in the new wording is that law\'s; the next item is the amended regulation\'s',
    `对《某某省失业保险条例》作如下修改：\n一、将第十条修改为：“依照${XF}第十七条处理。”\n二、第十八条修改为：“甲。”\n`,
    [['第十条', 'unknown-regulation', ''], [`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条', 'unknown-regulation', '']]],
  ['a law quoted after 规定： is no inserted wording: the article after it is read as before',
    `${DJ}第七十条规定：“依照${XF}第十七条处理。”第十八条另有规定。`,
    [[`${DJ}第七十条`, 'resolved', '道交70'], [`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条', 'resolved', '刑法18']]],

  // ---- a text's own first article after a caption: 为了…，制定本通告 (scanner articleHeadingAt OWN_FIRST_ARTICLE) ----
  ['范文三 第一条 为了…，制定本通告: the heading of the sample\'s own first article, not the law cited before',
    `依据${XF}第十七条处理。\n范文三 第一条 为了提高城市管理质量，制定本通告。\n`,
    [[`${XF}第十七条`, 'resolved', '刑法17']]],
  ['at a line start the rules for printed articles decide: 本条 in the commentary under it is that article',
    '《信访条例》释义\n\n第一条为了保持各级人民政府同人民群众的密切联系，保护信访人的合法权益，制定本条例。\n\n【释义】本条是关于立法目的的规定。\n',
    [['本条', 'resolved', '信访1']]],
  ['no 制定本…: the article after the caption is cited as before',
    `依据${XF}第十七条处理。\n范文三 第一条 为了惩罚犯罪另有规定。\n`,
    [[`${XF}第十七条`, 'resolved', '刑法17'], ['第一条', 'resolved', '刑法1']]],
  ['after a title the label cites the article it quotes, 制定本条例 or not',
    '《信访条例》 第一条 为了保持各级人民政府同人民群众的密切联系，制定本条例。',
    [['《信访条例》 第一条', 'resolved', '信访1']]],
];

describe('citation table: government pages, amendments and 释义 (real-gov6)', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});

// 《规定（二）》 against the bundled corpus, where five interpretations end so (explainedTitle.ts endsTitle): the title
// cited before decides; none cited, or another ordinal, the short name stays ambiguous. [text, status] only.
const GSQ = '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）';
const bundledRows: [name: string, doc: string, expected: [string, string][]][] = [
  ['after the full title it ends: that interpretation', `${GS2}第八条规定了解散事由。《规定（二）》第十条另有规定。`,
    [[`${GS2}第八条`, 'resolved'], ['《规定（二）》第十条', 'resolved']]],
  ['no title cited before: ambiguous', '《规定（二）》第十条另有规定。', [['《规定（二）》第十条', 'ambiguous']]],
  ['a title of another ordinal cited before: ambiguous', `${GS2}第八条规定了解散事由。《规定（三）》第十条另有规定。`,
    [[`${GS2}第八条`, 'resolved'], ['《规定（三）》第十条', 'ambiguous']]],
];

describe('citation table: a short name ending a title cited before (real-gov6, bundled corpus)', () => {
  before(function () {
    this.timeout(60000);
    bundledCorpus();
  });
  for (const [name, doc, expected] of bundledRows) it(name, () => assert.deepStrictEqual(bundledSummary(doc).map(([t, st]) => [t, st]), expected, doc));
  it('the short name is that interpretation\'s article', () => {
    const [, tail] = bundledSummary(`${GS2}第八条规定了解散事由。《规定（二）》第十条另有规定。`);
    assert.strictEqual(tail[2], `${GSQ}10`);
  });
});
