// Completion after 《, 插入引用 (listRegulations) and 搜索条文 (searchArticles) rank by the draft with one rule.
import * as assert from 'assert';
import { BEIJIANG, kit, ServiceKit } from './serviceKit';

const CIVIL = '中华人民共和国民法典';
const ECO = '内蒙古自治区建设我国北方重要生态安全屏障促进条例';

describe('service: ranking by the draft', () => {
  it('after 《民法典 offers 中华人民共和国民法典 before any interpretation of it', () => {
    const labels = kit().completionLabels(kit().open('依照《民法典$0'));
    assert.strictEqual(labels[0], CIVIL);
    assert.ok(labels.some((l) => l.includes('解释')), `interpretations are offered too: ${labels.slice(0, 5).join(' | ')}`);
  });

  it('after 《刑 offers the 刑法 and the 刑事诉讼法 first, after 《民诉 the 民事诉讼法, whatever the title search’s limit', () => {
    const criminal = kit().completionLabels(kit().open('依照《刑$0'));
    assert.deepStrictEqual(criminal.slice(0, 2), ['中华人民共和国刑法', '中华人民共和国刑事诉讼法'], criminal.slice(0, 6).join(' | '));
    assert.strictEqual(kit().completionLabels(kit().open('依照《民诉$0'))[0], '中华人民共和国民事诉讼法');
  });

  it('after 《刑法修正案 lists the amendments in their order (（三） before （九） before （十一）)', () => {
    const labels = kit().completionLabels(kit().open('依照《刑法修正案$0')).filter((l) => /^中华人民共和国刑法修正案/.test(l));
    const numbers = labels.map((l) => /（(.+)）$/.exec(l)?.[1] ?? '');
    const order = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    assert.ok(labels.length >= 5, labels.join(' | '));
    assert.deepStrictEqual(numbers, [...numbers].sort((a, b) => order.indexOf(a) - order.indexOf(b)), labels.join(' | '));
  });

  it('after 《 names the kind and the number of articles in words (法律 · 505条 / law · 505 articles)', () => {
    const detail = (k: ServiceKit) => {
      const o = k.open('依照《刑$0');
      return k.service.completion(o.textDocument, o.position)!.items.find((i) => i.label === '中华人民共和国刑法')!.detail;
    };
    assert.strictEqual(detail(kit()), '法律 · 505条');
    assert.strictEqual(detail(new ServiceKit({ locale: 'en' })), 'law · 505 articles');
  });

  it('after 《 offers the short titles the draft defines first, then the laws it cites, then Chinese before translations', () => {
    const o = kit().open(`依照《${ECO}》（以下简称《生态条例》）和《${BEIJIANG}》第六条。\n\n根据《$0`);
    const list = kit().service.completion(o.textDocument, o.position)!;
    const labels = list.items.map((i) => i.label);
    assert.deepStrictEqual(labels.slice(0, 3), ['生态条例', ECO, BEIJIANG]);
    assert.deepStrictEqual(list.items[0].textEdit, { range: { start: o.position, end: o.position }, newText: '生态条例》' });
    assert.match(list.items[0].detail!, /简称：《内蒙古自治区建设我国北方重要生态安全屏障促进条例》/);
    const sorted = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    assert.deepStrictEqual(sorted, labels, 'sortText keeps the server’s order');
    const english = labels.findIndex((l) => !/[\u4e00-\u9fff]/.test(l));
    const chinese = labels.findIndex((l, i) => i > 2 && /[\u4e00-\u9fff]/.test(l));
    assert.ok(english < 0 || chinese < english, `Chinese before translations: ${labels.slice(0, 8).join(' | ')}`);
  });

  it('插入引用 lists the regulations the draft cites first, then the default regulation', () => {
    const withDefault = new ServiceKit({ settings: { defaultRegulation: '民法典' } });
    const o = withDefault.open(`依照《${ECO}》第三条和《${BEIJIANG}》第六条。`);
    const titles = withDefault.service.listRegulations(o.uri).map((r) => r.title);
    assert.deepStrictEqual(titles.slice(0, 3), [ECO, BEIJIANG, CIVIL]);
    const none = withDefault.service.listRegulations().map((r) => r.title);
    assert.strictEqual(none[0], CIVIL, 'without a draft the default still comes first');
    assert.ok(/[\u4e00-\u9fff]/.test(kit().service.listRegulations()[0].title), 'a Chinese text first, not a translation');
  });

  it('搜索条文 from a draft puts the articles of the regulations it cites first', () => {
    const o = kit().open(`依照《${ECO}》第三条办理。`);
    const plain = kit().service.searchArticles('第三条', 500);
    assert.notStrictEqual(plain[0].title, ECO, 'the test needs a search where the draft’s law is not already first');
    const ranked = kit().service.searchArticles('第三条', 500, o.uri);
    assert.strictEqual(ranked[0].title, ECO);
    assert.strictEqual(ranked.length, plain.length, 'ranking reorders, it neither adds nor drops');
  });
});
