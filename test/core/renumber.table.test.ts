// Renumbering a draft's articles, divisions and items (issue 13, part 2 core): headings in document order, self
// references following their unit, external citations untouched, what cannot be kept reported.
import * as assert from 'assert';
import { analyzeDocument, LineIndex } from '../../server/src/core/citations/index';
import { applyEdits, renumberArticles } from '../../server/src/core/citations/drafting/renumber';
import { testCorpus } from './citations/helpers';

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';

function renumber(text: string) {
  const lines = new LineIndex(text);
  const r = renumberArticles(text, analyzeDocument(text, testCorpus()), lines);
  return { ...r, text: applyEdits(text, r.edits, lines), warnings: r.warnings.map((w) => w.message.zh), moves: r.moves.map((m) => `${m.from}→${m.to}`) };
}

const rows: { name: string; text: string; expect: string; moves: string[]; warnings: string[] }[] = [
  {
    name: 'an inserted 第二条之一 becomes 第三条; references after it follow; 之一 references rewritten',
    text: '# 某某办法\n\n第一条 甲。\n第二条 乙。\n第二条之一 依照本办法第一条、第二条之一的规定。\n第三条 违反第三条第一款第（一）项的，依照第二条之一处理：\n（一）丙。\n第四条 丁。\n',
    expect: '# 某某办法\n\n第一条 甲。\n第二条 乙。\n第三条 依照本办法第一条、第三条的规定。\n第四条 违反第四条第一款第（一）项的，依照第三条处理：\n（一）丙。\n第五条 丁。\n',
    moves: ['第二条之一→第三条', '第三条→第四条', '第四条→第五条'],
    warnings: [],
  },
  {
    name: 'a deleted article closes its gap; external citations are never touched; a reference to the deleted one is reported',
    text: `# 某某办法\n\n第一条 依照${Z}第三条。\n第二条 乙。\n第四条 本办法第四条和第三条。\n第五条 丁。\n`,
    expect: `# 某某办法\n\n第一条 依照${Z}第三条。\n第二条 乙。\n第三条 本办法第三条和第三条。\n第四条 丁。\n`,
    moves: ['第四条→第三条', '第五条→第四条'],
    warnings: ['本办法没有第三条，无法重新编号该引用'],
  },
  {
    name: 'a range whose ends move apart and 前条 after an inserted article are reported; a range kept whole is rewritten',
    text: '# 某某办法\n\n第一条 本办法第二条至第三条，本办法第三条至第四条。\n第二条 乙。\n第二条之一 丙。\n第三条 适用前条。\n第四条 丁。\n',
    expect: '# 某某办法\n\n第一条 本办法第二条至第四条，本办法第四条至第五条。\n第二条 乙。\n第三条 丙。\n第四条 适用前条。\n第五条 丁。\n',
    moves: ['第二条之一→第三条', '第三条→第四条', '第四条→第五条'],
    warnings: ['范围第二条至第三条两端之间的条文有插入或删除，重新编号后所含条文不同，请核对', '“前条”指第二条之一，该条之后的条文有插入或删除，请核对所指条文'],
  },
  {
    name: 'a range after the insertion moves whole (第四条至第六条 → 第五条至第七条); Markdown headings; Arabic numerals keep their style',
    text: '# 某某办法\n\n## 第一条\n违反本办法第4条至第6条的，依照第三条处理。\n## 第二条\n乙。\n## 第三条\n丙。\n## 第三条之一\n丁。\n## 第四条\n戊。\n## 第五条\n己。\n## 第六条\n庚。\n',
    expect: '# 某某办法\n\n## 第一条\n违反本办法第5条至第7条的，依照第三条处理。\n## 第二条\n乙。\n## 第三条\n丙。\n## 第四条\n丁。\n## 第五条\n戊。\n## 第六条\n己。\n## 第七条\n庚。\n',
    moves: ['第三条之一→第四条', '第四条→第五条', '第五条→第六条', '第六条→第七条'],
    warnings: [],
  },
  {
    name: 'chapters, sections (restarting in each chapter), items and subitems are renumbered; references to them follow',
    text: '# 某某办法\n\n第一章 总则\n\n第一条 本办法第三章第三节、第三章和第三条第一款第（三）项、第（四）项的规定。\n\n第三章 管理\n\n第一节 甲\n\n第二条 乙。\n\n第三节 乙\n\n第三条 下列：\n（一）甲；\n（三）乙：\n1.子；\n3.丑；\n（四）丙。\n\n第四章 附则\n\n第一节 一\n\n第四条 丁。\n',
    expect: '# 某某办法\n\n第一章 总则\n\n第一条 本办法第二章第二节、第二章和第三条第一款第（二）项、第（三）项的规定。\n\n第二章 管理\n\n第一节 甲\n\n第二条 乙。\n\n第二节 乙\n\n第三条 下列：\n（一）甲；\n（二）乙：\n1.子；\n2.丑；\n（三）丙。\n\n第三章 附则\n\n第一节 一\n\n第四条 丁。\n',
    moves: ['第三章→第二章', '第三节→第二节', '（三）→（二）', '3.→2.', '（四）→（三）', '第四章→第三章'],
    warnings: [],
  },
  {
    name: 'an item cited alone inside its own article follows the item; Arabic chapter numbers keep their style',
    text: '# 某某办法\n\n第1章 总则\n\n第一条 有下列情形之一的，适用第（三）项：\n（一）甲；\n（三）乙。\n\n第3章 附则\n\n第二条 丁。\n',
    expect: '# 某某办法\n\n第1章 总则\n\n第一条 有下列情形之一的，适用第（二）项：\n（一）甲；\n（二）乙。\n\n第2章 附则\n\n第二条 丁。\n',
    moves: ['（三）→（二）', '第3章→第2章'],
    warnings: [],
  },
  {
    name: 'a draft numbered right has nothing to do',
    text: '# 某某办法\n\n第一条 甲。\n第二条 依照本办法第一条。\n',
    expect: '# 某某办法\n\n第一条 甲。\n第二条 依照本办法第一条。\n',
    moves: [],
    warnings: [],
  },
];

describe('renumber articles (table)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const r = renumber(row.text);
      assert.strictEqual(r.text, row.expect);
      assert.deepStrictEqual(r.moves, row.moves);
      assert.deepStrictEqual(r.warnings, row.warnings);
    });
  }

  it('renumbering twice: the second time is a no-op', () => {
    for (const row of rows) {
      const once = renumber(row.text).text;
      const twice = renumber(once);
      assert.deepStrictEqual([twice.text, twice.moves], [once, []], row.name);
    }
  });

  it('changes no byte outside the edits it returns (CRLF kept)', () => {
    const text = '# 某某办法\r\n\r\n第一条 甲。\r\n第三条 依照本办法第三条。\r\n';
    const r = renumber(text);
    assert.strictEqual(r.text, '# 某某办法\r\n\r\n第一条 甲。\r\n第二条 依照本办法第二条。\r\n');
    assert.strictEqual(r.edits.length, 2);
  });
});
