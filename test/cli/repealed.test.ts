// `lawcite show` and `lawcite check` on a repealed law of the corpus name the repeal date and the successor
// (test/fixtures/repealed: 示例自治区草原管理条例 with front matter repealed: 2020-01-01, successor: 示例自治区草原保护条例;
// 个体工商户条例, repealed by 促进个体工商户发展条例第三十九条).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cliKit';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = ['--no-bundled', '--corpus', path.join(ROOT, 'test/fixtures/repealed')];

describe('lawcite show / check: repealed laws', () => {
  let dir = '';
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-repealed-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('show prints the repeal from front matter: date and successor', () => {
    const r = cli(['show', '《示例自治区草原管理条例》第三条', ...CORPUS], 'zh');
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.out, /^已废止：自2020年1月1日起；现行：《示例自治区草原保护条例》$/m, r.out);
  });

  it('show prints the repeal from final provisions, with the repealing article; --json has it under the regulation', () => {
    const r = cli(['show', '《个体工商户条例》第二条', ...CORPUS], 'zh');
    assert.match(r.out, /^已废止：自2022年11月1日起，依据《促进个体工商户发展条例》第三十九条；现行：《促进个体工商户发展条例》$/m, r.out);
    const j = JSON.parse(cli(['show', '《个体工商户条例》第二条', '--json', ...CORPUS]).out);
    assert.deepStrictEqual(j.regulation.repealed, { date: '2022-11-01', successor: '促进个体工商户发展条例', by: '促进个体工商户发展条例', article: '第三十九条' });
  });

  it('show says nothing of a law in force', () => {
    const r = cli(['show', '《促进个体工商户发展条例》第六条', ...CORPUS], 'zh');
    assert.doesNotMatch(r.out, /废止/);
    assert.strictEqual(JSON.parse(cli(['show', '《促进个体工商户发展条例》第六条', '--json', ...CORPUS]).out).regulation.repealed, undefined);
  });

  it('check warns with the date and successor, and the fix in --json; not for a draft older than the repeal', () => {
    const now = path.join(dir, 'now.md');
    fs.writeFileSync(now, '依据《示例自治区草原管理条例》第三条办理。\n');
    const j = JSON.parse(cli(['check', '--json', ...CORPUS, now]).out);
    const d = j.files[0].diagnostics.filter((x: { code: string }) => x.code === 'repealed');
    assert.strictEqual(d.length, 1, JSON.stringify(j));
    assert.match(d[0].message, /from 1 January 2020/, 'the message in English (no LANG), its date written out');
    assert.match(d[0].message, /示例自治区草原保护条例/);
    const text = cli(['check', ...CORPUS, now], 'zh');
    assert.match(text.out, /已废止，自2020年1月1日起；请改引《示例自治区草原保护条例》第五条/, text.out);
    const old = path.join(dir, 'old.md');
    fs.writeFileSync(old, '关于草原工作的通知\n\n2019年6月1日\n\n依据《示例自治区草原管理条例》第三条办理。\n');
    assert.doesNotMatch(cli(['check', ...CORPUS, old], 'zh').out, /废止/);
  });
});
