// Quick fixes for the citation under the cursor only. When the cursor is on no quick fix, VS Code looks for the
// nearest one on the line (editor.codeActionWidget.includeNearbyQuickFixes) and asks for the code actions at that
// diagnostic's range: the fixes of another citation. Such a request (a range on the cursor's line that the cursor is
// not in) is asked at the cursor instead, so the server answers for what is under it.
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

export const codeActionsAtCursor: Middleware['provideCodeActions'] = (document, range, context, token, next) => {
  const editor = vscode.window.activeTextEditor;
  const cursor = editor?.document === document && editor.selection.isEmpty ? editor.selection.active : undefined;
  if (cursor && context.triggerKind === vscode.CodeActionTriggerKind.Invoke && range.start.line === cursor.line && !range.contains(cursor)) {
    return next(document, new vscode.Range(cursor, cursor), context, token);
  }
  return next(document, range, context, token);
};
