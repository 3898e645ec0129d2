// The law text stays put: a corpus file opened in an editor (go to definition, a search result, a link, the article
// view's source) is made read-only for the session and its front matter folded away. The server's answers keep
// pointing at the file on disk, so other editors open the same file; VS Code only stops a stray keystroke from
// editing the text LawCite checks against. Works for the bundled corpus and the user's folders alike.
import * as os from 'os';
import * as vscode from 'vscode';
import { frontMatterLines, isInside, resolveCorpusPaths } from './corpusPaths';

export class CorpusEditors implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /**
   * Documents whose front matter was seen folded (by URI). Until then LawCite folds it whenever it shows; after,
   * never again, so a front matter the user unfolds stays open.
   */
  private readonly folded = new Set<string>();
  private folding = false;

  constructor(private readonly bundledCorpus: string) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && void this.treat(editor)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.rangesChanged(e.textEditor, e.visibleRanges)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.folded.delete(doc.uri.toString())),
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
    // The command acts on the active editor: make sure it is still this one.
    if (vscode.window.activeTextEditor !== editor) return;
    await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
    await this.foldFrontMatter(editor);
  }

  /** The front matter came into view: folded (remember it) or not yet folded by LawCite (fold it). */
  private rangesChanged(editor: vscode.TextEditor, visible: readonly vscode.Range[]): void {
    const key = editor.document.uri.toString();
    if (this.folded.has(key) || !this.isCorpusDocument(editor.document)) return;
    const fm = frontMatterLines(editor.document.getText());
    if (!fm) return;
    const inside = visible.some((r) => r.start.line <= fm[1] && r.end.line >= fm[0] + 1);
    const top = visible.some((r) => r.start.line === fm[0]);
    if (top && !inside) this.folded.add(key);
    else if (inside && vscode.window.activeTextEditor === editor) void this.foldFrontMatter(editor);
  }

  /** Fold the front matter (title, dates, source: what the article view says already) once its range exists. */
  private async foldFrontMatter(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    if (this.folding || this.folded.has(document.uri.toString())) return;
    const fm = frontMatterLines(document.getText());
    const line = editor.selection.active.line;
    if (!fm || (line > fm[0] && line <= fm[1])) return; // the cursor is in it: leave it open
    this.folding = true;
    try {
      for (let attempt = 0; attempt < 20; attempt++) {
        const ranges = await vscode.commands
          .executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri)
          .then((r) => r ?? [], () => []);
        if (ranges.some((r) => r.start === fm[0] && r.end === fm[1])) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      // The editor asks its providers itself; give it a moment after the range exists.
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (vscode.window.activeTextEditor !== editor) return;
      await vscode.commands.executeCommand('editor.fold', { selectionLines: [fm[0]], levels: 1 });
      // editor.fold acts on whatever editor is active when it arrives: if the user switched away meanwhile (F12, then
      // straight back to the draft), it folded the wrong one. Undo it there; the law text folds when it shows again.
      if (vscode.window.activeTextEditor !== editor) {
        await vscode.commands.executeCommand('editor.unfold', { selectionLines: [fm[0]], levels: 1 });
        return;
      }
    } finally {
      this.folding = false;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
