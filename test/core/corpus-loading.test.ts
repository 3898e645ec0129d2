import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadCorpus, loadCorpusAsync, type LoadProblem } from '../../server/src/core/corpus/index';
import { findDivision } from '../../server/src/core/citations/index';

const FIX = path.resolve(__dirname, '../../../test/fixtures/corpus-loading');
const fixture = (...p: string[]) => path.join(FIX, ...p);
const byName = (problems: readonly LoadProblem[]) => new Map(problems.map((p) => [path.basename(p.path), p]));

describe('Corpus loading', () => {
  it('loads dated versions of one law from their files, both kept', () => {
    const c = loadCorpus({ folders: [fixture('versions')], bundled: false });
    const law = c.laws.get('中华人民共和国行政复议法')!;
    assert.strictEqual(law.versions.length, 2);
    assert.deepStrictEqual(law.versions.map((v) => path.basename(v.files[0])), ['行政复议法(2017-09-01).md', '行政复议法(2023-09-01).md']);
    assert.strictEqual(c.version(law, '2020-01-01').articles.length, 3);
    assert.strictEqual(c.version(law).articles.length, 4);
    assert.match(c.article(c.version(law, '2020-01-01'), 1)!.text, /具体行政行为/);
    assert.match(c.article(c.version(law), 1)!.text, /主渠道/);
    assert.deepStrictEqual(c.stats(), { files: 2, regulations: 1, versions: 2, articles: 7 });
  });

  it('joins a law split over files (one per 编) into one regulation', () => {
    const c = loadCorpus({ folders: [fixture('parts')], bundled: false });
    assert.strictEqual(c.laws.size, 1);
    const law = c.laws.get('中华人民共和国民法典')!;
    assert.strictEqual(law.versions.length, 1);
    const v = law.versions[0];
    assert.deepStrictEqual(v.articles.map((a) => a.number), [1, 2, 1040, 1041, 1259, 1260]);
    assert.strictEqual(v.files.length, 3);
    assert.strictEqual(c.article(v, 1041)!.paragraphs.length, 2);
    assert.strictEqual(c.problems.length, 0);
  });

  it('numbers the parts of a law joined whole as its 编 (第一编 总则, 第二编 物权), 附则 aside; parts missing: names kept', () => {
    const whole = loadCorpus({ folders: [fixture('parts-whole')], bundled: false });
    const v = whole.laws.get('示范法典')!.versions[0];
    // an article's chain says 第二编 before the divisions were read
    assert.deepStrictEqual([v.articles[2].division?.parent?.label, v.articles[2].division?.parent?.heading], ['第二编', '物权']);
    assert.deepStrictEqual(v.divisions.map((d) => [d.label, d.heading]), [['第一编', '总则'], ['第二编', '物权'], ['附则', '附则']]);
    assert.strictEqual(findDivision(v.divisions, '第二编第一章')?.heading, '一般规定');
    const partial = loadCorpus({ folders: [fixture('parts')], bundled: false });
    assert.deepStrictEqual(partial.laws.get('中华人民共和国民法典')!.versions[0].divisions.map((d) => d.label), ['总则', '婚姻家庭编', '附则']);
  });

  it('counts the same law with the same date in two folders once and reports the duplicate', () => {
    const c = loadCorpus({ folders: [fixture('duplicates')], bundled: false });
    assert.deepStrictEqual(c.stats(), { files: 2, regulations: 1, versions: 1, articles: 2 });
    assert.strictEqual(c.problems.length, 1);
    assert.strictEqual(c.problems[0].kind, 'duplicate');
    assert.ok(c.problems[0].path.includes('行政法'));
  });

  it('loads GB18030 and CRLF+BOM files and reports binary, empty and article-less files with a reason', () => {
    const c = loadCorpus({ folders: [fixture('bad')], bundled: false });
    assert.ok(c.laws.has('甲市物业管理条例'), 'GB18030 decoded');
    assert.ok(c.laws.has('乙市物业管理条例'), 'BOM and CRLF');
    assert.strictEqual(c.article(c.laws.get('乙市物业管理条例')!.versions[0], 2)!.text, '第二条 本条例自2020年1月1日起施行。');
    const p = byName(c.problems);
    assert.strictEqual(p.get('binary.md')?.kind, 'binary');
    assert.strictEqual(p.get('empty.md')?.kind, 'empty');
    assert.strictEqual(p.get('README.md')?.kind, 'no-articles');
    assert.ok(['no-regulation', 'no-articles'].includes(p.get('notes.txt')!.kind));
    assert.ok(!p.has('image.png'), 'files other than .md/.txt are not corpus files');
    for (const q of c.problems) assert.ok(q.reason && q.reasonZh, 'every problem has a reason in both languages');
  });

  it('binds a translation to its original both ways', () => {
    const c = loadCorpus({ folders: [fixture('translation')], bundled: false });
    const zh = c.laws.get('示例自治区边境促进条例')!;
    const en = c.findLaw('regulations of the example autonomous region on promoting border areas')!;
    assert.ok(en);
    assert.strictEqual(c.originalOf(en), zh);
    assert.deepStrictEqual(c.translationsOf(zh), [en]);
    assert.strictEqual(c.originalOf(zh), undefined);
  });

  it('finds laws by exact, bracketed and short title and suggests near titles', () => {
    const c = loadCorpus({ folders: [FIX], bundled: false });
    assert.strictEqual(c.findLaws('中华人民共和国民法典')[0].via, 'title');
    assert.strictEqual(c.findLaws('《中华人民共和国 民法典》')[0].via, 'normalized');
    const short = c.findLaws('行政复议法');
    assert.strictEqual(short[0].law.title, '中华人民共和国行政复议法');
    assert.strictEqual(short[0].via, 'short');
    assert.strictEqual(c.findLaw('边境促进条例')?.title, '示例自治区边境促进条例', 'front matter short title');
    assert.deepStrictEqual(c.findLaws('不存在的法'), []);
    assert.strictEqual(c.nearestTitles('行政复议条例')[0], '中华人民共和国行政复议法');
    assert.ok(c.titleEntries().some((e) => e.short && e.text === '民法典'));
  });

  it('reads a short title shared with provincial laws as the national law', () => {
    const c = loadCorpus({ folders: [fixture('regional')], bundled: false });
    assert.deepStrictEqual(c.findLaws('道路运输条例').map((m) => m.law.title), ['中华人民共和国道路运输条例']);
    assert.strictEqual(c.findLaw('浙江省道路运输条例')?.title, '浙江省道路运输条例');
  });

  it('loads the same corpus asynchronously in chunks, reporting progress', async () => {
    const sync = loadCorpus({ folders: [FIX], bundled: false });
    const progress: number[] = [];
    const c = await loadCorpusAsync({ folders: [FIX], bundled: false, chunk: 2, onProgress: (done) => progress.push(done) });
    assert.deepStrictEqual(c.stats(), sync.stats());
    assert.deepStrictEqual(c.problems.map((p) => p.path).sort(), sync.problems.map((p) => p.path).sort());
    assert.ok(progress.length > 3 && progress.every((d, i) => i === 0 || d > progress[i - 1]));
  });

  it('adds a folder to a loaded corpus', () => {
    const c = loadCorpus({ folders: [fixture('versions')], bundled: false });
    c.addFolder(fixture('parts'));
    c.addFolder(fixture('versions')); // already loaded: nothing doubled
    assert.deepStrictEqual(c.stats(), { files: 5, regulations: 2, versions: 3, articles: 13 });
  });

  it('reports a missing folder instead of throwing', () => {
    const c = loadCorpus({ folders: [fixture('no-such-folder')], bundled: false });
    assert.strictEqual(c.laws.size, 0);
    assert.strictEqual(c.problems[0].kind, 'missing-folder');
  });

  describe('in a scratch folder', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-corpus-'));
      fs.cpSync(fixture('versions'), path.join(dir, 'laws'), { recursive: true });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('skips and names a symbolic link loop and a broken link, loading the rest', () => {
      fs.symlinkSync('..', path.join(dir, 'laws', 'loop'));
      fs.symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'laws', 'broken.md'));
      const c = loadCorpus({ folders: [dir], bundled: false });
      assert.strictEqual(c.stats().versions, 2);
      const p = byName(c.problems);
      assert.strictEqual(p.get('loop')?.kind, 'symlink-loop');
      assert.strictEqual(p.get('broken.md')?.kind, 'unreadable');
    });

    it('skips and names an unreadable file and folder', function () {
      if (process.getuid?.() === 0) {
        console.log('      (skipped: running as root, file modes are not enforced; the broken-link test covers unreadable entries)');
        this.skip();
      }
      fs.writeFileSync(path.join(dir, 'secret.md'), '# 某条例\n\n第一条 内容。\n');
      fs.chmodSync(path.join(dir, 'secret.md'), 0o000);
      fs.mkdirSync(path.join(dir, 'closed'));
      fs.chmodSync(path.join(dir, 'closed'), 0o000);
      try {
        const c = loadCorpus({ folders: [dir], bundled: false });
        const p = byName(c.problems);
        assert.strictEqual(p.get('secret.md')?.kind, 'unreadable');
        assert.strictEqual(p.get('closed')?.kind, 'unreadable');
        assert.strictEqual(c.stats().versions, 2);
      } finally {
        fs.chmodSync(path.join(dir, 'closed'), 0o755);
      }
    });

    it('skips a FIFO named like a corpus file instead of blocking on it', function () {
      if (process.platform === 'win32') this.skip();
      const fifo = path.join(dir, 'pipe.md');
      require('child_process').execFileSync('mkfifo', [fifo]);
      const c = loadCorpus({ folders: [dir], bundled: false });
      assert.strictEqual(byName(c.problems).get('pipe.md')?.kind, 'not-a-file');
    });

    it('re-loads and removes one file, updating laws and lookups', () => {
      const c = loadCorpus({ folders: [dir], bundled: false });
      const before = c.generation;
      const file = path.join(dir, 'laws', '行政复议法(2023-09-01).md');
      const text = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, text.replace('第三条 行政复议工作坚持中国共产党的领导。\n\n', ''));
      c.updateFile(file);
      assert.strictEqual(c.version(c.laws.get('中华人民共和国行政复议法')!).articles.length, 3);
      assert.ok(c.generation > before);
      c.updateFile(file, text.replace(/中华人民共和国行政复议法/, '中华人民共和国行政复议法（草案）'));
      assert.strictEqual(c.laws.get('中华人民共和国行政复议法')!.versions.length, 1);
      assert.strictEqual(c.findLaw('行政复议法（草案）')?.versions.length, 1);
      c.removeFile(file);
      assert.strictEqual(c.findLaw('行政复议法（草案）'), undefined);
      assert.strictEqual(c.stats().versions, 1);
      c.removeFile(path.join(dir, 'laws', '行政复议法(2017-09-01).md'));
      assert.strictEqual(c.laws.size, 0);
      assert.deepStrictEqual(c.findLaws('行政复议法'), []);
    });
  });
});

describe('Corpus loading: user folders on top of the bundled corpus', () => {
  const law = (body: string, date = '2021年1月1日') => `# 中华人民共和国示例法\n\n${date} 施行\n\n<!-- INFO END -->\n\n第一条 ${body}\n\n第二条 乙。\n`;
  let tmp: string;
  const folder = (name: string, files: Record<string, string>) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), text);
    return dir;
  };
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-on-top-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('takes a user file repeating a bundled version (same title, same date) as that version: no duplicate, one candidate', () => {
    const bundled = folder('bundled', { '示例法(2021-01-01).md': law('甲。') });
    const user = folder('user', { 'copy.md': law('甲。'), 'edited.md': law('甲（用户校订）。') });
    const c = loadCorpus({ bundledDir: bundled, folders: [user] });
    assert.deepStrictEqual(c.problems, []);
    const found = c.findLaws('示例法');
    assert.strictEqual(found.length, 1);
    assert.deepStrictEqual(found[0].law.versions.map((v) => v.files[0]), [path.join(bundled, '示例法(2021-01-01).md')]);
  });

  it('adds a user file with another date as a version, and still reports copies within user folders', () => {
    const bundled = folder('bundled', { '示例法(2021-01-01).md': law('甲。') });
    const user = folder('user', { 'a.md': law('丙。', '2024年1月1日'), 'b.md': law('丙。', '2024年1月1日') });
    const c = loadCorpus({ bundledDir: bundled, folders: [user] });
    assert.deepStrictEqual(c.laws.get('中华人民共和国示例法')!.versions.map((v) => v.effective), ['2021-01-01', '2024-01-01']);
    assert.deepStrictEqual(c.problems.map((p) => [p.kind, path.basename(p.path), path.basename(p.duplicateOf ?? '')]), [['duplicate', 'b.md', 'a.md']]);
  });

  it('reports the same repeat as a duplicate when neither folder is the bundled corpus', () => {
    const first = folder('first', { '示例法(2021-01-01).md': law('甲。') });
    const user = folder('user', { 'copy.md': law('甲。') });
    const c = loadCorpus({ bundled: false, folders: [first, user] });
    assert.deepStrictEqual(c.problems.map((p) => p.kind), ['duplicate']);
  });
});
