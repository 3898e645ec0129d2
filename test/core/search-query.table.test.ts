// 搜索条文 as drafters type (issue 15, part 8): the query read into words, titles, an article number and a pasted
// citation (one row per input), relevance (which articles match and in what order) and the snippet's highlights.
import * as assert from 'assert';
import { relevance, type SearchableArticle } from '../../server/src/core/query/relevance';
import { isEmptySearch, parseSearchQuery } from '../../server/src/core/query/searchQuery';
import { snippetOf } from '../../server/src/core/query/snippet';

const Z = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';

/** `words=a,b titles=t article=64之1 ¶2 item3 cite=《t》64 kind=…`: only what the query has. */
function compact(input: string): string {
  const q = parseSearchQuery(input);
  const out: string[] = [];
  if (q.words.length) out.push(`words=${q.words.join(',')}`);
  if (q.titles.length) out.push(`titles=${q.titles.join(',')}`);
  if (q.article) out.push(`article=${q.article.number}${q.article.insert ? `之${q.article.insert}` : ''}`);
  if (q.paragraph !== null) out.push(`¶${q.paragraph}`);
  if (q.item !== null) out.push(`item${q.item}`);
  if (q.citation) out.push(`cite=《${q.citation.title}》${q.citation.article}`);
  if (q.kind) out.push(`kind=${q.kind}`);
  return out.join(' ');
}

const rows: [string, string][] = [
  ['筑牢 六十四', 'words=筑牢 article=64'],
  ['六十四 筑牢', 'words=筑牢 article=64'],
  ['北疆 64', 'words=北疆 article=64'],
  ['北疆64', 'words=北疆 article=64'],
  ['北疆　６４', 'words=北疆 article=64'],
  ['64', 'article=64'],
  ['第六十四条', 'article=64'],
  ['第64条', 'article=64'],
  ['第十条之一', 'article=10之1'],
  ['口岸第六十四条第二款', 'titles=口岸 article=64 ¶2 cite=《口岸》64'],
  ['草原 保护 第六十四条', 'words=草原,保护 article=64'],
  ['草原，保护、口岸', 'words=草原,保护,口岸'],
  ['保护 保护 草原', 'words=保护,草原'],
  [`《${Z}》第六十四条`, `titles=${Z} article=64 cite=《${Z}》64`],
  ['《条例》第六十四条', 'titles=条例 article=64 cite=《条例》64'],
  ['《条例》第六十四条第二款第（三）项', 'titles=条例 article=64 ¶2 item3 cite=《条例》64'],
  ['公司法第十九条', 'titles=公司法 article=19 cite=《公司法》19'],
  ['《条例》 口岸', 'words=口岸 titles=条例'],
  ['司法解释 正当防卫', 'words=正当防卫 kind=judicial-interpretation'],
  ['正当防卫 效力:法律', 'words=正当防卫 kind=law'],
  ['Article 64 of the Regulations on Border Areas', 'titles=Regulations on Border Areas article=64 cite=《Regulations on Border Areas》64'],
  ['', ''],
  ['   ', ''],
  ['，、', ''],
];

function article(over: Partial<SearchableArticle>): SearchableArticle {
  return { title: Z, shortTitles: [], lang: 'zh', number: 64, insert: null, heading: '', text: '', ...over };
}

describe('search query (table)', () => {
  for (const [input, expected] of rows) {
    it(`${JSON.stringify(input)} → ${expected || '(empty)'}`, () => assert.strictEqual(compact(input), expected));
  }

  it('an empty query asks for nothing; bad input never throws', () => {
    assert.ok(isEmptySearch(parseSearchQuery('')));
    assert.ok(isEmptySearch(parseSearchQuery(null as unknown as string)));
    assert.ok(!isEmptySearch(parseSearchQuery('六十四')));
  });
});

describe('search relevance', () => {
  const q = (s: string) => parseSearchQuery(s);

  it('every word must be somewhere: text, chapter heading or title', () => {
    assert.strictEqual(relevance(q('口岸 草原'), article({ text: '加强口岸建设' })), null);
    assert.ok(relevance(q('口岸 北疆'), article({ text: '加强口岸建设' }))! > 0, 'a word of the title counts');
    assert.ok(relevance(q('口岸 开放'), article({ text: '加强口岸建设', heading: '对外开放' }))! > 0, 'a word of the heading counts');
  });

  it('a number must be the article’s, 之N when written', () => {
    assert.strictEqual(relevance(q('64'), article({ number: 65 })), null);
    assert.strictEqual(relevance(q('第十条之一'), article({ number: 10, insert: 2 })), null);
    assert.ok(relevance(q('第十条之一'), article({ number: 10, insert: 1 }))! > relevance(q('十'), article({ number: 10, insert: 1 }))!);
  });

  it('titles written must be the regulation’s title or short title', () => {
    assert.strictEqual(relevance(q('《公司法》 股东'), article({ text: '股东' })), null);
    assert.ok(relevance(q('《条例》 口岸'), article({ text: '口岸' }))! > 0);
    assert.ok(relevance(q('《模范条例》 口岸'), article({ shortTitles: ['模范条例'], text: '口岸' }))! > 0);
  });

  it('orders: exact title over a title containing it; a word naming the regulation over a word of its text; near words over far; Chinese over a translation', () => {
    const exact = relevance(q(`《${Z}》第六十四条`), article({}))!;
    const within = relevance(q(`《${Z.slice(6)}》第六十四条`), article({}))!;
    assert.ok(exact > within);
    const inText = relevance(q('口岸'), article({ text: '口岸' }))!;
    const inTitle = relevance(q('口岸'), article({ title: '口岸条例' }))!;
    assert.ok(inTitle > inText, `${inTitle} > ${inText}`);
    const near = relevance(q('口岸 建设'), article({ text: '加强口岸建设' }))!;
    const far = relevance(q('口岸 建设'), article({ text: `加强口岸${'。'.repeat(40)}建设` }))!;
    assert.ok(near > far);
    const zh = relevance(q('64'), article({}))!;
    const en = relevance(q('64'), article({ lang: 'en' }))!;
    assert.ok(zh > en);
    const often = relevance(q('口岸'), article({ text: '口岸口岸口岸' }))!;
    assert.ok(often > inText);
  });
});

describe('search snippet', () => {
  it('a window around the first word found, every searched word marked (adjacent words as one)', () => {
    const text = `${'前'.repeat(50)}沿边的旗县级以上人民政府应当加强口岸建设，优化口岸布局。${'后'.repeat(80)}`;
    const s = snippetOf(text, ['口岸', '布局'], 40);
    assert.ok(s.text.startsWith('…') && s.text.endsWith('…'));
    assert.deepStrictEqual(s.highlights.map(([a, b]) => s.text.slice(a, b)), ['口岸', '口岸布局']);
  });

  it('no word: the first words; overlapping words merge; whitespace folds', () => {
    assert.deepStrictEqual(snippetOf('第一款。\n  第二款。', []), { text: '第一款。 第二款。', highlights: [] });
    const s = snippetOf('筑牢祖国北疆', ['祖国', '国北疆']);
    assert.deepStrictEqual(s.highlights.map(([a, b]) => s.text.slice(a, b)), ['祖国北疆']);
  });
});
