// Search and completion filter by 效力级别 and show it: the corpus index over the bundled corpus (seeds are
// 地方性法规; the national part adds 法律, 行政法规, 司法解释 …).
import * as assert from 'assert';
import { loadCorpus } from '../../server/src/core/corpus/index';
import { CorpusIndex } from '../../server/src/service/corpusIndex';

describe('service: search by kind (效力级别)', () => {
  let index: CorpusIndex;
  before(() => {
    const corpus = loadCorpus();
    index = new CorpusIndex(corpus, corpus.generation);
  });

  it('keeps only titles of the kind named in the query', () => {
    const all = index.searchTitles('安全', 50);
    const local = index.searchTitles('地方性法规 安全', 50);
    assert.ok(local.length > 0 && local.length < all.length + 1, `${local.length} of ${all.length}`);
    for (const e of local) assert.strictEqual(e.kind, 'local-regulation', e.title);
    assert.ok(local.some((e) => e.title === '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例'));
  });

  it('keeps only articles of regulations of that kind', () => {
    const hits = index.searchArticles('司法解释 正当防卫', 20);
    for (const h of hits) assert.strictEqual(h.regulation.kind, 'judicial-interpretation', h.regulation.title);
    const law = index.searchArticles('法律 正当防卫', 20);
    assert.ok(law.some((h) => h.regulation.title === '中华人民共和国刑法' && h.article.number === 20), law.map((h) => h.regulation.title).join());
  });
});
