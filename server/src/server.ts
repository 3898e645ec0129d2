// LawCite language server: thin wiring of LSP messages to the feature modules. Run with --stdio.
import {
  type CancellationToken,
  type Connection,
  createConnection,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as protocol from './protocol';
import { codeActions, diagnostics } from './features/diagnostics';
import { completion, resolveCompletion } from './features/completion';
import { articleAt, corpusStatus, listArticles, listRegulations, searchArticles } from './features/customRequests';
import { definition } from './features/definition';
import { documentLinks } from './features/documentLinks';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { hover } from './features/hover';
import { t } from './features/messages';
import { references } from './features/references';
import { semanticTokens, semanticTokensLegend } from './features/semanticTokens';
import { workspaceSymbols } from './features/workspaceSymbols';
import { describeError, type CorpusProblem } from './state/corpusStore';
import { DiagnosticsScheduler } from './state/diagnosticsScheduler';
import { parseSettings } from './state/settings';
import { uriToPath, Workspace } from './state/workspace';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let progress: WorkDoneProgressServerReporter | undefined;
  let canProgress = false;
  let canConfigure = false;
  let pendingProblems: CorpusProblem[] = [];

  const ws: Workspace = new Workspace(documents, {
    onIndex: () => {
      connection.sendNotification(protocol.StatusNotification, corpusStatus(ws));
      scheduler.refreshAll();
      if (!ws.corpus.indexing) showProblems();
    },
    onProblem: (p) => {
      connection.console.warn(`${t('corpusProblem', ws.lang)}: ${p.file}: ${ws.lang === 'zh' ? p.reasonZh : p.reason}`);
      pendingProblems.push(p);
    },
    onProgress: ({ done, total }) => {
      if (total > 0) progress?.report(Math.round((done / total) * 100), `${done}/${total}`);
    },
    onIndexing: (indexing) => {
      connection.sendNotification(protocol.StatusNotification, corpusStatus(ws));
      if (indexing) {
        if (canProgress) {
          void connection.window.createWorkDoneProgress().then(
            (p) => {
              p.begin(t('indexing', ws.lang), 0, undefined, false);
              if (!ws.corpus.indexing) return p.done();
              progress = p;
            },
            () => undefined,
          );
        }
      } else {
        progress?.done();
        progress = undefined;
        showProblems();
      }
    },
  });

  /** One message for the corpus files that could not be used since the last one (each file reported once). */
  function showProblems(): void {
    if (pendingProblems.length === 0) return;
    const first = pendingProblems
      .slice(0, 3)
      .map((p) => `${p.file} (${ws.lang === 'zh' ? p.reasonZh : p.reason})`)
      .join('; ');
    const more = pendingProblems.length > 3 ? ` … +${pendingProblems.length - 3}` : '';
    void connection.sendNotification(ShowMessageNotification.type, {
      type: MessageType.Warning,
      message: `${t('corpusProblem', ws.lang)}: ${first}${more}`,
    });
    pendingProblems = [];
  }

  const scheduler = new DiagnosticsScheduler(
    (uri) => documents.get(uri),
    (doc) => diagnostics(ws, ws.analysis(doc)),
    (uri, version, diags) => void connection.sendDiagnostics({ uri, version, diagnostics: diags }),
    () => documents.keys(),
  );

  /** Run a handler without ever letting an exception reach the client as a stack trace. */
  function guard<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R) {
    return (params: P, token: CancellationToken): R => {
      if (token?.isCancellationRequested) return fallback;
      try {
        return fn(params, token);
      } catch (err) {
        connection.console.error(`${name}: ${describeError(err)}`);
        return fallback;
      }
    };
  }
  const doc = (uri: string) => documents.get(uri);

  async function pullSettings(): Promise<void> {
    if (!canConfigure) return;
    try {
      const raw = await connection.workspace.getConfiguration('lawcite');
      await applySettings(raw);
    } catch (err) {
      connection.console.error(`settings: ${describeError(err)}`);
    }
  }
  function applySettings(raw: unknown): Promise<void> {
    ws.analyses.clear();
    const p = ws.updateSettings(parseSettings(raw));
    scheduler.refreshAll();
    return p;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    ws.clientLocale = params.locale;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
    if (folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) folders.push(root);
    }
    ws.folders = folders;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    canConfigure = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    if (init && typeof init === 'object' && init.settings) ws.settings = parseSettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        completionProvider: { triggerCharacters: ['《', '第'], resolveProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentLinkProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: semanticTokensLegend, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'lawcite-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canConfigure) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'lawcite' }).catch(() => undefined);
      void pullSettings();
    } else {
      void ws.updateSettings(ws.settings);
    }
    try {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        ws.folders = ws.folders.filter((f) => !removed.has(f));
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p) ws.folders.push(p);
        }
      });
    } catch {
      // The client does not support workspace folder changes.
    }
  });

  connection.onDidChangeConfiguration((change) => {
    if (canConfigure) void pullSettings();
    else {
      const s = change.settings as { lawcite?: unknown } | undefined;
      void applySettings(s?.lawcite ?? {});
    }
  });

  connection.onDidChangeWatchedFiles((e) => {
    for (const c of e.changes) {
      const p = uriToPath(c.uri);
      if (p) ws.corpus.fileChanged(p);
    }
  });

  documents.onDidOpen((e) => scheduler.schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => scheduler.schedule(e.document.uri));
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    ws.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover(guard('hover', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? hover(ws, d, p.position) : null;
  }));
  connection.onDefinition(guard('definition', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? definition(ws, d, p.position) : null;
  }));
  connection.onReferences(guard('references', Promise.resolve(null), async (p, token) => {
    const d = doc(p.textDocument.uri) ?? ws.diskDocumentByUri(p.textDocument.uri);
    if (!d) return null;
    try {
      return await references(ws, d, p.position, !!p.context?.includeDeclaration, () => token.isCancellationRequested);
    } catch (err) {
      connection.console.error(`references: ${describeError(err)}`);
      return null;
    }
  }));
  connection.onCompletion(guard('completion', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? completion(ws, d, p.position) : null;
  }));
  connection.onCompletionResolve(guard('completionResolve', null as never, (item) => resolveCompletion(ws, item)));
  connection.onCodeAction(guard('codeAction', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? codeActions(ws, d, p.range, p.context.only) : null;
  }));
  connection.onDocumentLinks(guard('documentLinks', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? documentLinks(ws, d) : null;
  }));
  connection.onDocumentSymbol(guard('documentSymbol', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? documentSymbols(ws, d) : null;
  }));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (p) => workspaceSymbols(ws, p.query)));
  connection.onFoldingRanges(guard('foldingRanges', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? foldingRanges(ws, d) : null;
  }));
  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? semanticTokens(ws, d) : { data: [] };
  }));

  connection.onRequest(protocol.SearchArticlesRequest, guard('searchArticles', [], (p: protocol.SearchArticlesParams) => searchArticles(ws, p?.query, p?.limit)));
  connection.onRequest(protocol.ListRegulationsRequest, guard('listRegulations', [], () => listRegulations(ws)));
  connection.onRequest(protocol.ListArticlesRequest, guard('listArticles', [], (p: protocol.ListArticlesParams) => listArticles(ws, p?.title)));
  connection.onRequest(protocol.ArticleAtRequest, guard('articleAt', null, (p: protocol.ArticleAtParams) => p?.uri && p.position ? articleAt(ws, p.uri, p.position) : null));
  connection.onRequest(protocol.ReloadCorpusRequest, async () => {
    try {
      await ws.corpus.reload();
    } catch (err) {
      connection.console.error(`reloadCorpus: ${describeError(err)}`);
    }
    return corpusStatus(ws);
  });

  connection.onShutdown(() => {
    scheduler.dispose();
    ws.corpus.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

process.on('uncaughtException', (err) => {
  process.stderr.write(`lawcite-language-server: ${describeError(err)}\n`);
});
process.on('unhandledRejection', (err) => {
  process.stderr.write(`lawcite-language-server: ${describeError(err)}\n`);
});

startServer(createConnection(ProposedFeatures.all));
