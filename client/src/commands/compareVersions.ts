// LawCite: Compare Versions (比较版本) — the article cited under the cursor in two versions of its law, side by side
// in VS Code's diff editor. Both sides are read-only documents of the `lawcite-version:` scheme whose text the
// server gives (lawcite/versionText); which versions and which article in each, the server decides
// (lawcite/compareVersions). Also run from the hover's command links, with the position and dates as arguments.
import * as vscode from 'vscode';
import type { CompareVersionsParams, VersionSide } from '../../../server/src/protocol';
import { documentSelector } from '../languageClient';
import { shownDate, t } from '../i18n';
import type { ServerApi } from '../serverApi';

export const versionScheme = 'lawcite-version';

/** What a `lawcite-version:` URI names: a law, a version's date and the article in it (none: no counterpart). */
interface VersionRef {
  title: string;
  version: string;
  number?: number;
  insert?: number | null;
}

export class VersionDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;

  constructor(private readonly api: ServerApi) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(versionScheme, this);
  }

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    let ref: VersionRef;
    try {
      ref = JSON.parse(uri.query) as VersionRef;
    } catch {
      return t('LawCite: this version link is not valid.');
    }
    const r = await this.api.versionText(ref, token);
    return r ? r.text : t('LawCite: {0} ({1}) is no longer in the corpus.', ref.title, ref.version || '—');
  }

  dispose(): void {
    this.registration.dispose();
  }
}

/** The read-only document of one side. The path is what the tab shows: 2018-10-26 第十六条.txt. */
export function versionUri(title: string, side: VersionSide): vscode.Uri {
  const ref: VersionRef = { title, version: side.version ?? '' };
  if (side.article) {
    ref.number = side.article.number;
    ref.insert = side.article.insert;
  }
  const name = `${side.version ?? '—'} ${side.article?.label ?? t('no counterpart')}`.replace(/[\\/]/g, '_');
  return vscode.Uri.from({ scheme: versionScheme, path: `/${title.replace(/[\\/]/g, '_')}/${name}.txt`, query: JSON.stringify(ref) });
}

/**
 * The command. `args` (from a hover link): the draft, the position of the citation and optional version dates;
 * without them, the citation under the cursor of the active editor.
 */
export async function compareVersions(api: ServerApi, args?: Partial<CompareVersionsParams>): Promise<boolean> {
  let params: CompareVersionsParams;
  if (args && typeof args.uri === 'string' && args.position) {
    params = { uri: args.uri, position: args.position, ...(args.from ? { from: args.from } : {}), ...(args.to ? { to: args.to } : {}) };
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor || vscode.languages.match(documentSelector, editor.document) === 0) {
      void vscode.window.showInformationMessage(t('LawCite: put the cursor on a citation in a Markdown or text draft.'));
      return false;
    }
    params = { uri: editor.document.uri.toString(), position: editor.selection.active };
  }
  const r = await api.compareVersions(params);
  if (r.status !== 'ok') {
    void vscode.window.showInformationMessage(r.message || t('LawCite: no cited article at the cursor.'));
    return false;
  }
  const name = (s: VersionSide) => `${s.article?.label ?? t('no counterpart')}（${s.version ? shownDate(s.version) : '—'}）`;
  const title = `《${r.title}》${name(r.from)} ↔ ${name(r.to)}`;
  // In the draft's own column: wide enough for the two sides to stand side by side (a half-width group shows an
  // inline diff).
  await vscode.commands.executeCommand('vscode.diff', versionUri(r.title, r.from), versionUri(r.title, r.to), title, {
    preview: true,
    viewColumn: vscode.ViewColumn.Active,
  });
  return true;
}
