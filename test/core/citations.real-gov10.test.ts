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

  // ---- 的 between an article and its 款 (chain.ts partInUnit) ----
  ['第二条的第三款、第四款 are the article\'s 款', '现行《野生动物保护法》第二条的第三款、第四款是释义性规定，刑法第二十条的第三款规定了特殊防卫。', [
    ['《野生动物保护法》第二条的第三款、第四款', 'resolved', '中华人民共和国野生动物保护法2.3 中华人民共和国野生动物保护法2.4'],
    ['刑法第二十条的第三款', 'resolved', '中华人民共和国刑法20.3'],
  ]],
  ['的 before goods, a revision or a session joins nothing', '刑法第五条的第二次修正，第十条的第2项商品，第十四届的第一次会议，（2019）某刑初12号判决的第二项。', [
    ['刑法第五条', 'resolved', '中华人民共和国刑法5'],
    ['第十条', 'resolved', '中华人民共和国刑法10'],
  ]],

  // ---- articles printed under a sentence announcing them are the announced law's (regulationExcerpt.ts), their labels
  // alone on a line above a blank line headings (scanner.ts) ----
  ['第七十二条到第七十四条 announces the articles printed below: the law named, not the page\'s own text', '很多人对于刑法对缓刑的规定不了解，本文从第七十二条到第七十四条来介绍。\n\n第七十二条\n\n对于被判处拘役、三年以下有期徒刑的犯罪分子，可以宣告缓刑。\n\n第七十三条\n\n拘役的缓刑考验期限为原判刑期以上一年以下。\n\n第七十四条\n\n对于累犯，不适用缓刑。', [
    ['第七十二条到第七十四条', 'resolved', '中华人民共和国刑法72 中华人民共和国刑法73 中华人民共和国刑法74'],
  ]],
  ['a regulation reprinted from its middle, announcing nothing, stays its own text', '某某规范性文件管理规定\n说明如下。\n第七条 本规定所称规范性文件，是指行政机关制定的文件。\n第八条 起草单位应当听取意见。\n第九条 依照本规定第七条制定的文件，应当备案。', [
    ['本规定第七条', 'self', 'null7'],
  ]],
  ['labels one per line with blank lines between, the writer\'s words after them, stay a list of citations', '依照《刑法》的下列条文：\n\n第七十四条\n\n第七十六条\n\n以上两条另有规定。第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', [
    ['第七十四条', 'resolved', '中华人民共和国刑法74'],
    ['第七十六条', 'resolved', '中华人民共和国刑法76'],
  ]],
  // ---- straight quotes open a quotation of the cited text; 《条例》 in rules quoted after the page cited one 条例
  // (scanner.ts QUOTE_OPEN, analyze.ts parentRegulation) ----
  ['《条例》 in a 办法 quoted in straight quotes after the page cited one 条例 is that 条例', '根据《失业保险条例》第14条的规定，失业人员可以领取失业保险金。根据《某某失业保险金申领办法》第4条的规定:"失业人员符合《条例》第十四条规定条件的，可以申请领取失业保险金。"', [
    ['《失业保险条例》第14条', 'resolved', '失业保险条例14'],
    ['《某某失业保险金申领办法》第4条', 'unknown-regulation', ''],
    ['《条例》第十四条', 'resolved', '失业保险条例14'],
  ]],
  ['a straight quote left open quotes to the end of its line: 前款 after a blank line is not the quoted article\'s', '《刑法》第六十五条:"被判处有期徒刑以上刑罚的犯罪分子，刑罚执行完毕或者赦免以后，在五年以内再犯应当判处有期徒刑以上刑罚之罪的，是累犯，应当从重处罚，但是过失犯罪和不满十八周岁的人犯罪的除外。前款规定的期限，对于被假释的犯罪分子，从假释期满之日起计算。\n\n律师认为前款规定的期限较长。', [
    ['《刑法》第六十五条', 'resolved', '中华人民共和国刑法65'],
    ['前款', 'resolved', '中华人民共和国刑法65.1'],
  ]],
  ['with two 条例 cited, 《条例》 in the quoted 办法 stays unknown', '根据《失业保险条例》第14条、《工伤保险条例》第十四条的规定办理。根据《某某申领办法》第4条的规定:"符合《条例》第十四条规定条件的，可以申请。"', [
    ['《失业保险条例》第14条', 'resolved', '失业保险条例14'],
    ['《工伤保险条例》第十四条', 'resolved', '工伤保险条例14'],
    ['《某某申领办法》第4条', 'unknown-regulation', ''],
    ['《条例》第十四条', 'unknown-regulation', ''],
  ]],
];

describe('citations as real Q&A pages, commentaries and amending texts write them (issue 14, round 10, gov10)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
  }
});
