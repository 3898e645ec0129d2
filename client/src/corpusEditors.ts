// The law text stays put: a corpus file opened in an editor (go to definition, a search result, a link, the article
// view's source) is made read-only for the session and its front matter folded away. The server's answers keep
// pointing at the file on disk, so other editors open the same file; VS Code only stops a stray keystroke from
// editing the text LawCite checks against. Works for the bundled corpus and the user's folders alike.
import * as os from 'os';
import * as vscode from 'vscode';
import { frontMatterLines, isInside, resolveCorpusPaths } from './corpusPaths';

export class CorpusEditors implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents already treated in this session (by URI): read-only stays, folding is done once. */
  private readonly done = new Set<string>();

  constructor(private readonly bundledCorpus: string) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && void this.treat(editor)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.done.delete(doc.uri.toString())),
    );
    const active = vscode.window.activeTextEditor;
    if (active) void this.treat(active);
  }

  /** The corpus folders now: bundled, then lawcite.corpus.paths. */
  roots(): string[] {
    const paths = vscode.workspace.getConfiguration('lawcite').get<string[]>('corpus.paths', []);
    const first = vscode.workspace.workspaceFolders?.[0]?.uri;
    return [this.bundledCorpus, ...resolveCorpusPaths(paths, first?.scheme === 'file' ? first.fsPath : undefined, os.homedir())];
  }

  isCorpusDocument(document: vscode.TextDocument): boolean {
    return document.uri.scheme === 'file' && isInside(document.uri.fsPath, this.roots());
  }

  private async treat(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    if (!this.isCorpusDocument(document)) return;
    const key = document.uri.toString();
    // The command acts on the active editor: make sure it is still this one.
    if (vscode.window.activeTextEditor !== editor) return;
    await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
    if (this.done.has(key)) return;
    const fm = frontMatterLines(document.getText());
    if (!fm || editor.selection.active.line <= fm[1]) return;
    // Fold the front matter (title, dates, source: what the article view says already) once the editor has the
    // folding range the server gives it; once per document, so a front matter the user unfolds stays open.
    for (let attempt = 0; attempt < 20; attempt++) {
      const ranges = await vscode.commands
        .executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri)
        .then((r) => r ?? [], () => []);
      if (ranges.some((r) => r.start === fm[0] && r.end === fm[1])) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (vscode.window.activeTextEditor !== editor) return;
    this.done.add(key);
    // The editor asks its providers itself; give it a moment after the range exists.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('editor.fold', { selectionLines: [fm[0]], levels: 1 });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
