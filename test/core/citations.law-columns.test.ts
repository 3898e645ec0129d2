// A table column whose header names a law (lawColumns.ts): the bare articles in its cells are that law's, also
// after a row that named another law in passing; a header that names no law (or an unknown one) changes nothing.
// Against real national texts (test/fixtures/national-titles: 刑法 1–21, 公司法 1–17).
import * as assert from 'assert';
import { nationalSummary } from './citations/helpers';

const SHORT: Record<string, string> = { 中华人民共和国公司法: '公司', 中华人民共和国刑法: '刑法' };
const summary = (text: string) => nationalSummary(text, SHORT);

const table = (header: string, ...rows: string[]) => [header, '|-----|-----|', ...rows].join('\n');

const cases: [name: string, doc: string, expected: [string, string, string][]][] = [
  ['刑法条文 column: bare articles are 刑法\'s', table('| 刑法条文 | 罪名 |', '| 第17条第2款 | 甲罪 |', '| 第二十条 | 乙罪 |'), [
    ['第17条第2款', 'resolved', '刑法17.2'], ['第二十条', 'resolved', '刑法20'],
  ]],
  ['a law named in passing in one row does not take over the next row', table('| 刑法条文 | 罪名 |', '| 第3条 （《公司法》第5条） | 甲罪 |', '| 第4条 （《公司法》第6条） | 乙罪 |'), [
    ['第3条', 'resolved', '刑法3'], ['《公司法》第5条', 'resolved', '公司5'], ['第4条', 'resolved', '刑法4'], ['《公司法》第6条', 'resolved', '公司6'],
  ]],
  ['a header in 《》 with 条款', table('| 序号 | 《公司法》条款 |', '| 1 | 第十二条 |', '| 2 | 第13条第1款 |'), [
    ['第十二条', 'resolved', '公司12'], ['第13条第1款', 'resolved', '公司13.1'],
  ]],
  ['the header\'s law wins over the law cited before the table', '依照《中华人民共和国公司法》第二条。\n\n' + table('| 刑法条文 | 说明 |', '| 第五条 | 略 |'), [
    ['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第五条', 'resolved', '刑法5'],
  ]],
  ['a table split by a page break goes on with the first part\'s columns', table('| 刑法条文 | 罪名 |', '| 第6条 （《公司法》第1条） | 甲罪 |') + '\n<!-- TABLE END -->\n\n<!-- TABLE -->\n' + table('| 第7条 | 乙罪 |', '| 第8条 | 丙罪 |'), [
    ['第6条', 'resolved', '刑法6'], ['《公司法》第1条', 'resolved', '公司1'], ['第7条', 'resolved', '刑法7'], ['第8条', 'resolved', '刑法8'],
  ]],

  // negative rows
  ['a header naming no law (罪名, 条文) changes nothing', '依照《中华人民共和国公司法》第二条。\n' + table('| 条文 | 罪名 |', '| 第三条 | 第四条 |'), [
    ['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第三条', 'resolved', '公司3'], ['第四条', 'resolved', '公司4'],
  ]],
  ['a header naming a law not in the corpus changes nothing', '依照《中华人民共和国公司法》第二条。\n' + table('| 某某条例条文 | 说明 |', '| 第三条 | 略 |'), [
    ['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第三条', 'resolved', '公司3'],
  ]],
  ['another column of the same table keeps the ordinary context', '依照《中华人民共和国公司法》第二条。\n' + table('| 刑法条文 | 备注 |', '| 第五条 | 参见第三条 |'), [
    ['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第五条', 'resolved', '刑法5'], ['第三条', 'resolved', '公司3'],
  ]],
  ['without a separator line it is no table', '依照《中华人民共和国公司法》第二条。\n| 刑法条文 | 罪名 |\n| 第三条 | 甲罪 |', [
    ['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第三条', 'resolved', '公司3'],
  ]],
  ['a table after other text does not continue an earlier one', table('| 刑法条文 | 罪名 |', '| 第6条 | 甲罪 |') + '\n\n依照《中华人民共和国公司法》第二条。\n\n' + table('| 第7条 | 乙罪 |', '| 第8条 | 丙罪 |'), [
    ['第6条', 'resolved', '刑法6'], ['《中华人民共和国公司法》第二条', 'resolved', '公司2'], ['第7条', 'resolved', '公司7'], ['第8条', 'resolved', '公司8'],
  ]],
];

describe('citation table: a table column whose header names a law', () => {
  for (const [name, doc, expected] of cases) it(name, () => assert.deepStrictEqual(summary(doc), expected, doc));
});
