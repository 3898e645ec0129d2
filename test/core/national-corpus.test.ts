import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeDocument } from '../../server/src/core/citations/index';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus';
import { walkCorpusFolder } from '../../server/src/core/corpus/walk';
import { importNational } from '../../scripts/import-national';
import { REPO_ROOT, SHARED } from './parserTestKit';

const NATIONAL = path.join(REPO_ROOT, 'corpus', 'national');
const LAWREFBOOK = path.join(SHARED, 'bench', 'lawrefbook');

describe('bundled national corpus (corpus/national)', () => {
  let corpus: Corpus;
  before(() => {
    corpus = loadCorpus();
  });

  it('holds 1,500 LawRefBook files, each under a front matter with its kind and source, listed in provenance.json', () => {
    const files = walkCorpusFolder(NATIONAL).files;
    const prov = JSON.parse(fs.readFileSync(path.join(NATIONAL, 'provenance.json'), 'utf8'));
    assert.strictEqual(files.length, 1500);
    assert.strictEqual(prov.imported, files.length);
    assert.deepStrictEqual([prov.fixes.length, prov.skipped.length], [33, 12]);
    for (const f of files) {
      const head = fs.readFileSync(f, 'utf8').slice(0, 2000);
      const rel = path.relative(NATIONAL, f).split(path.sep).join('/');
      assert.match(head, /^---\ntitle: .+\nkind: [a-z-]+\n/, rel);
      assert.ok(head.includes(`LawRefBook/Laws/${rel}`), rel);
    }
  });

  it('loads without a problem: seeds and national laws, every version kept', () => {
    assert.deepStrictEqual(corpus.problems, []);
    assert.deepStrictEqual(corpus.stats(), { files: 1509, regulations: 1425, versions: 1502, articles: 65581 });
    assert.deepStrictEqual(corpus.findLaw('行政复议法')!.versions.map((v) => path.basename(v.files[0])), ['行政复议法(2017-09-01).md', '行政复议法(2023-09-01).md']);
  });

  it('answers the citations of issue 11 with no flags: 《刑法》第二十条, 《民法典》第一千二百六十条, 刑诉法解释第三百八十九条', () => {
    const found = (title: string, n: number) => {
      const law = corpus.findLaw(title);
      assert.ok(law, title);
      const a = corpus.article(corpus.version(law!), n);
      assert.ok(a, `${title} ${n}`);
      return { law: law!, text: a!.text };
    };
    const xingfa = found('刑法', 20);
    assert.strictEqual(xingfa.law.title, '中华人民共和国刑法');
    assert.match(xingfa.text, /^第二十条 为了使国家、公共利益、本人或者他人的人身、财产和其他权利免受正在进行的不法侵害/);
    assert.match(found('民法典', 1260).text, /^第一千二百六十条 本法自2021年1月1日起施行/);
    const jieshi = found('最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释', 389);
    assert.strictEqual(corpus.version(jieshi.law).kind, 'judicial-interpretation');
  });

  it('cites the 刑法修正案 by their items as articles, as judgments do; a one-provision amendment has none', () => {
    const a = analyzeDocument('依照《中华人民共和国刑法修正案（十一）》第一条、《刑法修正案(九)》第四十四条、刑法修正案（八）第二十二条和《刑法修正案（十）》第一条', corpus);
    assert.deepStrictEqual(a.citations.map((c) => [c.status, c.targets[0]?.regulation ?? null, c.targets[0]?.article ?? null]), [
      ['resolved', '中华人民共和国刑法修正案（十一）', 1],
      ['resolved', '中华人民共和国刑法修正案（九）', 44],
      ['resolved', '中华人民共和国刑法修正案（八）', 22],
      ['unknown-article', '中华人民共和国刑法修正案（十）', 1],
    ]);
    const item = corpus.article(corpus.version(corpus.findLaw('刑法修正案（十一）')!), 1)!;
    assert.match(item.text, /^一、将刑法第十七条修改为/);
    assert.strictEqual(corpus.version(corpus.findLaw('刑法修正案（十一）')!).kind, 'law');
  });

  it('resolves national laws a draft cites, with their kinds', () => {
    const a = analyzeDocument('依照《中华人民共和国国家安全法》第十一条、《草原防火条例》第十八条和《中华人民共和国数据安全法》第二十七条', corpus);
    assert.deepStrictEqual(a.citations.map((c) => [c.status, c.targets[0]?.regulation]), [
      ['resolved', '中华人民共和国国家安全法'],
      ['resolved', '草原防火条例'],
      ['resolved', '中华人民共和国数据安全法'],
    ]);
    assert.deepStrictEqual(
      ['中华人民共和国国家安全法', '草原防火条例', '中华人民共和国宪法'].map((t) => corpus.version(corpus.laws.get(t)!).kind),
      ['law', 'administrative-regulation', 'constitution'],
    );
  });

  it('is what npm run corpus:import makes from ../shared/bench/lawrefbook, byte for byte', function () {
    if (!fs.existsSync(LAWREFBOOK)) {
      console.log(`    (skipped: ${LAWREFBOOK} not found)`);
      this.skip();
    }
    this.timeout(60000);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-national-full-'));
    try {
      const out = path.join(tmp, 'national');
      importNational(LAWREFBOOK, out);
      const committed = walkCorpusFolder(NATIONAL).files.map((f) => path.relative(NATIONAL, f));
      assert.deepStrictEqual(walkCorpusFolder(out).files.map((f) => path.relative(out, f)), committed);
      for (const f of [...committed, 'provenance.json']) {
        assert.ok(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(NATIONAL, f))), `${f} differs: run npm run corpus:import`);
      }
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
