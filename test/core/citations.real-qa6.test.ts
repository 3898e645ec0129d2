// Citations as legal Q&A pages, law-firm articles and commentaries write them (issue 14, sixth round), against real
// national texts (test/fixtures/national-titles: 公司法 1–17, 刑法 1–21 …). Made-up text in the real style; the rule each
// group tests is named in its comment.
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = {
  中华人民共和国公司法: '公司', 中华人民共和国刑法: '刑法', 中华人民共和国行政处罚法: '处罚', 中华人民共和国道路交通安全法: '道交',
};
const summary = (text: string) => nationalSummary(text, SHORT);

const XF = '《中华人民共和国刑法》';
const GS = '《中华人民共和国公司法》';
const DJ = '《中华人民共和国道路交通安全法》';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- a 款 alone right after a citation naming another 款 of the article is another 款 of it (paragraphAlone.ts) ----
  ['a 款 alone in the sentence that cited a 款', `我国${XF}第二十条第三款是在第一款的基础上作出的规定。`, [
    [`${XF}第二十条第三款`, 'resolved', '刑法20.3'],
    ['第一款', 'resolved', '刑法20.1'],
  ]],
  ['in the next sentence, and on from one sibling to the next', `${XF}第20条第3款是注意规定。学者常把第3款与第1款对照，又将第2款视为独立规定。`, [
    [`${XF}第20条第3款`, 'resolved', '刑法20.3'],
    ['第3款与第1款', 'resolved', '刑法20.3 刑法20.1'],
    ['第2款', 'resolved', '刑法20.2'],
  ]],
  ['after 同条第二款 too', `${XF}第二十条第一款规定了正当防卫，同条第二款规定了防卫过当，第三款的情形另作规定。`, [
    [`${XF}第二十条第一款`, 'resolved', '刑法20.1'],
    ['同条第二款', 'resolved', '刑法20.2'],
    ['第三款', 'resolved', '刑法20.3'],
  ]],
  ['a 款 after an article cited whole is not read', `${XF}第二十条是关于正当防卫的规定，其中第二款另有规定。`, [[`${XF}第二十条`, 'resolved', '刑法20']]],
  ['nor two sentences later', `${XF}第二十条第三款是注意规定。此后另有说明。再看第一款的内容。`, [[`${XF}第二十条第三款`, 'resolved', '刑法20.3']]],
  ['nor on the next line', `${XF}第二十条第三款是注意规定。\n第一款的内容另有说明。`, [[`${XF}第二十条第三款`, 'resolved', '刑法20.3']]],
  ['nor a 款 followed by other words (第五款另有说明)', `${XF}第二十条第三款是注意规定，第五款另有说明。`, [[`${XF}第二十条第三款`, 'resolved', '刑法20.3']]],
  ['nor a 款 of a judgment, a contract or a draft', `依照${XF}第二十条第三款，判决第二款驳回其他请求，协议第2款、草案第三款另有约定。`, [[`${XF}第二十条第三款`, 'resolved', '刑法20.3']]],
  ['ordinals, sessions and case numbers stay what they are', `${XF}第二十条第三款在第十四届全国人大第一次会议上讨论，见（2019）某刑初12号刑事判决第二项，第2项商品另计。`, [[`${XF}第二十条第三款`, 'resolved', '刑法20.3']]],
  ['nor after a 款 quoted (a writer quoting one 款 quotes the next too)', `依据${XF}第二十条第三款“……”的规定，第一款另有规定。`, [[`${XF}第二十条第三款`, 'resolved', '刑法20.3']]],
  ['inside a draft regulation a bare 款 stays the draft\'s own', '# 某某办法\n\n第一条　依照《中华人民共和国刑法》第二十条第三款，制定本办法。\n\n第二条　本条第二款所称……\n\n第一款另有规定的除外。\n', [
    ['《中华人民共和国刑法》第二十条第三款', 'resolved', '刑法20.3'],
    ['本条第二款', 'self', '本2.2'],
    ['第一款', 'self', '本2.1'],
  ]],

  // ---- 该条文 (that article) before a 款 is the article cited last, as 该条 is (scanner.ts SAME_ARTICLE) ----
  ['该条文第一款 after a bare article of the law named', `${GS}施行以来，第十条被援引最多，该条文第一款被援引八千余次，第二款被援引三千余次。`, [
    ['第十条', 'resolved', '公司10'],
    ['该条文第一款', 'resolved', '公司10.1'],
    ['第二款', 'resolved', '公司10.2'],
  ]],
  ['该条文 with nothing cited before is not read', '该条文第一款被援引八千余次。', []],
  ['条文第二款 opening a sentence after the article discussed', `法定代表人主要依据${GS}第十条认定。该条文将情形分为两类，条文第二款还规定了辞任。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    // Round 23 (fix-zh37, the lead's convention): 该条文 pointing back to the article just cited is a mention of it.
    ['该条文', 'resolved', '公司10'],
    ['条文第二款', 'resolved', '公司10.2'],
  ]],
  ['条文第二款 with nothing cited before is not read', '条文第二款还规定了辞任。', []],

  // ---- a Q&A answer pasting articles one after another, labels glued to the full stop and a space before their text (headingRun.ts) ----
  ['labels after 。 with a space and text, in order, are headings', `根据${GS}第十条规定 公司的法定代表人按照章程的规定担任。第十一条 法定代表人以公司名义从事的民事活动，其法律后果由公司承受。第十二条 公司变更登记事项。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
  ]],
  ['so with a law the corpus lacks', '根据合同法第五十六条规定 无效的合同自始没有法律约束力。第五十七条 合同无效的，不影响争议解决条款。第五十八条 合同无效后，财产应当返还。', [
    ['合同法第五十六条', 'unknown-regulation', ''],
  ]],
  ['one such label with no neighbour stays a citation', `${GS}第十条已有规定。第十一条 也作了规定。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第十一条', 'resolved', '公司11'],
  ]],
  ['labels after 。 going on with 规定 stay citations', `${GS}第十条已有规定。第十一条规定了法律后果。第十二条规定了变更登记。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['第十一条', 'resolved', '公司11'],
    ['第十二条', 'resolved', '公司12'],
  ]],
  // ---- a Q&A page printing a law's articles under 根据《…》第一章中： / 《…》的相关规定如下：: the articles are that law's,
  // their 本法 that law (scanner.ts TITLE_TO_HEADING; the page then explains the law, analyze.ts paraphrasedLaw) ----
  ['headings under 《…》第一章中：, items set apart by empty lines', `法定代表人如何确定？根据${GS}第一章中：\n\n第十条【法定代表人】公司的法定代表人按照公司章程的规定担任。\n\n第十一条【代表行为】法定代表人以公司名义从事的民事活动，其法律后果由公司承受。\n\n第十二条【变更登记】公司有下列情形之一的：\n\n（一）违反本法第五条规定的；\n\n（二）依照本法第七条办理的。`, [
    [`${GS}第一章`, 'resolved', '公司:第一章'],
    ['本法第五条', 'resolved', '公司5'],
    ['本法第七条', 'resolved', '公司7'],
  ]],
  ['…的相关规定如下： announces them too', `${GS}的相关规定如下：\n第十条 公司的法定代表人按照公司章程的规定担任，违反本法第五条的除外。`, [['本法第五条', 'resolved', '公司5']]],
  ['after an article cited, 规定如下： prints that article, not the next: 本法 under another heading stays the page\'s own', `${GS}第十条规定如下：\n第十一条 法定代表人违反本法第五条的，另行处理。`, [
    [`${GS}第十条`, 'resolved', '公司10'],
    ['本法第五条', 'self', '本5'],
  ]],
  ['other words before the colon announce nothing: 本法 stays the page\'s own', `根据${GS}的精神：\n\n第十条【法定代表人】公司的法定代表人违反本法第五条的，另行处理。`, [['本法第五条', 'self', '本5']]],
  // ---- under a line holding the law's title, 第X条，and the article's own words is its reprint (lawExcerpt.ts COMMA_THEN_TEXT) ----
  ['第十条， and the article\'s words under a title line are headings; its 本法 is that law', `【法律规定】\n${GS}\n第十条，法定代表人由章程规定的人担任：\n（一）违反本法第五条的；\n第十一条，以公司名义从事活动的，后果由公司承担。`, [
    ['本法第五条', 'resolved', '公司5'],
  ]],
  ['第十条，第十一条 under a title line is a list of citations', `${GS}\n第十条，第十一条也有规定。`, [['第十条，第十一条', 'resolved', '公司10 公司11']]],
  ['第十条，规定了… and 第十条，该条… are sentences about it', `${GS}\n第十条，规定了法定代表人的产生。\n第十一条，该条另有规定。`, [
    ['第十条', 'resolved', '公司10'],
    ['第十一条', 'resolved', '公司11'],
  ]],
  ['a comma heading needs the title on a line of its own above it', `${GS}的规定很多。\n第十条，法定代表人由章程规定的人担任。`, [['第十条', 'resolved', '公司10']]],
  // ---- an item alone saying what it is about (其中第二项关于…的规定): an item of the article cited last (scanner.ts ITEM_CUE) ----
  ['第二项关于… after the article', `${DJ}第七十六条规定了两种情形，其中第二项关于机动车与行人之间事故的规定最常适用。`, [
    [`${DJ}第七十六条`, 'resolved', '道交76'],
    ['第二项', 'resolved', '道交76..2'],
  ]],
  ['a draft\'s or articles of association\'s item is theirs', `${DJ}第七十六条已有规定，草案第二项规定的情形另议，章程第三项规定的除外。`, [[`${DJ}第七十六条`, 'resolved', '道交76']]],
  ['a meeting\'s item about something is no citation', `${DJ}第七十六条已有规定。会议第二项关于人事任免，第2项商品另计。`, [[`${DJ}第七十六条`, 'resolved', '道交76']]],
  ['sessions and ordinals after 。 are no labels', `${GS}第十条已有规定。第十四届 全国人大第一次会议 审议通过。第二项 商品另计。`, [[`${GS}第十条`, 'resolved', '公司10']]],
];

describe('citation table: Q&A pages and commentaries, sixth round', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});
