// Starts the bundled language server (dist/server.js) over IPC for Markdown and plain-text drafts.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { codeActionsAtCursor } from './codeActionsAtCursor';

/** Languages and schemes LawCite serves: saved files and untitled drafts. */
export const documentSelector = ['markdown', 'plaintext'].flatMap((language) =>
  ['file', 'untitled'].map((scheme) => ({ language, scheme })),
);

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // The server finds corpus/ by walking up from its own file (dist/server.js → the extension folder).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    // Settings are pulled with workspace/configuration; changes are pushed for the "lawcite" section.
    synchronize: { configurationSection: 'lawcite' },
    // Hovers link to 比较版本 (command: links): the server writes them only for a client that says it runs them,
    // and VS Code runs only the commands trusted here. Code actions may run 设为默认法规 and 搜索条文… (`commands`):
    // a client without them gets no such actions.
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('lawcite'),
      commandLinks: true,
      // VS Code's hover shows the diagnostics at the position above LawCite's: the server does not repeat them.
      diagnosticsInHover: true,
      commands: ['lawcite.searchArticles', 'lawcite.setDefaultRegulation'],
    },
    markdown: { isTrusted: { enabledCommands: ['lawcite.compareVersions'] } },
    middleware: { provideCodeActions: codeActionsAtCursor },
  };
  return new LanguageClient('lawcite', 'LawCite', serverOptions, clientOptions);
}
