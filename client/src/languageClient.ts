// Starts the bundled language server (dist/server.js) over IPC for Markdown and plain-text drafts.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** Languages and schemes LawCite serves: saved files and untitled drafts. */
export const documentSelector = ['markdown', 'plaintext'].flatMap((language) =>
  ['file', 'untitled'].map((scheme) => ({ language, scheme })),
);

export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // The server finds its corpus relative to its own file; the bundle lives in dist/, so say where corpus/ is.
  const env = { ...process.env, LAWCITE_BUNDLED_CORPUS: context.asAbsolutePath('corpus') };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    // Settings are pulled with workspace/configuration; changes are pushed for the "lawcite" section.
    synchronize: { configurationSection: 'lawcite' },
    initializationOptions: {
      bundledCorpus: context.asAbsolutePath('corpus'),
      settings: vscode.workspace.getConfiguration('lawcite'),
    },
  };
  return new LanguageClient('lawcite', 'LawCite', serverOptions, clientOptions);
}
