// Citations as court and penalty pages write them — the forms found on a fourth round of fresh pages (issue 14):
// penalty decisions and judgments that quote two 款 of one article, each after its number. Made-up text in their
// style; each group names its rule. Notation as in citations.table.test.ts.
import * as assert from 'assert';
import { analyze, bundledCorpus, bundledSummary, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];
type Case = [name: string, doc: string, expected: Row[]];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const Q1 = '“维护国家政治安全应当加强网络安全管理……”';
const Q2 = '“任何组织和个人使用网络应当遵守宪法法律……”';

const cases: Case[] = [
  // ---- a 款 alone after the quotation of another 款 of the article (scanner.ts paragraphAfterQuotation) ----
  ['第十九条第一款“…”和第二款“…”的规定: the second 款 is the same article\'s', `依据${Z}第十九条第一款${Q1}和第二款${Q2}的规定，责令改正。`, [
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    ['第二款', 'resolved', '筑牢19.2'],
  ]],
  ['及, 以及, 、 and a comma join them too', `违反${Z}第十九条第一款${Q1}及第二款${Q2}。又违反${Z}第十九条第一款${Q1}，第二款${Q2}的规定。`, [
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    ['第二款', 'resolved', '筑牢19.2'],
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    ['第二款', 'resolved', '筑牢19.2'],
  ]],
  ['the second 款 followed by 的规定, not quoted', `违反了${Z}第十九条第一款${Q1}和第二款的规定。`, [
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    ['第二款', 'resolved', '筑牢19.2'],
  ]],
  ['前款 in the second 款\'s quotation is the first 款', `依据${Z}第十九条第一款${Q1}和第二款“违反前款规定的，依法处理”的规定。`, [
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    ['第二款', 'resolved', '筑牢19.2'],
    ['前款', 'resolved', '筑牢19.1'],
  ]],
  ['a 款 the article has not: unknown paragraph, not a miss', `依据${Z}第十条${'“维护国家政治安全应当坚决抵制……”'}和第二款“……”的规定。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第二款', 'unknown-paragraph', '筑牢10.2'],
  ]],
  // Negative rows: a 款 alone elsewhere stays unread.
  ['a 款 in the next sentence is not read', `依据${Z}第十九条第一款${Q1}的规定。第二款另有规定。`, [[`${Z}第十九条第一款`, 'resolved', '筑牢19.1']]],
  ['nor one a word away from the quotation (和其第二款)', `依据${Z}第十九条第一款${Q1}和其他文件第二款“……”的规定。`, [[`${Z}第十九条第一款`, 'resolved', '筑牢19.1']]],
  ['nor one not followed by its quotation or 规定 (和第二款所列人员)', `依据${Z}第十九条第一款${Q1}和第二款所列人员名单。`, [[`${Z}第十九条第一款`, 'resolved', '筑牢19.1']]],
  ['nor one after a quotation that cites nothing (原告称“…”和第二款)', '原告称“被告未按期付款”和第二款“逾期按日计息”均应适用。', []],
  ['nor a contract\'s clause after its quotation', '双方签订的合同第五条约定“乙方应按期付款”和第二款“逾期按日计息”。', []],
  ['a judgment\'s item after the quotation stays out: 和（2019）某刑初12号判决第二项', `依据${Z}第十九条第一款${Q1}和（2019）某刑初12号判决第二项的规定。`, [[`${Z}第十九条第一款`, 'resolved', '筑牢19.1']]],

  // ---- an article without 第 in a list of articles, after a 款 (scanner.ts parseChain, ARTICLE_LIST_GOES_ON) ----
  ['依照…第十九条第二款、十条、第十二条的规定: 十条 is the next article', `依照${Z}第十九条第二款、十条、第十二条的规定，判决如下：`, [
    [`${Z}第十九条第二款、十条、第十二条`, 'resolved', '筑牢19.2 筑牢10 筑牢12'],
  ]],
  ['Arabic, last in the list: 第十九条第一款、12条的规定', `依照${Z}第十九条第一款、12条的规定。`, [
    [`${Z}第十九条第一款、12条`, 'resolved', '筑牢19.1 筑牢12'],
  ]],
  ['a count after a 款 is no article (第十九条第二款、三条意见)', `依照${Z}第十九条第二款、三条意见均已落实。`, [[`${Z}第十九条第二款`, 'resolved', '筑牢19.2']]],
  ['nor a number of measures (、二十条措施)', `依照${Z}第十九条第二款、二十条措施执行。`, [[`${Z}第十九条第二款`, 'resolved', '筑牢19.2']]],
  ['a list of 款 alone does not take an article without 第 (其第二款、三条)', `${Z}第十九条。其第二款、三条规定均有体现。`, [[`${Z}第十九条`, 'resolved', '筑牢19']]],

  // ---- an appendix's label naming a 款 (scanner.ts articleHeadingAt): the 款's heading (issue 14 form 8, fix-head20), its text that 款's ----
  ['附：…法律条文 ⏎ 《…》 ⏎ 第十九条第二款　…前款…: the label heads the 款 printed, 前款 is 19.1', `附：本案适用的法律条文\n${Z}\n第十九条第二款　任何组织和个人使用网络应当遵守宪法法律，违反前款规定的，依法处理。\n第十条　维护国家政治安全应当坚决抵制……`, [
    ['前款', 'resolved', '筑牢19.1'],
  ]],
  ['a label without a 款 stays a heading, not a citation', `附：本案适用的法律条文\n${Z}\n第十九条　维护国家政治安全应当加强网络安全管理……\n第十条　维护国家政治安全应当坚决抵制……`, []],
];

describe('citation table: court and penalty pages, fourth round', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(analyze(doc));
      const norm = (tg: string) => tg.split(' ').filter(Boolean).sort().join(' ');
      assert.deepStrictEqual(got.map(([t, s, tg]) => [t, s, norm(tg)]), expected.map(([t, s, tg]) => [t, s, norm(tg)]), `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

// ---- 同法, the same law (scanner.ts ANAPHORS): customs and other penalty decisions cite the offence after the duty ----
const HG = '中华人民共和国海关法';
const HS = '中华人民共和国海关行政处罚实施条例';
const SP = '中华人民共和国食品安全法';
const bundledCases: Case[] = [
  // An item after the quotation of an item (scanner.ts paragraphAfterQuotation): the same 款's.
  ['第一款第四项“…”及第五项“…”的规定: 第五项 is the same 款\'s', `依据《${SP}》第一百二十四条第一款第四项“生产经营腐败变质……”及第五项“生产经营病死……”的规定，予以处罚。`, [
    [`《${SP}》第一百二十四条第一款第四项`, 'resolved', `${SP}124.1.4`],
    ['第五项', 'resolved', `${SP}124.1.5`],
  ]],
  ['an item after the quotation of a 款 is not read (第一款“…”及第五项商品)', `依据《${SP}》第一百二十四条第一款“违反本法规定……”及第五项商品的规定，予以处罚。`, [
    [`《${SP}》第一百二十四条第一款`, 'resolved', `${SP}124.1`],
  ]],
  ['违反了《海关法》第二十四条第一款之规定，构成同法第八十六条第三项', `该行为违反了《${HG}》第二十四条第一款之规定，构成同法第八十六条第三项所列之违法行为。`, [
    [`《${HG}》第二十四条第一款`, 'resolved', `${HG}24.1`],
    ['同法第八十六条第三项', 'resolved', `${HG}86..3`],
  ]],
  ['同法 is the law cited last, not the regulation between', `违反《${HG}》第二十四条第一款，依照《${HS}》第十五条第（三）项及同法第八十六条第三项处罚。`, [
    [`《${HG}》第二十四条第一款`, 'resolved', `${HG}24.1`],
    [`《${HS}》第十五条第（三）项`, 'resolved', `${HS}15..3`],
    ['同法第八十六条第三项', 'resolved', `${HG}86..3`],
  ]],
  ['劳动合同法 and 合同法 end in 同法 and stay titles', '依照劳动合同法第四十六条、第四十七条。依照合同法第五十二条。', [
    ['劳动合同法第四十六条、第四十七条', 'resolved', '中华人民共和国劳动合同法46 中华人民共和国劳动合同法47'],
    ['合同法第五十二条', 'unknown-regulation', ''],
  ]],
  // 之 and an Arabic number after an Arabic article number (scanner.ts parseUnit arabicInsert).
  ['刑法第133条之1第1款第2项: 条之一 in Arabic numerals', '被告人的行为构成危险驾驶罪，依照刑法第133条之1第1款第2项的规定处罚。', [
    ['刑法第133条之1第1款第2项', 'resolved', '中华人民共和国刑法133之1.1.2'],
  ]],
  ['a multiple after 之 is no 条之N (第5条之2倍)', '依照《中华人民共和国刑法》第5条之2倍罚款。', [
    ['《中华人民共和国刑法》第5条', 'resolved', '中华人民共和国刑法5'],
  ]],
  ['共同法 / 等同法 are no anaphor: an unknown name, as before', `依照《${HG}》第二十四条。两国共同法第三条另有规定。`, [
    [`《${HG}》第二十四条`, 'resolved', `${HG}24`],
    ['两国共同法第三条', 'unknown-regulation', ''],
  ]],
];

describe('citation table: court and penalty pages, fourth round (bundled corpus)', () => {
  before(function () {
    this.timeout(60000);
    bundledCorpus();
  });
  for (const [name, doc, expected] of bundledCases) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});
