// lawcite cites: the list of cited provisions as Markdown (default), JSON (the contract) and CSV; usage errors.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cliKit';

const ROOT = path.resolve(__dirname, '../../..');
const QUOTATIONS = path.join(ROOT, 'test', 'fixtures', 'quotations', '示例许可管理办法.md');
const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const ZT = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const P = '《示例许可管理办法》';

let dir = '';
function write(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

describe('lawcite cites', () => {
  let draft = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-cites-'));
    draft = write(
      '条例草案.md',
      [
        '# 示例市许可条例（草案）',
        '',
        '2024年3月1日',
        '',
        `第一条 根据《中华人民共和国公司法》第十六条、${P}第三条第（一）项，制定本条例。`,
        `第二条 依照${Z}第六条第二款执行。`,
        `第三条 ${Z}第六条第二款另有规定的，从其规定。`,
        '',
      ].join('\n'),
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints exactly the JSON contract: regulations by 效力级别, each cited provision with its text and mentions', () => {
    const r = cli(['cites', '--json', '--corpus', QUOTATIONS, draft]);
    assert.strictEqual(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(json), ['regulations']);
    assert.deepStrictEqual(json.regulations.map((x: { title: string; level: string }) => [x.title, x.level]), [
      ['中华人民共和国公司法', 'law'],
      [ZT, 'local-regulation'],
      ['示例许可管理办法', 'local-government-rule'],
    ]);
    for (const reg of json.regulations) {
      assert.deepStrictEqual(Object.keys(reg), ['title', 'level', 'version', 'articles']);
      for (const a of reg.articles) {
        assert.deepStrictEqual(Object.keys(a), ['article', 'articleInsert', 'paragraph', 'item', 'text', 'mentions']);
        for (const m of a.mentions) assert.deepStrictEqual(Object.keys(m), ['file', 'range']);
      }
    }
    const company = json.regulations[0];
    assert.strictEqual(company.version, '2018-10-26', 'the version in force at the draft’s date 2024-03-01 (the 2023 text took effect on 2024-07-01)');
    assert.deepStrictEqual(company.articles.map((a: { article: number }) => a.article), [16]);
    const z = json.regulations[1].articles;
    assert.deepStrictEqual(z, [
      {
        article: 6, articleInsert: null, paragraph: 2, item: null,
        text: '监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。',
        mentions: [
          { file: draft, range: { start: { line: 5, character: 6 }, end: { line: 5, character: 6 + `${Z}第六条第二款`.length } } },
          { file: draft, range: { start: { line: 6, character: 4 }, end: { line: 6, character: 4 + `${Z}第六条第二款`.length } } },
        ],
      },
    ]);
    assert.deepStrictEqual(json.regulations[2].articles[0].text, '（一）申请人以欺骗、贿赂等不正当手段取得许可的；');
  });

  it('prints Markdown by default: groups, versions and dates, texts, file:line, and the lower-rank flag', () => {
    const r = cli(['cites', '--corpus', QUOTATIONS, draft], 'zh');
    assert.strictEqual(r.code, 0, r.err);
    const md = r.out;
    assert.match(md, /^# 引用条文清单\n/);
    assert.match(md, /- 文件: .*条例草案\.md — 《示例市许可条例（草案）》，日期 2024年3月1日，按标题属于 地方性法规/);
    const order = ['## 法律', '### 《中华人民共和国公司法》', '## 地方性法规', `### ${Z}`, '#### 第六条第二款', '## 地方政府规章', `### ${P}`, '#### 第三条第（一）项'];
    let at = -1;
    for (const h of order) {
      const i = md.indexOf(`\n${h}\n`);
      assert.ok(i > at, `${h} after the previous heading`);
      at = i;
    }
    assert.match(md, /2018年10月26日版本（共\d+个版本） · 1993年12月29日通过 · 2018年10月26日起施行/, md);
    assert.match(md, /> 监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。\n\n引用：.*条例草案\.md:6, .*条例草案\.md:7\n/);
    assert.match(md, /> ⚠ 效力级别（地方政府规章）低于本文件（地方性法规），不宜作为制定依据/);
    const en = cli(['cites', '--format', 'md', '--corpus', QUOTATIONS, draft], 'en').out;
    assert.match(en, /^# Cited provisions\n/);
    assert.match(en, /\n## Laws\n/);
    assert.match(en, /> ⚠ Ranks below the draft \(local government rule under local regulation\): not a basis for it/);
  });

  it('prints CSV with a header and RFC 4180 quoting, one row per provision', () => {
    const r = cli(['cites', '--format', 'csv', '--corpus', QUOTATIONS, draft], 'zh');
    assert.strictEqual(r.code, 0, r.err);
    const lines = r.out.split('\r\n');
    assert.strictEqual(lines[0], '效力级别,法规,版本,条文,条文内容,引用位置,提示');
    assert.ok(lines[1].startsWith('法律,中华人民共和国公司法,2018-10-26,第十六条,"'), lines[1]);
    const z = lines.find((l) => l.startsWith(`地方性法规,${ZT},`))!;
    assert.match(z, /,第六条第二款,监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。,".*条例草案\.md:6, .*条例草案\.md:7",$/);
    assert.ok(r.out.includes(',第三条第（一）项,（一）申请人以欺骗、贿赂等不正当手段取得许可的；,'));
    assert.match(r.out, /,效力级别（地方政府规章）低于本文件（地方性法规），不宜作为制定依据\r\n/);
  });

  it('lists only what --corpus and --no-bundled load', () => {
    const r = cli(['cites', '--json', '--no-bundled', '--corpus', QUOTATIONS, draft]);
    assert.deepStrictEqual(JSON.parse(r.out).regulations.map((x: { title: string }) => x.title), ['示例许可管理办法']);
  });

  it('lists a repealed law apart, naming the law that repealed it', () => {
    const f = write('repealed.md', '关于合同管理的通知\n\n2023年1月1日\n\n依照《中华人民共和国合同法》第五十二条处理。\n');
    const md = cli(['cites', f], 'zh').out;
    assert.match(md, /\n## 已废止\n\n### 《中华人民共和国合同法》\n\n> ⚠ 《中华人民共和国合同法》已被《中华人民共和国民法典》第一千二百六十条废止，自2021年1月1日起；请改引《中华人民共和国民法典》的相应规定\n\n引用：.*repealed\.md:5\n/);
    assert.doesNotMatch(md, /处引用未能解析/, 'not counted as unresolved');
    assert.deepStrictEqual(JSON.parse(cli(['cites', '--json', f]).out), { regulations: [] }, 'the JSON lists regulations of the corpus only');
  });

  it('says so when nothing is cited', () => {
    const f = write('empty.md', '没有引用。\n');
    assert.deepStrictEqual(JSON.parse(cli(['cites', '--json', f]).out), { regulations: [] });
    assert.match(cli(['cites', f], 'zh').out, /未引用法规。/);
  });

  it('bad usage exits 2: no file, an unknown format, --json with --format md; a missing file is named, the others listed', () => {
    assert.strictEqual(cli(['cites']).code, 2);
    const bad = cli(['cites', '--format', 'xml', draft]);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /--format wants md or csv, got xml/);
    assert.strictEqual(cli(['cites', '--json', '--format', 'md', draft]).code, 2);
    const missing = cli(['cites', '--json', '--corpus', QUOTATIONS, path.join(dir, 'nope.md'), draft]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /lawcite cites: .*nope\.md: no such file/);
    assert.strictEqual(JSON.parse(missing.out).regulations.length, 3);
  });
});
