// Rename, prepareRename and document highlights over stdio: the capabilities are declared, a refusal reaches the
// client as the request's error with the reason, and a term's definition and uses are highlighted.
import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import type { DocumentHighlight, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { fileUri, positionOf, TestClient } from './lspClient';

const DRAFT = '# 某办法\n\n第一条 本办法所称物业，是指房屋。\n\n第二条 物业依照本办法第一条管理。\n\n第四条 施行。\n';

describe('language server: rename and highlights (stdio)', function () {
  this.timeout(60000);
  let client: TestClient;
  const uri = fileUri(path.join(os.tmpdir(), 'lawcite-rename-test', 'draft.md'));

  before(async () => {
    client = new TestClient({ locale: 'zh-cn' });
    await client.initialize();
    await client.indexed(1);
    await client.open(uri, DRAFT);
  });
  after(async () => {
    await client.shutdown();
  });

  it('declares rename with prepare, and document highlights', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepStrictEqual(caps.renameProvider, { prepareProvider: true });
    assert.strictEqual(caps.documentHighlightProvider, true);
  });

  it('prepareRename on a heading gives its label; rename to a free number rewrites the heading and references', async () => {
    const position = positionOf(DRAFT, '第四条', 1);
    assert.deepStrictEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position }), {
      range: { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } },
      placeholder: '第四条',
    });
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { textDocument: { uri }, position, newName: '3' });
    assert.deepStrictEqual(edit.changes![uri], [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } }, newText: '第三条' }]);
  });

  it('a refused rename is an error carrying the reason', async () => {
    const position = positionOf(DRAFT, '第四条', 1);
    await assert.rejects(client.request('textDocument/rename', { textDocument: { uri }, position, newName: '第一条' }), (err: Error & { code?: number }) => {
      assert.strictEqual(err.message, '本文件已有第一条（第3行）');
      assert.strictEqual(err.code, -32803);
      return true;
    });
  });

  it('highlights a term’s definition (write) and uses (read)', async () => {
    const hs = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf(DRAFT, '物业依照', 1) });
    assert.deepStrictEqual(hs.map((h) => [h.range.start.line, h.range.start.character, h.kind]), [[2, 9, 3], [4, 4, 2]]);
  });
});
