// Status bar item: how many regulations/articles are loaded, a spinner while indexing.
import * as vscode from 'vscode';
import type { CorpusStatus } from '../../server/src/protocol';
import { t } from './i18n';

export class CorpusStatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private last: CorpusStatus | undefined;

  constructor() {
    this.item = vscode.window.createStatusBarItem('lawcite.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'LawCite';
    this.item.command = 'lawcite.searchArticles';
    this.starting();
    this.item.show();
  }

  starting(): void {
    this.item.text = `$(sync~spin) LawCite`;
    this.item.tooltip = t('LawCite: starting the language server…');
    this.item.backgroundColor = undefined;
  }

  failed(message: string): void {
    this.item.text = `$(error) LawCite`;
    this.item.tooltip = t('LawCite: the language server stopped: {0}', message);
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  update(status: CorpusStatus): void {
    this.last = status;
    const counts = t('{0} regulations · {1} articles', status.regulations, status.articles);
    this.item.text = status.indexing ? `$(sync~spin) ${t('Indexing')} ${counts}` : `$(law) ${counts}`;
    const lines = [
      status.indexing ? t('LawCite: indexing the corpus…') : t('LawCite: corpus loaded'),
      counts,
    ];
    if (status.problems) lines.push(t('{0} files could not be read (see the LawCite output)', status.problems));
    if (status.skipped) lines.push(t('{0} texts without articles (decisions, plans) not indexed as regulations', status.skipped));
    lines.push(t('Click to search articles'));
    this.item.tooltip = lines.join('\n');
    // Yellow only while something is wrong now (a file that cannot be read); a 决定 without articles is not.
    this.item.backgroundColor = status.problems > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  /** Show the last status again (after lawcite.language changed). */
  refresh(): void {
    if (this.last) this.update(this.last);
  }

  get status(): CorpusStatus | undefined {
    return this.last;
  }

  dispose(): void {
    this.item.dispose();
  }
}
