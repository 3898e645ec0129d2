// LawCite: Show Article — a read-only virtual Markdown document beside the editor with the article cited under
// the cursor; while it is visible it follows the cursor in the draft.
import * as vscode from 'vscode';
import type { ArticleView } from '../../../server/src/protocol';
import { documentSelector } from '../languageClient';
import { isChinese, t } from '../i18n';
import { paragraphLabel } from '../../../server/src/core/labels';
import type { ServerApi } from '../serverApi';

export const articleScheme = 'lawcite-article';

export class ArticleViewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private content = '';
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private cancel: vscode.CancellationTokenSource | undefined;
  /** The one virtual document this view shows. */
  readonly uri = vscode.Uri.from({ scheme: articleScheme, path: isChinese() ? '/条文.md' : '/Article.md' });

  constructor(private readonly api: ServerApi) {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(articleScheme, this),
      vscode.window.onDidChangeTextEditorSelection((e) => this.cursorMoved(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.cursorMoved(editor)),
      this.changed,
    );
  }

  provideTextDocumentContent(): string {
    return this.content;
  }

  /** The command: show the article cited at the cursor beside the active editor. */
  async show(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isDraft(editor.document)) {
      void vscode.window.showInformationMessage(t('LawCite: put the cursor on a citation in a Markdown or text draft.'));
      return false;
    }
    const views = await this.api.articleAt({ uri: editor.document.uri.toString(), position: editor.selection.active });
    if (!views || views.length === 0) {
      void vscode.window.showInformationMessage(t('LawCite: no cited article at the cursor.'));
      return false;
    }
    this.setViews(views);
    const doc = await vscode.workspace.openTextDocument(this.uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    return true;
  }

  /** Markdown of the view now shown (for tests). */
  get text(): string {
    return this.content;
  }

  private isVisible(): boolean {
    return vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === this.uri.toString());
  }

  private cursorMoved(editor: vscode.TextEditor): void {
    if (!isDraft(editor.document) || !this.isVisible()) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.follow(editor), 200);
  }

  private async follow(editor: vscode.TextEditor): Promise<void> {
    this.cancel?.cancel();
    const cancel = (this.cancel = new vscode.CancellationTokenSource());
    try {
      const params = { uri: editor.document.uri.toString(), position: editor.selection.active };
      const views = await this.api.articleAt(params, cancel.token);
      // Keep the last article when the cursor leaves a citation: the view is a reading aid.
      if (views && views.length && !cancel.token.isCancellationRequested) this.setViews(views);
    } catch {
      // A cancelled or failed request leaves the view as it was.
    }
  }

  private setViews(views: ArticleView[]): void {
    const next = renderViews(views);
    if (next === this.content) return;
    this.content = next;
    this.changed.fire(this.uri);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.cancel?.cancel();
    for (const d of this.disposables) d.dispose();
  }
}

function isDraft(document: vscode.TextDocument): boolean {
  return vscode.languages.match(documentSelector, document) > 0;
}

/**
 * The article under the cursor in full (the server puts it first), then the other articles the citation lists as one
 * line (另有：第九条、第十条); moving the cursor onto one of them shows it.
 */
export function renderViews(views: ArticleView[]): string {
  const [first, ...others] = views;
  if (!first) return '';
  const page = renderArticle(first);
  const name = (v: ArticleView) => `${v.title === first.title ? '' : `《${v.title}》`}${v.label}${v.paragraph ? paragraphLabel(v.paragraph) : ''}`;
  const labels = [...new Set(others.map(name))].filter((l) => l !== name(first));
  return labels.length ? `${page}\n\n---\n\n${t('Also cited: {0}', labels.join('、'))}` : page;
}

/** The article as a short Markdown page: heading, chapter and dates, then its paragraphs; the cited 款 in bold. */
export function renderArticle(view: ArticleView): string {
  const lines = [`# 《${view.title}》${view.label}`, ''];
  const meta = [
    view.path.join(' '),
    view.adopted ? `${t('Adopted')} ${view.adopted}` : '',
    view.effective ? `${t('Effective')} ${view.effective}` : '',
  ].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '), '');
  view.text.split('\n').forEach((paragraph, i) => {
    lines.push(view.paragraph === i + 1 ? `**${paragraph}**` : paragraph, '');
  });
  const file = decodeURIComponent(view.uri.replace(/^.*\//, ''));
  lines.push(`${t('Source')}: ${file}:${view.range.start.line + 1}`);
  return lines.join('\n');
}
