// The server never crashes or hangs: huge documents, invalid positions, closed documents, cancellation, requests
// while a large corpus loads, exit when its input closes, and no JavaScript stack traces in what it logs.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CompletionList, Hover } from 'vscode-languageserver-protocol';
import { serverBin, TestClient } from './lspClient';

const BEIJIANG = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';

describe('robustness (stdio)', function () {
  this.timeout(90000);
  let client: TestClient;

  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.indexed(9);
  });
  after(async () => {
    await client.shutdown();
  });

  it('handles a 10 MB document: diagnostics, hover and completion still answer', async () => {
    const para = `根据《${BEIJIANG}》第六条第二款，监察委员会应当做好相关工作。该条例第十条也有规定，第九百条不存在。\n`;
    const parts: string[] = [];
    let bytes = 0;
    while (bytes < 10 * 1024 * 1024) {
      parts.push(para);
      bytes += Buffer.byteLength(para);
    }
    const text = parts.join('') + '又依照第六';
    const uri = 'untitled:huge';
    await client.open(uri, text);
    const diags = await client.diagnosticsFor(uri, 1, 60000);
    assert.ok(diags.length > 1000);
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 50000, character: 30 } });
    assert.ok(h && JSON.stringify(h.contents).includes('监察委员会'));
    const lastLine = parts.length;
    const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: lastLine, character: 5 } });
    assert.ok(list.items.some((i) => i.label === '第六十四条'));
    await client.close(uri);
  });

  it('answers invalid positions with nothing, not an error', async () => {
    const uri = 'untitled:small';
    await client.open(uri, `《${BEIJIANG}》第六条`);
    for (const position of [{ line: 99, character: 0 }, { line: 0, character: 9999 }, { line: -1, character: -5 }]) {
      for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion', 'textDocument/references']) {
        const r = await client.request<unknown>(method, { textDocument: { uri }, position, context: { includeDeclaration: true } });
        assert.ok(r === null || (Array.isArray(r) && r.length === 0) || (r as CompletionList).items?.length === 0, `${method} ${JSON.stringify(r)}`);
      }
    }
    await client.close(uri);
  });

  it('answers requests for closed or unknown documents with nothing', async () => {
    const uri = 'untitled:closed';
    await client.open(uri, `《${BEIJIANG}》第六条`);
    await client.close(uri);
    const cleared = await client.diagnosticsFor(uri);
    assert.deepStrictEqual(cleared, []);
    for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/documentLink', 'textDocument/foldingRange']) {
      const r = await client.request<unknown>(method, { textDocument: { uri }, position: { line: 0, character: 20 } });
      assert.strictEqual(r, null, method);
    }
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///nowhere/x.md' } });
    assert.deepStrictEqual(tokens.data, []);
  });

  it('survives malformed parameters of custom requests', async () => {
    assert.deepStrictEqual(await client.request('lawcite/searchArticles', {}), []);
    assert.deepStrictEqual(await client.request('lawcite/listArticles', { title: 42 }), []);
    assert.strictEqual(await client.request('lawcite/articleAt', { uri: 'file:///nowhere.md' }), null);
  });

  it('honours cancellation and keeps serving', async () => {
    const { CancellationTokenSource } = await import('vscode-jsonrpc');
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('workspace/symbol', { query: '条' }, source.token);
    source.cancel();
    try {
      await pending;
    } catch (err) {
      assert.match(String((err as Error).message), /cancel/i);
    }
    const after = await client.request<unknown[]>('workspace/symbol', { query: '六十四' });
    assert.ok(after.length > 0);
  });

  it('logs no JavaScript stack trace', () => {
    const all = client.stderr + '\n' + client.logs.join('\n');
    assert.ok(!/\n\s+at .+:\d+:\d+/.test(all), all.slice(0, 500));
  });
});

describe('server lifecycle (stdio)', function () {
  this.timeout(60000);

  it('exits when its input closes', async () => {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise((r) => setTimeout(r, 300));
    child.stdin.end();
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('hung'), 5000))]);
    if (code === 'hung') child.kill();
    assert.notStrictEqual(code, 'hung');
  });

  it('answers requests while a large corpus folder is still indexing', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-large-'));
    const body = Array.from({ length: 60 }, (_, i) => `第${i + 1}条 这是第${i + 1}条的内容，规定了有关事项。`).join('\n\n');
    for (let i = 0; i < 1500; i++) {
      fs.writeFileSync(path.join(tmp, `r${i}.md`), `# 测试大语料第${i}号条例\n\n<!-- INFO END -->\n\n${body}\n`);
    }
    const client = new TestClient({ settings: { corpus: { paths: [tmp] } } });
    try {
      await client.initialize();
      await client.until(() => client.statuses.some((s) => s.indexing), 'indexing started');
      const symbols = await client.request<unknown[]>('workspace/symbol', { query: '六十四' });
      const stillIndexing = client.statuses[client.statuses.length - 1].indexing;
      assert.ok(Array.isArray(symbols));
      assert.ok(stillIndexing, 'the answer came before indexing finished');
      const done = await client.indexed(1500, 120000);
      assert.ok(done.regulations >= 1509);
    } finally {
      await client.shutdown();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
