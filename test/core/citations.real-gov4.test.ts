// Citations as replies, Q&A pages and law-firm articles write them (issue 14, branch real-gov4): a law's articles pasted
// after a citation with their labels, 款 quoted one by one after 同条第X款规定, … Made-up text in the real style, against
// real national texts trimmed to their first articles (test/fixtures/national-titles). Each group names the rule it
// tests; positive and negative rows.
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = {
  中华人民共和国公司法: '公司',
  中华人民共和国刑法: '刑法',
  中华人民共和国道路交通安全法: '道交',
  中华人民共和国道路运输条例: '运输',
  '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释': '民诉解释',
};

const GS = '《中华人民共和国公司法》';
const XF = '《中华人民共和国刑法》';
const DJ = '《中华人民共和国道路交通安全法》';

type Row = [name: string, doc: string, expected: [string, string, string][]];

const rows: Row[] = [
  // ---- a bare label followed by its article's own first words heads the text reprinted (ownTextHeading.ts) ----
  ['opening its line, glued to its own words under the citation above: a heading',
    `${DJ}第七十条另有规定。\n第七十一条车辆发生交通事故后逃逸的，目击人员应当举报。\n`,
    [[`${DJ}第七十条`, 'resolved', '道交70']]],
  ['run on after a sentence end: the next article pasted is named, a citation',
    `${XF}第十七条规定了刑事责任年龄。第十八条精神病人在不能辨认或者不能控制自己行为的时候造成危害结果，不负刑事责任。`,
    [[`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条', 'resolved', '刑法18']]],
  ['alone on its line, a bracketed name and the text below: a heading',
    `法律依据：${XF}\n\n第十九条\n\n【聋哑人、盲人犯罪】又聋又哑的人或者盲人犯罪，可以从轻、减轻或者免除处罚。\n`, []],
  ['after a list number: a list entry naming the article, a citation',
    `法律依据：\n1.${DJ}第七十条规定，发生事故应当立即停车。\n2.第七十一条车辆发生交通事故后逃逸的，目击人员应当举报。\n`,
    [[`${DJ}第七十条`, 'resolved', '道交70'], ['第七十一条', 'resolved', '道交71']]],
  ['a space before the text, after a colon: a heading',
    `${DJ}第七十条另有规定。其处理程序：第七十二条 公安机关交通管理部门接到交通事故报警后，应当立即派交通警察赶赴现场。`,
    [[`${DJ}第七十条`, 'resolved', '道交70']]],
  ['规定 after the label: a citation',
    `${XF}第十七条另有规定。第十八条规定精神病人在不能辨认自己行为的时候造成危害结果的，不负刑事责任。`,
    [[`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条', 'resolved', '刑法18']]],
  ['the title names the law: a citation labelling its text',
    `${XF}第十八条精神病人在不能辨认或者不能控制自己行为的时候造成危害结果，不负刑事责任。`,
    [[`${XF}第十八条`, 'resolved', '刑法18']]],
  ['after a comma the label is no heading',
    `${XF}第十七条另有规定，第十八条精神病人在不能辨认或者不能控制自己行为的时候的情形除外。`,
    [[`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条', 'resolved', '刑法18']]],
  ['another article\'s words after the label: a citation',
    `${XF}第十七条另有规定。第十八条又聋又哑的人或者盲人犯罪，可以从轻处罚。`,
    [[`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条', 'resolved', '刑法18']]],
  ['a 款 after the label is cited, whatever follows',
    `${XF}第十七条另有规定。第十八条第二款间歇性的精神病人在精神正常的时候犯罪，应当负刑事责任。`,
    [[`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条第二款', 'resolved', '刑法18.2']]],
  ['ordinals, case numbers and a judgment\'s items stay no citations',
    `${XF}第十七条另有规定。第十四届第一次会议审议的第2项商品目录，见（2019）某刑初12号判决第二项。`,
    [[`${XF}第十七条`, 'resolved', '刑法17']]],

  // ---- 款 quoted one by one after 同条第X款规定 (analyze.ts onCitation, quoted 同条) ----
  ['同条第二款 quoting: 前款 there is the article\'s first 款',
    `${GS}第十条第一款规定：“法定代表人由董事或者经理担任。”同条第二款规定：“依照前款担任法定代表人的董事辞任的，视为同时辞去法定代表人。”`,
    [[`${GS}第十条第一款`, 'resolved', '公司10.1'], ['同条第二款', 'resolved', '公司10.2'], ['前款', 'resolved', '公司10.1']]],
  ['同条第三款 quoting: 本条第一款、第二款 there are the article\'s',
    `参照${GS}第十条第二款，同条第三款规定：“依照本条第一款、第二款的规定辞任的，公司应当确定新的法定代表人。”`,
    [[`${GS}第十条第二款`, 'resolved', '公司10.2'], ['同条第三款', 'resolved', '公司10.3'], ['本条第一款、第二款', 'resolved', '公司10.1 公司10.2']]],
  ['同条 with no article cited before: nothing is read',
    '同条第二款规定：“担任法定代表人的董事辞任的，视为同时辞去法定代表人。”', []],
  ['前款 after the quotation is the writer\'s, not read',
    `${GS}第十条第一款规定了人选，同条第二款规定：“担任法定代表人的董事辞任的，视为同时辞去法定代表人。”前款所称人选另行确定。`,
    [[`${GS}第十条第一款`, 'resolved', '公司10.1'], ['同条第二款', 'resolved', '公司10.2']]],

  // ---- a heading right under a citation of the same article prints that article (scanner quotedHeading) ----
  ['the cited article printed below its citation: 本法 in it is the cited law',
    `${XF}第十八条规定如下：\n第十八条 精神病人在不能辨认自己行为的时候造成危害结果的，依照本法第十七条的规定处理。\n`,
    [[`${XF}第十八条`, 'resolved', '刑法18'], ['本法第十七条', 'resolved', '刑法17']]],
  ['a commentary headed 某法条文释义：第X条: 本条 and 本法 in it are that article and law',
    '刑法条文释义：第二十条\n\n第二十条 为了使国家、公共利益免受正在进行的不法侵害，而采取的制止不法侵害的行为，不负刑事责任。\n\n【解析】本条是关于正当防卫的规定。本法第十九条另有规定。\n',
    [['第二十条', 'resolved', '刑法20'], ['本条', 'resolved', '刑法20'], ['本法第十九条', 'resolved', '刑法19']]],
  ['a heading of another article is not the cited article printed',
    `${XF}第十八条规定如下：\n第十九条 又聋又哑的人犯罪的，依照本法第十七条的规定处理。\n`,
    [[`${XF}第十八条`, 'resolved', '刑法18'], ['本法第十七条', 'self', '本17']]],
  ['a 款 cited above is not the whole article printed',
    `${XF}第十八条第二款规定如下：\n第十八条 精神病人犯罪的，依照本法第十七条的规定处理。\n`,
    [[`${XF}第十八条第二款`, 'resolved', '刑法18.2'], ['本法第十七条', 'self', '本17']]],

  // ---- a list that dropped 第 after 、 drops it before its last item too (scanner parseChain) ----
  ['第十七条、十八条和十九条: one list of three',
    `${XF}对此集中规定在第十七条、十八条和十九条。`,
    [['第十七条、十八条和十九条', 'resolved', '刑法17 刑法18 刑法19']]],
  ['及 before the last bare number too',
    `${XF}第十七条、十八条及十九条另有规定。`,
    [[`${XF}第十七条、十八条及十九条`, 'resolved', '刑法17 刑法18 刑法19']]],
  ['和 alone before a bare number continues no list',
    `${XF}第十七条和十八条另有规定。`,
    [[`${XF}第十七条`, 'resolved', '刑法17']]],
  ['a bare number with no unit word after 和 is no item',
    `${XF}第十七条、十八条和十九名代表参加。`,
    [[`${XF}第十七条、十八条`, 'resolved', '刑法17 刑法18']]],

  // ---- the kind alone before an article stands for 该解释 / 该条例 (kindNoun.ts) ----
  ['根据解释第二条 after the interpretation and the law it interprets: the interpretation',
    `《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》是为正确适用${DJ}以外的诉讼法制定的。根据解释第二条规定，专利纠纷案件另行确定管辖。`,
    [['解释第二条', 'resolved', '民诉解释2']]],
  ['按照条例第一条 after a 条例 and a law: the 条例',
    `《中华人民共和国道路运输条例》对此有规定，${DJ}另有规定。按照条例第一条处理。`,
    [['条例第一条', 'resolved', '运输1']]],
  ['司法解释第三条 and 实施条例第三条 are no kind alone',
    `${XF}另有规定。对照司法解释第三条，参照实施条例第二条。`,
    [['第三条', 'resolved', '刑法3'], ['第二条', 'resolved', '刑法2']]],

  // ---- 草案第二十条: the draft discussed, not the law cited before (draftArticle.ts); its numbering, no citation (fix-draft101) ----
  ['“草案”第二十条 after a law\'s articles: the draft\'s, and the bare article after it too',
    `基本沿袭了${XF}第十七条至第十九条的表达方式。形式上，“草案”第二十条规定内部责任，第二十一条规定外部责任。`,
    [[`${XF}第十七条至第十九条`, 'resolved', '刑法17 刑法18 刑法19']]],
  ['修订草案第五条 and 征求意见稿第三条',
    `${XF}第十七条另有规定。修订草案第五条作了调整，征求意见稿第三条未作规定。`,
    [[`${XF}第十七条`, 'resolved', '刑法17']]],
  ['in a text carrying the draft\'s articles, 草案第二条 is its own',
    '关于某某办法（草案）的说明\n草案第二条规定了适用范围。\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于本市。\n第三条 本办法自公布之日起施行。\n',
    [['草案第二条', 'self', '本2']]],
  ['草案 not right before the article, or no article after it: read as before',
    `${XF}第十七条另有规定。根据“草案”的精神，第十八条另有规定。草案第一次审议时提出了意见。`,
    [[`${XF}第十七条`, 'resolved', '刑法17'], ['第十八条', 'resolved', '刑法18']]],

  // ---- 《…》规定：第X条 and the article's words glued to it: its text (unmarkedQuotation.ts) ----
  ['a title, 规定 and a colon before the article: the words glued after it are its text, 前款 and 本条 there its own',
    '各地另有规定，例如《某某省实施〈中华人民共和国刑法〉办法》规定：第十条居民一户只能登记一处。新建面积不得超过二百平方米。人均不足的，可低于前款规定限额。县级政府可以在本条第二款规定的限额内制定标准。',
    [['《某某省实施〈中华人民共和国刑法〉办法》规定：第十条', 'unknown-regulation', ''], ['前款', 'unknown-regulation', ''], ['本条第二款', 'unknown-regulation', '']]],
  ['no colon, mid-line: the words after the article are the writer\'s, 本条 not read',
    '各地另有规定，例如《某某省实施〈中华人民共和国刑法〉办法》第十条居民一户只能登记一处。依照本条第二款处理。',
    [['《某某省实施〈中华人民共和国刑法〉办法》第十条', 'unknown-regulation', '']]],

  // ---- a law's name ending a line, its article opening the next (scanner headFor) ----
  ['刑法⏎第十七条 in quoted text: one citation of the law named',
    '《某某解释》第一条 盗窃公私财物价值一千元以上的，应当认定为刑法\n第十七条规定的情形。',
    [['《某某解释》第一条', 'unknown-regulation', ''], ['刑法\n第十七条', 'resolved', '刑法17']]],
  ['公司法⏎第十条 in prose',
    '公司章程另有规定的，依照公司法\n第十条处理。',
    [['公司法\n第十条', 'resolved', '公司10']]],
  ['a sentence ending before the break joins nothing',
    '学习刑法。\n第十七条另有规定。',
    [['第十七条', 'no-context', '公司17 刑法17']]],

  // ---- quoted text under a heading goes on after a reference to another law in it (scanner pushReference) ----
  ['前款 after 依照刑法第十七条规定 inside reprinted text: still the reprinted article\'s',
    `${GS}:\n第十条 法定代表人由董事担任，依照刑法第十七条规定处理。\n依照前款规定执行。\n`,
    [['刑法第十七条', 'resolved', '刑法17'], ['前款', 'resolved', '公司10.1']]],
  ['a title cited with its own text after a colon ends the reprinted text: 前款 not read',
    `${GS}:\n第十条 法定代表人由董事担任，依照${XF}第十七条：已满十六周岁的人犯罪，应当负刑事责任。\n依照前款规定执行。\n`,
    [[`${XF}第十七条`, 'resolved', '刑法17']]],
];

describe('citation table: replies, Q&A pages and law-firm articles (real-gov4)', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});
