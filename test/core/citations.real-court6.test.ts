// Citations as court pages and the articles retelling cases write them — forms found on a sixth round of fresh pages
// (issue 14): a commentary comparing the 款 of an article by number alone, and an SPC interpretation named
// 《X法司法解释》. Made-up text in their style; each group names its rule. Notation as in citations.table.test.ts.
import * as assert from 'assert';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { analyze, bundledCorpus, bundledSummary, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];
type Case = [name: string, doc: string, expected: Row[]];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const ZP = `${Z}第十九条第一款`;
const FILLER = '其他部门的意见较多，'.repeat(16);

const cases: Case[] = [
  // ---- a 款 alone after the citation of another 款 of the article, in the same passage (paragraphAlone.ts) ----
  ['虽然…第十九条第一款未作规定，但第二款对此作出了规定: 19.2', `虽然${ZP}未作具体规定，但第二款对此作出了规定。`, [
    [ZP, 'resolved', '筑牢19.1'],
    ['第二款', 'resolved', '筑牢19.2'],
  ]],
  ['a sentence later: 因此，可以认为第一款所规定的…', `${Z}第十九条第二款规定了单位的义务。因此，可以认为第一款所规定的是个人的义务。`, [
    [`${Z}第十九条第二款`, 'resolved', '筑牢19.2'],
    ['第一款', 'resolved', '筑牢19.1'],
  ]],
  ['after a 款 read so itself: 第二款对…，第一款所规定的…', `虽然${ZP}未作规定，但第二款对此作出了规定，可以认为第一款所规定的范围更宽。`, [
    [ZP, 'resolved', '筑牢19.1'],
    ['第二款', 'resolved', '筑牢19.2'],
    ['第一款', 'resolved', '筑牢19.1'],
  ]],
  ['而第二款则规定了例外 after 法院认为', `法院认为，${ZP}是原则规定，而第二款则规定了例外。`, [
    [ZP, 'resolved', '筑牢19.1'],
    ['第二款', 'resolved', '筑牢19.2'],
  ]],
  ['a 款 the article has not: unknown paragraph', `虽然${Z}第十条第一款未作规定，但第二款对此作出了规定。`, [
    [`${Z}第十条第一款`, 'resolved', '筑牢10.1'],
    ['第二款', 'unknown-paragraph', '筑牢10.2'],
  ]],
  // Negative rows: a 款 alone stays unread elsewhere.
  ['after an article cited without a 款', `虽然${Z}第十九条未作具体规定，但第二款对此作出了规定。`, [[`${Z}第十九条`, 'resolved', '筑牢19']]],
  ['after a list ending in an article without a 款', `虽然${ZP}、第十条未作规定，但第二款对此作出了规定。`, [[`${ZP}、第十条`, 'resolved', '筑牢19.1 筑牢10']]],
  ['followed by other words (第二款另有规定的除外, 第二款人员名单)', `依据${ZP}的规定，第二款另有规定的除外。虽然${ZP}有规定，但第二款人员名单另附。`, [
    [ZP, 'resolved', '筑牢19.1'],
    [ZP, 'resolved', '筑牢19.1'],
  ]],
  ['a contract\'s or an agreement\'s 款 (合同第二款, 协议第二款)', `${ZP}有规定，但合同第二款对此另有约定，双方协议第二款对此作出了约定。`, [[ZP, 'resolved', '筑牢19.1']]],
  ['第十四届第二款 is no 款 of the article', `虽然${ZP}有规定，但第十四届第二款对此作出了规定。`, [[ZP, 'resolved', '筑牢19.1']]],
  ['on the next line, or far from the citation', `${ZP}有规定。\n第二款对此作出了规定。虽然${ZP}有规定，${FILLER}但第二款对此作出了规定。`, [
    [ZP, 'resolved', '筑牢19.1'],
    [ZP, 'resolved', '筑牢19.1'],
  ]],
  ['a judgment\'s item and a case number stay out: （2019）某刑初12号判决第二项', `${ZP}有规定，（2019）某刑初12号判决第二项对此作出了判决。`, [[ZP, 'resolved', '筑牢19.1']]],
  ['本办法 in a text with no articles of its own: not a law\'s article', '本办法第三条第一款规定了适用范围，第二款规定了例外。', [['本办法第三条第一款', 'self', '本3.1']]],

  // ---- an article's text after a comma, its items below (unmarkedQuotation.ts itemsAfterComma; analyze.ts lineBreaks) ----
  ['根据…第十九条，有下列情形之一的…：⏎（一）…⏎前款所列情形…: 前款 is 19.1, 本条例 the quoted law', `根据${Z}第十九条，有下列情形之一的，应当依法处理：\n（一）违反本条例第五条规定的；\n（二）其他情形。\n前款所列情形可以补正的，应当责令补正。`, [
    [`${Z}第十九条`, 'resolved', '筑牢19'],
    ['本条例第五条', 'resolved', '筑牢5'],
    ['前款', 'resolved', '筑牢19.1'],
  ]],
  // Negative rows: the writer's or a ruling's own items after a comma are no article's text.
  ['a ruling\'s items: 依照…第十九条，判决如下：⏎（一）…', `依照${Z}第十九条，判决如下：\n（一）被告于判决生效之日起十日内改正；\n（二）驳回原告其他诉讼请求。\n前款所列义务应当履行。`, [[`${Z}第十九条`, 'resolved', '筑牢19']]],
  ['the writer\'s words with a colon, no 下列: 本院认为…：', `根据${Z}第十九条，本院认为被告的行为违法：\n（一）未履行义务；\n前款所列情形应当改正。`, [[`${Z}第十九条`, 'resolved', '筑牢19']]],
  ['no items below the colon, or no colon', `根据${Z}第十九条，有下列情形之一的，应当依法处理：\n被告未履行义务。\n前款所列情形应当改正。`, [[`${Z}第十九条`, 'resolved', '筑牢19']]],
];

describe('citation table: court pages and case retellings, sixth round', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(analyze(doc));
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

const XS = '最高人民法院关于适用《中华人民共和国行政诉讼法》的解释';
const XF = '中华人民共和国刑法';
const SP = '中华人民共和国食品安全法';
const bundledCases: Case[] = [
  // ---- 《行政诉讼法司法解释》 / 行诉法司法解释, as 《民事诉讼法司法解释》 is written (corpus/data/aliases.json) ----
  ['《行政诉讼法司法解释》第 90条: the 2018 interpretation', '【关联法条】《行政诉讼法司法解释》第 90条人民法院判决被告重新作出行政行为。', [
    ['《行政诉讼法司法解释》第 90条', 'resolved', `${XS}90`],
  ]],
  ['行诉法司法解释第九十一条 without 《》', '根据行诉法司法解释第九十一条规定，原告请求被告履行法定职责。', [
    ['行诉法司法解释第九十一条', 'resolved', `${XS}91`],
  ]],
  ['a longer title is not the alias: 《行政诉讼法司法解释汇编》第三条', '《行政诉讼法司法解释汇编》第三条', [['《行政诉讼法司法解释汇编》第三条', 'unknown-regulation', '']]],
  // ---- the 款 of 刑法第二百三十四条 compared by number (paragraphAlone.ts) ----
  ['虽然《刑法》第二百三十四条第一款…，但第二款…。因此…第一款所规定的…', '虽然《刑法》第二百三十四条第一款未对伤害后果作出规定，但第二款对致人重伤的处罚作出了规定。因此，可以认为第一款所规定的刑罚对应轻伤。', [
    ['《刑法》第二百三十四条第一款', 'resolved', `${XF}234.1`],
    ['第二款', 'resolved', `${XF}234.2`],
    ['第一款', 'resolved', `${XF}234.1`],
  ]],
  // ---- the last item of a list with its 项 left out (scanner.ts listEndWithout项; malformed-citation gives the fix) ----
  ['第(二)项、第(十)规定: items 2 and 10', '当事人的行为违反了《食品安全法》第三十四条第一款第(二)项、第(十)规定。', [
    ['《食品安全法》第三十四条第一款第(二)项、第(十)', 'resolved', `${SP}34.1.2 ${SP}34.1.10`],
  ]],
  ['第（三）项和第（五）的规定, full-width brackets', '依据《食品安全法》第三十四条第一款第（三）项和第（五）的规定处罚。', [
    ['《食品安全法》第三十四条第一款第（三）项和第（五）', 'resolved', `${SP}34.1.3 ${SP}34.1.5`],
  ]],
  ['negative: a bracketed number before other words is no item (第(十)批次)', '依据《食品安全法》第三十四条第一款第(二)项、第(十)批次抽检结果。', [
    ['《食品安全法》第三十四条第一款第(二)项', 'resolved', `${SP}34.1.2`],
  ]],
  ['negative: not after an article alone (第三十四条、第(十)规定)', '依据《食品安全法》第三十四条、第(十)规定。', [['《食品安全法》第三十四条', 'resolved', `${SP}34`]]],
];

describe('citation table: court pages and case retellings, sixth round (bundled corpus)', () => {
  before(function () {
    this.timeout(60000);
    bundledCorpus();
  });
  for (const [name, doc, expected] of bundledCases) it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected, doc));
});

// ---- a document dated before every text of a 司法解释 the corpus holds, after its adoption (analyze.ts amendedText):
// LawRefBook's 最高人民法院关于适用《民事诉讼法》的解释(2020-12-29).md (adopted 2014) prints no 修正 line, but its text is dated
// after the adoption, so a 2020 ruling cites an earlier text: the earliest one is read ('before-corpus'), as for a law,
// not the text of 2022.
const MS = '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释';
const RS = '最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释';
describe('versions of 2000s interpretations cited by judgments dated before the corpus texts', () => {
  before(function () {
    this.timeout(60000);
    bundledCorpus();
  });
  const table: [why: string, doc: string, version: string, reason: string][] = [
    ['a ruling dated 二〇二〇年十一月十七日 at its end: the 2020 text', `依照《${MS}》第二百一十三条规定，裁定如下：\n本案按原告撤回起诉处理。\n审判员 某某\n二〇二〇年十一月十七日\n书记员 某某`, '2020-12-29', 'before-corpus'],
    ['a judgment of 2017 citing the 人身损害赔偿 interpretation (adopted 2003): the 2020 text', `依照《${RS}》第十七条第一款的规定，判决如下：\n二〇一七年六月二十二日`, '2020-12-29', 'before-corpus'],
    ['dated before the interpretation was adopted: not read as an earlier text', `依照《${MS}》第二百一十三条规定。\n二〇一三年三月一日`, '2022-04-02', 'document-date'],
    ['dated after the 2022 texts took effect: the text in force', `依照《${MS}》第二百一十三条规定。\n二〇二三年三月一日`, '2022-04-02', 'document-date'],
  ];
  for (const [why, doc, version, reason] of table) {
    it(why, () => {
      const c = analyzeDocument(doc, bundledCorpus()).citations.find((x) => !x.titleOnly)!;
      assert.deepStrictEqual([c.targets[0].version, c.bindings[0].version?.reason], [version, reason], doc);
    });
  }
  it('an article the earliest text lacks (the 2003 numbering) is information, not an error', () => {
    const a = analyzeDocument(`依照《${RS}》第三十五条第一款的规定，判决如下：\n二〇一七年六月二十二日`, bundledCorpus());
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('unknown-')).map((d) => [d.code, d.severity]), [['unknown-article', 'information']]);
  });
});
