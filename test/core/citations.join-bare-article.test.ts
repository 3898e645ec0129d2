// 和 / 及 / 或 before the list's next article without 第 (chain.ts nextArticleWithoutDi): court pages write
// 依照《刑法》第四十七条及四十九条的规定. Made-up text against national texts trimmed to their first articles
// (test/fixtures/national-titles).
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国刑法: '刑法' };

type Row = [name: string, doc: string, expected: [string, string, string][]];

const rows: Row[] = [
  ['及 before the next article, then 的规定',
    '依照《中华人民共和国刑法》第十条及十二条的规定，判决如下。',
    [['《中华人民共和国刑法》第十条及十二条', 'resolved', '刑法10 刑法12']]],
  ['和 with Arabic numbers, then 规定',
    '依照《中华人民共和国刑法》第10条和12条规定处理。',
    [['《中华人民共和国刑法》第10条和12条', 'resolved', '刑法10 刑法12']]],
  ['the last of a list written with 第 before its other items',
    '依照《中华人民共和国刑法》第十条、第十一条及十二条之规定。',
    [['《中华人民共和国刑法》第十条、第十一条及十二条', 'resolved', '刑法10 刑法11 刑法12']]],
  ['a 款 after the article without 第',
    '依照《中华人民共和国刑法》第十条及十二条第一款处理。',
    [['《中华人民共和国刑法》第十条及十二条第一款', 'resolved', '刑法10 刑法12.1']]],
  ['a count after 和 is no article: 三条意见 (not above 10)',
    '根据《中华人民共和国刑法》第十条和三条意见修改。',
    [['《中华人民共和国刑法》第十条', 'resolved', '刑法10']]],
  ['条 followed by a noun: 十二条建议',
    '根据《中华人民共和国刑法》第十条和十二条建议修改。',
    [['《中华人民共和国刑法》第十条', 'resolved', '刑法10']]],
  ['a number after 和 without 条 stays out: 十一名代表',
    '根据《中华人民共和国刑法》第十条和十一名代表的意见。',
    [['《中华人民共和国刑法》第十条', 'resolved', '刑法10']]],
];

describe('citation table: 和 / 及 before the next article without 第', () => {
  for (const [name, doc, expected] of rows) it(name, () => assert.deepStrictEqual(nationalSummary(doc, SHORT), expected, doc));
});
