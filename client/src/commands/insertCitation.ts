// LawCite: Insert Citation — pick a regulation, an article (grouped by chapter), then one or several 款 (or the whole
// article) and a 项 of a 款; inserts 《title》第X条第Y款、第Z款 / 第X条第Y款第（Z）项 at the cursor, with the document's
// short title (以下简称《条例》) when it defines one.
import * as vscode from 'vscode';
import type { ArticleSummary, ArticleView, RegulationSummary } from '../../../server/src/protocol';
import { itemLabel, paragraphLabel } from '../../../server/src/core/labels';
import { chapterGroups } from './insertItems';
import { definedShortTitle, formatCitation } from '../citationText';
import { shownDate, t } from '../i18n';
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
  const view = (await api.articleAt({ uri: article.uri, position: article.range.start }))?.[0];
  const paragraphs = await pickParagraphs(article, view);
  if (paragraphs === undefined) return undefined;
  const item = await pickItem(article, view, paragraphs);
  if (item === undefined) return undefined;

  const text = formatCitation({
    title: regulation.title,
    shortTitle: definedShortTitle(editor.document.getText(), regulation.title),
    lang: regulation.lang,
    article: article.number,
    insert: article.insert,
    paragraphs,
    item,
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
        detail: [reg.shortTitles.length ? t('short title: {0}', reg.shortTitles.join('、')) : '', reg.effective ? t('effective {0}', shownDate(reg.effective)) : '']
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

type ArticleItem = vscode.QuickPickItem & { article?: ArticleSummary };

/** The articles under a separator per chapter (第二章 生态保护修复 › 第一节 草原). */
async function pickArticle(api: ServerApi, regulation: RegulationSummary): Promise<ArticleSummary | undefined> {
  const items: Promise<ArticleItem[]> = api.listArticles({ title: regulation.title }).then((articles) =>
    chapterGroups(articles).flatMap((group): ArticleItem[] => [
      ...(group.chapter ? [{ label: group.chapter, kind: vscode.QuickPickItemKind.Separator }] : []),
      ...group.articles.map((article) => ({ label: article.label, description: article.snippet, article })),
    ]),
  );
  const chosen = await vscode.window.showQuickPick(
    items,
    { title: `《${regulation.title}》`, placeHolder: t('Article (type a number: 六十四 or 64)'), matchOnDescription: true },
  );
  return chosen?.article;
}

type ParagraphItem = vscode.QuickPickItem & { paragraph: number | null };

/**
 * The 款 to cite: several may be ticked; with none ticked, Enter takes the row focused with the arrow keys, else the
 * first row matching what was typed (第二款), else the whole article. [] for the whole article, undefined when the
 * user cancelled.
 */
async function pickParagraphs(article: ArticleSummary, view: ArticleView | undefined): Promise<number[] | undefined> {
  const paragraphs = view?.paragraphs ?? (view?.text.split('\n').filter((p) => p.trim()) ?? []).map((text, i) => ({ number: i + 1, text, items: [] }));
  if (paragraphs.length <= 1) return [];
  const pick = vscode.window.createQuickPick<ParagraphItem>();
  pick.title = article.label;
  pick.placeholder = t('Paragraphs (款): tick several with Space, or Enter on one');
  pick.canSelectMany = true;
  pick.matchOnDescription = true;
  pick.items = [
    { label: t('Whole article'), description: article.label, paragraph: null },
    ...paragraphs.map((p) => ({ label: paragraphLabel(p.number), description: p.text, paragraph: p.number })),
  ];
  const chosen = await new Promise<readonly ParagraphItem[] | undefined>((resolve) => {
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      resolve(pick.selectedItems.length ? pick.selectedItems : [untickedChoice(pick)]);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
  if (!chosen) return undefined;
  return chosen.map((c) => c.paragraph).filter((n): n is number => n !== null);
}

/** The row Enter means when nothing is ticked (see pickParagraphs). */
function untickedChoice(pick: vscode.QuickPick<ParagraphItem>): ParagraphItem {
  const typed = pick.value.trim();
  const matches = (i: ParagraphItem) => !typed || i.label.includes(typed) || (i.description ?? '').includes(typed);
  const active = pick.activeItems[0];
  if (active && matches(active)) return active;
  return pick.items.find((i) => typed && i.label.includes(typed)) ?? pick.items.find((i) => typed && matches(i)) ?? pick.items[0];
}

/** A 项 of the one 款 cited (or of an article of one 款): null for the whole 款, undefined when cancelled. */
async function pickItem(article: ArticleSummary, view: ArticleView | undefined, paragraphs: number[]): Promise<number | null | undefined> {
  const paragraph = paragraphs.length === 1 ? paragraphs[0] : paragraphs.length === 0 && view?.paragraphs?.length === 1 ? 1 : null;
  const items = paragraph !== null ? view?.paragraphs?.find((p) => p.number === paragraph)?.items ?? [] : [];
  if (!items.length) return null;
  const whole = paragraphs.length ? t('Whole paragraph') : t('Whole article');
  const list: (vscode.QuickPickItem & { item: number | null })[] = [
    { label: whole, description: paragraphs.length ? `${article.label}${paragraphLabel(paragraph!)}` : article.label, item: null },
    ...items.map((it) => ({ label: itemLabel(it.number), description: it.text, item: it.number })),
  ];
  const chosen = await vscode.window.showQuickPick(list, { title: `${article.label}${paragraphs.length ? paragraphLabel(paragraph!) : ''}`, placeHolder: t('Item (项)'), matchOnDescription: true });
  return chosen ? chosen.item : undefined;
}
