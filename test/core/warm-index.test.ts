import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { findBundledCorpus, loadCorpus } from '../../server/src/core/corpus/index';
import { Corpus } from '../../server/src/core/corpus/corpus';
import { walkCorpusFolder } from '../../server/src/core/corpus/walk';
import { IndexedBodySource } from '../../server/src/core/corpus/fileBody';
import { buildWarmIndex, checkListing, WARM_INDEX_FILE, WARM_INDEX_FORMAT, WARM_STRUCTURES_FILE, warmListing, writeWarmIndex } from '../../server/src/core/corpus/warmIndex';
import { divisionPath, type Division, type Regulation } from '../../server/src/core/model';
import { LazyArticle } from '../../server/src/core/parser/lazyArticle';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

/** Everything a corpus answers, as plain data: laws, versions with every field, divisions, articles with their bodies. */
function snapshot(c: Corpus): unknown {
  const json = (x: unknown) => JSON.parse(JSON.stringify(x));
  const division = (d: Division): unknown => ({ ...json({ ...d, parent: null, children: [] }), children: d.children.map(division) });
  const version = (v: Regulation) => {
    // (a regulation from the index has its notes, divisions and articles as accessors: named, not spread)
    const { divisions, articles, notes, plainText, ...fields } = v;
    return {
      fields: json({ ...fields, notes, ...(plainText ? { plainText } : {}) }),
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

  it('stores a text without articles with its plain text, read only when asked', () => {
    const file = path.join(dir, '中华人民共和国某某法修正案（二）.md');
    fs.writeFileSync(file, '---\ntitle: 中华人民共和国某某法修正案（二）\nkind: law\nlang: zh\n---\n# 中华人民共和国某某法修正案（二）\n\n<!-- INFO END -->\n\n将某某法第十条修改为：“……。”\n\n本修正案自公布之日起施行。\n');
    const parsed = load(false).findLaw('某某法修正案（二）')!;
    writeWarmIndex(dir);
    const warm = load();
    const v = warm.findLaw('某某法修正案（二）')!.versions[0];
    assert.deepStrictEqual([v.articles.length, v.plainText], [0, ['将某某法第十条修改为：“……。”', '本修正案自公布之日起施行。']]);
    assert.deepStrictEqual(v.plainText, parsed.versions[0].plainText);
    assert.ok(!Object.prototype.hasOwnProperty.call(v, 'plainText'), 'from the index, not parsed');
    assert.strictEqual(warm.findLaw('刑法')!.versions[0].plainText, undefined, 'a text with articles has none');
  });

  it('parses everything when the index is missing, corrupt, of another format or its structures file changed', () => {
    const parsed = snapshot(load(false));
    const damage: [string, () => void][] = [
      ['missing', () => fs.rmSync(path.join(dir, WARM_INDEX_FILE))],
      ['corrupt', () => fs.writeFileSync(path.join(dir, WARM_INDEX_FILE), `{"format":${WARM_INDEX_FORMAT},"files":[["pa`)],
      ['format 1 (before rows)', () => fs.writeFileSync(path.join(dir, WARM_INDEX_FILE), '{"format":1,"structuresSize":0,"files":[]}')],
      ['other format', () => fs.writeFileSync(path.join(dir, WARM_INDEX_FILE), fs.readFileSync(path.join(dir, WARM_INDEX_FILE), 'utf8').replace(/"format":\d+/, '"format":99'))],
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

  it('lists the folder without reading it: every file in walk order, the same corpus as a walk and a parse', () => {
    fs.writeFileSync(path.join(dir, '空文件.md'), '');
    const parsed = snapshot(load(false));
    writeWarmIndex(dir);
    const listing = warmListing(dir)!;
    assert.ok(listing);
    assert.deepStrictEqual(listing.files, walkCorpusFolder(dir).files);
    assert.deepStrictEqual(listing.outcomes.get(path.join(dir, '空文件.md'))?.problems.map((p) => p.kind), ['empty'], 'its problem is stored');
    const c = new Corpus();
    c.markBundled(dir);
    c.addFiles(listing.files, true, listing.outcomes);
    assert.ok(fromIndex(c).length > 20);
    assert.deepStrictEqual(snapshot(c), parsed);
    assert.ok(c.problems.some((p) => p.kind === 'empty' && p.path.endsWith('空文件.md')));
  });

  it('gives no listing for a missing, corrupt or other-format index, or a row whose path leads elsewhere', () => {
    writeWarmIndex(dir);
    const index = path.join(dir, WARM_INDEX_FILE);
    const good = fs.readFileSync(index, 'utf8');
    const bad: [string, string][] = [
      ['corrupt', good.slice(0, good.length >> 1)],
      ['other format', good.replace(/"format":\d+/, '"format":99')],
      ['path out of the folder', good.replace(/\n\["[^"]+"/, '\n["../elsewhere.md"')],
      ['absolute path', good.replace(/\n\["[^"]+"/, '\n["/etc/passwd"')],
      ['no title field', good.replace('"fields":["title"', '"fields":["name"')],
      ['a row that is not JSON', good.replace(/\n\["lawrefbook\/刑法-节选.md"[^\n]*/, '\n["lawrefbook/刑法-节选.md",12,')],
      ['laid out as one line, damaged', good.replace(/\n/g, '').slice(0, -10)],
    ];
    for (const [what, text] of bad) {
      fs.writeFileSync(index, text);
      assert.strictEqual(warmListing(dir), null, what);
    }
    fs.rmSync(index);
    assert.strictEqual(warmListing(dir), null, 'missing');
  });

  it('parses a file listed only or whose row is damaged, and takes the others from the listing', () => {
    const parsed = snapshot(load(false));
    const harms: [string, (row: string) => string][] = [
      ['a regulation row without its signature', (row) => row.replace(/,"[0-9a-f]{32}",(\d+),(\d+)\]\]/, ',$1,$2]]')],
      ['listed only (regulations null)', (row) => JSON.stringify([...JSON.parse(row.replace(/,$/, '')).slice(0, 3), null, [], []]) + ','],
    ];
    for (const [what, harm] of harms) {
      writeWarmIndex(dir);
      const index = path.join(dir, WARM_INDEX_FILE);
      const lines = fs.readFileSync(index, 'utf8').split('\n');
      const at = lines.findIndex((l) => l.startsWith('["lawrefbook/刑法-节选.md"'));
      assert.ok(at > 0);
      const before = lines[at];
      lines[at] = harm(lines[at]);
      assert.notStrictEqual(lines[at], before, what);
      fs.writeFileSync(index, lines.join('\n'));
      const listing = warmListing(dir)!;
      const file = path.join(dir, 'lawrefbook', '刑法-节选.md');
      assert.ok(listing.files.includes(file) && !listing.outcomes.has(file), what);
      assert.ok(listing.outcomes.size > 20, what);
      const c = new Corpus();
      c.markBundled(dir);
      c.addFiles(listing.files, true, listing.outcomes);
      assert.deepStrictEqual(snapshot(c), parsed, what);
    }
  });

  it('reads an index laid out on one line as well, and takes a file whose row line is damaged from its file', () => {
    const parsed = snapshot(load(false));
    writeWarmIndex(dir);
    const index = path.join(dir, WARM_INDEX_FILE);
    const good = fs.readFileSync(index, 'utf8');
    fs.writeFileSync(index, JSON.stringify(JSON.parse(good)));
    assert.ok(warmListing(dir)!.outcomes.size > 20, 'one line');
    assert.deepStrictEqual(snapshot(load()), parsed);
    fs.writeFileSync(index, good.replace(/\n\["lawrefbook\/刑法-节选.md"[^\n]*/, '\n["lawrefbook/刑法-节选.md",12,'));
    const c = load();
    assert.ok(!fromIndex(c).includes('刑法-节选.md') && fromIndex(c).length > 20);
    assert.deepStrictEqual(snapshot(c), parsed);
  });

  describe('law table', () => {
    const index = () => path.join(dir, WARM_INDEX_FILE);
    /** The law table's line of a title. */
    const lawLine = (text: string, title: string) => text.split('\n').find((l) => l.startsWith(`[${JSON.stringify(title)},`))!;
    /** A law in two parts (files with disjoint articles, no date): joined into one version. */
    const addParts = () => {
      fs.mkdirSync(path.join(dir, 'parts'));
      fs.writeFileSync(path.join(dir, 'parts', '分编条例-上.md'), '# 分编条例\n\n第一条 上编第一条。\n\n第二条 上编第二条。\n');
      fs.writeFileSync(path.join(dir, 'parts', '分编条例-下.md'), '# 分编条例\n\n第三条 下编第三条。\n\n第四条 下编第四条。\n');
    };

    it('stores each law as the load grouped it (versions, parts joined) and leaves out a law with a duplicate', () => {
      addParts();
      const { index: built } = writeWarmIndex(dir);
      const rows = built.files.map((f) => f[0]);
      const table = new Map(built.laws.map((l) => [l[0], l]));
      const files = (title: string) => table.get(title)![1].map((v) => (Array.isArray(v) ? v : [v]).map((r) => rows[r]));
      assert.deepStrictEqual(files('示例自治区测试条例'), [['citations-corpus/示例自治区测试条例-2020.md'], ['citations-corpus/示例自治区测试条例-2024.md']]);
      assert.deepStrictEqual(files('分编条例'), [['parts/分编条例-上.md', 'parts/分编条例-下.md']]);
      assert.ok(!table.has('中华人民共和国广告法'), 'a duplicate version: grouped when loaded, with its problem');
      assert.strictEqual(table.get('中华人民共和国行政复议法')![2], 0, 'a normalised title equal to the title is not repeated');
      assert.deepStrictEqual(table.get('中华人民共和国行政复议法')![3], ['行政复议法']);
    });

    it('is what a load takes: a key written into it is a key of the corpus loaded', () => {
      writeWarmIndex(dir);
      const text = fs.readFileSync(index(), 'utf8');
      const line = lawLine(text, '示例自治区测试条例');
      fs.writeFileSync(index(), text.replace(line, line.replace(/,0,\[/, ',"表中的键",[')));
      assert.strictEqual(load().findLaw('表中的键')?.title, '示例自治区测试条例');
      const listing = warmListing(dir)!;
      assert.deepStrictEqual(listing.laws.get('示例自治区测试条例')?.norm, '表中的键');
      const c = new Corpus();
      c.addFiles(listing.files, true, listing.outcomes, listing.laws);
      assert.strictEqual(c.findLaw('表中的键')?.title, '示例自治区测试条例');
    });

    it('loads the same corpus as a parse, with a law in parts, a version added on top or a file changed', () => {
      addParts();
      writeWarmIndex(dir);
      const warm = load();
      assert.deepStrictEqual(snapshot(warm), snapshot(load(false)));
      assert.deepStrictEqual(warm.laws.get('分编条例')!.versions[0].articles.map((a) => a.text), ['第一条 上编第一条。', '第二条 上编第二条。', '第三条 下编第三条。', '第四条 下编第四条。']);
      // A new version in the folder, and one part changed: those laws are grouped anew.
      fs.writeFileSync(path.join(dir, 'citations-corpus', '示例自治区测试条例-2026.md'), fs.readFileSync(path.join(dir, 'citations-corpus', '示例自治区测试条例-2024.md'), 'utf8').replace(/2024/g, '2026'));
      fs.appendFileSync(path.join(dir, 'parts', '分编条例-下.md'), '\n第五条 下编新增的第五条。\n');
      const changed = load();
      assert.strictEqual(changed.laws.get('示例自治区测试条例')!.versions.length, 3);
      assert.strictEqual(changed.laws.get('分编条例')!.versions[0].articles.length, 5);
      assert.deepStrictEqual(snapshot(changed), snapshot(load(false)));
      // A user folder on top with another version of a stored law.
      const user = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-user-'));
      try {
        fs.writeFileSync(path.join(user, '示例自治区测试条例-2030.md'), fs.readFileSync(path.join(dir, 'citations-corpus', '示例自治区测试条例-2024.md'), 'utf8').replace(/2024/g, '2030'));
        const onTop = loadCorpus({ bundled: true, bundledDir: dir, folders: [user] });
        assert.strictEqual(onTop.laws.get('示例自治区测试条例')!.versions.length, 4);
        assert.deepStrictEqual(snapshot(onTop), snapshot(loadCorpus({ bundled: true, bundledDir: dir, folders: [user], warmIndex: false })));
      } finally {
        fs.rmSync(user, { recursive: true, force: true });
      }
    });

    it('groups as without a table when the table is damaged or names other files', () => {
      addParts();
      const parsed = snapshot(load(false));
      writeWarmIndex(dir);
      const good = fs.readFileSync(index(), 'utf8');
      const law = lawLine(good, '示例自治区测试条例');
      const parts = lawLine(good, '分编条例');
      const other = lawLine(good, '中华人民共和国行政复议法');
      const [, a, b] = /,\[(\d+),(\d+)\],/.exec(law)!;
      const harms: [string, string][] = [
        ['not JSON', good.replace(law, law.slice(0, 20))],
        ['a row out of range', good.replace(law, law.replace(`[${a},${b}]`, `[${a},99999]`))],
        ['versions in another order', good.replace(law, law.replace(`[${a},${b}]`, `[${b},${a}]`))],
        ['one version missing', good.replace(law, law.replace(`[${a},${b}]`, `[${a}]`))],
        ['another law\'s files', good.replace(law, law.replace(/,\[\d+,\d+\],/, /,(\[\d+,\d+\]),/.exec(other)![0]))],
        ['a part missing', good.replace(parts, parts.replace(/\[\[(\d+),(\d+)\]\]/, '[[$1]]'))],
        ['a part twice', good.replace(parts, parts.replace(/\[\[(\d+),(\d+)\]\]/, '[[$1,$1]]'))],
        ['no versions', good.replace(law, law.replace(`[${a},${b}]`, '[]'))],
        ['not an array', good.replace(/\n\],"laws":\[\n[^]*\]\}\n$/, '\n],"laws":[\n{"a":1}\n]}\n')],
        ['no table', good.replace(/\n\],"laws":\[\n[^]*\]\}\n$/, '\n],"laws":[\n]}\n')],
      ];
      for (const [what, text] of harms) {
        assert.notStrictEqual(text, good, what);
        fs.writeFileSync(index(), text);
        const c = load();
        assert.ok(fromIndex(c).length > 20, what);
        assert.deepStrictEqual(snapshot(c), parsed, what);
        const listing = warmListing(dir)!;
        assert.ok(listing && listing.outcomes.size > 20, what);
        const listed = new Corpus();
        listed.addFiles(listing.files, true, listing.outcomes, listing.laws);
        assert.deepStrictEqual(snapshot(listed), parsed, what);
      }
    });
  });

  it('tells how the folder differs from a listing: files added, removed, of another size', () => {
    writeWarmIndex(dir);
    const listing = warmListing(dir)!;
    const changed = path.join(dir, 'lawrefbook', '刑法-节选.md');
    const removed = path.join(dir, 'lawrefbook', '重庆防护林条例(2019-05-31).md');
    const added = path.join(dir, '新增条例.md');
    const sameSize = path.join(dir, 'lawrefbook', '反补贴行政案件规定(2002-11-21).md');
    assert.ok(fs.existsSync(removed) && fs.existsSync(sameSize));
    fs.appendFileSync(changed, '\n第九百九十九条 新增的条文。\n');
    fs.rmSync(removed);
    fs.writeFileSync(added, '# 新增条例\n\n第一条 新文件。\n');
    fs.writeFileSync(sameSize, fs.readFileSync(sameSize)); // rewritten, same bytes
    const diff = checkListing(dir, listing);
    assert.deepStrictEqual(diff.added, [added]);
    assert.deepStrictEqual(diff.removed, [removed]);
    assert.deepStrictEqual(diff.changed, [changed]);
    assert.deepStrictEqual(diff.walked.files, walkCorpusFolder(dir).files);
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
