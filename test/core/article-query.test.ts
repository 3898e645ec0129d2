import * as assert from 'assert';
import * as path from 'path';
import { loadCorpus } from '../../server/src/core/corpus/index';
import { parseArticleQuery } from '../../server/src/core/query/articleQuery';
import { resolveArticleQuery } from '../../server/src/core/query/resolveArticleQuery';
import { nationalTitlesCorpus } from './citations/helpers';

const FIX = path.resolve(__dirname, '../../../test/fixtures/corpus-loading');

describe('One citation as a drafter writes it (lawcite show)', () => {
  const q = (s: string) => parseArticleQuery(s);

  it('reads 《title》 with article, 款 and 项', () => {
    assert.deepStrictEqual(q('《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六十四条第二款'), {
      title: '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例', article: 64, insert: null, paragraph: 2, item: null,
    });
    assert.deepStrictEqual(q('《条例》第十条之一第一款第（三）项'), { title: '条例', article: 10, insert: 1, paragraph: 1, item: 3 });
    assert.deepStrictEqual(q('《条例》第十条第三项'), { title: '条例', article: 10, insert: null, paragraph: null, item: 3 });
  });

  it('reads a bare title before the article, Arabic numerals, and a title alone', () => {
    assert.deepStrictEqual(q('行政复议法 第64条'), { title: '行政复议法', article: 64, insert: null, paragraph: null, item: null });
    assert.deepStrictEqual(q('行政复议法第六十四条'), { title: '行政复议法', article: 64, insert: null, paragraph: null, item: null });
    assert.deepStrictEqual(q('《行政复议法》'), { title: '行政复议法', article: null, insert: null, paragraph: null, item: null });
    assert.strictEqual(q('最高人民检察院关于检察工作中具体适用修订刑法第十二条若干问题的通知')!.article, null, 'an article inside a title is not the citation');
  });

  it('reads English citations', () => {
    assert.deepStrictEqual(q('Article 64 of the Regulations on X'), { title: 'Regulations on X', article: 64, insert: null, paragraph: null, item: null });
    assert.deepStrictEqual(q('Article 6(2) of Regulations on X'), { title: 'Regulations on X', article: 6, insert: null, paragraph: 2, item: null });
    assert.deepStrictEqual(q('Paragraph 2 of Article 6 of the Regulations on X'), { title: 'Regulations on X', article: 6, insert: null, paragraph: 2, item: null });
    assert.deepStrictEqual(q('Regulations on X, Article 6'), { title: 'Regulations on X', article: 6, insert: null, paragraph: null, item: null });
  });

  it('reads a 款 numbered in brackets, as a draft writes it (第(二)款)', () => {
    assert.deepStrictEqual(q('《条例》第三十八条第(二)款'), { title: '条例', article: 38, insert: null, paragraph: 2, item: null, paragraphBracketed: true });
    assert.deepStrictEqual(q('《条例》第六条第（三）款'), { title: '条例', article: 6, insert: null, paragraph: 3, item: null, paragraphBracketed: true });
  });

  it('shows 第(二)款 of an article with one 款 and items as the draft reads it: the item', () => {
    const corpus = nationalTitlesCorpus();
    const title = '《最高人民法院、最高人民检察院关于办理强奸、猥亵未成年人刑事案件适用法律若干问题的解释》';
    const r = resolveArticleQuery(corpus, parseArticleQuery(`${title}第二条第(二)款`)!);
    assert.strictEqual(r.status, 'found');
    if (r.status === 'found') assert.strictEqual(r.item?.number, 2);
    const plain = resolveArticleQuery(corpus, parseArticleQuery(`${title}第二条第二款`)!);
    assert.strictEqual(plain.status, 'unknown-paragraph', 'written without brackets it stays a 款 the article lacks');
  });

  it('rejects words between the title and the article', () => {
    assert.strictEqual(q('《条例》有关规定第六条'), null);
    assert.strictEqual(q('   '), null);
  });

  describe('resolved against a corpus', () => {
    const corpus = loadCorpus({ folders: [FIX], bundled: false });

    it('finds the article and 款 by short title, in the version in force on a date', () => {
      const r = resolveArticleQuery(corpus, parseArticleQuery('《行政复议法》第二条第二款')!);
      assert.strictEqual(r.status, 'found');
      if (r.status === 'found') assert.match(r.paragraph!.text, /授权的组织/);
      const old = resolveArticleQuery(corpus, parseArticleQuery('《行政复议法》第二条第二款')!, '2020-01-01');
      assert.strictEqual(old.status, 'unknown-paragraph', 'the 2017 text has one paragraph');
    });

    it('resolves a translation to its original article', () => {
      const r = resolveArticleQuery(corpus, parseArticleQuery('Article 2 of the Regulations of the Example Autonomous Region on Promoting Border Areas')!);
      assert.strictEqual(r.status, 'found');
      if (r.status === 'found') {
        assert.strictEqual(r.article.paragraphs.length, 2);
        assert.strictEqual(r.original?.law.title, '示例自治区边境促进条例');
        assert.match(r.original!.article.text, /^第二条/);
      }
    });

    it('gives the nearest titles or articles when not found', () => {
      const r = resolveArticleQuery(corpus, parseArticleQuery('《行政复议条例》第二条')!);
      assert.strictEqual(r.status, 'unknown-regulation');
      if (r.status === 'unknown-regulation') assert.strictEqual(r.candidates[0], '中华人民共和国行政复议法');
      const a = resolveArticleQuery(corpus, parseArticleQuery('《民法典》第三条')!);
      assert.strictEqual(a.status, 'unknown-article');
      if (a.status === 'unknown-article') assert.deepStrictEqual(a.nearest.map((x) => x.number), [2, 1040]);
    });
  });
});
