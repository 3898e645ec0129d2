// Citations as real documents write them (penalty decisions, judgments, replies, drafts written by others): each
// row is a form, the rule that reads it is named in the group's comment. Notation as in citations.table.test.ts.
import * as assert from 'assert';
import type { AnalyzeOptions } from '../../server/src/core/citations/index';
import { analyze, summary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];
type Case = [name: string, doc: string, expected: Row[], options?: AnalyzeOptions];

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const S = '《内蒙古自治区建设我国北方重要生态安全屏障促进条例》';

const cases: Case[] = [
  // ---- a title that is not in the corpus stays the subject: links between a title and its article ----
  ['unknown title with a document number between', `依据${Z}第十条，并参照《某某行政处罚裁量基准（一）》（某某公告2023年第5号）第二十二条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['《某某行政处罚裁量基准（一）》（某某公告2023年第5号）第二十二条', 'unknown-regulation', ''],
  ]],
  ['unknown title, 的规定 between', `${Z}第十条及《关于办理某类案件若干问题》的规定第十一条、第十三条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['《关于办理某类案件若干问题》的规定第十一条、第十三条', 'unknown-regulation', ''],
  ]],
  ['unknown title, a colon between, list after a comma', `${Z}第十条；《中华人民共和国担保法》：第十八条第一款，第二十一条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['《中华人民共和国担保法》：第十八条第一款，第二十一条', 'unknown-regulation', ''],
  ]],
  ['a bare article after an unknown title stays with it', `${Z}第十条。《某某市物业管理办法》规定第五条。又依照第六条`, [
    [`${Z}第十条`, 'resolved', '筑牢10'],
    ['《某某市物业管理办法》规定第五条', 'unknown-regulation', ''],
    ['第六条', 'unknown-regulation', ''],
  ]],
  ['known title, 的 and a year note between', `${S}（2022年9月通过）的第五条`, [[`${S}（2022年9月通过）的第五条`, 'resolved', '生态5']]],
  ['known title, a comma between', `依照${Z}，第十条规定的职责`, [[`${Z}，第十条`, 'resolved', '筑牢10']]],
  ['a parenthetical citing an article is not a link', `${Z}（第三章）第十条`, [['第十条', 'resolved', '筑牢10']]],
  ['a second title after the link is its own', `${Z}、${S}第五条`, [[`${S}第五条`, 'resolved', '生态5']]],
];

describe('citation table: forms of real documents', () => {
  for (const [name, doc, expected, options] of cases) {
    it(name, () => {
      const got = summary(analyze(doc, options));
      const norm = (tg: string) => tg.split(' ').filter(Boolean).sort().join(' ');
      assert.deepStrictEqual(got.map(([t, s, tg]) => [t, s, norm(tg)]), expected.map(([t, s, tg]) => [t, s, norm(tg)]), `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});
