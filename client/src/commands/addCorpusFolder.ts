// LawCite: Add Corpus Folder… — a folder picker whose choice is appended to lawcite.corpus.paths (in the user
// settings, or the workspace's when the workspace sets the list); the server then indexes and watches it.
import * as vscode from 'vscode';
import { t } from '../i18n';

export async function addCorpusFolder(): Promise<string | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    title: t('LawCite: Add Corpus Folder'),
    openLabel: t('Add to the corpus'),
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  const folder = picked?.[0];
  if (!folder) return undefined;
  // The server runs where the extension does: a path on that machine (remote set-ups included).
  const fsPath = folder.fsPath;
  const config = vscode.workspace.getConfiguration('lawcite');
  const inspected = config.inspect<string[]>('corpus.paths');
  const inWorkspace = inspected?.workspaceValue !== undefined;
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(fsPath)) {
    void vscode.window.showInformationMessage(t('LawCite: {0} is already in the corpus.', fsPath));
    return fsPath;
  }
  await config.update('corpus.paths', [...current, fsPath], inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  void vscode.window.showInformationMessage(t('LawCite: {0} added to the corpus; its regulations are being indexed.', fsPath));
  return fsPath;
}
