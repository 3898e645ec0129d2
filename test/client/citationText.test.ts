import * as assert from 'assert';
import { definedShortTitle, formatCitation } from '../../client/src/citationText';

const title = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';

describe('citation text inserted by the VS Code client', () => {
  it('writes 《title》第X条 with Chinese numerals, 之N and 款', () => {
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 64 }), `《${title}》第六十四条`);
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 10, paragraph: 2 }), `《${title}》第十条第二款`);
    assert.strictEqual(formatCitation({ title, lang: 'zh', article: 10, insert: 1 }), `《${title}》第十条之一`);
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
