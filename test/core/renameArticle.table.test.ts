// Renaming one article of a draft (issue 13, part 2: rename on a heading's number): the heading and every own
// reference to it follow, written as before; external citations, other articles and 前条 untouched; refusals.
import * as assert from 'assert';
import { analyzeDocument, LineIndex } from '../../server/src/core/citations/index';
import { applyEdits } from '../../server/src/core/citations/drafting/renumber';
import { parseArticleNumber, renameArticle } from '../../server/src/core/citations/drafting/renameArticle';
import { testCorpus } from './citations/helpers';

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';

/** Rename the article whose heading is `label` to `newName`: the new text, or the refusal (zh). */
function rename(text: string, label: string, newName: string): string {
  const lines = new LineIndex(text);
  const analysis = analyzeDocument(text, testCorpus());
  const article = analysis.structure!.articles.find((a) => a.label === label)!;
  assert.ok(article, `no ${label}`);
  const r = renameArticle(text, analysis, lines, article, newName);
  return 'error' in r ? `refused: ${r.error.zh}` : applyEdits(text, r.edits, lines);
}

const rows: { name: string; text: string; label: string; to: string; expect: string }[] = [
  {
    name: 'an inserted 第二条之一 named 第三条 after the old 第三条 was deleted: heading and references follow (lists, 款/项 kept)',
    text: `# 某办法\n\n第一条 依照本办法第二条之一、第四条和${Z}第二条之一。\n第二条 乙。\n第二条之一 违反第二条之一第二款第（一）项的，适用前条。\n第四条 丁。\n`,
    label: '第二条之一',
    to: '第三条',
    expect: `# 某办法\n\n第一条 依照本办法第三条、第四条和${Z}第二条之一。\n第二条 乙。\n第三条 违反第三条第二款第（一）项的，适用前条。\n第四条 丁。\n`,
  },
  {
    name: 'Arabic input; Arabic references and headings keep their numerals; a number becomes an insert (第3条 → 第2条之1)',
    text: '# 某办法\n\n## 第1条\n依照本办法第3条和第三条。\n## 第2条\n乙。\n## 第3条\n丙。\n',
    label: '第3条',
    to: '2之1',
    expect: '# 某办法\n\n## 第1条\n依照本办法第2条之1和第二条之一。\n## 第2条\n乙。\n## 第2条之1\n丙。\n',
  },
  {
    name: 'a range whose articles stay the same is kept; another article closes a gap',
    text: '# 某办法\n\n第一条 适用本办法第二条至第三条。\n第二条 乙。\n第三条 丙。\n第五条 戊。\n',
    label: '第五条',
    to: '第四条',
    expect: '# 某办法\n\n第一条 适用本办法第二条至第三条。\n第二条 乙。\n第三条 丙。\n第四条 戊。\n',
  },
  {
    name: 'refused: the number is taken',
    text: '# 某办法\n\n第一条 甲。\n第二条 乙。\n第三条 丙。\n',
    label: '第三条',
    to: '第二条',
    expect: 'refused: 本文件已有第二条（第4行）',
  },
  {
    name: 'refused: not an article number',
    text: '# 某办法\n\n第一条 甲。\n第二条 乙。\n',
    label: '第二条',
    to: '第二款',
    expect: 'refused: “第二款”不是条文序号（可写 第五条、五、5 或 第三条之一）',
  },
  {
    name: 'refused: a range would cover other articles',
    text: '# 某办法\n\n第一条 适用本办法第二条至第四条。\n第二条 乙。\n第三条 丙。\n第四条 丁。\n',
    label: '第三条',
    to: '第六条',
    expect: 'refused: 第3行的范围“第二条至第四条”所含条文将改变；请改用重新编号条文或手动修改',
  },
  {
    name: 'refused: a dangling reference already names the new number',
    text: '# 某办法\n\n第一条 依照本办法第九条。\n第二条 乙。\n',
    label: '第二条',
    to: '九',
    expect: 'refused: 第3行已有引用指向第九条（本文件没有该条），改号后将指向本条；请先核对该引用',
  },
  {
    name: 'refused: the draft has the number twice',
    text: '# 某办法\n\n第一条 甲。\n第二条 乙。\n第二条 丙。\n',
    label: '第二条',
    to: '第三条',
    expect: 'refused: 本文件有两个第二条（第4行、第5行），无法确定引用所指；请先重新编号条文',
  },
];

describe('rename an article (table)', () => {
  for (const row of rows) it(row.name, () => assert.strictEqual(rename(row.text, row.label, row.to), row.expect));

  it('reads article numbers as drafters type them', () => {
    assert.deepStrictEqual(
      ['第五条', '五', '5', '５', ' 第 12 条 ', '第三条之一', '第3条之2', '三十五', '2之1'].map(parseArticleNumber),
      [{ number: 5, insert: null }, { number: 5, insert: null }, { number: 5, insert: null }, { number: 5, insert: null }, { number: 12, insert: null },
        { number: 3, insert: 1 }, { number: 3, insert: 2 }, { number: 35, insert: null }, { number: 2, insert: 1 }],
    );
    for (const bad of ['', '第五款', '零', '0', 'abc', '第五条第二款', '之一', '第五条之']) assert.strictEqual(parseArticleNumber(bad), null, bad);
  });

  it('renaming back restores the text', () => {
    const row = rows[0];
    const once = rename(row.text, row.label, row.to);
    assert.strictEqual(rename(once, '第三条', '第二条之一'), row.text);
  });
});
