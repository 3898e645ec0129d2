// LawCite in a real VS Code: the language features and the commands, through the VS Code API.
// Runs inside the extension host (npm run test:vscode); the workspace holds test/fixtures/vscode/ (draft.md …).
import * as assert from 'assert';
import * as vscode from 'vscode';

const TITLE = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const ARTICLE_64_WORDS = '口岸智能化防控体系';

/** Poll `probe` until `ok` holds (the server indexes after the first document opens). */
async function eventually<T>(what: string, probe: () => Thenable<T> | T, ok: (value: T) => boolean, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (err) {
      lastError = err;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}${lastError ? `; error: ${String(lastError)}` : ''}`);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('LawCite in VS Code', function () {
  this.timeout(60000);
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;

  /** Position inside the first occurrence of `text` after `after` (0-based offset into `text`). */
  function positionOf(text: string, after = '', offset = 1): vscode.Position {
    const all = doc.getText();
    const start = all.indexOf(text, after ? all.indexOf(after) : 0);
    assert.ok(start >= 0, `fixture has ${text}`);
    return doc.positionAt(start + offset);
  }

  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'draft.md'));
    editor = await vscode.window.showTextDocument(doc);
  });

  it('activates on a Markdown draft and reports the loaded corpus in the status bar', async () => {
    const ext = vscode.extensions.getExtension('lawcite.lawcite');
    assert.ok(ext, 'extension lawcite.lawcite is installed');
    await eventually('activation', () => ext.isActive, Boolean);
    const api = ext.exports as { corpusStatus(): { regulations: number; articles: number; indexing: boolean } | undefined };
    const status = await eventually('corpus status', () => api.corpusStatus(), (s) => !!s && !s.indexing && s.regulations > 0);
    assert.ok(status && status.articles > 100, `articles loaded: ${status?.articles}`);
  });

  it('hover over 第六十四条 shows the article text', async () => {
    const hovers = await eventually(
      'hover',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf('第六十四条')),
      (h) => hoverText(h ?? []).includes(ARTICLE_64_WORDS),
    );
    assert.ok(hoverText(hovers).includes(TITLE));
  });

  it('go to definition on 第六十四条 opens the bundled corpus file at the article', async () => {
    const defs = await eventually(
      'definition',
      () =>
        vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
          'vscode.executeDefinitionProvider',
          doc.uri,
          positionOf('第六十四条'),
        ),
      (d) => (d ?? []).length > 0,
    );
    const first = defs[0];
    const uri = 'targetUri' in first ? first.targetUri : first.uri;
    const range = 'targetUri' in first ? (first.targetSelectionRange ?? first.targetRange) : first.range;
    assert.match(uri.path, /\/corpus\//);
    const target = await vscode.workspace.openTextDocument(uri);
    assert.ok(target.lineAt(range.start.line).text.includes('第六十四条'), target.lineAt(range.start.line).text);
  });

  it('completion after 第六十 offers 第六十四条', async () => {
    const line = doc.lineCount - 1;
    const end = doc.lineAt(line).range.end;
    await editor.edit((e) => e.insert(end, '第六十'));
    try {
      const at = doc.lineAt(line).range.end;
      const list = await eventually(
        'completion',
        () => vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at),
        (l) => (l?.items ?? []).some((i) => label(i).includes('第六十四条')),
      );
      assert.ok(list.items.length > 0);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
  });

  it('diagnostics flag the unknown article 第一百二十条', async () => {
    const at = positionOf('第一百二十条');
    const diags = await eventually(
      'diagnostics',
      () => vscode.languages.getDiagnostics(doc.uri),
      (d) => d.some((x) => x.range.contains(at)),
    );
    const diag = diags.find((x) => x.range.contains(at));
    assert.ok(diag && diag.severity <= vscode.DiagnosticSeverity.Warning, 'an error or warning');
    assert.ok(!diags.some((x) => x.range.contains(positionOf('第六十四条'))), 'no diagnostic on a valid citation');
  });

  it('Show Article opens the cited article beside the editor and follows the cursor', async () => {
    await vscode.window.showTextDocument(doc);
    editor = vscode.window.activeTextEditor!;
    const at64 = positionOf('第六十四条');
    editor.selection = new vscode.Selection(at64, at64);
    const shown = await vscode.commands.executeCommand<boolean>('lawcite.showArticle');
    assert.strictEqual(shown, true);
    const view = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'lawcite-article');
    await eventually('article view', () => view()?.document.getText() ?? '', (text) => text.includes(ARTICLE_64_WORDS));
    const at65 = positionOf('第六十五条');
    editor.selection = new vscode.Selection(at65, at65);
    await eventually('view follows the cursor', () => view()?.document.getText() ?? '', (text) => text.includes('第六十五条'));
  });

  it('Search Articles from a draft inserts the article found by words in any order at the cursor', async () => {
    editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const before = doc.getText();
    void vscode.commands.executeCommand('lawcite.searchArticles', { query: '防控 口岸 64' });
    await eventually(
      'citation inserted',
      async () => {
        if (doc.getText() === before) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return doc.getText();
      },
      (text) => text !== before,
    );
    assert.strictEqual(doc.getText(), `${before}《${TITLE}》第六十四条`);
    await vscode.commands.executeCommand('undo');
  });

  it('Search Articles with no draft open opens the article', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    void vscode.commands.executeCommand('lawcite.searchArticles', { query: '口岸智能化防控' });
    const opened = await eventually(
      'search result opened',
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return vscode.window.activeTextEditor;
      },
      (e) => !!e && /\/corpus\//.test(e.document.uri.path),
    );
    assert.ok(opened!.document.lineAt(opened!.selection.active.line).text.includes('第六十四条'));
  });

  it('Insert Citation inserts 《title》第X条 from the pickers', async () => {
    await vscode.workspace.getConfiguration('lawcite').update('defaultRegulation', TITLE, vscode.ConfigurationTarget.Workspace);
    editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    const before = doc.getText();
    const inserted = vscode.commands.executeCommand<string | undefined>('lawcite.insertCitation');
    // Accept the first item of each picker: the default regulation, its first article, the whole article.
    let done = false;
    void inserted.then(() => (done = true));
    await eventually(
      'citation inserted',
      async () => {
        if (!done) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return done;
      },
      Boolean,
    );
    const text = await inserted;
    assert.strictEqual(text, `《${TITLE}》第一条`);
    assert.strictEqual(doc.getText(), before + text);
    await vscode.commands.executeCommand('undo');
    await vscode.workspace.getConfiguration('lawcite').update('defaultRegulation', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('serves plain-text files and untitled drafts too', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const notice = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'notice.txt'));
    assert.strictEqual(notice.languageId, 'plaintext');
    const untitled = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: `依照《${TITLE}》第六十四条执行。`,
    });
    for (const d of [notice, untitled]) {
      await vscode.window.showTextDocument(d);
      const at = d.positionAt(d.getText().indexOf('第六十四条') + 1);
      await eventually(
        `hover in ${d.uri.scheme}:${d.languageId}`,
        () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', d.uri, at),
        (h) => hoverText(h ?? []).includes(ARTICLE_64_WORDS),
      );
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Compare Versions opens the diff editor over the two versions of the cited article (read-only lawcite-version: documents)', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    const draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'versions-draft.md'));
    const ed = await vscode.window.showTextDocument(draft);
    const at = draft.positionAt(draft.getText().indexOf('第十五条') + 1);
    ed.selection = new vscode.Selection(at, at);
    await eventually(
      'the citation resolved',
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft.uri, at),
      (h) => hoverText(h ?? []).includes('第十五条'),
      60000,
    );
    const shown = await vscode.commands.executeCommand<boolean>('lawcite.compareVersions');
    assert.strictEqual(shown, true);
    const input = await eventually('a diff tab', () => vscode.window.tabGroups.activeTabGroup.activeTab?.input, (i) => i instanceof vscode.TabInputTextDiff);
    const diff = input as vscode.TabInputTextDiff;
    assert.strictEqual(diff.original.scheme, 'lawcite-version');
    const left = await vscode.workspace.openTextDocument(diff.original);
    const right = await vscode.workspace.openTextDocument(diff.modified);
    assert.match(left.getText(), /^第十六条 公司向其他企业投资或者为他人提供担保/);
    assert.match(right.getText(), /^第十五条 公司向其他企业投资或者为他人提供担保/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('List Cited Provisions shows the draft’s list beside it; the Workspace variant lists every draft', async () => {
    await vscode.window.showTextDocument(doc);
    const md = await vscode.commands.executeCommand<string | undefined>('lawcite.listCitedProvisions');
    assert.ok(md && md.includes('#### 第六十四条') && md.includes(ARTICLE_64_WORDS), md);
    const view = vscode.window.visibleTextEditors.find((e) => e.document.uri.scheme === 'lawcite-cites');
    assert.ok(view, 'the list is shown');
    assert.strictEqual(view.document.getText(), md);
    assert.strictEqual(view.document.languageId, 'markdown');
    const all = await vscode.commands.executeCommand<string | undefined>('lawcite.listCitedProvisionsWorkspace');
    assert.ok(all && /draft\.md:\d+/.test(all) && /notice\.txt:\d+/.test(all), all);
  });

  it('Reload Corpus reloads and reports the counts', async () => {
    const status = await vscode.commands.executeCommand<{ regulations: number; articles: number }>('lawcite.reloadCorpus');
    assert.ok(status && status.regulations > 0 && status.articles > 100, JSON.stringify(status));
  });
});
