// Citations as Chinese real documents write them: judgments, penalty decisions, Q&A pages, law papers and reprinted
// statute text, a fifth in traditional script (issue 14, real-zh14). Made-up text in the real style, against the bundled
// corpus; the rule each group tests is named in its comment.
import * as assert from 'assert';
import { bundledSummary } from './citations/helpers';

const XF = '中华人民共和国刑法';
const XG = '中华人民共和国香港特别行政区基本法';

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  // ---- a space between 条 and 之N, as sites setting the label apart print it (chain.ts SPACED_INSERT) ----
  ['第二百八十七条 之一 before the text, a crime name or 的规定 is the inserted article',
    '法律依据：《中华人民共和国刑法》第二百八十七条 之一 利用信息网络实施下列行为之一的……\n依照刑法第二百八十七条 之一【非法利用信息网络罪】处罚，又依照刑法第一百二十条 之一的规定。', [
      ['《中华人民共和国刑法》第二百八十七条 之一', 'resolved', `${XF}287之1`],
      ['刑法第二百八十七条 之一', 'resolved', `${XF}287之1`],
      ['刑法第一百二十条 之一', 'resolved', `${XF}120之1`],
    ]],
  ['之一 going on as a word (之一情形) stays out of the number; sessions and case numbers are no citations',
    '符合《中华人民共和国刑法》第二十条 之一情形的，第十四届全国人大第一次会议，（2019）某刑初12号判决第二项，第2项商品。', [
      ['《中华人民共和国刑法》第二十条', 'resolved', `${XF}20`],
    ]],

  // ---- a space the justification of a printed line put before 条 (chain.ts SPACED_UNIT) ----
  ['刑法第六十三 条第一款 and 第一千一百六十五 条规定: the space is the typesetting\'s',
    '根据刑法第六十三 条第一款的精神，又依民法典第一千一百六十五 条规定承担责任。', [
      ['刑法第六十三 条第一款', 'resolved', `${XF}63.1`],
      ['民法典第一千一百六十五 条', 'resolved', '中华人民共和国民法典1165'],
    ]],
  ['a space before 条路 or 条件, or before 条 ending a sentence, is no article; sessions are no citations',
    '这是第三 条路，第二 条件不成立，刑法第六十三 条。第十四届全国人大第一次会议，第2项商品。', []],
  // ---- an item cited alone inside the words of one 款 of the article set out (analyze.ts itemParagraphByWords) ----
  ['第（四）项 inside the text of the second 款 printed under its article is that 款\'s item',
    '关于《香港基本法》第24条\n香港特别行政区永久性居民为：\n（五）在香港特别行政区成立以前或以后第（四）项所列居民在香港所生的未满二十一周岁的子女；', [
      ['《香港基本法》第24条', 'resolved', `${XG}24`],
      ['第（四）项', 'resolved', `${XG}24.2.4`],
    ]],
  ['an item named in the writer\'s own words keeps no 款; sessions and case numbers are no citations',
    '《香港基本法》第24条规定了永久性居民，其中第（四）项的范围较宽。第十四届全国人大第一次会议，（2019）某刑初12号判决第二项。', [
      ['《香港基本法》第24条', 'resolved', `${XG}24`],
      ['第（四）项', 'resolved', `${XG}24..4`],
    ]],

  // ---- a title named as what an article of the act described amends (amendedObject.ts) ----
  ['第十二条修正了《刑法》…、第十三条修正《刑事诉讼法》: the articles are the foreign act\'s, not the amended laws\'',
    '1900年的《某国民法施行法》对其他法律作了打包修改，其中第十二条修正了《刑法》五个条文、第十三条修正《刑事诉讼法》三个条文。', [
      ['第十二条', 'unknown-regulation', ''],
      ['第十三条', 'unknown-regulation', ''],
    ]],
  ['a title followed by its article is still cited, and a title named otherwise stays the context; sessions are no citations',
    '《刑法修正案（八）》第十九条修改了《刑法》第六十七条。本文讨论《刑法》中的附加刑。第三十五条规定了驱逐出境。第十四届全国人大第一次会议，第2项商品。', [
      ['《刑法修正案（八）》第十九条', 'resolved', '中华人民共和国刑法修正案（八）19'],
      ['《刑法》第六十七条', 'resolved', `${XF}67`],
      ['第三十五条', 'resolved', `${XF}35`],
    ]],
];

describe('citations as Chinese real documents write them (issue 14, real-zh14 pages)', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => assert.deepStrictEqual(bundledSummary(doc), expected));
  }
});
