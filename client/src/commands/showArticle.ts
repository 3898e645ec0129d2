// LawCite: Show Article — the article cited under the cursor, rendered in a read-only view beside the editor (a
// webview: the text as a page, not Markdown source); while it is visible it follows the cursor in the draft. Its
// source link opens the law text read-only at the article.
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import type { ArticleView } from '../../../server/src/protocol';
import { articlePage, otherCited, sourceName, type ArticleWords } from '../articleHtml';
import { bracketTitle } from '../../../server/src/core/citations/messages';
import { documentSelector } from '../languageClient';
import { isChinese, shownDate, t } from '../i18n';
import { openAt, type ServerApi } from '../serverApi';

export const articleViewType = 'lawcite.article';

export class ArticleViewProvider implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private views: ArticleView[] = [];
  private content = '';
  private page = '';
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private cancel: vscode.CancellationTokenSource | undefined;

  constructor(private readonly api: ServerApi) {
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((e) => this.cursorMoved(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.cursorMoved(editor)),
    );
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
    this.ensurePanel();
    this.setViews(views);
    this.panel?.reveal(undefined, true);
    return true;
  }

  /** The article now shown, as plain text with Markdown emphasis (for tests and the e2e run). */
  get text(): string {
    return this.content;
  }

  /** The page now shown (for tests). */
  get html(): string {
    return this.page;
  }

  get visible(): boolean {
    return !!this.panel?.visible;
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(
      articleViewType,
      t('Article'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.content = '';
      this.page = '';
    });
    panel.webview.onDidReceiveMessage((m: { open?: number }) => {
      const view = typeof m?.open === 'number' ? this.views[m.open] : undefined;
      if (view) void this.openSource(view);
    });
    this.panel = panel;
    return panel;
  }

  /**
   * Open the law text at the article the source link names, with the focus in it. The click that sent the message
   * also focuses the webview, and under load that focus may arrive after the editor took it (the text open, the
   * keyboard still in the view): give it back once.
   */
  private async openSource(view: ArticleView): Promise<void> {
    const editor = await openAt(view.uri, view.range, { viewColumn: vscode.ViewColumn.One });
    setTimeout(() => {
      if (this.panel?.active) void vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
    }, 300);
  }

  private cursorMoved(editor: vscode.TextEditor): void {
    if (!isDraft(editor.document) || !this.panel?.visible) return;
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
    if (next === this.content || !this.panel) return;
    this.views = views;
    this.content = next;
    const words: ArticleWords = { adopted: t('Adopted'), effective: t('Effective'), source: t('Source'), openSource: t('Open the law text at this article'), also: t('Also cited: {0}', ''), chineseDates: isChinese() };
    this.page = articlePage(views, words, crypto.randomBytes(16).toString('base64'), isChinese() ? 'zh-CN' : 'en');
    this.panel.title = views.length === 1 ? views[0].label : `${views[0].label} …`;
    this.panel.webview.html = this.page;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.cancel?.cancel();
    this.panel?.dispose();
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
  if (!views[0]) return '';
  const page = renderArticle(views[0]);
  const labels = otherCited(views).map((o) => o.name);
  return labels.length ? `${page}\n\n---\n\n${t('Also cited: {0}', labels.join('、'))}` : page;
}

/** The article as a short Markdown page: heading, chapter and dates, then its paragraphs; the cited 款 in bold. */
export function renderArticle(view: ArticleView): string {
  const lines = [`# ${bracketTitle(view.title)}${view.label}`, ''];
  const meta = [
    view.path.join(' '),
    // 2023年7月31日通过 · 2023年9月1日起施行 / Adopted 31 July 2023 · Effective 1 September 2023
    view.adopted ? (isChinese() ? `${shownDate(view.adopted)}通过` : `${t('Adopted')} ${shownDate(view.adopted)}`) : '',
    view.effective ? (isChinese() ? `${shownDate(view.effective)}起施行` : `${t('Effective')} ${shownDate(view.effective)}`) : '',
  ].filter(Boolean);
  if (meta.length) lines.push(meta.join(' · '), '');
  view.text.split('\n').forEach((paragraph, i) => {
    lines.push(view.paragraph === i + 1 ? `**${paragraph}**` : paragraph, '');
  });
  lines.push(`${t('Source')}: ${sourceName(view)}`);
  return lines.join('\n');
}
