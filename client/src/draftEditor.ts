// Is an editor a draft (a text the user writes and cites into) rather than a corpus text? Search and insert act on
// drafts: Enter in 搜索条文 inserts the citation into a draft, and opens the article otherwise.
import * as path from 'path';
import * as vscode from 'vscode';

/** Languages LawCite serves; a draft is one of these, saved or untitled. */
const DRAFT_LANGUAGES = new Set(['markdown', 'plaintext']);

/** True when `file` lies inside one of `roots` (a corpus folder or file). Pure. */
export function isInside(file: string, roots: readonly string[]): boolean {
  const f = path.resolve(file);
  return roots.some((r) => {
    const root = path.resolve(r);
    return f === root || f.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  });
}

/** The corpus folders: the bundled corpus and lawcite.corpus.paths (relative ones from the first workspace folder). */
function corpusRoots(extensionPath: string): string[] {
  const base = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '';
  const paths = vscode.workspace.getConfiguration('lawcite').get<string[]>('corpus.paths', []) ?? [];
  return [path.join(extensionPath, 'corpus'), ...paths.filter((p) => typeof p === 'string' && p.trim()).map((p) => path.resolve(base, p))];
}

/** A Markdown or plain-text editor, saved or untitled, outside the corpus folders. */
export function isDraftEditor(editor: vscode.TextEditor | undefined, extensionPath: string): editor is vscode.TextEditor {
  if (!editor) return false;
  const doc = editor.document;
  if (!DRAFT_LANGUAGES.has(doc.languageId)) return false;
  if (doc.uri.scheme === 'untitled') return true;
  return doc.uri.scheme === 'file' && !isInside(doc.uri.fsPath, corpusRoots(extensionPath));
}
