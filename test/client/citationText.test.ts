import * as assert from 'assert';
import { definedShortTitle, formatCitation } from '../../client/src/citationText';
import { chapterGroups } from '../../client/src/commands/insertItems';
import { markHighlights } from '../../client/src/commands/searchItems';
import type { ArticleSummary } from '../../server/src/protocol';

const title = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';

describe('citation text inserted by the VS Code client', () => {
  it('writes 《title》第X条 with Chinese numerals, 之N and 款', () => {
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 64 }), `《${title}》第六十四条`);
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 10, paragraph: 2 }), `《${title}》第十条第二款`);
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 10, insert: 1 }), `《${title}》第十条之一`);
  });

  it('writes several 款 as a list and a 项 after its 款', () => {
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 10, paragraphs: [3, 1] }), `《${title}》第十条第一款、第三款`);
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 10, paragraphs: [2], item: 3 }), `《${title}》第十条第二款第（三）项`);
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 10, item: 3 }), `《${title}》第十条第（三）项`, 'an article of one 款');
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 10, paragraphs: [1, 2], item: 3 }), `《${title}》第十条第一款、第二款`, 'no 项 with several 款');
    assert.strictEqual(formatCitation({ title: 'Regulations on X', lang: 'en', article: 64, paragraphs: [1, 3] }), 'Article 64(1), (3) of the Regulations on X');
    assert.strictEqual(formatCitation({ title: 'Regulations on X', lang: 'en', article: 64, paragraphs: [2], item: 3 }), 'Article 64(2)(3) of the Regulations on X');
  });

  it('uses the short title the document defines', () => {
    const text = `为贯彻《${title}》（以下简称《条例》），制定本方案。`;
    const shortTitle = definedShortTitle(text, title);
    assert.strictEqual(shortTitle, '条例');
    assert.strictEqual(formatCitation({ title, shortTitle, lang: 'zh', article: 5 }), '《条例》第五条');
  });

  it('reads the other ways drafters define a short title', () => {
    assert.strictEqual(definedShortTitle(`《${title}》（以下称“条例”）`, title), '条例');
    assert.strictEqual(definedShortTitle(`《${title}》（简称《屏障条例》）`, title), '屏障条例');
  });

  it('finds no short title when the document defines none or defines it for another regulation', () => {
    assert.strictEqual(definedShortTitle(`根据《${title}》第五条`, title), null);
    assert.strictEqual(definedShortTitle('《某某办法》（以下简称《办法》）', title), null);
  });

  it('cites an English text as Article N(P) of the title', () => {
    assert.strictEqual(
      formatCitation({ title: 'Regulations on X', lang: 'en', article: 64, paragraph: 2 }),
      'Article 64(2) of the Regulations on X',
    );
  });
});

describe('Search and Insert Citation pickers (pure parts)', () => {
  it('marks the highlighted words of a snippet 【…】, skipping ranges that do not fit', () => {
    assert.strictEqual(markHighlights('加强口岸建设，优化口岸布局', [[2, 4], [9, 13]]), '加强【口岸】建设，优化【口岸布局】');
    assert.strictEqual(markHighlights('口岸', [[0, 2], [1, 2], [5, 9]]), '【口岸】');
    assert.strictEqual(markHighlights('口岸', undefined), '口岸');
  });

  it('groups consecutive articles of one chapter', () => {
    const a = (label: string, chapter?: string) => ({ label, chapter }) as ArticleSummary;
    const groups = chapterGroups([a('第一条', '第一章 总则'), a('第二条', '第一章 总则'), a('第三条', '第二章 保护'), a('第四条')]);
    assert.deepStrictEqual(groups.map((g) => [g.chapter, g.articles.map((x) => x.label).join()]), [
      ['第一章 总则', '第一条,第二条'],
      ['第二章 保护', '第三条'],
      [null, '第四条'],
    ]);
  });
});
