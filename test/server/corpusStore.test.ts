import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IndexedBodySource } from '../../server/src/core/corpus/fileBody';
import { writeWarmIndex } from '../../server/src/core/corpus/warmIndex';
import { LazyArticle } from '../../server/src/core/parser/lazyArticle';
import { CorpusStore, VERIFY_DELAY_MS } from '../../server/src/lsp/corpusStore';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

describe('CorpusStore with a warm index', () => {
  let dir: string;
  let store: CorpusStore;
  const fromIndex = () => {
    const law = store.index.corpus.laws.get('中华人民共和国刑法')!;
    const a = law.versions[0].articles[0];
    return a instanceof LazyArticle && a.source instanceof IndexedBodySource;
  };

  let published = 0;
  let problems: string[] = [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-store-'));
    fs.cpSync(path.join(FIXTURES, 'lawrefbook'), dir, { recursive: true });
    writeWarmIndex(dir);
    published = 0;
    problems = [];
    store = new CorpusStore({ onIndex: () => void published++, onProblem: (p) => void problems.push(p.file), onProgress() {}, onIndexing() {} });
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

  it('takes a preloaded folder from its index listing as it is, then loads what changed on disk when it checks it', () => {
    const changed = path.join(dir, '刑法-节选.md');
    const removed = path.join(dir, '重庆防护林条例(2019-05-31).md');
    fs.appendFileSync(changed, '\n第九百九十九条 新增的条文。\n');
    fs.rmSync(removed);
    fs.writeFileSync(path.join(dir, '新增条例.md'), '# 新增条例\n\n第一条 新文件。\n');
    store.preload([dir], true);
    const corpus = () => store.index.corpus;
    const criminal = () => corpus().version(corpus().laws.get('中华人民共和国刑法')!);
    // Before the check: the listing as indexed (no walk, no stat).
    assert.ok(!corpus().laws.has('新增条例'));
    assert.ok([...corpus().laws.keys()].some((t) => t.includes('防护林')), 'a removed file is still listed');
    assert.strictEqual(corpus().article(criminal(), 999), undefined);
    const before = store.index;
    store.verifyPreloaded();
    assert.notStrictEqual(store.index, before, 'a new index is published');
    assert.ok(corpus().laws.has('新增条例'));
    assert.ok(![...corpus().laws.keys()].some((t) => t.includes('防护林')), 'the removed file is gone');
    assert.match(corpus().article(criminal(), 999)!.text, /新增的条文/);
    // What a fresh walk and parse of the folder gives.
    const fresh = new CorpusStore({ onIndex() {}, onProblem() {}, onProgress() {}, onIndexing() {} });
    try {
      fs.rmSync(path.join(dir, 'index.json'));
      fresh.preload([dir], true);
      assert.deepStrictEqual([...corpus().laws.keys()].sort(), [...fresh.index.corpus.laws.keys()].sort());
      assert.strictEqual(store.index.articleCount, fresh.index.articleCount);
    } finally {
      fresh.dispose();
    }
  });

  it('walks and parses a preloaded folder whose index is damaged or missing', () => {
    fs.writeFileSync(path.join(dir, '新增条例.md'), '# 新增条例\n\n第一条 新文件。\n');
    fs.writeFileSync(path.join(dir, 'index.json'), '{"format":2,"files":[["da');
    store.preload([dir], true);
    assert.ok(store.index.corpus.laws.has('新增条例'), 'the folder is walked at once');
    assert.ok(!fromIndex());
    assert.match(store.index.corpus.article(store.index.corpus.version(store.index.corpus.laws.get('中华人民共和国刑法')!), 1)!.text, /惩罚犯罪/);
  });

  it('keeps its index when the check finds the folder as listed, and when the settings name the same roots', async () => {
    store.preload([dir], true);
    const index = store.index;
    const count = published;
    store.verifyPreloaded();
    assert.strictEqual(published, count, 'nothing published');
    await store.setRoots([dir]);
    assert.strictEqual(store.index, index, 'the same index (its title index and analyses stay valid)');
    assert.deepStrictEqual(problems, []);
  });

  it('checks the listing by itself a moment after the preload', async function () {
    this.timeout(10000);
    fs.writeFileSync(path.join(dir, '新增条例.md'), '# 新增条例\n\n第一条 新文件。\n');
    store.preload([dir], true);
    assert.ok(!store.index.corpus.laws.has('新增条例'));
    await new Promise((r) => setTimeout(r, VERIFY_DELAY_MS + 300));
    assert.ok(store.index.corpus.laws.has('新增条例'));
  });
});
