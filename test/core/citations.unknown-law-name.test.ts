// A law's name without 《》 right before an article, unknown to the corpus (unknownLawName.ts): the article is that
// law's — unknown-regulation, or the law cited before whose name it abbreviates — never the law cited last.
// Made-up text in the style of judgments and Q&A pages; the national-titles fixture has 刑法, 公司法, 国家安全法 and
// interpretations, but no 民事诉讼法 or 刑事诉讼法.
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国公司法: '公司法', 中华人民共和国国家安全法: '国家安全法', 中华人民共和国刑法: '刑法' };
const summary = (text: string) => nationalSummary(text, SHORT);

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['an unknown abbreviation after another law is not that law\'s article', '依照《中华人民共和国刑法》第二十条的规定。依照刑诉法第一百零六条，本案应当回避。', [
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['刑诉法第一百零六条', 'unknown-regulation', ''],
  ]],
  ['a bare article after the unknown name stays with it (form 1)', '依照《中华人民共和国刑法》第二十条。违反交通法第三十条、第三十一条的，依照第九十条处罚。', [
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['交通法第三十条、第三十一条', 'unknown-regulation', ''],
    ['第九十条', 'unknown-regulation', ''],
  ]],
  ['the name abbreviates the law cited before it: that law', '依照《中华人民共和国公司法》第十条。又依照公司法第十一条、《中华人民共和国刑法》第二十条，及刑法第二十一条。', [
    ['《中华人民共和国公司法》第十条', 'resolved', '公司法10'],
    ['公司法第十一条', 'resolved', '公司法11'],
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['刑法第二十一条', 'resolved', '刑法21'],
  ]],
  ['an abbreviation of a law cited earlier (安法 letters in order, first character first)', '依照《中华人民共和国国家安全法》第十条。依照国安法第十一条。', [
    ['《中华人民共和国国家安全法》第十条', 'resolved', '国家安全法10'],
    ['国安法第十一条', 'resolved', '国家安全法11'],
  ]],
  ['its first character must begin the law\'s name', '依照《中华人民共和国国家安全法》第十条。依照安全法第十一条。', [
    ['《中华人民共和国国家安全法》第十条', 'resolved', '国家安全法10'],
    ['安全法第十一条', 'unknown-regulation', ''],
  ]],
  // negatives: words ending in 法 that name no law, the document's own law, and a name inside another word
  ['该法 is an anaphor, not a name', '依照《中华人民共和国刑法》第二十条。该法第二十一条。', [
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['该法第二十一条', 'resolved', '刑法21'],
  ]],
  ['依法 and 办法 before an article are not names', '依照《中华人民共和国刑法》第二十条，依法第二十一条另行处理；按此办法第二十条执行。', [
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['第二十一条', 'resolved', '刑法21'],
    ['第二十条', 'resolved', '刑法20'],
  ]],
  ['a name glued to a word before it (no boundary within twelve characters) is not one', '依照《中华人民共和国刑法》第二十条。某某某某某某某某某某某某某某法第二十一条', [
    ['《中华人民共和国刑法》第二十条', 'resolved', '刑法20'],
    ['第二十一条', 'resolved', '刑法21'],
  ]],
];

describe('citation table: unknown law names without 《》 before an article', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});
