// Citations as judgments, rulings, their database pages and the books that reprint them write them — the forms
// found on fresh court pages (issue 14, second round). Made-up text in their style; each group names its rule.
// Notation as in citations.table.test.ts (seed regulations) and citations.unknown-law-name.test.ts (national titles).
import * as assert from 'assert';
import { analyze, nationalSummary, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];
type Case = [name: string, doc: string, expected: Row[]];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const XF = '《中华人民共和国刑法》';
const S = '《内蒙古自治区建设我国北方重要生态安全屏障促进条例》';
const NATIONAL: Record<string, string> = {
  中华人民共和国刑法: '刑法',
  '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释': '民诉解释',
  '最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释': '刑诉解释',
  '最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（二）': '公司规定二',
};

/** Against the national-titles fixture (刑法, the 民诉 and 刑诉 interpretations, no 民事诉讼法 itself). */
const national: Case[] = [
  // ---- a judicial interpretation's title written without 《》 (bareInterpretation.ts) ----
  ['a known interpretation, unbracketed, then a colon (a database\'s 法律依据 line)', `法律依据\n${XF}:第二十条;最高人民法院关于适用《中华人民共和国民事诉讼法》的解释:第一条,第二条`, [
    [`${XF}:第二十条`, 'resolved', '刑法20'],
    ['最高人民法院关于适用《中华人民共和国民事诉讼法》的解释:第一条,第二条', 'resolved', '民诉解释1 民诉解释2'],
  ]],
  ['an unknown one naming a known law inside: the interpretation\'s article, not the law\'s', `依照${XF}第二十条、最高人民法院关于执行《中华人民共和国刑法》若干问题的解释第三条第一款之规定，判决如下。`, [
    [`${XF}第二十条`, 'resolved', '刑法20'],
    ['最高人民法院关于执行《中华人民共和国刑法》若干问题的解释第三条第一款', 'unknown-regulation', ''],
  ]],
  ['the same in a 法律依据 line, and a bare article after it stays with it', `${XF}:第二十一条;最高人民法院关于执行《中华人民共和国刑法》若干问题的解释:第一条第一款,第四十四条第一款\n依照第五条处理。`, [
    [`${XF}:第二十一条`, 'resolved', '刑法21'],
    ['最高人民法院关于执行《中华人民共和国刑法》若干问题的解释:第一条第一款,第四十四条第一款', 'unknown-regulation', ''],
    ['第五条', 'unknown-regulation', ''],
  ]],
  ['two issuers, no 《》 at all, unknown to the corpus', `依照${XF}第二十条。依据最高人民法院、最高人民检察院关于办理某类刑事案件若干问题的规定第二十六条。`, [
    [`${XF}第二十条`, 'resolved', '刑法20'],
    ['最高人民法院、最高人民检察院关于办理某类刑事案件若干问题的规定第二十六条', 'unknown-regulation', ''],
  ]],
  ['a known one right before its article (as before) and in outer 《》 with the issuer outside', `根据最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第一条；最高人民法院《关于适用〈中华人民共和国民事诉讼法〉的解释》第二条`, [
    ['最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第一条', 'resolved', '刑诉解释1'],
    ['《关于适用〈中华人民共和国民事诉讼法〉的解释》第二条', 'resolved', '民诉解释2'],
  ]],
  ['的补充规定 ends such a title too', `${XF}:第二十条;最高人民法院关于执行《中华人民共和国刑法》确定罪名的补充规定:第二条`, [
    [`${XF}:第二十条`, 'resolved', '刑法20'],
    ['最高人民法院关于执行《中华人民共和国刑法》确定罪名的补充规定:第二条', 'unknown-regulation', ''],
  ]],
  // negatives: the issuer without 关于, a citation inside the words, an ending that is no interpretation's
  ['最高人民法院 as the subject of a sentence is no title', `最高人民法院认为${XF}第二十条应当适用。`, [[`${XF}第二十条`, 'resolved', '刑法20']]],
  ['关于 a cited article: the article is the law\'s', `最高人民法院关于${XF}第二十条的理解与适用的解释`, [[`${XF}第二十条`, 'resolved', '刑法20']]],
  ['words before the law\'s title, then no interpretation\'s ending', `最高人民法院关于学习${XF}第二十一条的通知`, [[`${XF}第二十一条`, 'resolved', '刑法21']]],

  // ---- the law inside an interpretation's title written without 中华人民共和国 (lawInsideTitle.ts) ----
  ['〈民事诉讼法〉 and 刑事诉讼法 unmarked inside the title, the issuer outside the brackets', '依照《关于适用〈民事诉讼法〉的解释》第一条；最高人民法院《关于适用刑事诉讼法的解释》第二条', [
    ['《关于适用〈民事诉讼法〉的解释》第一条', 'resolved', '民诉解释1'],
    ['《关于适用刑事诉讼法的解释》第二条', 'resolved', '刑诉解释2'],
  ]],
  ['the title with 中华人民共和国 put in names nothing: unknown, as written', '依照《关于适用民事诉讼法若干问题的意见》第一条；《关于适用某某法的解释》第二条', [
    ['《关于适用民事诉讼法若干问题的意见》第一条', 'unknown-regulation', ''],
    ['《关于适用某某法的解释》第二条', 'unknown-regulation', ''],
  ]],

  // ---- 本规定 / 本解释 in a page reprinting an interpretation's article glued to its citation (analyze.ts paraphrasedLaw) ----
  ['本规定 after a 规定\'s article in the same paragraph is that 规定', '《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定（二）》第一条单独或者合计持有公司全部股东表决权百分之十以上的股东，可以依据本规定第二条提起诉讼。', [
    ['《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定（二）》第一条', 'resolved', '公司规定二1'],
    ['本规定第二条', 'resolved', '公司规定二2'],
  ]],
  ['本规定 after a law, or in another paragraph, stays the document\'s own', `依照${XF}第二十条，本规定第二条另有规定。\n《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定（二）》第一条。\n\n本规定第三条另有规定。`, [
    [`${XF}第二十条`, 'resolved', '刑法20'],
    ['本规定第二条', 'self', '本2'],
    ['《最高人民法院关于适用〈中华人民共和国公司法〉若干问题的规定（二）》第一条', 'resolved', '公司规定二1'],
    ['本规定第三条', 'self', '本3'],
  ]],

  // ---- 第 left out after a title's 以下简称 bracket (scanner.ts, as 《…》五十二条 right after a title) ----
  ['（以下简称《刑法》）20条第1款', `${XF}（以下简称《刑法》）20条第1款规定了正当防卫。《刑法》第21条`, [
    [`20条第1款`, 'resolved', '刑法20.1'],
    ['《刑法》第21条', 'resolved', '刑法21'],
  ]],
  ['a number that counts no article stays prose', `${XF}（以下简称《刑法》）10条措施已经落实。`, []],
];

/** Against the seed regulations. */
const seeds: Case[] = [
  // ---- a contract's parts in 《》 and the bare articles after its clause (contractClause.ts) ----
  ['《通用条款》, 《专用条款》 and the bare clauses after them', `依照${Z}第十条。双方签订的合同包括《通用条款》《专用条款》。《通用条款》第6条规定，发包人负责开通道路；第8条约定，发包人可委托监理；第9条第3项规定，工期可以延长。《专用条款》第6条第2项规定了发包人的责任。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
  ]],
  ['the contract goes on to the end of its paragraph only', `依照${Z}第十条。《通用条款》第6条规定了道路；第9条规定了工期。\n第十二条规定了联防机制。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['a title after the clause ends the contract', `《通用条款》第6条规定，依照${Z}第十条处理；第十二条另有规定。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['条款 unbracketed is no contract; a regulation\'s title ending in 条例 keeps its articles', `${Z}第十条规定了格式条款，第十二条另有规定。《某某省格式条款监督条例》第八条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
    ['《某某省格式条款监督条例》第八条', 'unknown-regulation', ''],
  ]],

  // ---- an article's label alone on its line is a heading (scanner.ts articleHeadingAt) ----
  ['labels printed above their text', `${Z}\n第十条\n各级人民政府应当……\n第十二条\n旗县级以上人民政府……`, []],
  ['a label alone on the first line of an excerpt', `第七条\n当事人认为执行行为违法的，人民法院应当依照${Z}第十条规定审查。`, [[`${Z}第十条`, 'resolved', '筑牢10']]],
  // ---- a flattened reprint: labels in order, each opening a sentence, glued to its text (headingRun.ts) ----
  ['a title, a space, then its articles run together: headings, and their text is the title\'s', `${Z} 第一条为了筑牢屏障，制定本条例。 第二条本条例适用于本区，依照${S}第五条执行。 第三条“屏障”是指下列事项： （一）甲； （二）乙。 第 （二）项所列事项由旗县负责。 第四条各级人民政府应当……`, [
    [`${S}第五条`, 'resolved', '生态5'],
    ['第 （二）项', 'unknown-item', '筑牢3..2'],
  ]],
  ['articles quoted one after another stay citations (a quotation mark or a comma after each)', `依照${Z}第十条“……”第十一条，规定了联防机制。第十二条“……”`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十一条', 'resolved', '筑牢11'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['one label glued to prose with no neighbour in order stays a citation', `依照${Z}办理。第十条各级人民政府的职责已经履行。第十二条规定了联防机制。`, [
    ['第十条', 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['第 (二)项: a space between 第 and the bracket', `依照${Z}第六条。第 (一)项、第 (二)项所列情形`, [
    [`${Z}第六条`, 'resolved', '筑牢6'],
    ['第 (一)项、第 (二)项', 'unknown-item', '筑牢6..1 筑牢6..2'],
  ]],
  // 依照《…》 ending its line goes on with the list on the next (scanner.ts wrappedAfterCitedTitle): one citation with its title.
  ['a list alone on its line, or a label with more after it, stays a citation', `依照${Z}\n第十条、第十二条\n第十条。`, [
    [`${Z}\n第十条、第十二条`, 'resolved', '筑牢10 筑牢12'],
    ['第十条', 'resolved', '筑牢10'],
  ]],
];

describe('citation table: forms of fresh court pages (judgments, rulings, database pages)', () => {
  for (const [name, doc, expected] of national) it(name, () => assert.deepStrictEqual(nationalSummary(doc, NATIONAL), expected, doc));
  for (const [name, doc, expected] of seeds) it(name, () => assert.deepStrictEqual(summary(analyze(doc)), expected, doc));
});
