// Completion asks the engine what a 第… typed at the cursor refers to (contextAt), then offers what exists there.
import * as assert from 'assert';
import { BEIJIANG, kit } from './serviceKit';

const zhArticles = (n: number) => {
  const digits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  const zh = (x: number) => (x < 10 ? digits[x] : x < 20 ? `十${digits[x - 10]}` : `${digits[Math.floor(x / 10)]}十${digits[x % 10]}`);
  return Array.from({ length: n }, (_, i) => `第${zh(i + 1)}条`);
};

describe('service: completion', () => {
  it('offers the articles after a full title with a version suffix the corpus title lacks', () => {
    const labels = kit().completionLabels(kit().open(`依照《${BEIJIANG}（2023年版）》第$0`));
    assert.deepStrictEqual(labels, zhArticles(89));
  });

  it('offers the articles after a title without the 内蒙古自治区 prefix', () => {
    const labels = kit().completionLabels(kit().open('依照《筑牢祖国北疆安全稳定屏障促进条例》第$0'));
    assert.deepStrictEqual(labels, zhArticles(89));
  });

  it('narrows the articles to what was typed after 第', () => {
    const labels = kit().completionLabels(kit().open(`依照《${BEIJIANG}》第八十$0`));
    assert.deepStrictEqual(labels, ['第八十条', '第八十一条', '第八十二条', '第八十三条', '第八十四条', '第八十五条', '第八十六条', '第八十七条', '第八十八条', '第八十九条']);
  });

  it('offers only the 款 an article has after 第十条第 and 第六条第', () => {
    assert.deepStrictEqual(kit().completionLabels(kit().open(`依照《${BEIJIANG}》第十条第$0`)), ['第一款']);
    assert.deepStrictEqual(kit().completionLabels(kit().open(`依照《${BEIJIANG}》第六条第$0`)), ['第一款', '第二款', '第三款']);
  });

  it('offers the articles after a short title the draft defines', () => {
    const o = kit().open(`依照《${BEIJIANG}》（以下简称《北疆条例》）。\n根据《北疆条例》第$0`);
    assert.deepStrictEqual(kit().completionLabels(o), zhArticles(89));
  });

  it('offers a draft regulation its own articles after 本办法第', () => {
    const o = kit().open('测试办法\n\n第一条 为了测试，制定本办法。\n第二条 本办法适用于测试。\n第三条 依照本办法第$0');
    const list = kit().service.completion(o.textDocument, o.position)!;
    assert.deepStrictEqual(list.items.map((i) => i.label), ['第一条', '第二条', '第三条']);
    const second = list.items[1];
    assert.deepStrictEqual(second.textEdit, { range: { start: { line: 4, character: 9 }, end: { line: 4, character: 10 } }, newText: '第二条' });
    assert.match((second.documentation as { value: string }).value, /第二条 本办法适用于测试。/);
  });

  it('offers the 项 of a 款 in a draft whose items are printed inside the line', () => {
    const o = kit().open('示范办法\n\n第一条 为了规范业主大会，制定本办法。\n第四条 业主大会决定下列事项：（一）甲；（二）乙；（三）丙。\n第五条 违反本办法第四条第一款第$0');
    assert.deepStrictEqual(kit().completionLabels(o), ['第（一）项', '第（二）项', '第（三）项']);
  });

  it('offers no articles after 第 with no regulation named', () => {
    assert.deepStrictEqual(kit().completionLabels(kit().open('依照第$0')), []);
  });

  it('offers corpus titles after 《, replacing the typed query', () => {
    const o = kit().open('依照《北疆$0');
    const list = kit().service.completion(o.textDocument, o.position)!;
    assert.strictEqual(list.items[0].label, BEIJIANG);
    assert.deepStrictEqual(list.items[0].textEdit, { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } }, newText: `${BEIJIANG}》` });
  });
});
