import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { walkCorpusFolder } from '../../server/src/core/corpus/walk';

const BENCH = path.resolve(__dirname, '../../../../shared/bench/lawrefbook');

describe('Corpus on the LawRefBook bench corpus (../shared/bench)', function () {
  this.timeout(120000);
  let corpus: Corpus;
  let files: string[];

  before(function () {
    if (!fs.existsSync(BENCH)) {
      console.log(`      (skipped: ${BENCH} is not here; CI has it)`);
      this.skip();
    }
    files = walkCorpusFolder(BENCH).files;
    corpus = loadCorpus({ folders: [BENCH], bundled: false });
  });

  it('loads every file or reports it with a reason', () => {
    const reported = new Set(corpus.problems.map((p) => p.path));
    const loaded = new Set(corpus.laws.size ? [...corpus.laws.values()].flatMap((l) => l.versions.flatMap((v) => v.files)) : []);
    const missing = files.filter((f) => !loaded.has(f) && !reported.has(f));
    assert.deepStrictEqual(missing, []);
    for (const p of corpus.problems) assert.ok(p.reason.length > 0);
  });

  it('keeps the two dated versions of 行政复议法 and joins the eight parts of 民法典', () => {
    const fy = corpus.laws.get('中华人民共和国行政复议法')!;
    assert.deepStrictEqual(fy.versions.map((v) => path.basename(v.files[0])), ['行政复议法(2017-09-01).md', '行政复议法(2023-09-01).md']);
    const civil = corpus.laws.get('中华人民共和国民法典')!;
    assert.strictEqual(civil.versions.length, 1);
    assert.strictEqual(civil.versions[0].files.length, 8);
    const numbers = civil.versions[0].articles.map((a) => a.number);
    assert.deepStrictEqual(numbers, Array.from({ length: 1260 }, (_, i) => i + 1));
  });

  it('counts the four laws present twice in two folders once, reporting the copies', () => {
    const dup = corpus.problems.filter((p) => p.kind === 'duplicate').map((p) => path.basename(p.path));
    for (const name of ['广告法(2021-04-29).md', '居民身份证法(2011-10-29).md', '反电信网络诈骗法(2022-09-02).md', '职业病防治法(2018-12-29).md']) {
      assert.ok(dup.includes(name), name);
    }
    assert.strictEqual(corpus.laws.get('中华人民共和国广告法')!.versions.length, 1);
  });
});
