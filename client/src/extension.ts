// LawCite for VS Code: starts the bundled language server and adds commands, a status bar item and the article
// view. Everything about citations lives in the server; this file only wires VS Code to it.
import * as vscode from 'vscode';
import { State, type LanguageClient, type StateChangeEvent } from 'vscode-languageclient/node';
import { StatusNotification, type CorpusStatus } from '../../server/src/protocol';
import { addCorpusFolder } from './commands/addCorpusFolder';
import { checkAllDrafts } from './commands/checkAllDrafts';
import { compareVersions, VersionDocumentProvider } from './commands/compareVersions';
import { insertCitation } from './commands/insertCitation';
import { CitedProvisionsView } from './commands/listCitedProvisions';
import { reloadCorpus } from './commands/reloadCorpus';
import { setDefaultRegulation } from './commands/setDefaultRegulation';
import { searchArticles, type SearchArticlesArgs } from './commands/searchArticles';
import { ArticleViewProvider } from './commands/showArticle';
import { initI18n, t } from './i18n';
import { CorpusEditors } from './corpusEditors';
import { createLanguageClient } from './languageClient';
import { ServerApi } from './serverApi';
import { CorpusStatusItem } from './statusBar';
import { StructureView } from './structureView';

/** What activate() returns: used by the test suite in test/vscode/. */
export interface LawCiteApi {
  client: LanguageClient;
  articleView: ArticleViewProvider;
  corpusEditors: CorpusEditors;
  corpusStatus(): CorpusStatus | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LawCiteApi> {
  initI18n(context);
  const output = vscode.window.createOutputChannel('LawCite', { log: true });
  const statusItem = new CorpusStatusItem();
  client = createLanguageClient(context, output);
  const api = new ServerApi(client);
  const articleView = new ArticleViewProvider(api);
  const corpusEditors = new CorpusEditors(context.asAbsolutePath('corpus'));
  const versionDocuments = new VersionDocumentProvider(api);
  const citedView = new CitedProvisionsView(api);
  // The 编/章/节/条 of a Markdown draft with headings, which the outline leaves to Markdown (one tree there).
  const structureView = new StructureView(api);

  context.subscriptions.push(
    output,
    statusItem,
    articleView,
    corpusEditors,
    versionDocuments,
    citedView,
    structureView,
    client.onNotification(StatusNotification, (status: CorpusStatus) => {
      statusItem.update(status);
      structureView.refresh();
    }),
    client.onDidChangeState((e: StateChangeEvent) => {
      if (e.newState === State.Stopped) statusItem.failed(t('see the LawCite output'));
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('lawcite.language')) statusItem.refresh();
    }),
    command('lawcite.searchArticles', (args?: SearchArticlesArgs) => searchArticles(api, args, context.extensionPath)),
    command('lawcite.insertCitation', () => insertCitation(api)),
    command('lawcite.showArticle', () => articleView.show()),
    command('lawcite.reloadCorpus', () => reloadCorpus(api)),
    command('lawcite.checkAllDrafts', () => checkAllDrafts(api)),
    vscode.commands.registerCommand('lawcite.addCorpusFolder', () => addCorpusFolder()),
    command('lawcite.setDefaultRegulation', (title?: string) => setDefaultRegulation(title)),
    command('lawcite.compareVersions', (args?: Parameters<typeof compareVersions>[1]) => compareVersions(api, args)),
    command('lawcite.listCitedProvisions', () => citedView.forActiveDraft()),
    command('lawcite.listCitedProvisionsWorkspace', () => citedView.forWorkspace()),
  );

  try {
    await client.start();
    structureView.start();
  } catch (err) {
    statusItem.failed(String(err));
    output.appendLine(`LawCite language server failed to start: ${String(err)}`);
  }
  return { client, articleView, corpusEditors, corpusStatus: () => statusItem.status };

  function command<A extends unknown[]>(id: string, run: (...args: A) => unknown): vscode.Disposable {
    return vscode.commands.registerCommand(id, async (...args: A) => {
      if (!client || !client.isRunning()) {
        void vscode.window.showErrorMessage(t('LawCite: the language server is not running (see the LawCite output).'));
        return undefined;
      }
      try {
        return await run(...args);
      } catch (err) {
        void vscode.window.showErrorMessage(`LawCite: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    });
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
