// Settings over workspace/configuration, the watched corpus folders, progress and problem reporting.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { fixtures, repoRoot, TestClient } from './lspClient';
import { bundledLaws } from '../seedCorpus';

const BEIJIANG = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const extraCorpus = path.join(fixtures, 'extra-corpus');

function regulationFile(title: string, articles: number): string {
  const body = Array.from({ length: articles }, (_, i) => `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i]}条 ${title}的第${i + 1}条内容。`).join('\n\n');
  return `---\ntitle: ${title}\nshortTitles: []\nissuer: 测试\nadopted: 2024-01-01\neffective: 2024-01-01\nlang: zh\ntranslationOf: null\n---\n${title}\n\n${body}\n`;
}

describe('settings and corpus folders (stdio)', function () {
  this.timeout(60000);
  let client: TestClient;
  let tmp: string;
  const uri = 'untitled:settings';
  const text = `《${BEIJIANG}》第5条。\n第六条第二款。`;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-settings-'));
    client = new TestClient({ settings: { corpus: { paths: [extraCorpus] } }, progress: true });
    await client.initialize();
    await client.indexed(10);
    await client.open(uri, text, 'plaintext');
    await client.diagnosticsFor(uri, 1);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const reconfigure = async (settings: Record<string, unknown>) => {
    const count = client.diagnostics.size;
    client.diagnostics.delete(uri);
    client.settings = settings;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    void count;
    return client.diagnosticsFor(uri);
  };

  it('reports indexing with work-done progress', () => {
    const kinds = client.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.strictEqual(kinds[0], 'begin');
    assert.strictEqual(kinds[kinds.length - 1], 'end');
  });

  it('reports a bad corpus file once: its path in the log, a count (no path) in one warning, without a stack trace', async () => {
    await client.until(() => client.logs.some((m) => m.includes('broken.md')), 'problem logged');
    await client.until(() => client.messages.length > 0, 'problem message');
    await reconfigure({ corpus: { paths: [extraCorpus] }, language: 'zh-CN' });
    assert.strictEqual(client.logs.filter((m) => m.includes('broken.md')).length, 1);
    assert.match(client.logs.find((m) => m.includes('broken.md'))!, /二进制文件/);
    assert.deepStrictEqual(client.messages.map((m) => m.message), ['LawCite：法规库中有 1 个文件或文件夹无法使用（详见 LawCite 输出）']);
    assert.strictEqual(client.messages[0].type, 2, 'a warning');
    assert.ok(!/\n\s+at /.test(client.stderr + client.logs.join('\n')), 'no stack trace');
  });

  it('a text without articles (a 决定) is counted once in the log, not a warning, and does not make the status wrong', () => {
    const counts = client.logs.filter((m) => m.includes('没有条文'));
    assert.strictEqual(counts.length, 1, counts.join('\n'));
    assert.match(counts[0], /^法规库：1 个文本没有条文（如决定、方案），未作为法规索引：关于测试事项的决定\.md$/);
    assert.ok(!client.logs.some((m) => m.includes(extraCorpus + '/关于')), 'no absolute path of the 决定');
    assert.ok(!client.messages.some((m) => m.message.includes('决定')));
    const last = client.statuses[client.statuses.length - 1];
    assert.strictEqual(last.problems, 1, 'only broken.md is wrong');
    assert.strictEqual(last.skipped, 1);
  });

  it('lawcite.diagnostics.arabicNumerals: off hides, warning raises', async () => {
    const hint = client.diagnostics.get(uri)?.diagnostics ?? (await client.diagnosticsFor(uri));
    void hint;
    const off = await reconfigure({ corpus: { paths: [extraCorpus] }, diagnostics: { arabicNumerals: 'off' } });
    assert.ok(!off.some((d) => d.code === 'arabic-numerals'));
    const warning = await reconfigure({ corpus: { paths: [extraCorpus] }, diagnostics: { arabicNumerals: 'warning' } });
    assert.strictEqual(warning.find((d) => d.code === 'arabic-numerals')?.severity, 2);
  });

  it('lawcite.language: en gives English messages and hover words', async () => {
    const diags = await reconfigure({ corpus: { paths: [extraCorpus] }, language: 'en' });
    assert.match(String(diags.find((d) => d.code === "arabic-numerals")!.message), /[A-Za-z]{4}/);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.match((h.contents as MarkupContent).value, /Local regulation · adopted 31 July 2023, in force from 1 September 2023/);
    assert.match((h.contents as MarkupContent).value, /\*English translation\*\n\nArticle 5 /, 'in English the translation comes below the Chinese');
    await reconfigure({ corpus: { paths: [extraCorpus] } });
  });

  it('lawcite.defaultRegulation resolves bare citations', async () => {
    const bare = 'untitled:bare';
    await client.open(bare, '依照第六条第二款办理。');
    const before = await client.diagnosticsFor(bare, 1);
    assert.ok(before.some((d) => d.code === 'no-context'));
    client.diagnostics.delete(bare);
    client.settings = { corpus: { paths: [extraCorpus] }, defaultRegulation: BEIJIANG };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const after = await client.diagnosticsFor(bare);
    assert.ok(!after.some((d) => d.code === 'no-context'));
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri: bare }, position: { line: 0, character: 3 } });
    assert.match((h.contents as MarkupContent).value, /\*\*第六条第二款\*\*\n\n监察委员会/);
    await client.close(bare);
  });

  it('lawcite.corpus.paths: indexes a new folder, then watches it (add, change, delete)', async () => {
    const regs = () => client.statuses[client.statuses.length - 1];
    fs.writeFileSync(path.join(tmp, '甲条例.md'), regulationFile('测试甲条例', 3));
    client.settings = { corpus: { paths: [extraCorpus, tmp] } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => regs().regulations === bundledLaws() + 2 && !regs().indexing, 'folder indexed');
    fs.writeFileSync(path.join(tmp, '乙条例.md'), regulationFile('测试乙条例', 2));
    await client.until(() => regs().regulations === bundledLaws() + 3, 'new file indexed');
    const articles = regs().articles;
    fs.writeFileSync(path.join(tmp, '乙条例.md'), regulationFile('测试乙条例', 5));
    await client.until(() => regs().articles === articles + 3, 'changed file re-indexed');
    fs.unlinkSync(path.join(tmp, '甲条例.md'));
    await client.until(() => regs().regulations === bundledLaws() + 2, 'deleted file dropped');
    fs.writeFileSync(path.join(tmp, '丙.md'), Buffer.from([0, 1, 2, 3]));
    await client.until(() => client.logs.some((m) => m.includes('丙.md')), 'a bad file added later is reported');
    await client.until(() => regs().problems === 2, 'the status counts it');
    fs.unlinkSync(path.join(tmp, '丙.md'));
    await client.until(() => regs().problems === 1, 'a bad file removed is no longer wrong');
    const doc = 'untitled:watched';
    await client.open(doc, '《测试乙条例》第五条');
    const diags = await client.diagnosticsFor(doc, 1);
    assert.deepStrictEqual(diags, []);
  });

  it('lawcite.corpus.paths: a copy of a bundled version in a user folder is that version, not a duplicate', async () => {
    const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-copies-'));
    try {
      fs.copyFileSync(path.join(repoRoot, 'corpus', `${BEIJIANG}.md`), path.join(copies, `${BEIJIANG}.md`));
      client.settings = { corpus: { paths: [extraCorpus, copies] } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const regs = () => client.statuses[client.statuses.length - 1];
      await client.until(() => regs().regulations === bundledLaws() + 1 && !regs().indexing && regs().articles > 0, 'copies indexed');
      const doc = 'untitled:copies';
      await client.open(doc, `《${BEIJIANG}》第六条`);
      assert.deepStrictEqual(await client.diagnosticsFor(doc, 1), []);
      // One candidate: the bundled file, loaded first.
      const locs = await client.request<Location[]>('textDocument/definition', { textDocument: { uri: doc }, position: { line: 0, character: 3 } });
      assert.deepStrictEqual(locs.map((l) => decodeURIComponent(l.uri).endsWith(`/corpus/${BEIJIANG}.md`)), [true]);
    } finally {
      fs.rmSync(copies, { recursive: true, force: true });
    }
  });
});

describe('message language from the client locale (stdio)', function () {
  this.timeout(30000);
  it('auto follows an English locale', async () => {
    const client = new TestClient({ locale: 'en-US' });
    try {
      await client.initialize();
      await client.indexed(9);
      await client.open('untitled:en', `《${BEIJIANG}》第九百条`);
      const diags = await client.diagnosticsFor('untitled:en');
      assert.match(String(diags[0].message), /Article|article/);
    } finally {
      await client.shutdown();
    }
  });
});
