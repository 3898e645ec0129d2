import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { loadCorpus } from '../server/src/core/corpus';

const ROOT = path.resolve(__dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures/corpus-loading');

function lawcite(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/lawcite.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', LAWCITE_LANG: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI: lawcite index', () => {
  it('prints only the JSON counts on stdout with --json', () => {
    const r = lawcite(['index', '--no-bundled', '--corpus', path.join(FIX, 'versions'), '--corpus', path.join(FIX, 'parts'), '--json']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(j), ['regulations', 'articles', 'elapsedMs']);
    assert.strictEqual(j.regulations, 2);
    assert.strictEqual(j.articles, 7 + 6, 'every article of every version');
    assert.strictEqual(typeof j.elapsedMs, 'number');
    assert.strictEqual(r.out.trim().split('\n').length, 1);
  });

  it('indexes the bundled corpus by default', () => {
    const r = lawcite(['index', '--json']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    const bundled = loadCorpus().stats(); // corpus/ as the library loads it (its counts: bundled-corpus.test.ts)
    assert.ok(j.regulations >= 9);
    assert.strictEqual(j.regulations, bundled.regulations);
    assert.strictEqual(j.articles, bundled.articles);
    assert.strictEqual(r.err, '', 'the bundled corpus loads without a problem');
  });

  it('names bad files with the reason on stderr and still loads the rest', () => {
    const r = lawcite(['index', '--no-bundled', '--corpus', path.join(FIX, 'bad')]);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /^Indexed 2 regulations \(2 versions from 2 files\), 4 articles in \d+ ms; 4 problem\(s\) on stderr\n$/);
    assert.match(r.err, /binary\.md: binary file/);
    assert.match(r.err, /empty\.md: empty file/);
    assert.match(r.err, /README\.md: skipped 《本目录说明》: no articles/);
    assert.match(r.err, /notes\.txt: /);
  });

  it('summarises in Chinese under a Chinese locale', () => {
    const r = lawcite(['index', '--no-bundled', '--corpus', path.join(FIX, 'duplicates')], { LANG: 'zh_CN.UTF-8' });
    assert.match(r.out, /^已索引 1 部法规（1 个版本，来自 2 个文件），共 2 条/);
    assert.match(r.err, /重复/);
  });

  it('exits 2 naming a --corpus folder that does not exist', () => {
    const r = lawcite(['index', '--corpus', path.join(FIX, 'nope')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /corpus folder does not exist: .*nope/);
    assert.strictEqual(r.out, '');
  });

  it('exits 2 with usage on an unknown flag or a missing value', () => {
    for (const args of [['index', '--bogus'], ['index', '--corpus'], ['frobnicate'], []]) {
      const r = lawcite(args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, /Usage|usage/);
    }
  });
});

describe('CLI: lawcite show', () => {
  it('shows a bundled national law with its kind (效力级别), in the text and in --json', () => {
    const zh = lawcite(['show', '《刑法》第二十条'], { LAWCITE_LANG: 'zh' });
    assert.strictEqual(zh.code, 0, zh.err);
    assert.match(zh.out, /^《中华人民共和国刑法》第二十条\n法律；1979年7月1日通过，1997年10月1日起施行\n第一编 总则 › 第二章 犯罪 › 第一节 犯罪和刑事责任\n/);
    assert.match(zh.out, /第二十条 为了使国家、公共利益/);
    assert.strictEqual(zh.err, '', 'no warning about the bundled texts without --verbose');
    const j = JSON.parse(lawcite(['show', '《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》第三百八十九条', '--json']).out);
    assert.strictEqual(j.regulation.kind, 'judicial-interpretation');
  });

  it('prints the article with title, dates, chapter and the cited 款 marked', () => {
    const r = lawcite(['show', '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六条第二款']);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六条第二款/);
    assert.match(r.out, /\nlocal regulation; adopted 31 July 2023, in force from 1 September 2023\n/);
    assert.match(r.out, /第一章 总则/);
    assert.match(r.out, /▶ 监察委员会、人民法院、人民检察院应当按照各自职责/);
  });

  it('accepts a short title with Arabic numerals and an English citation', () => {
    const zh = lawcite(['show', '筑牢祖国北疆安全稳定屏障促进条例 第64条']);
    assert.strictEqual(zh.code, 0, zh.err);
    assert.match(zh.out, /第六十四条 沿边的旗县级以上人民政府/);
    const en = lawcite(['show', 'Article 6 of the Regulations of the Inner Mongolia Autonomous Region on Promoting the Establishment of a Barrier for Security and Stability in the Northern Territory of the Motherland']);
    assert.strictEqual(en.code, 0, en.err);
    assert.match(en.out, /Article 6 People's governments at all levels/);
    assert.match(en.out, /Original:[\s\S]*第六条 各级人民政府/);
  });

  it('reads an abbreviation of a 司法解释 and prints its title with 〈〉 inside 《》', () => {
    const r = lawcite(['show', '《民诉法解释》第三条', '--no-bundled', '--corpus', path.join(ROOT, 'test/fixtures/national-titles')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三条/);
  });

  it('uses the version in force on --date', () => {
    const args = ['show', '《行政复议法》第一条', '--no-bundled', '--corpus', path.join(FIX, 'versions')];
    assert.match(lawcite(args).out, /主渠道/);
    assert.match(lawcite([...args, '--date', '2020-01-01']).out, /具体行政行为/);
    const missing = lawcite(['show', '《行政复议法》第四条', '--no-bundled', '--corpus', path.join(FIX, 'versions'), '--date', '2020-01-01']);
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err, /has no such article \(3 articles\)[\s\S]*other versions have it: 2024-01-01/);
  });

  it('exits 1 with the nearest titles or articles when not found', () => {
    const t = lawcite(['show', '《内蒙古自治区全方位建设模范自治区条例》第一条']);
    assert.strictEqual(t.code, 1);
    assert.match(t.err, /regulation not found[\s\S]*内蒙古自治区全方位建设模范自治区促进条例/);
    const a = lawcite(['show', '《内蒙古自治区全方位建设模范自治区促进条例》第九十九条']);
    assert.strictEqual(a.code, 1);
    assert.match(a.err, /66 articles\); nearest: .*第六十六条/);
    assert.strictEqual(a.out, '');
  });

  it('exits 1 past the end of a text its source cut short, saying the text is incomplete, with no nearest articles', () => {
    const r = lawcite(['show', '《截断示例条例》第十二条', '--no-bundled', '--corpus', path.join(ROOT, 'test/fixtures/cut-short')]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /incomplete \(it stops at Article 4\), so Article 12 cannot be checked/);
    assert.doesNotMatch(r.err, /nearest/);
  });

  it('exits 2 without a citation or without a regulation in it', () => {
    const r = lawcite(['show']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /missing citation/);
    const t = lawcite(['show', '第六条']);
    assert.strictEqual(t.code, 2);
    assert.match(t.err, /names no regulation[\s\S]*Usage/);
  });

  it('prints every show example of the README (each cited provision exists)', () => {
    const readme = require('fs').readFileSync(path.join(ROOT, 'README.md'), 'utf8') as string;
    const examples = [...readme.matchAll(/lawcite show "([^"]+)"/g)].map((m) => m[1]);
    assert.ok(examples.length > 0, 'the README shows lawcite show');
    for (const citation of examples) {
      const r = lawcite(['show', citation]);
      assert.strictEqual(r.code, 0, `${citation}: ${r.err}`);
    }
  });

  it('prints JSON with --json', () => {
    const r = lawcite(['show', '《新疆维吾尔自治区实施〈中华人民共和国国家安全法〉办法》第一条', '--json']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.strictEqual(j.status, 'found');
    assert.strictEqual(j.regulation.title, '新疆维吾尔自治区实施《中华人民共和国国家安全法》办法');
    assert.strictEqual(j.article.number, 1);
  });
});

describe('CLI: help, version, closed pipe', () => {
  it('prints help and version', () => {
    const h = lawcite(['--help']);
    assert.strictEqual(h.code, 0);
    assert.match(h.out, /lawcite index/);
    assert.match(h.out, /lawcite show/);
    const v = lawcite(['--version']);
    assert.strictEqual(v.code, 0);
    assert.strictEqual(v.out.trim(), require(path.join(ROOT, 'package.json')).version);
  });

  it('ends quietly when stdout is closed early (| head)', function (done) {
    if (process.platform === 'win32') this.skip();
    const { spawn } = require('child_process') as typeof import('child_process');
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/lawcite.js'), 'show', '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第六条'], { cwd: ROOT });
    child.stdout.destroy(); // the reader goes away before the first write: every write gets EPIPE
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      try {
        assert.strictEqual(err, '');
        assert.strictEqual(code, 0);
        done();
      } catch (e) {
        done(e);
      }
    });
  });
});
