// 搜索条文 in process (issue 15, part 8): the lawcite/searchArticles request as the service answers it — words in any
// order, numbers in either form, a pasted citation first (with the draft's short titles), the snippet's highlights.
import * as assert from 'assert';
import type { ArticleSummary } from '../../server/src/protocol';
import { BEIJIANG, kit } from './serviceKit';

const ECO = '内蒙古自治区建设我国北方重要生态安全屏障促进条例';

function top(hits: ArticleSummary[]): string {
  return hits[0] ? `${hits[0].title} ${hits[0].label}` : '(none)';
}

/** The highlighted words of a hit, as they read in its snippet. */
function marked(h: ArticleSummary): string[] {
  return (h.highlights ?? []).map(([a, b]) => h.snippet.slice(a, b));
}

describe('service: searchArticles', () => {
  it('words in any order and numbers in either form find the article first', () => {
    for (const q of ['筑牢 六十四', '六十四 筑牢', '北疆 64', '北疆64', '64 北疆', '北疆 第六十四条']) {
      assert.strictEqual(top(kit().service.searchArticles(q, 10)), `${BEIJIANG} 第六十四条`, q);
    }
  });

  it('a pasted full citation puts that article first, above everything else', () => {
    const hits = kit().service.searchArticles(`《${BEIJIANG}》第六十四条`, 10);
    assert.strictEqual(top(hits), `${BEIJIANG} 第六十四条`);
    assert.ok(hits[0].score! > (hits[1]?.score ?? 0));
    assert.strictEqual(top(kit().service.searchArticles('公司法第十九条', 5)), '中华人民共和国公司法 第十九条');
  });

  it('a pasted 《条例》第六十四条 reads 《条例》 as the draft from which the search is made defines it', () => {
    const beijiang = kit().open(`为贯彻《${BEIJIANG}》（以下简称《条例》），制定本方案。`);
    assert.strictEqual(top(kit().service.searchArticles('《条例》第六十四条', 10, beijiang.uri)), `${BEIJIANG} 第六十四条`);
    const eco = kit().open(`为贯彻《${ECO}》（以下简称《条例》），制定本方案。`);
    assert.strictEqual(top(kit().service.searchArticles('《条例》第六十四条', 10, eco.uri)), `${ECO} 第六十四条`);
    const none = kit().service.searchArticles('《条例》第六十四条', 10);
    assert.ok(none.length > 0 && none.every((h) => h.number === 64 && h.title.endsWith('条例')), 'without a draft: every 条例’s 第六十四条');
  });

  it('ranks: both words close together first, and every hit holds every word', () => {
    const hits = kit().service.searchArticles('口岸 布局', 20);
    assert.strictEqual(top(hits), `${BEIJIANG} 第六十四条`);
    for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score! >= hits[i].score!, 'best first');
  });

  it('shows the words around the first searched word, each searched word highlighted', () => {
    const [h] = kit().service.searchArticles('筑牢 口岸 布局', 5);
    assert.strictEqual(`${h.title} ${h.label}`, `${BEIJIANG} 第六十四条`);
    assert.match(h.snippet, /口岸/);
    assert.ok(marked(h).length >= 2);
    for (const w of marked(h)) assert.match(w, /^(口岸|布局|口岸布局)$/);
  });

  it('a regulation named by a word of its title comes first: its articles that say the word, else its first article', () => {
    const hits = kit().service.searchArticles('筑牢', 20);
    assert.strictEqual(hits[0].title, BEIJIANG);
    const own = hits.filter((h) => h.title === BEIJIANG);
    assert.ok(own.every((h) => h.label === '第一条' || h.snippet.includes('筑牢')), own.map((h) => h.label).join());
    const titleOnly = kit().service.searchArticles('屏障促进条例 北疆', 50).filter((h) => h.title === BEIJIANG);
    assert.ok(titleOnly.length >= 1 && titleOnly.length < 89, `${titleOnly.length} of 89 articles`);
  });

  it('searches only the regulations it is given (to compose with a ranking by the draft)', () => {
    const index = kit().source.index;
    const beijiang = index.regulation(BEIJIANG)!;
    const hits = index.searchArticles('64', 10, { among: [beijiang] });
    assert.deepStrictEqual(hits.map((h) => `${h.regulation.title} ${h.article.label}`), [`${BEIJIANG} 第六十四条`]);
    assert.ok(index.searchArticles('64', 10).length > 1);
  });

  it('gives each article its chapter', () => {
    const [h] = kit().service.searchArticles(`《${BEIJIANG}》第六十四条`, 1);
    assert.match(h.chapter ?? '', /^第[一二三四五六七八九十]+章 /);
  });

  it('bad input gives no hits and no error', () => {
    for (const q of ['', '   ', null, {}, '《', '第条', '99999']) {
      assert.deepStrictEqual(kit().service.searchArticles(q as string, 10, 'file:///nowhere.md'), [], String(q));
    }
  });
});
