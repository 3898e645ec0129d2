// LawCite: Check All Drafts — the server checks every draft of the workspace (open or not; the files it would search
// for references) and publishes their problems; the Problems panel opens with them.
import * as vscode from 'vscode';
import type { CheckDraftsResult } from '../../../server/src/protocol';
import { t } from '../i18n';
import type { ServerApi } from '../serverApi';

export async function checkAllDrafts(api: ServerApi): Promise<CheckDraftsResult> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('LawCite: checking all drafts…'), cancellable: true },
    (_progress, token) => api.checkDrafts(token),
  );
  if (result.problems) await vscode.commands.executeCommand('workbench.actions.view.problems');
  const message = result.problems
    ? t('LawCite: {0} drafts checked; {1} have problems ({2} errors, {3} warnings).', result.files, result.withProblems, result.errors, result.warnings)
    : t('LawCite: {0} drafts checked; no problems.', result.files);
  void vscode.window.showInformationMessage(message);
  return result;
}
