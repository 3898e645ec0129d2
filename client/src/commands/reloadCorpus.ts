// LawCite: Reload Corpus — re-reads the bundled corpus and lawcite.corpus.paths, with progress.
import * as vscode from 'vscode';
import type { CorpusStatus } from '../../../server/src/protocol';
import { t } from '../i18n';
import type { ServerApi } from '../serverApi';

export async function reloadCorpus(api: ServerApi): Promise<CorpusStatus> {
  const status = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('LawCite: reloading the corpus…') },
    () => api.reloadCorpus(),
  );
  const message = t('LawCite: {0} regulations, {1} articles loaded.', status.regulations, status.articles);
  if (status.problems > 0) {
    void vscode.window.showWarningMessage(`${message} ${t('{0} files could not be read (see the LawCite output)', status.problems)}`);
  } else {
    void vscode.window.showInformationMessage(message);
  }
  return status;
}
