// Readiness over stdio: a fresh server answers at once from the bundled corpus, and never says a regulation of a
// user corpus folder is missing while that folder is still being read.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { fileUri, positionOf, TestClient } from './lspClient';
import { bundledLaws } from '../seedCorpus';

const BEIJIANG = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const USER_LAW = '测试自治区用户语料条例';
/** Filler regulations before the cited one, so reading the folder takes a while. */
const FILLERS = 300;

function userCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-readiness-'));
  const law = (title: string, n: number) =>
    `# ${title}\n\n（2024年1月1日通过）\n\n` +
    Array.from({ length: n }, (_, i) => `第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i]}条 ${title}第${i + 1}条的规定。\n`).join('\n');
  // 填 (U+586B) sorts before 测 (U+6D4B): the cited law is read last.
  for (let i = 0; i < FILLERS; i++) fs.writeFileSync(path.join(dir, `填充条例${String(i).padStart(4, '0')}.md`), law(`填充测试条例${i}号`, 10));
  fs.writeFileSync(path.join(dir, `${USER_LAW}.md`), law(USER_LAW, 5));
  return dir;
}

describe('readiness (stdio)', function () {
  this.timeout(60000);
  let client: TestClient | null = null;
  const dirs: string[] = [];
  afterEach(async () => {
    await client?.shutdown();
    client = null;
  });
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('hovers a bundled article right after opening, without waiting for indexing', async () => {
    client = new TestClient();
    await client.initialize();
    const doc = { uri: 'untitled:readiness-hover', text: `依照《${BEIJIANG}》第六十四条的规定。` };
    await client.open(doc.uri, doc.text);
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: doc.uri }, position: positionOf(doc.text, '第六十四条', 1) });
    assert.ok(h, 'a hover');
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /第六十四条 沿边的旗县级以上人民政府应当加强口岸建设/);
  });

  it('answers initialize before reading the bundled corpus, and every request after it from the whole corpus', async () => {
    client = new TestClient();
    const c = client;
    await c.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [], capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
    // Its corpus status comes after the answer (the load starts once the answer is written).
    assert.strictEqual(c.statuses.length, 0, 'no corpus status before the answer to initialize');
    // A request at once, before the client even says it is initialized: answered from the corpus read for it.
    const regs = await c.request<{ title: string }[]>('lawcite/listRegulations', {});
    assert.strictEqual(regs.length, bundledLaws());
    await c.connection.sendNotification('initialized', {});
    const done = await c.indexed(bundledLaws());
    assert.strictEqual(done.regulations, bundledLaws());
  });

  /** Open a draft citing a law of a user corpus folder right away; `configDelay`: how long the client takes to answer workspace/configuration. */
  async function userCorpusDraft(configDelay: number): Promise<void> {
    const dir = userCorpus();
    dirs.push(dir);
    client = new TestClient({ settings: { corpus: { paths: [dir] } } });
    const settings = client.settings;
    // A client may take a while to answer workspace/configuration; the draft is opened meanwhile.
    client.connection.onRequest('workspace/configuration', async (params: { items: { section?: string }[] }) => {
      await new Promise((r) => setTimeout(r, configDelay));
      return params.items.map((i) => (i.section === 'lawcite' ? settings : null));
    });
    await client.initialize();
    const doc = { uri: fileUri(path.join(os.tmpdir(), 'lawcite-readiness-draft.md')), text: `依照《${USER_LAW}》第三条的规定。\n依照《不存在的测试条例》第三条的规定。\n` };
    await client.open(doc.uri, doc.text);
    const done = await client.indexed(10 + FILLERS);
    const doneAt = client.statuses.indexOf(done) + 1;
    // The diagnostics published once indexing is done: the user law resolves, the missing one is reported.
    const final = await client.until(
      () => client!.published.find((p) => p.uri === doc.uri && p.statusesBefore >= doneAt),
      'diagnostics after indexing',
    );
    assert.deepStrictEqual(final.diagnostics.map((d) => [d.code, d.range.start.line]), [['unknown-regulation', 1]]);
    const mine = client.published.filter((p) => p.uri === doc.uri);
    assert.ok(mine.length >= 1);
    for (const p of mine) {
      const wrong = p.diagnostics.filter((d) => d.code === 'unknown-regulation' && d.range.start.line === 0);
      assert.deepStrictEqual(wrong.map((d) => d.message), [], `published after ${p.statusesBefore} status notification(s)`);
    }
  }

  it('never publishes unknown-regulation for a law of a user corpus folder still being read', () => userCorpusDraft(0));

  // BUG (server.ts, not fixed here): until the client answers workspace/configuration, the corpus store has only the
  // bundled folder and `indexing` is false, so a draft opened meanwhile is told its user-folder law is missing
  // (cleared once the folder is read). Enable when the server counts the corpus as loading before the first settings.
  it('never publishes unknown-regulation for a user-folder law while workspace/configuration is unanswered', () => userCorpusDraft(300));
});
