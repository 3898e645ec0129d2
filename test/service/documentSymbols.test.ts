// Document symbols: the draft regulation's own structure as the engine parsed it.
import * as assert from 'assert';
import { SymbolKind } from 'vscode-languageserver';
import { CHAPTERED, GLUED } from './drafts';
import { kit, rangeOf } from './serviceKit';

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

  it('outline: one tree — none in Markdown whose 章 are Markdown headings (Markdown’s outline has them), ours elsewhere', () => {
    const headed = '# 某某办法\n\n## 第一章 总则\n\n第一条 甲。\n\n## 第二章 附则\n\n第二条 乙。\n';
    const plainChapters = '# 某某办法\n\n第一章 总则\n\n第一条 甲。\n\n第二章 附则\n\n第二条 乙。\n';
    const titleOnly = '# 某某办法\n\n第一条 甲。\n\n第二条 乙。\n';
    const names = (text: string, lang: string) => kit().service.outline(kit().open(text).doc, lang).map((s) => s.name);
    assert.deepStrictEqual(names(headed, 'markdown'), []);
    assert.deepStrictEqual(names(headed, 'plaintext'), ['## 第一章 总则', '## 第二章 附则'].map((h) => h.replace('## ', '')));
    assert.deepStrictEqual(names(plainChapters, 'markdown'), ['第一章 总则', '第二章 附则']);
    assert.deepStrictEqual(names(titleOnly, 'markdown'), ['第一条', '第二条']);
    // Folding keeps the structure whatever the outline shows.
    assert.ok(kit().service.foldingRanges(kit().open(headed).doc).length > 0);
  });
});
