import * as assert from 'assert';
import * as path from 'path';
import { cli as runCli } from './cliKit';
import { diffTokens, formatDiff, wordDiff } from '../../server/src/core/diff';

const VERSIONS = path.resolve(__dirname, '../../../test/fixtures/versions');

function cli(args: string[], lang: 'zh' | 'en' = 'en'): { code: number; out: string; err: string } {
  return runCli([...args, '--no-bundled', '--corpus', VERSIONS], lang);
}

describe('lawcite compare', function () {
  this.timeout(20000);

  it('--json gives exactly the contract: an article renumbered by the 2023 revision', () => {
    const r = cli(['compare', '《中华人民共和国公司法（2018年修正）》第十六条', '--json']);
    assert.strictEqual(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(j), ['regulation', 'from', 'to', 'similarity', 'status']);
    assert.deepStrictEqual(Object.keys(j.from), ['version', 'article', 'articleInsert', 'text']);
    assert.deepStrictEqual([j.regulation, j.from.version, j.from.article, j.to.version, j.to.article, j.status], ['中华人民共和国公司法', '2018-10-26', 16, '2023-12-29', 15, 'moved']);
    assert.match(j.to.text, /^第十五条 公司向其他企业投资或者为他人提供担保/);
    assert.ok(j.similarity > 0.9 && j.similarity < 1);
  });

  it('--from picks the version in force at that date; --to the one in force at its date', () => {
    const j = JSON.parse(cli(['compare', '《公司法》第十六条', '--from', '2024-06-30', '--json']).out);
    assert.deepStrictEqual([j.from.version, j.to.version, j.to.article], ['2018-10-26', '2023-12-29', 15]);
    const same = JSON.parse(cli(['compare', '《公司法》第十六条', '--from', '2020-01-01', '--to', '2021-01-01', '--json']).out);
    assert.deepStrictEqual([same.to.version, same.to.article, same.status, same.similarity], ['2018-10-26', 16, 'same', 1]);
  });

  it('a deleted article: status removed, to.article null', () => {
    const j = JSON.parse(cli(['compare', '《公司法》第二十三条', '--from', '2019-01-01', '--json']).out);
    assert.deepStrictEqual([j.status, j.to.version, j.to.article, j.to.text, j.similarity], ['removed', '2023-12-29', null, null, 0]);
  });

  it('prints both numbers, why, and a word-level diff', () => {
    const r = cli(['compare', '《公司法》第十六条', '--from', '2020-01-01'], 'zh');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /第十六条（2018-10-26） → 第十五条（2023-12-29）：条号已变，相似度 0\.94/);
    assert.match(r.out, /\[-依-\]\{\+按\+\}照公司章程的规定/);
  });

  it('--all writes a 新旧对照表 in Markdown: every article of both versions once', () => {
    const r = cli(['compare', '《公司法》', '--all', '--from', '2020-01-01'], 'zh');
    assert.strictEqual(r.code, 0, r.err);
    const lines = r.out.split('\n');
    assert.strictEqual(lines[0], '# 《中华人民共和国公司法》新旧对照表');
    assert.strictEqual(lines[2], '| 2018-10-26 | 2023-12-29 | 变化 |');
    const rows = lines.slice(4);
    assert.strictEqual(rows.filter((l) => /^\| 第[^|]*条 /.test(l)).length, 218, 'each 2018 article in the old column');
    assert.strictEqual(rows.filter((l) => /^\| [^|]*\| 第[^|]*条 /.test(l)).length, 266, 'each 2023 article in the new column');
    assert.ok(rows.some((l) => /^\| 第十六条 [^|]*\| 第十五条 [^|]*\| 条号变化 \|$/.test(l)));
    assert.ok(rows.some((l) => /^\| 第二十三条 [^|]*\|  \| 删除 \|$/.test(l)));
    assert.ok(rows.some((l) => /^\|  \| 第二十五条 [^|]*\| 由第二十二条拆分 \|$/.test(l)));
    assert.strictEqual(cli(['compare', '《公司法》', '--all', '--json']).code, 2);
  });

  it('exit codes: 1 for an article the version lacks or an unknown law, 2 for bad usage', () => {
    const missing = cli(['compare', '《公司法》第二百六十六条', '--from', '2020-01-01']);
    assert.strictEqual(missing.code, 1);
    assert.match(missing.err, /has no such article[\s\S]*other versions have it: 2023-12-29/);
    assert.strictEqual(cli(['compare', '《不存在的法》第一条']).code, 1);
    assert.strictEqual(cli(['compare', '《公司法》']).code, 2);
    assert.strictEqual(cli(['compare', '《公司法》第一条', '--from', '2020']).code, 2);
    assert.strictEqual(cli(['compare']).code, 2);
  });
});

describe('lawcite show: which version and why', () => {
  it('names the version, its span and the reason', () => {
    const named = cli(['show', '《中华人民共和国公司法（2018年修正）》第十六条']);
    assert.match(named.out, /Version of 26 October 2018 \(one of 2; in force 26 October 2018 to 30 June 2024\): the version the citation names/);
    const dated = cli(['show', '《公司法》第十六条', '--date', '2024-03-01', '--json']);
    assert.deepStrictEqual(JSON.parse(dated.out).regulation.version, { text: '2018-10-26', effective: '2018-10-26', until: '2024-07-01', reason: 'document-date', documentDate: '2024-03-01' });
    assert.match(cli(['show', '《公司法》第十五条'], 'zh').out, /2023年12月29日版本（共2个版本；2024年7月1日起施行，现行有效）：未给出日期，用现行版本/);
  });
});

describe('word diff', () => {
  it('splits Han characters one by one and keeps Latin/digit runs whole', () => {
    assert.deepStrictEqual(diffTokens('自2024年7月起 ab'), ['自', '2024', '年', '7', '月', '起 ', 'ab']);
  });
  it('marks removed and added words, removed first', () => {
    assert.strictEqual(formatDiff(wordDiff('必须经股东会或者股东大会决议', '应当经股东会决议')), '[-必须-]{+应当+}经股东会[-或者股东大会-]决议');
    assert.strictEqual(formatDiff(wordDiff('同', '同')), '同');
    assert.strictEqual(formatDiff(wordDiff('', '新增')), '{+新增+}');
  });
});
