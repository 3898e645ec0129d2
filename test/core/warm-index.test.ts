import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findBundledCorpus, loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import { IndexedBodySource } from '../../server/src/core/corpus/fileBody';
import { buildWarmIndex, WARM_INDEX_FILE, WARM_STRUCTURES_FILE, writeWarmIndex } from '../../server/src/core/corpus/warmIndex';
import { divisionPath, type Division, type Regulation } from '../../server/src/core/model';
import { LazyArticle } from '../../server/src/core/parser/lazyArticle';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

/** Everything a corpus answers, as plain data: laws, versions with every field, divisions, articles with their bodies. */
function snapshot(c: Corpus): unknown {
  const json = (x: unknown) => JSON.parse(JSON.stringify(x));
  const division = (d: Division): unknown => ({ ...json({ ...d, parent: null, children: [] }), children: d.children.map(division) });
  const version = (v: Regulation) => {
    const { divisions, articles, ...fields } = v;
    return {
      fields: json(fields),
      divisions: divisions.map(division),
      articles: articles.map((a) => ({
        number: a.number,
        insert: a.insert,
        label: a.label,
        labelLocation: json(a.labelLocation),
        location: json(a.location),
        division: divisionPath(a.division).map((d) => d.label + d.heading),
        text: a.text,
        paragraphs: json(a.paragraphs),
      })),
    };
  };
  return {
    laws: [...c.laws.values()].map((law) => ({ title: law.title, translationOf: law.translationOf, versions: law.versions.map(version) })),
    problems: json(c.problems),
    warnings: json(c.warnings),
    stats: c.stats(),
    files: c.filePaths,
    titles: c.titleEntries().map((e) => [e.text, e.law.title, e.short]),
  };
}

/** Regulations whose articles come from the warm index (their bodies read from the file on first use). */
function fromIndex(c: Corpus): string[] {
  const out: string[] = [];
  for (const law of c.laws.values()) {
    for (const v of law.versions) if (v.articles.some((a) => a instanceof LazyArticle && a.source instanceof IndexedBodySource)) out.push(path.basename(v.files[0]));
  }
  return out;
}

describe('Warm index', () => {
  let dir: string;
  const load = (warmIndex = true) => loadCorpus({ bundled: true, bundledDir: dir, warmIndex });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-warm-'));
    // Every kind of file a corpus folder may hold: versions, parts of one law, duplicates, translations, bad files.
    for (const sub of ['corpus-loading', 'lawrefbook', 'seeds-excerpt', 'citations-corpus']) {
      fs.cpSync(path.join(FIXTURES, sub), path.join(dir, sub), { recursive: true });
    }
    const bundled = findBundledCorpus();
    if (bundled) for (const f of fs.readdirSync(bundled)) if (f.endsWith('.md')) fs.copyFileSync(path.join(bundled, f), path.join(dir, f));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads a folder exactly as parsing it does, bodies read lazily included', () => {
    const parsed = snapshot(load(false));
    writeWarmIndex(dir);
    const warm = load();
    assert.ok(fromIndex(warm).length > 20, 'regulations come from the index');
    assert.ok(!warm.laws.get('中华人民共和国刑法')!.versions[0].articles.some((a) => (a as LazyArticle).isRead), 'no body read before use');
    assert.deepStrictEqual(snapshot(warm), parsed);
  });

  it('parses everything when the index is missing, corrupt, of another format or its structures file changed', () => {
    const parsed = snapshot(load(false));
    const damage: [string, () => void][] = [
      ['missing', () => fs.rmSync(path.join(dir, WARM_INDEX_FILE))],
      ['corrupt', () => fs.writeFileSync(path.join(dir, WARM_INDEX_FILE), '{"format":1,"files":[{"pa')],
      ['other format', () => fs.writeFileSync(path.join(dir, WARM_INDEX_FILE), fs.readFileSync(path.join(dir, WARM_INDEX_FILE), 'utf8').replace('"format":1', '"format":99'))],
      ['structures truncated', () => fs.truncateSync(path.join(dir, WARM_STRUCTURES_FILE), 100)],
    ];
    for (const [what, harm] of damage) {
      writeWarmIndex(dir);
      harm();
      const c = load();
      assert.deepStrictEqual(fromIndex(c), [], what);
      assert.deepStrictEqual(snapshot(c), parsed, what);
    }
  });

  it('parses the files that changed size or are not in the index, and takes the rest from it', () => {
    writeWarmIndex(dir);
    const changed = path.join(dir, 'lawrefbook', '刑法-节选.md');
    fs.appendFileSync(changed, '\n第九百九十九条 新增的条文。\n');
    fs.writeFileSync(path.join(dir, '新增条例.md'), '# 新增条例\n\n第一条 新文件。\n');
    const c = load();
    assert.ok(!fromIndex(c).includes('刑法-节选.md'));
    assert.ok(fromIndex(c).length > 20);
    assert.match(c.article(c.version(c.laws.get('中华人民共和国刑法')!), 999)!.text, /新增的条文/);
    assert.ok(c.laws.has('新增条例'));
    assert.deepStrictEqual(snapshot(c), snapshot(load(false)));
  });

  it('reads bodies from the file as it is now when it changed without changing size', () => {
    writeWarmIndex(dir);
    const file = path.join(dir, 'lawrefbook', '刑法-节选.md');
    const text = fs.readFileSync(file, 'utf8');
    assert.ok(text.includes('保护人民'));
    fs.writeFileSync(file, text.replace(/保护人民/g, '人民保护'));
    const c = load();
    const a = c.article(c.version(c.laws.get('中华人民共和国刑法')!), 1)!;
    assert.ok(a instanceof LazyArticle && a.source instanceof IndexedBodySource);
    assert.match(a.text, /人民保护/);
    assert.doesNotMatch(a.text, /保护人民/);
    assert.match(a.rawText, /人民保护/);
  });

  it('rebuilds a regulation from the file when its stored structure is damaged', () => {
    const parsed = snapshot(load(false));
    writeWarmIndex(dir);
    const index = path.join(dir, WARM_INDEX_FILE);
    // Point every structure one byte further: each then fails to parse.
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace(/"structure":\[(\d+),/g, (_m, n) => `"structure":[${Number(n) + 1},`));
    assert.deepStrictEqual(snapshot(load()), parsed);
  });

  it('is committed up to date for the bundled corpus (run `npm run corpus:index` after changing corpus/ or the parser)', function () {
    this.timeout(180000); // parses the whole bundled corpus
    const bundled = findBundledCorpus();
    assert.ok(bundled);
    const built = buildWarmIndex(bundled);
    assert.ok(built.index.files.length > 0);
    const stale = 'corpus/ and its warm index differ: run `npm run corpus:index` and commit corpus/index.*';
    assert.strictEqual(fs.readFileSync(path.join(bundled, WARM_STRUCTURES_FILE), 'utf8'), built.structuresText, stale);
    assert.strictEqual(fs.readFileSync(path.join(bundled, WARM_INDEX_FILE), 'utf8'), built.indexText, stale);
  });
});
