// Folding ranges follow the draft's chapters and multi-line articles.
import * as assert from 'assert';
import { FoldingRangeKind } from 'vscode-languageserver';
import { CHAPTERED, GLUED } from './drafts';
import { kit } from './serviceKit';

describe('service: foldingRanges', () => {
  it('folds each chapter and each article spanning several lines', () => {
    const ranges = kit().service.foldingRanges(kit().open(CHAPTERED).doc);
    assert.deepStrictEqual(
      ranges.map((r) => [r.startLine, r.endLine, r.kind]),
      [
        [2, 8, FoldingRangeKind.Region], // 第一章 … 有关部门应当配合。
        [6, 8, FoldingRangeKind.Region], // 第二条 and its second 款
        [10, 12, FoldingRangeKind.Region], // 第二章 … 第三条
      ],
    );
  });

  it('folds nothing in a draft of one-line articles', () => {
    assert.deepStrictEqual(kit().service.foldingRanges(kit().open(GLUED).doc), []);
  });

  it('folds a leading front matter (a corpus file’s title, dates and source), and nothing that only looks like one', () => {
    const text = '---\ntitle: 测试条例\neffective: 2024-01-01\n---\n测试条例\n\n第一条 甲。\n';
    const [first] = kit().service.foldingRanges(kit().open(text).doc);
    assert.deepStrictEqual([first.startLine, first.endLine, first.kind], [0, 3, FoldingRangeKind.Comment]);
    assert.deepStrictEqual(kit().service.foldingRanges(kit().open('正文\n---\n分隔线以下\n---\n').doc), []);
  });
});
