// LawCite: Search Articles — a QuickPick over every article of the corpus, searched by the server
// (title, number, words); Enter opens the article, the item button inserts its citation at the cursor.
import * as vscode from 'vscode';
import type { ArticleSummary } from '../../../server/src/protocol';
import { formatCitation, definedShortTitle } from '../citationText';
import { t } from '../i18n';
import { openAt, type ServerApi } from '../serverApi';

interface ArticleItem extends vscode.QuickPickItem {
  article: ArticleSummary;
}

export interface SearchArticlesArgs {
  /** Text to start with (e.g. from a test or a keybinding argument). */
  query?: string;
}

const insertButton = (): vscode.QuickInputButton => ({
  iconPath: new vscode.ThemeIcon('insert'),
  tooltip: t('Insert citation at the cursor'),
});

export async function searchArticles(api: ServerApi, args?: SearchArticlesArgs): Promise<void> {
  const targetEditor = vscode.window.activeTextEditor;
  const pick = vscode.window.createQuickPick<ArticleItem>();
  pick.title = t('LawCite: Search Articles');
  pick.placeholder = t('Words, a title or an article number (草原, 六十四, 64)');
  // The server ranks the results; keep VS Code from filtering them again by label.
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;

  let generation = 0;
  let timer: NodeJS.Timeout | undefined;
  let cancel: vscode.CancellationTokenSource | undefined;
  const search = (query: string): void => {
    const mine = ++generation;
    cancel?.cancel();
    cancel = new vscode.CancellationTokenSource();
    const token = cancel.token;
    if (!query.trim()) {
      pick.items = [];
      pick.busy = false;
      return;
    }
    pick.busy = true;
    // From a draft: articles of the regulations it cites first.
    api.searchArticles({ query, limit: 100, uri: targetEditor?.document.uri.toString() }, token).then(
      (articles) => {
        if (mine !== generation) return;
        pick.items = articles.map((article) => toItem(article, targetEditor !== undefined));
        pick.busy = false;
      },
      (err: unknown) => {
        if (mine !== generation || token.isCancellationRequested) return;
        pick.busy = false;
        pick.items = [];
        void vscode.window.showErrorMessage(t('LawCite: search failed: {0}', String(err)));
      },
    );
  };

  pick.onDidChangeValue((value) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => search(value), 120);
  });
  pick.onDidTriggerItemButton(async (e) => {
    pick.hide();
    if (targetEditor) await insertAtCursor(targetEditor, e.item.article);
  });
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
    if (!chosen) return;
    pick.hide();
    await openAt(chosen.article.uri, chosen.article.range);
  });
  pick.onDidHide(() => {
    if (timer) clearTimeout(timer);
    cancel?.cancel();
    pick.dispose();
  });

  if (args?.query) {
    pick.value = args.query;
    search(args.query);
  }
  pick.show();
}

function toItem(article: ArticleSummary, canInsert: boolean): ArticleItem {
  return {
    label: article.label,
    description: `《${article.title}》`,
    detail: article.snippet,
    alwaysShow: true,
    buttons: canInsert ? [insertButton()] : [],
    article,
  };
}

async function insertAtCursor(editor: vscode.TextEditor, article: ArticleSummary): Promise<void> {
  const shortTitle = definedShortTitle(editor.document.getText(), article.title);
  const lang = article.citation.startsWith('《') ? 'zh' : 'en';
  const text = shortTitle
    ? formatCitation({ title: article.title, shortTitle, lang, article: article.number, insert: article.insert })
    : article.citation;
  // Focus the draft again (the pickers took it); its editor object may be a new one.
  const target = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  await target.edit((edit) => {
    for (const selection of target.selections) edit.replace(selection, text);
  });
}
