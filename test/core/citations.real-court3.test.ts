// Citations as court pages write them — the forms found on a third round of fresh court pages (issue 14): retrial
// opinions whose law names are links on lines of their own, regulations flattened by document-sharing sites, a court's
// letter printed from a PDF, 交强险 and 婚姻法 interpretations by their short names. Made-up text in their style; each
// group names its rule. Notation as in citations.table.test.ts.
import * as assert from 'assert';
import { analyzeDocument, type CitationTarget } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { analyze, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];
type Case = [name: string, doc: string, expected: Row[]];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const ZB = '筑牢祖国北疆安全稳定屏障促进条例';

const cases: Case[] = [
  // ---- a line break right after 第 (scanner.ts numberAfterBreak): the law's name a link on a line of its own ----
  ['a bare name, 第 ending its line, the number on the next', `申请人依据\n${ZB}第\n十九条第二款申请复查的，应当审查。`, [
    [`${ZB}第\n十九条第二款`, 'resolved', '筑牢19.2'],
  ]],
  ['the old numbering a corpus text lacks is still read (unknown paragraph, not a miss)', `申请人依据\n${ZB}第\n十条第二款申请复查的，应当审查。`, [
    [`${ZB}第\n十条第二款`, 'unknown-paragraph', '筑牢10.2'],
  ]],
  ['the name at the start of a numbered line', `22.\n${ZB}第\n十二条规定的事项，由旗县级人民政府负责。`, [
    [`${ZB}第\n十二条`, 'resolved', '筑牢12'],
  ]],
  ['a bare 第 ending a line after a title in context', `依照${Z}第十条。另依照第\n十二条处理。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第\n十二条', 'resolved', '筑牢12'],
  ]],
  ['a blank line after 第 ends it', `依照${Z}第十条。另依照第\n\n十二条处理。`, [[`${Z}第十条`, 'resolved', '筑牢10']]],
  ['an ordinal broken across lines is no citation (第⏎十四届, 第⏎一次会议)', `依照${Z}第十条。第\n十四届人大常委会第\n一次会议通过。`, [[`${Z}第十条`, 'resolved', '筑牢10']]],

  // ---- a space left inside a Chinese number by a PDF's line wrap (scanner.ts readNum) ----
  ['第十 二条 with one space', `依照${Z}第十 二条的规定。`, [[`${Z}第十 二条`, 'resolved', '筑牢12']]],
  ['本法第二十 五条 in a quoted article', `依据${Z}第十条规定，提起诉讼应当符合下列条件：（一）原告是符合本条例第十 二条规定的组织；`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['本条例第十 二条', 'resolved', '筑牢12'],
  ]],
  ['a space before the unit is no number (第十 条)', `依照${Z}第十条。另见第十 条目。`, [[`${Z}第十条`, 'resolved', '筑牢10']]],
  ['two numbers apart stay apart: 第二 三四季度', `依照${Z}第十条。第二 三四季度的数据。`, [[`${Z}第十条`, 'resolved', '筑牢10']]],

  // ---- a regulation flattened after its preamble (headingRun.ts headingAfterPreamble) ----
  ['制定本规定。第一条…。第二条…: headings; what they cite stays cited', `《示例纠纷处理规定》全文：为了规范示例纠纷的处理，根据${ZB}等规定，制定本规定。第一条当事人提出异议的，应当提交申请书。第二条异议符合${ZB}第十条或者第十二条规定条件的，应当在三日内立案。第三条异议人应当…`, [
    [`${ZB}第十条或者第十二条`, 'resolved', '筑牢10 筑牢12'],
  ]],
  ['without the preamble a label glued after 。 stays a citation', `依照${Z}第十条的规定处理。第十二条另有规定的除外。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['after the preamble, a label that is not in a run stays a citation', `根据${Z}，制定本规定。依照${Z}第十条处理。第十二条规定了期限。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],

  // ---- a run of headings, each a space before its text, the first not at a line start (headingRun.ts headingBeforeLineRun) ----
  ['你好，第一条 …⏎第二条 …⏎第三条 …: headings; the citation inside stays', `你好，第一条 根据${ZB}第十条的规定，旗县级人民政府应当……\n第二条 “联防”是指……\n第三条 具有下列情形之一的……`, [
    [`${ZB}第十条`, 'resolved', '筑牢10'],
  ]],
  ['a label and a space with no heading run after it stays a citation', `依照${Z}第十条。参见第十二条 关于期限的内容。`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['第十二条', 'resolved', '筑牢12'],
  ]],
  ['第一条 规定… is cited, even with headings below', `依照${Z}，第一条 规定了目的。\n第二条 本条例适用于……`, [[`${Z}，第一条`, 'resolved', '筑牢1']]],

  // ---- a short title typeset with a space between number and character (scanner.ts DEFINITION) ----
  ['（以下简称《2023 北疆条例》） and 第10 条', `2023 年7 月${Z}（以下简称《2023 北疆条例》）通过，其中第10 条规定了联防。`, [['第10 条', 'resolved', '筑牢10']]],
  ['the short title used later', `${Z}（以下简称《2023 北疆条例》）。依照《2023 北疆条例》第十二条。`, [['《2023 北疆条例》第十二条', 'resolved', '筑牢12']]],
  ['a space between two characters is no part of a short title', `${Z}（以下简称《北疆 条例》）。依照第十二条。`, [['第十二条', 'unknown-regulation', '']]],

  // ---- 【】 for the inner 〈〉 of a title (corpus/titles.ts normalizeTitle) ----
  ['《新疆…实施【中华人民共和国国家安全法】办法》第三条', `依据《新疆维吾尔自治区实施【中华人民共和国国家安全法】办法》第三条的规定`, [
    ['《新疆维吾尔自治区实施【中华人民共和国国家安全法】办法》第三条', 'resolved', '新疆3'],
  ]],
  ['with a space a PDF left inside', `依据《新疆维吾尔自治区实 施【中华人民共和国国家安全法】办法》第三条`, [
    ['《新疆维吾尔自治区实 施【中华人民共和国国家安全法】办法》第三条', 'resolved', '新疆3'],
  ]],
  ['【】 do not make an unknown title known', `依据《某某市实施【中华人民共和国国家安全法】办法》第三条`, [
    ['《某某市实施【中华人民共和国国家安全法】办法》第三条', 'unknown-regulation', ''],
  ]],
];

describe('citation table: court pages, third round', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(analyze(doc));
      const norm = (tg: string) => tg.split(' ').filter(Boolean).sort().join(' ');
      assert.deepStrictEqual(got.map(([t, s, tg]) => [t, s, norm(tg)]), expected.map(([t, s, tg]) => [t, s, norm(tg)]), `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});

// Short names of the bundled corpus (corpus/data/aliases.json; titles.ts BEFORE_SHORT_NAME).
const SHORT: Record<string, string> = {
  '最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）': '婚二',
  '最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（三）': '婚三',
  机动车交通事故责任强制保险条例: '交强',
};
const bundledCases: Case[] = [
  ['《婚姻法解释(二)》第一条', '对此，《婚姻法解释(二)》第一条规定：“……”', [['《婚姻法解释(二)》第一条', 'resolved', '婚二1']]],
  ['婚姻法司法解释(三) without 《》, ASCII brackets, after 另', '另婚姻法司法解释(三)第九条规定：夫妻双方……', [['婚姻法司法解释(三)第九条', 'resolved', '婚三9']]],
  ['the same after 依据, full-width brackets', '依据婚姻法解释（二）第一条处理。', [['婚姻法解释（二）第一条', 'resolved', '婚二1']]],
  ['《交强险条例》第二十一条', '（《道路交通安全法》第七十六条、《交强险条例》第二十一条）', [
    ['《道路交通安全法》第七十六条', 'resolved', '中华人民共和国道路交通安全法76'],
    ['《交强险条例》第二十一条', 'resolved', '交强21'],
  ]],
  // An insurer's 《交强险条款》 is its contract's clauses (contractClause.ts), never the 条例.
  ['《交强险条款》第八条 is no citation of the 条例', '依据《交强险条款》第八条', []],
  ['另 before a place keeps a foreign code foreign: 另德国民法典第十条', '依照《交强险条例》第二十一条。另德国民法典第十条也有规定。', [
    ['《交强险条例》第二十一条', 'resolved', '交强21'],
    // Another state's law: no citation (fix-court22; jurisdictionBefore.ts), no longer the 条例's article 10.
  ]],
];

describe('citation table: court pages, third round (bundled corpus)', () => {
  let corpus: Corpus;
  before(function () {
    this.timeout(60000);
    corpus = loadCorpus({ bundled: true, folders: [] });
  });
  const notation = (t: CitationTarget) => `${SHORT[t.regulation ?? ''] ?? t.regulation}${t.article ?? ''}${t.paragraph !== null || t.item !== null ? `.${t.paragraph ?? ''}` : ''}${t.item !== null ? `.${t.item}` : ''}`;
  for (const [name, doc, expected] of bundledCases) {
    it(name, () => {
      const got = analyzeDocument(doc, corpus).citations.filter((c) => !c.titleOnly).map((c) => [c.text, c.status, c.targets.map(notation).join(' ')]);
      assert.deepStrictEqual(got, expected, doc);
    });
  }
});
