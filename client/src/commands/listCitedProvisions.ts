// LawCite: List Cited Provisions (引用条文清单) — the server's list of what a draft cites (or every draft of the
// workspace), shown beside the editor as a read-only virtual Markdown document. The server makes the list; this
// file only displays it.
import * as path from 'path';
import * as vscode from 'vscode';
import { documentSelector } from '../languageClient';
import { isChinese, t } from '../i18n';
import type { ServerApi } from '../serverApi';

export const citesScheme = 'lawcite-cites';

export class CitedProvisionsView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** Markdown by virtual document URI. */
  private readonly contents = new Map<string, string>();
  private readonly registration: vscode.Disposable;

  constructor(private readonly api: ServerApi) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(citesScheme, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  /** The list for the active draft; its Markdown, or undefined when there is no draft to list. */
  async forActiveDraft(): Promise<string | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || vscode.languages.match(documentSelector, editor.document) === 0) {
      void vscode.window.showInformationMessage(t('LawCite: open a Markdown or text draft to list the provisions it cites.'));
      return undefined;
    }
    const doc = editor.document;
    const result = await this.api.citedProvisions({ uris: [doc.uri.toString()] });
    const name = doc.isUntitled ? doc.uri.path : path.basename(doc.uri.fsPath);
    return this.show(result?.markdown, name);
  }

  /** The list for every draft of the workspace. */
  async forWorkspace(): Promise<string> {
    const result = await this.api.citedProvisions({ workspace: true });
    return this.show(result?.markdown, isChinese() ? '工作区' : 'workspace');
  }

  private async show(markdown: string | undefined, name: string): Promise<string> {
    // The server answers null when making the list failed (its log says why).
    if (typeof markdown !== 'string') throw new Error(t('the list of cited provisions could not be made (see the LawCite output).'));
    const title = isChinese() ? `引用条文清单 - ${name}` : `Cited provisions - ${name}`;
    const uri = vscode.Uri.from({ scheme: citesScheme, path: `/${title.replace(/[\\/]/g, '_').replace(/\.(md|txt|markdown)$/i, '')}.md` });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    return markdown;
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
