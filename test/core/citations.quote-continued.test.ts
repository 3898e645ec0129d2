// An article's next 款 set on the line under its first, which opens on the citation's line (执法依据 and 法律依据 lists):
// its 前款 is the article's. Made-up text in their style; notation as in citations.table.test.ts.
import * as assert from 'assert';
import { bundledShortSummary } from './citations/helpers';

type Row = [text: string, status: string, targets: string];

const cases: [name: string, doc: string, expected: Row[]][] = [
  ['the next line referring to 前款 is the quoted article\'s second 款', '执法依据:\n《中华人民共和国森林法》第三十八条: 国家禁止出口某类木材。\n出口前款规定的木材的，必须经审核。\n', [
    ['《中华人民共和国森林法》第三十八条', 'resolved', '森林38'],
    ['前款', 'resolved', '森林38.1'],
  ]],
  ['a full-width colon, and a line of the article in between', '《中华人民共和国森林法》第三十八条：国家禁止出口某类木材。\n名录由主管部门制定。\n违反前两款规定的，依法处理。\n', [
    ['《中华人民共和国森林法》第三十八条', 'resolved', '森林38'],
    ['前两款', 'resolved', '森林38.1 森林38.2'],
  ]],
  // After 规定： the lines below are read by their words (the zh11 rows); this rule leaves them.
  ['negative: after 规定： with words unlike the article, the line below is not taken as its text', '《中华人民共和国森林法》第三十八条规定：国家禁止出口某类木材。\n出口前款规定的木材的，必须经审核。\n', [
    ['《中华人民共和国森林法》第三十八条', 'resolved', '森林38'],
  ]],
  // Negative rows: an empty line, another citation or a list entry ends the quotation; no 前款 below, nothing read.
  ['negative: after an empty line 前款 is the writer\'s own (no article in view: nothing cited)', '《中华人民共和国森林法》第三十八条：国家禁止出口某类木材。\n\n前款所述情形，本机关已核实。\n', [
    ['《中华人民共和国森林法》第三十八条', 'resolved', '森林38'],
  ]],
  ['negative: a list entry under it starts the writer\'s next item (第2项商品 stays out)', '《中华人民共和国森林法》第三十八条：国家禁止出口某类木材。\n2. 第2项商品已按前款处理。\n', [
    ['《中华人民共和国森林法》第三十八条', 'resolved', '森林38'],
  ]],
];

describe('citation table: an article\'s next 款 on the line under its quoted first', () => {
  for (const [name, doc, expected] of cases) {
    it(name, () => {
      const got = bundledShortSummary(doc);
      assert.deepStrictEqual(got, expected, `\n${doc}\n→ ${JSON.stringify(got)}`);
    });
  }
});
