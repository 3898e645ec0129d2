// 设为默认法规 (a quick fix on a bare 第X条 without a regulation): writes lawcite.defaultRegulation, for the workspace
// when one is open, else for the user; the engine then reads bare citations in that regulation.
import * as vscode from 'vscode';
import { t } from '../i18n';

export async function setDefaultRegulation(title?: string): Promise<string | undefined> {
  const value = typeof title === 'string' ? title.trim().replace(/^《|》$/g, '') : '';
  if (!value) return undefined;
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('lawcite').update('defaultRegulation', value, target);
  void vscode.window.showInformationMessage(t('LawCite: default regulation set to 《{0}》.', value));
  return value;
}
