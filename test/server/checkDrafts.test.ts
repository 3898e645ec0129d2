// 检查所有文稿 / Check All Drafts (lawcite/checkDrafts over stdio): every draft of the workspace gets its problems,
// open or not; corpus folders and skipped folders are not drafts; closed drafts keep their problems.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckDraftsResult } from '../../server/src/protocol';
import { fileUri, TestClient } from './lspClient';

const BEIJIANG = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';

describe('Check All Drafts (lawcite/checkDrafts, stdio)', function () {
  this.timeout(60000);
  let ws: string;
  let client: TestClient;
  const file = (rel: string, text: string) => {
    const p = path.join(ws, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
    return fileUri(p);
  };
  let bad: string;
  let clean: string;
  let nested: string;
  let lawFile: string;
  let skipped: string;

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'lawcite-check-drafts-'));
    bad = file('通知.md', `依照《${BEIJIANG}》第九百条办理。\n`);
    clean = file('说明.txt', `依照《${BEIJIANG}》第六条办理。\n`);
    nested = file('草稿/办法.md', '# 某某办法（草案）\n\n第一条 甲。\n\n第二条 依照本办法第九条处理。\n');
    // A regulation in a corpus folder inside the workspace is law, not a draft; node_modules is never searched.
    lawFile = file('法规/测试检查条例.md', '# 测试检查条例\n\n第一条 测试。\n\n第三条 跳号不是文稿的问题。\n');
    skipped = file('node_modules/x/readme.md', `依照《${BEIJIANG}》第九百条办理。\n`);
    client = new TestClient({ workspaceFolders: [ws], settings: { corpus: { paths: ['法规'] } } });
    await client.initialize();
    await client.indexed(10);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  it('publishes problems for every draft, open or not, and counts them', async () => {
    const result = await client.request<CheckDraftsResult>('lawcite/checkDrafts', {});
    assert.deepStrictEqual(result, { files: 3, withProblems: 2, errors: 2, warnings: 0, problems: 2 });
    assert.match(String((await client.diagnosticsFor(bad))[0].message), /没有第九百条/);
    assert.deepStrictEqual(await client.diagnosticsFor(clean), []);
    assert.match(String((await client.diagnosticsFor(nested))[0].message), /^本办法没有第九条/);
    assert.ok(!client.diagnostics.has(lawFile), 'a corpus file is not a draft');
    assert.ok(!client.diagnostics.has(skipped), 'node_modules is not searched');
  });

  it('a checked draft keeps its problems after it is opened and closed', async () => {
    const text = fs.readFileSync(new URL(bad), 'utf8');
    await client.open(bad, text);
    await client.diagnosticsFor(bad, 1);
    client.diagnostics.delete(bad);
    await client.close(bad);
    await client.until(() => (client.diagnostics.get(bad)?.diagnostics.length ?? 0) > 0, 'problems shown again after close');
  });

  it('re-checks closed drafts from disk when the settings change (a fixed draft clears)', async () => {
    fs.writeFileSync(new URL(bad), `依照《${BEIJIANG}》第六条办理。\n`);
    client.settings = { corpus: { paths: ['法规'] }, language: 'en' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.until(() => client.diagnostics.get(bad)?.diagnostics.length === 0, 'fixed draft cleared');
    await client.until(() => /these|this document|no Article 9/.test(String(client.diagnostics.get(nested)?.diagnostics[0]?.message)), 'nested draft re-checked in English');
  });
});
