// Citations as court pages and the articles retelling cases write them — forms found on an eleventh round of fresh
// pages (issue 14): a quoted rule that itself cites another law and goes on with that law's articles bare. Made-up text
// in their style; each group names its rule. Notation as in citations.table.test.ts.
import * as assert from 'assert';
import { analyze, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];
type Case = [name: string, doc: string, expected: Row[]];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const M = '《内蒙古自治区全方位建设模范自治区促进条例》';

const cases: Case[] = [
  // ---- quoted text citing another law: a bare article continuing that citation in the same clause is that law's ----
  ['‘…’、第六条‘…’和第七条 after 《模范》第五条 inside a quotation of 筑牢19.1', `法官说：${Z}第十九条第一款规定“有关部门在认定是否存在${M}第五条‘基本原则’、第六条‘工作机制’和第七条‘协调机构’等情形时，应当以书面材料为依据。”`, [
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    [`${M}第五条`, 'resolved', '模范5'],
    ['第六条', 'resolved', '模范6'],
    ['第七条', 'resolved', '模范7'],
  ]],
  ['a 款 and an item named on the bare article (第六条第一款和第七条第(二)项)', `${Z}第十九条规定：“依照${M}第五条‘原则’、第六条第一款和第七条第(二)项处理。”`, [
    [`${Z}第十九条`, 'resolved', '筑牢19'],
    [`${M}第五条`, 'resolved', '模范5'],
    ['第六条第一款和第七条第(二)项', 'unknown-item', '模范6.1 模范7..2'],
  ]],
  // Negative rows: the quoted law's reading where the quoted text does not continue another law's citation.
  ['a comma between: the quoted law\'s article again', `${Z}第十九条第一款规定“符合${M}第五条规定的，依照第六条处理。”`, [
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    [`${M}第五条`, 'resolved', '模范5'],
    ['第六条', 'resolved', '筑牢6'],
  ]],
  ['the other law cited before the quotation opens: the quoted law\'s', `依照${M}第五条和${Z}第十九条第一款“第六条规定的单位应当配合”的规定处理。`, [
    [`${M}第五条`, 'resolved', '模范5'],
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    ['第六条', 'resolved', '筑牢6'],
  ]],
  ['no citation of another law in the quotation: the quoted law\'s (第十四届, 第2项商品 stay out)', `${Z}第十九条第一款规定“第十四届会议通过的第2项商品目录和第六条所列事项除外。”`, [
    [`${Z}第十九条第一款`, 'resolved', '筑牢19.1'],
    ['第六条', 'resolved', '筑牢6'],
  ]],
  ['outside quotation marks a bare article goes on with the law cited last, as before', `依照${M}第五条‘基本原则’、第六条的规定，（2019）某刑初12号判决第二项已经生效。`, [
    [`${M}第五条`, 'resolved', '模范5'],
    ['第六条', 'resolved', '模范6'],
  ]],
];

describe('citation table: court pages and case retellings, eleventh round', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = summary(analyze(doc));
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});
