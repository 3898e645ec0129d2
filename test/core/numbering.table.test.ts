// Numbering checks on a draft's own structure (issue 13, part 1): one row per draft, the numbering diagnostics it
// gets, each written `code 标签→应为` (the label as printed at the diagnostic's range → the quick fix's text).
import * as assert from 'assert';
import { analyzeDocument, LineIndex, type AnalyzeOptions, type CitationDiagnostic } from '../../server/src/core/citations/index';
import { sequenceFaults } from '../../server/src/core/citations/drafting/numbering';
import { testCorpus } from './citations/helpers';

const CODE = { 'numbering-duplicate': 'duplicate', 'numbering-gap': 'gap', 'numbering-order': 'order' } as Record<string, string>;

function numbering(text: string, options: AnalyzeOptions = {}): CitationDiagnostic[] {
  return analyzeDocument(text, testCorpus(), options).diagnostics.filter((d) => d.code.startsWith('numbering-'));
}

/** `gap 第四条→第三条`: the text under the range, and the fix's text. */
function compact(text: string, d: CitationDiagnostic): string {
  const lines = new LineIndex(text);
  const written = text.slice(lines.offset(d.range.start), lines.offset(d.range.end));
  assert.strictEqual(d.fixes.length, 1, 'one fix');
  assert.deepStrictEqual(d.fixes[0].range, d.range, 'the fix rewrites the label');
  return `${CODE[d.code]} ${written}→${d.fixes[0].newText}`;
}

const rows: { name: string; text: string; expect: string[] }[] = [
  {
    name: 'a clean draft: chapters, sections restarting, 之一 after its base, items, subitems, glued and Markdown headings',
    text: [
      '# 某市物业管理办法（草案）', '',
      '## 第一章 总则', '',
      '第一条 为了规范物业管理，制定本办法。',
      '第二条本办法适用于本市行政区域内的物业管理活动。',
      '## 第二章 业主', '',
      '### 第一节 业主大会', '',
      '## 第三条', '业主大会履行下列职责：', '（一）制定管理规约；', '（二）选聘物业服务企业：', '1. 公开招标；', '2. 协议选聘。',
      '第三条之一 业主委员会由业主大会选举产生。',
      '第三条之二 业主委员会委员实行任期制。',
      '### 第二节 业主委员会', '',
      '第四条 业主委员会执行业主大会的决定。',
      '## 第三章 附则', '',
      '### 第一节 施行', '',
      '第五条 本办法自2025年1月1日起施行。',
    ].join('\n'),
    expect: [],
  },
  {
    name: 'a duplicated article is reported once, on the second heading',
    text: '# 某某办法\n\n第一条 甲。\n\n第二条 乙。\n\n第二条 丙。\n\n第三条 丁。\n',
    expect: ['duplicate 第二条→第三条'],
  },
  {
    name: 'a deleted article leaves a gap, reported on the article after it',
    text: '# 某某办法\n\n第一条 甲。\n第二条 乙。\n第四条 丁。\n第五条 戊。\n',
    expect: ['gap 第四条→第三条'],
  },
  {
    name: 'a moved article: the heading jumping ahead and the one falling back are out of order',
    text: '# 某某办法\n\n第一条 甲。\n第二条 乙。\n第四条 丁。\n第三条 丙。\n第五条 戊。\n',
    expect: ['order 第四条→第三条', 'order 第三条→第五条'],
  },
  {
    name: 'articles run on across chapters: a chapter restarting at 第一条 is out of order',
    text: '# 某某办法\n\n第一章 总则\n\n第一条 甲。\n第二条 乙。\n\n第二章 附则\n\n第一条 丙。\n第二条 丁。\n',
    expect: ['duplicate 第一条→第三条', 'duplicate 第二条→第三条'],
  },
  {
    name: '之N: 之二 without 之一 skips, 之一 after another base is out of order, 之一 twice repeats',
    text: '# 某某办法\n\n第一条 甲。\n第一条之二 乙。\n第二条 丙。\n第一条之一 丁。\n第三条 戊。\n第三条之一 己。\n第三条之一 庚。\n第四条 辛。\n',
    expect: ['gap 第一条之二→第一条之一', 'order 第一条之一→第二条之一', 'duplicate 第三条之一→第三条之二'],
  },
  {
    name: 'chapters: a skipped chapter, a repeated one; sections restart in each chapter, a skipped section',
    text: [
      '# 某某办法', '', '## 第一章 总则', '第一条 甲。', '## 第三章 管理', '### 第一节 一般规定', '第二条 乙。',
      '### 第三节 特别规定', '第三条 丙。', '## 第三章 附则', '### 第一节 施行', '第四条 丁。',
    ].join('\n'),
    expect: ['gap 第三章→第二章', 'gap 第三节→第二节', 'duplicate 第三章→第四章'],
  },
  {
    name: 'sections may also run on through the text (as chapters do across 编): no problem either way',
    text: [
      '# 某某办法', '', '第一章 总则', '第一节 一般规定', '第一条 甲。', '第二节 原则', '第二条 乙。',
      '第二章 管理', '第三节 许可', '第三条 丙。', '第四节 监督', '第四条 丁。',
    ].join('\n'),
    expect: [],
  },
  {
    name: 'items within a 款 and subitems within an item: a gap, a repeat, brackets and dots kept',
    text: [
      '# 某某办法', '', '第一条 有下列情形之一的，依法处理：', '（一）甲；', '（三）乙；', '（四）丙：', '1.子一；', '1.子二；',
      '第二条 下列事项由市人民政府决定：', '（一）规划；', '（二）预算；', '（二）考核。',
      '第三条 第二款以下列项目重新编号：', '前款规定以外的事项：', '（一）戊；', '（二）己。',
    ].join('\n'),
    expect: ['gap （三）→（二）', 'duplicate 1.→2.', 'duplicate （二）→（三）'],
  },
  {
    name: 'Markdown headings: the label alone is reported, not the ## nor the line; CRLF line endings',
    text: '# 某某办法\r\n\r\n## 第一条\r\n甲。\r\n\r\n## 第二条\r\n乙。\r\n\r\n## 第二条\r\n丙。\r\n\r\n## 第五条\r\n本办法自公布之日起施行。\r\n',
    expect: ['duplicate 第二条→第三条', 'gap 第五条→第三条'],
  },
];

describe('numbering checks (table)', () => {
  for (const row of rows) {
    it(row.name, () => {
      assert.deepStrictEqual(numbering(row.text).map((d) => compact(row.text, d)), row.expect);
    });
  }

  it('messages say what is wrong and the expected number, in Chinese and English; severity warning', () => {
    const text = '# 某某办法\n\n第一条 甲。\n第五条 乙。\n第五条 丙。\n第四条 丁。\n';
    const ds = numbering(text);
    assert.deepStrictEqual(ds.map((d) => [d.severity, d.message.zh, d.message.en, d.fixes[0].title.zh, d.fixes[0].title.en]), [
      ['warning', '第五条顺序错误；应为第二条', 'Article 5 out of order; expected Article 2', '改为第二条', 'Renumber as Article 2'],
      ['warning', '第五条重复；应为第六条', 'Article 5 repeated; expected Article 6', '改为第六条', 'Renumber as Article 6'],
      ['warning', '第四条顺序错误；应为第六条', 'Article 4 out of order; expected Article 6', '改为第六条', 'Renumber as Article 6'],
    ]);
    const items = numbering('# 某某办法\n\n第一条 甲：\n（二）乙。\n第二条 丙：\n（一）丁：\n2. 戊。\n');
    assert.deepStrictEqual(items.map((d) => [d.message.zh, d.message.en]), [
      ['项（二）跳号；应为（一）', 'Item (2) skips a number; expected item (1)'],
      ['目“2.”跳号；应为“1.”', 'Subitem 2 skips a number; expected subitem 1'],
    ]);
  });

  it('numbering diagnostics sit among the citation diagnostics in document order', () => {
    const text = '# 某某办法\n\n第一条 依照《示例不存在条例》第三条。\n第三条 乙。\n第四条 依照《另一不存在条例》第五条。\n';
    const codes = analyzeDocument(text, testCorpus()).diagnostics.map((d) => `${d.range.start.line}:${d.code}`);
    assert.deepStrictEqual(codes, ['2:unknown-regulation', '3:numbering-gap', '4:unknown-regulation']);
  });

  it('is off with numbering: false (a corpus text), and for a document that is not a draft', () => {
    const text = '# 某某办法\n\n第一条 甲。\n第二条 乙。\n第二条 丙。\n';
    assert.strictEqual(numbering(text).length, 1);
    assert.deepStrictEqual(numbering(text, { numbering: false }), []);
    assert.deepStrictEqual(numbering('依照《某某条例》第二条、第二条、第五条处理。'), []);
  });

  it('fixing every reported label one at a time ends with none reported', () => {
    let text = '# 某某办法\n\n第一条 甲。\n第二条 乙。\n第二条 丙。\n第四条 丁。\n第三条 戊。\n第七条 己。\n';
    for (let round = 0; round < 20; round++) {
      const [d] = numbering(text);
      if (!d) break;
      const lines = new LineIndex(text);
      text = text.slice(0, lines.offset(d.range.start)) + d.fixes[0].newText + text.slice(lines.offset(d.range.end));
    }
    assert.deepStrictEqual(numbering(text), []);
    assert.match(text, /第一条 甲。\n第二条 乙。\n第三条 丙。\n第四条 丁。\n第五条 戊。\n第六条 己。/);
  });

  it('sequenceFaults: highest + 1 is expected; lower or repeated numbers and jumps are faults', () => {
    const f = (ns: number[]) => sequenceFaults(ns).map((x) => (x ? `${x.fault}:${x.expected}` : '-')).join(' ');
    assert.strictEqual(f([1, 2, 3]), '- - -');
    assert.strictEqual(f([1, 3, 4]), '- gap:2 -');
    assert.strictEqual(f([1, 3, 2, 4]), '- order:2 order:4 -');
    assert.strictEqual(f([1, 1, 2]), '- duplicate:2 -');
    assert.strictEqual(f([2, 3]), 'gap:1 -');
  });
});
