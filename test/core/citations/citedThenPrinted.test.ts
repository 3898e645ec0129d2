import * as assert from 'assert';
import { citedThenPrinted } from '../../../server/src/core/citations/layout/citedThenPrinted';

// layout/citedThenPrinted.ts reads the article cited before the label with text.ts ARTICLE_NUMERAL_CHAR (one numeral
// class, up to 8 characters) — before round 34 it spelled its own: up to 4 digits or up to 8 Chinese numerals. The rows
// pin where the one definition differs: a number of more than 4 digits is read whole (12345, not its last 4: 2345), and
// a run mixing digits and Chinese numerals (六2) is read whole, no number, so no repeat (was read as its last digits: 2).
function at(text: string, label: string, n: number): boolean {
  const p = text.indexOf(label, text.indexOf('，'));
  return citedThenPrinted(text, p, p + label.length, n);
}

describe('citedThenPrinted: the article cited before, read with the one numeral class', () => {
  const rows: Array<[string, string, string, number, boolean]> = [
    ['digits, then the Chinese label over the words', '土地管理法.62条, 第六十二条 农村村民一户只能拥有一处宅基地', '第六十二条', 62, true],
    ['Chinese, then the same label', '见物权法第二百零九条，第二百零九条 矿藏、水流、海域属于国家所有', '第二百零九条', 209, true],
    ['another article cited before: a citation', '土地管理法.62条, 第六十三条 农民集体所有的土地', '第六十三条', 63, false],
    ['a word after the label: a citation', '土地管理法62条，第六十二条规定的宅基地', '第六十二条', 62, false],
    ['five digits read whole (was 2345)', '编号12345条，第12345条 某项规定的内容', '第12345条', 12345, true],
    ['a mixed run read whole, no number (was 2)', '编号六2条，第2条 某项规定的内容', '第2条', 2, false],
  ];
  for (const [name, text, label, n, expected] of rows) {
    it(name, () => assert.strictEqual(at(text, label, n), expected));
  }
});
