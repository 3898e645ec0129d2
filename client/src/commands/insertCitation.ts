// LawCite: Insert Citation — pick a regulation, an article, then a 款 (or the whole article); inserts
// 《title》第X条第Y款 at the cursor, with the document's short title (以下简称《条例》) when it defines one.
import * as vscode from 'vscode';
import type { ArticleSummary, RegulationSummary } from '../../../server/src/protocol';
import { paragraphLabel } from '../../../server/src/core/labels';
import { definedShortTitle, formatCitation } from '../citationText';
import { t } from '../i18n';
import type { ServerApi } from '../serverApi';

export async function insertCitation(api: ServerApi): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t('LawCite: open a draft to insert a citation into.'));
    return undefined;
  }
  const regulation = await pickRegulation(api, editor.document.uri.toString());
  if (!regulation) return undefined;
  const article = await pickArticle(api, regulation);
  if (!article) return undefined;
  const paragraph = await pickParagraph(api, article);
  if (paragraph === undefined) return undefined;

  const text = formatCitation({
    title: regulation.title,
    shortTitle: definedShortTitle(editor.document.getText(), regulation.title),
    lang: regulation.lang,
    article: article.number,
    insert: article.insert,
    paragraph,
  });
  // Focus the draft again (the pickers took it); its editor object may be a new one.
  const target = await vscode.window.showTextDocument(editor.document, editor.viewColumn);
  await target.edit((edit) => {
    for (const selection of target.selections) edit.replace(selection, text);
  });
  return text;
}

/** The regulation to cite, ranked by the server for this draft: the laws it cites, its short titles, the default first. */
async function pickRegulation(api: ServerApi, uri: string): Promise<RegulationSummary | undefined> {
  const regulations = api.listRegulations({ uri });
  const items: Promise<(vscode.QuickPickItem & { reg: RegulationSummary })[]> = regulations.then((list) =>
      list.map((reg) => ({
        label: reg.title,
        description: t('{0} articles', reg.articles),
        detail: [reg.shortTitles.length ? t('short title: {0}', reg.shortTitles.join('、')) : '', reg.effective ? t('effective {0}', reg.effective) : '']
          .filter(Boolean)
          .join(' · ') || undefined,
        reg,
      })),
  );
  const chosen = await vscode.window.showQuickPick(
    items,
    { title: t('LawCite: Insert Citation'), placeHolder: t('Regulation'), matchOnDescription: true, matchOnDetail: true },
  );
  return chosen?.reg;
}

async function pickArticle(api: ServerApi, regulation: RegulationSummary): Promise<ArticleSummary | undefined> {
  const items: Promise<(vscode.QuickPickItem & { article: ArticleSummary })[]> = api
    .listArticles({ title: regulation.title })
    .then((articles) => articles.map((article) => ({ label: article.label, description: article.snippet, article })));
  const chosen = await vscode.window.showQuickPick(
    items,
    { title: `《${regulation.title}》`, placeHolder: t('Article (type a number: 六十四 or 64)'), matchOnDescription: true },
  );
  return chosen?.article;
}

/** The 款 to cite: a number, null for the whole article, undefined when the user cancelled. */
async function pickParagraph(api: ServerApi, article: ArticleSummary): Promise<number | null | undefined> {
  const views = await api.articleAt({ uri: article.uri, position: article.range.start });
  const paragraphs = views?.[0]?.text.split('\n').filter((p) => p.trim()) ?? [];
  if (paragraphs.length <= 1) return null;
  const items: (vscode.QuickPickItem & { paragraph: number | null })[] = [
    { label: t('Whole article'), description: article.label, paragraph: null },
    ...paragraphs.map((text, i) => ({ label: paragraphLabel(i + 1), description: text, paragraph: i + 1 })),
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: `${article.label}`, placeHolder: t('Paragraph (款)') });
  return chosen ? chosen.paragraph : undefined;
}
