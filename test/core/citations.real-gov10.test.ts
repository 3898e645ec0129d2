// Citations as legal Q&A pages, 普法 posts, commentaries and amending texts write them (issue 14, tenth round, gov10).
// Made-up text in the real style, against the bundled corpus; the rule each group tests is named in its comment.
import * as assert from 'assert';
import { bundledSummary } from './citations/helpers';

const XF = '中华人民共和国宪法';
const MF = '中华人民共和国民法典';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- the first article of a chapter named by its subject (chapterArticle.ts) ----
  ['人格权一章第一条 is the chapter\'s first article: no citation of the law\'s 第一条', '宪法第三十三条规定了平等权。民法典在人格权一章第一条专门作了规定，在婚姻家庭一章的第一条也有宣示。', [
    ['宪法第三十三条', 'resolved', `${XF}33`],
  ]],
  ['a chapter cited by its number, 总则一章第一条, a chapter\'s later article and 本节 with the law\'s numbers stay citations',
    '宪法第三十三条之外，民法典第一章第一条、总则一章第一条规定了立法目的，人格权一章第九百九十条规定了人格权的范围，刑法本节第一百四十一条。', [
      ['宪法第三十三条', 'resolved', `${XF}33`],
      ['民法典第一章', 'resolved', MF],
      ['第一条', 'resolved', `${MF}1`],
      ['第一条', 'resolved', `${MF}1`],
      ['第九百九十条', 'resolved', `${MF}990`],
      ['第一百四十一条', 'resolved', '中华人民共和国刑法141'],
    ]],
  ['no citation in counts, sessions and case numbers near a chapter', '民法典人格权一章共五十一条，第十四届全国人大第一次会议，（2019）某刑初12号判决第二项，第2项商品。', []],
];

describe('citations as real Q&A pages, commentaries and amending texts write them (issue 14, round 10, gov10)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
  }
});
