// LawCite: Search Articles — a QuickPick over every article of the corpus, searched by the server as drafters type
// (words in any order, 六十四 or 64, a pasted citation: that article first), best first, each with the words around
// the searched ones marked. Opened from a draft, Enter inserts the citation at the cursor and the item's button opens
// the article; opened from anywhere else, Enter opens the article.
import * as vscode from 'vscode';
import type { ArticleSummary } from '../../../server/src/protocol';
import { formatCitation, definedShortTitle } from '../citationText';
import { isDraftEditor } from '../draftEditor';
import { t } from '../i18n';
import { openAt, type ServerApi } from '../serverApi';
import { markHighlights } from './searchItems';

interface ArticleItem extends vscode.QuickPickItem {
  article: ArticleSummary;
}

export interface SearchArticlesArgs {
  /** Text to start with (e.g. from a test or a keybinding argument). */
  query?: string;
}

const openButton = (): vscode.QuickInputButton => ({
  iconPath: new vscode.ThemeIcon('go-to-file'),
  tooltip: t('Open the article'),
});

export async function searchArticles(api: ServerApi, args: SearchArticlesArgs | undefined, extensionPath: string): Promise<void> {
  const active = vscode.window.activeTextEditor;
  const draft = isDraftEditor(active, extensionPath) ? active : undefined;
  const pick = vscode.window.createQuickPick<ArticleItem>();
  pick.title = draft ? t('LawCite: Search Articles — Enter inserts the citation at the cursor') : t('LawCite: Search Articles');
  pick.placeholder = t('Words in any order, an article number or a citation (筑牢 六十四, 北疆 64, 《条例》第六十四条)');
  // The server filters and ranks; VS Code highlights what the text typed matches as it is.
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;

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
    api.searchArticles({ query, limit: 100, uri: draft?.document.uri.toString() }, token).then(
      (articles) => {
        if (mine !== generation) return;
        pick.items = articles.map((article) => toItem(article, draft !== undefined));
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
  // From a draft the button opens the article (Enter inserts); elsewhere there is no button.
  pick.onDidTriggerItemButton(async (e) => {
    pick.hide();
    await openAt(e.item.article.uri, e.item.article.range);
  });
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
    if (!chosen) return;
    pick.hide();
    if (draft) await insertAtCursor(draft, chosen.article);
    else await openAt(chosen.article.uri, chosen.article.range);
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

function toItem(article: ArticleSummary, fromDraft: boolean): ArticleItem {
  return {
    label: article.label,
    description: `《${article.title}》${article.chapter ? `  ${article.chapter}` : ''}`,
    detail: markHighlights(article.snippet, article.highlights),
    alwaysShow: true,
    buttons: fromDraft ? [openButton()] : [],
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
