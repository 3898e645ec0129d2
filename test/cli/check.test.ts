import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cli } from './cliKit';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'lawcite.js');
const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';


let dir = '';
function write(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

describe('lawcite check', () => {
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-check-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('counts corpus files it could not use in one stderr line (lawcite index names them)', () => {
    const corpusDir = fs.mkdtempSync(path.join(dir, 'corpus-'));
    fs.writeFileSync(path.join(corpusDir, 'empty.md'), '# 空文件\n\n没有条文。\n');
    fs.writeFileSync(path.join(corpusDir, 'notes.txt'), 'just notes\n');
    const draft = write('uses-corpus.md', `根据${Z}第六十四条。\n`);
    const r = cli(['check', '--corpus', corpusDir, draft]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /2 file\(s\) skipped or with problems \(lawcite index lists them\)/);
    assert.doesNotMatch(r.err, /empty\.md/);
    assert.match(cli(['check', '--verbose', '--corpus', corpusDir, draft]).err, /empty\.md/);
  });

  it('prints exactly the JSON contract', () => {
    const f = write('a.md', `学习${Z}。\n依照${Z}第六条第二款、第三款办理，第64条另行规定。\n`);
    const r = cli(['check', '--json', f]);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(Object.keys(json), ['version', 'files']);
    assert.strictEqual(json.version, 1);
    const [file] = json.files;
    assert.deepStrictEqual(Object.keys(file), ['path', 'citations', 'diagnostics']);
    assert.strictEqual(file.path, f);
    assert.strictEqual(file.citations.length, 2, 'the title named alone is not listed');
    const c = file.citations[0];
    assert.deepStrictEqual(Object.keys(c), ['text', 'range', 'status', 'targets']);
    assert.strictEqual(c.text, `${Z}第六条第二款、第三款`);
    assert.deepStrictEqual(c.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 2 + c.text.length } });
    assert.strictEqual(c.status, 'resolved');
    assert.deepStrictEqual(c.targets, [
      { regulation: '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例', article: 6, articleInsert: null, paragraph: 2, item: null, kind: 'local-regulation' },
      { regulation: '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例', article: 6, articleInsert: null, paragraph: 3, item: null, kind: 'local-regulation' },
    ]);
    const d = file.diagnostics[0];
    assert.deepStrictEqual(Object.keys(d), ['range', 'severity', 'code', 'message']);
    assert.strictEqual(d.code, 'arabic-numerals');
    assert.strictEqual(r.code, 0, 'hints are not errors');
  });

  it('exits 1 when a diagnostic is an error', () => {
    const f = write('b.md', `${Z}第九十条`);
    const r = cli(['check', '--json', f]);
    assert.strictEqual(r.code, 1);
    assert.strictEqual(JSON.parse(r.out).files[0].citations[0].status, 'unknown-article');
  });

  it('division citations carry article null and the division', () => {
    const f = write('div.md', `${Z}第三章`);
    const t = JSON.parse(cli(['check', '--json', f]).out).files[0].citations[0].targets[0];
    assert.deepStrictEqual(t, { regulation: '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例', article: null, articleInsert: null, paragraph: null, item: null, division: '第三章', kind: 'local-regulation' });
  });

  it('self references have regulation null; 本办法第九十条 in a short draft is unknown-article', () => {
    const f = write('draft.md', '# 某某办法\n\n第一条　甲。\n\n第二条　违反本办法第九十条的。\n');
    const c = JSON.parse(cli(['check', '--json', f]).out).files[0].citations[0];
    assert.strictEqual(c.status, 'unknown-article');
    assert.deepStrictEqual(c.targets, [{ regulation: null, article: 90, articleInsert: null, paragraph: null, item: null }]);
  });

  it('a readable report: file:line:col, citation, status, title and first words of the article', () => {
    const f = write('c.md', `前言\n依照${Z}第三十四条办理。\n`);
    const r = cli(['check', f]);
    assert.match(r.out, new RegExp(`${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:3  ${Z}第三十四条  \\[resolved\\]`));
    assert.match(r.out, /→ 《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》第三十四条：公安机关应当/);
    assert.match(r.out, /1 file\(s\), 1 citation\(s\), 0 error\(s\)/);
    assert.match(cli(['check', f], 'zh').out, /\[已解析\]/);
  });

  it('says why a reference points nowhere: 前款 in a first 款 (no paragraph 0 in the report or the JSON)', () => {
    const f = write('first-paragraph.md', '# 某某办法\n\n第一条　甲。\n\n第二条　违反前款规定的，予以通报。\n');
    const r = cli(['check', f]);
    assert.match(r.out, /前款  \[unknown paragraph\]\n {4}→ "the preceding paragraph" in the first paragraph of Article 2 of this document has none before it/);
    assert.doesNotMatch(r.out, /\(0\)/);
    assert.match(cli(['check', f], 'zh').out, /→ “前款”在本办法第二条的第一款中，其前没有款/);
    const c = JSON.parse(cli(['check', '--json', f]).out).files[0].citations[0];
    assert.deepStrictEqual([c.status, c.targets], ['unknown-paragraph', []]);
  });

  it('reads UTF-8 with a BOM, UTF-16 LE/BE with a BOM and GB18030 alike', () => {
    const text = `🔹依照${Z}第三十四条\n第三十五条`;
    const utf16be = Buffer.from(text, 'utf16le');
    utf16be.swap16();
    const files = [
      write('u8.md', text),
      write('u8bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
      write('u16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
      write('u16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])),
    ];
    const json = JSON.parse(cli(['check', '--json', ...files]).out);
    const first = JSON.stringify(json.files[0].citations);
    assert.ok(first.includes('"character":3'), 'columns in UTF-16 units after the emoji');
    for (const f of json.files) assert.strictEqual(JSON.stringify(f.citations), first, f.path);
    // GB18030 (a committed fixture: bytes that are not valid UTF-8).
    const gbFile = path.join(ROOT, 'test', 'fixtures', 'drafts', 'gb18030-reply-letter.txt');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(gbFile)));
    const gb = JSON.parse(cli(['check', '--json', gbFile]).out).files[0];
    assert.deepStrictEqual(gb.citations.map((c: { text: string; status: string }) => [c.text, c.status]), [
      [`${Z}第三十四条`, 'resolved'],
      ['第五条', 'resolved'],
      ['该条例第九十条', 'unknown-article'],
    ]);
    assert.deepStrictEqual(gb.citations[0].range.start, { line: 2, character: 6 });
  });

  it('--default-regulation resolves bare citations', () => {
    const f = write('d.md', '严格执行第十九条规定的林地总量控制制度');
    const c = JSON.parse(cli(['check', '--json', '--default-regulation', '《内蒙古自治区建设我国北方重要生态安全屏障促进条例》', f]).out).files[0].citations[0];
    assert.strictEqual(c.status, 'resolved');
    assert.strictEqual(c.targets[0].regulation, '内蒙古自治区建设我国北方重要生态安全屏障促进条例');
    assert.strictEqual(JSON.parse(cli(['check', '--json', f]).out).files[0].citations[0].status, 'no-context');
  });

  it('targets name the kind (效力级别) of the regulation cited, bundled national laws included', () => {
    const f = write('kind.md', '依照《中华人民共和国刑法》第二十条和《草原防火条例》第十八条');
    const targets = JSON.parse(cli(['check', '--json', f]).out).files[0].citations.map((c: { targets: { kind?: string }[] }) => c.targets[0]);
    assert.deepStrictEqual(targets.map((t: { regulation: string; kind?: string }) => [t.regulation, t.kind]), [
      ['中华人民共和国刑法', 'law'],
      ['草原防火条例', 'administrative-regulation'],
    ]);
  });

  it('--no-bundled with --corpus uses only the given folder; versions appear in targets', () => {
    const f = write('e.md', `《示例自治区测试条例》第十二条；${Z}第一条`);
    const r = cli(['check', '--json', '--no-bundled', '--corpus', path.join(ROOT, 'test', 'fixtures', 'citations-corpus'), f]);
    const [a, b] = JSON.parse(r.out).files[0].citations;
    assert.strictEqual(a.status, 'resolved');
    assert.strictEqual(a.targets[0].version, '2024-07-01');
    assert.strictEqual(b.status, 'unknown-regulation');
  });

  it('--arabic-numerals hint|off (a warning by default), --missing-title-marks, --use-short-title', () => {
    const f = write('g.md', `${Z}第34条`);
    const sev = (...opts: string[]) => JSON.parse(cli(['check', '--json', ...opts, f]).out).files[0].diagnostics.map((d: { severity: string }) => d.severity);
    assert.deepStrictEqual(sev(), ['warning']);
    assert.deepStrictEqual(sev('--arabic-numerals', 'hint'), ['hint']);
    assert.deepStrictEqual(sev('--arabic-numerals', 'off'), []);
    assert.strictEqual(cli(['check', '--arabic-numerals', 'loud', f]).code, 2);
    const bare = write('g2.md', '依照内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例第三十四条');
    const codes = (...opts: string[]) => JSON.parse(cli(['check', '--json', ...opts, bare]).out).files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`);
    assert.deepStrictEqual(codes(), ['missing-title-marks warning']);
    assert.deepStrictEqual(codes('--missing-title-marks', 'information'), ['missing-title-marks information']);
    assert.deepStrictEqual(codes('--missing-title-marks', 'off'), []);
    const again = write('g3.md', `${Z}（以下简称《条例》）第一条。${Z}第二条`);
    assert.deepStrictEqual(JSON.parse(cli(['check', '--json', '--use-short-title', 'warning', again]).out).files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`), ['use-short-title warning']);
    assert.strictEqual(cli(['check', '--use-short-title', 'loud', f]).code, 2);
  });

  it('exits 2 on bad usage', () => {
    assert.strictEqual(cli(['check']).code, 2);
    const r = cli(['check', '--bogus', 'x.md']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /bogus/);
    assert.strictEqual(cli(['check', '--corpus', path.join(dir, 'missing-folder'), 'x.md']).code, 2);
  });

  it('a folder or a missing file: exit 2, named on stderr, readable files still reported', () => {
    const f = write('h.md', `${Z}第三十四条`);
    const missing = path.join(dir, 'nope.md');
    const r = cli(['check', '--json', dir, missing, f]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is a folder`));
    assert.match(r.err, /nope\.md: no such file/);
    const json = JSON.parse(r.out);
    assert.deepStrictEqual(json.files.map((x: { path: string }) => x.path), [f]);
  });

  it('output into a closed pipe ends quietly', function () {
    this.timeout(30000);
    if (!fs.existsSync(BIN)) this.skip();
    const lines = Array.from({ length: 3000 }, (_, i) => `${Z}第${(i % 89) + 1}条`).join('\n');
    const f = write('big.md', lines);
    const r = spawnSync('bash', ['-c', `node "${BIN}" check "${f}" | head -n 2; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    assert.strictEqual(r.stderr, '');
    assert.match(r.stdout, /status=0/);
    assert.strictEqual(r.stdout.split('\n').filter(Boolean).length, 3);
  });

  it('reports a draft’s numbering problems as warnings, on the label, in text and --json (exit 0)', () => {
    const f = write('numbering.md', '# 某市物业管理办法（草案）\r\n\r\n第一条 为了规范物业管理，制定本办法。\r\n第二条 本办法适用于本市。\r\n第二条 本办法自2025年1月1日起施行。\r\n');
    const text = cli(['check', f], 'zh');
    assert.strictEqual(text.code, 0, text.err);
    assert.match(text.out, /numbering\.md:5:1: .*numbering-duplicate: 第二条重复；应为第三条/);
    const json = cli(['check', '--json', f]);
    const [file] = (JSON.parse(json.out) as { files: { diagnostics: unknown[] }[] }).files;
    assert.deepStrictEqual(file.diagnostics, [{
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } },
      severity: 'warning', code: 'numbering-duplicate', message: 'Article 2 repeated; expected Article 3',
    }]);
  });

  it('reports defined terms’ problems: a redefinition (warning), an unused term and a full form after its short form (hints)', () => {
    const f = write('terms.md', '# 某办法\n\n第一条 本办法所称物业，是指房屋。市场监督管理部门（以下简称市场监管部门）负责。\n第二条 本办法所称物业，是指设施。市场监督管理部门检查物业。\n');
    const json = cli(['check', '--json', f]);
    assert.strictEqual(json.code, 0, json.err);
    const [file] = (JSON.parse(json.out) as { files: { diagnostics: { code: string; severity: string; range: { start: { line: number; character: number } } }[] }[] }).files;
    assert.deepStrictEqual(file.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character]), [
      ['term-unused', 'hint', 2, 30],
      ['term-redefined', 'warning', 3, 9],
      ['term-full-form', 'hint', 3, 17],
    ]);
  });
});
