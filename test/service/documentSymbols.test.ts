// Document symbols: the draft regulation's own structure as the engine parsed it.
import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver';
import { CHAPTERED, GLUED } from './drafts';
import { kit, rangeOf } from './serviceKit';
import { hasMarkdownHeading } from '../../server/src/features/documentSymbols';

describe('service: documentSymbols', () => {
  it('lists all three articles of a draft whose labels are glued to their text', () => {
    const o = kit().open(GLUED);
    const symbols = kit().service.documentSymbols(o.doc);
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.kind, s.selectionRange]),
      ['第一条', '第二条', '第三条'].map((l) => [l, SymbolKind.Field, rangeOf(o.text, l)]),
    );
    assert.deepStrictEqual(symbols[1].range, rangeOf(o.text, '第二条本办法所称测试，是指按照规定进行的检验。'));
    assert.strictEqual(symbols[1].detail, '本办法所称测试，是指按照规定进行的检验。');
  });

  it('nests articles under their chapters', () => {
    const o = kit().open(CHAPTERED);
    const symbols = kit().service.documentSymbols(o.doc);
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.kind, (s.children ?? []).map((c) => c.name)]),
      [
        ['第一章 总则', SymbolKind.Namespace, ['第一条', '第二条']],
        ['第二章 附则', SymbolKind.Namespace, ['第三条']],
      ],
    );
    assert.deepStrictEqual(symbols[0].range, { start: { line: 2, character: 0 }, end: { line: 8, character: 9 } });
  });

  it('has none for a document that is not a regulation', () => {
    assert.deepStrictEqual(kit().service.documentSymbols(kit().open('依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六条办理。').doc), []);
  });

  it('outline: one tree — none in Markdown with any heading (Markdown’s outline is the tree there), ours elsewhere', () => {
    const headed = '# 某某办法\n\n## 第一章 总则\n\n第一条 甲。\n\n## 第二章 附则\n\n第二条 乙。\n';
    const plainChapters = '# 某某办法\n\n第一章 总则\n\n第一条 甲。\n\n第二章 附则\n\n第二条 乙。\n';
    const titleOnly = '# 某某办法\n\n第一条 甲。\n\n第二条 乙。\n';
    const noHeading = '某某办法\n\n第一条 甲。\n\n第二条 乙。\n';
    const names = (text: string, lang: string) => kit().service.outline(kit().open(text).doc, lang).map((s) => s.name);
    assert.deepStrictEqual(names(headed, 'markdown'), []);
    assert.deepStrictEqual(names(headed, 'plaintext'), ['## 第一章 总则', '## 第二章 附则'].map((h) => h.replace('## ', '')));
    assert.deepStrictEqual(names(plainChapters, 'markdown'), []);
    assert.deepStrictEqual(names(titleOnly, 'markdown'), [], 'Markdown’s outline has the title: a second tree would repeat the document');
    assert.deepStrictEqual(names(titleOnly, 'plaintext'), ['第一条', '第二条']);
    assert.deepStrictEqual(names(noHeading, 'markdown'), ['第一条', '第二条'], 'no Markdown outline: ours is the one tree');
    // Folding keeps the structure whatever the outline shows.
    assert.ok(kit().service.foldingRanges(kit().open(headed).doc).length > 0);
  });

  it('the structure for a view of its own: the 章/条 and whether the outline shows them', () => {
    const structure = (text: string, lang: string) => {
      const r = kit().service.structure(kit().open(text).doc, lang);
      return [r.symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]), r.inOutline];
    };
    const plainChapters = '# 某某办法（草案）\n\n第一章 总则\n\n第一条 甲。\n\n第二章 附则\n\n第二条 乙。\n';
    const chapters = [['第一章 总则', ['第一条']], ['第二章 附则', ['第二条']]];
    assert.deepStrictEqual(structure(plainChapters, 'markdown'), [chapters, false]);
    assert.deepStrictEqual(structure(plainChapters, 'plaintext'), [chapters, true]);
    assert.deepStrictEqual(structure('依照《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六条办理。', 'markdown'), [[], true]);
  });

  describe('what Markdown reads as a heading', () => {
    const cases: [string, string, boolean][] = [
      ['an ATX title', '# 某某办法\n\n第一条 甲。', true],
      ['a heading without text', '#\n第一条 甲。', true],
      ['a setext title', '某某办法\n====\n\n第一条 甲。', true],
      ['a setext h2', '某某办法\n---\n\n第一条 甲。', true],
      ['no heading', '某某办法\n\n第一条 甲。', false],
      ['#hashtag is not a heading', '#某某办法\n第一条 甲。', false],
      ['front matter only', '---\nlawcite.regulation: 《某条例》\n---\n\n第一条 甲。', false],
      ['a rule after a blank line', '第一条 甲。\n\n---\n\n第二条 乙。', false],
      ['# inside fenced code', '```\n# 不是标题\n```\n第一条 甲。', false],
      ['a heading after the front matter', '---\ntitle: x\n---\n# 某某办法\n', true],
      ['four spaces indent is code', '    # 代码\n第一条 甲。', false],
    ];
    for (const [name, text, expected] of cases) it(`${name}: ${expected}`, () => assert.strictEqual(hasMarkdownHeading(text), expected));
  });
});
