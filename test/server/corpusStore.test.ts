import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IndexedBodySource } from '../../server/src/core/corpus/fileBody';
import { writeWarmIndex } from '../../server/src/core/corpus/warmIndex';
import { LazyArticle } from '../../server/src/core/parser/lazyArticle';
import { CorpusStore } from '../../server/src/lsp/corpusStore';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

describe('CorpusStore with a warm index', () => {
  let dir: string;
  let store: CorpusStore;
  const fromIndex = () => {
    const law = store.index.corpus.laws.get('中华人民共和国刑法')!;
    const a = law.versions[0].articles[0];
    return a instanceof LazyArticle && a.source instanceof IndexedBodySource;
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-store-'));
    fs.cpSync(path.join(FIXTURES, 'lawrefbook'), dir, { recursive: true });
    writeWarmIndex(dir);
    store = new CorpusStore({ onIndex() {}, onProblem() {}, onProgress() {}, onIndexing() {} });
  });
  afterEach(() => {
    store.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('preloads from the index, keeps it when the settings name the same root, and reloads from it', async () => {
    store.preload([dir]);
    assert.ok(fromIndex());
    const before = store.index.corpus.laws.get('中华人民共和国刑法');
    const laws = store.index.corpus.laws.size;
    await store.setRoots([dir]);
    assert.strictEqual(store.index.corpus.laws.get('中华人民共和国刑法'), before, 'not read again');
    assert.match(store.index.corpus.article(store.index.corpus.version(before!), 1)!.text, /惩罚犯罪/);
    await store.reload();
    assert.ok(fromIndex());
    assert.strictEqual(store.index.corpus.laws.size, laws);
  });

  it('loads a file added to a preloaded root after a reload', async () => {
    store.preload([dir]);
    await store.setRoots([dir]);
    fs.writeFileSync(path.join(dir, '新增条例.md'), '# 新增条例\n\n第一条 新文件。\n');
    await store.reload();
    assert.ok(store.index.corpus.laws.has('新增条例'));
  });
});
