// LawCite language server: thin wiring of LSP messages to the LawCite service. Run with --stdio.
import {
  type CancellationToken,
  type Connection,
  createConnection,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  ResponseError,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as protocol from './protocol';
import { semanticTokensLegend } from './features/semanticTokens';
import { t } from './features/messages';
import { CorpusStore, type CorpusProblem } from './lsp/corpusStore';
import { DiagnosticsScheduler } from './lsp/diagnosticsScheduler';
import { WorkspaceCheck } from './lsp/workspaceCheck';
import { LspDocuments } from './lsp/documents';
import { findBundledCorpus } from './core/corpus';
import { describeError } from './service/errors';
import type { CorpusSource } from './service/interfaces';
import { createLawCiteService } from './lawCiteService';
import { parseSettings, SettingsState } from './service/settings';
import { uriToPath } from './service/uris';
import * as path from 'path';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let progress: WorkDoneProgressServerReporter | undefined;
  let canProgress = false;
  let canConfigure = false;
  let pendingProblems: CorpusProblem[] = [];
  const settings = new SettingsState();
  const logger = {
    error: (m: string) => connection.console.error(m),
    warn: (m: string) => connection.console.warn(m),
    info: (m: string) => connection.console.info(m),
  };

  const corpus: CorpusStore = new CorpusStore({
    onIndex: () => {
      connection.sendNotification(protocol.StatusNotification, service.corpusStatus());
      scheduler.refreshAll();
      drafts.refresh();
      if (!corpus.indexing) showProblems();
    },
    onProblem: (p) => {
      // Each file once in the Output channel; a text that is not a regulation (决定, 方案) is no cause for alarm.
      if (!p.skipped) logger.warn(`${t('corpusProblem', settings.lang)}: ${p.file}: ${settings.lang === 'zh' ? p.reasonZh : p.reason}`);
      pendingProblems.push(p);
    },
    onProgress: ({ done, total }) => {
      if (total > 0) progress?.report(Math.round((done / total) * 100), `${done}/${total}`);
    },
    onIndexing: (indexing) => {
      connection.sendNotification(protocol.StatusNotification, service.corpusStatus());
      if (indexing) {
        if (canProgress) {
          void connection.window.createWorkDoneProgress().then(
            (p) => {
              p.begin(t('indexing', settings.lang), 0, undefined, false);
              if (!corpus.indexing) return p.done();
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
  const workspace = new LspDocuments(documents, (file) => loaded().isCorpusFile(file));
  /**
   * Until the settings have named the corpus folders, the corpus counts as loading: a user folder may hold what a
   * draft cites (the bundled corpus is already read).
   */
  let foldersKnown = false;
  const corpusSource: CorpusSource = {
    get index() {
      return loaded().index;
    },
    get indexing() {
      return !foldersKnown || loaded().indexing;
    },
    get progress() {
      return loaded().progress;
    },
    get problems() {
      return loaded().problems;
    },
    get skipped() {
      return loaded().skipped;
    },
    isCorpusFile: (file) => loaded().isCorpusFile(file),
  };
  const service = createLawCiteService({ corpus: corpusSource, documents: workspace, settings, logger });
  const bundled = findBundledCorpus();
  /**
   * The bundled corpus is read right after the initialize request is answered (so that the client's own start-up
   * runs meanwhile), and in any case before anything reads the corpus: no request is answered without it.
   */
  let bundledPending = bundled !== null;
  function loaded(): CorpusStore {
    if (bundledPending) {
      bundledPending = false;
      corpus.preload([bundled!], true);
    }
    return corpus;
  }

  /** The corpus folders: the bundled one, then the user's (relative to the first workspace folder). */
  function corpusRoots(): string[] {
    const roots = bundled ? [bundled] : [];
    for (const p of settings.settings.corpusPaths) {
      const expanded = p.startsWith('~') ? path.join(process.env.HOME ?? '', p.slice(1)) : p;
      roots.push(path.isAbsolute(expanded) ? expanded : path.resolve(workspace.folders[0] ?? process.cwd(), expanded));
    }
    return roots;
  }

  /**
   * After a load: texts without articles as one count in the Output channel; files that cannot be used as one
   * warning with their count (the paths are in the Output channel, each logged once).
   */
  function showProblems(): void {
    if (pendingProblems.length === 0) return;
    const skipped = pendingProblems.filter((p) => p.skipped);
    const failed = pendingProblems.length - skipped.length;
    pendingProblems = [];
    if (skipped.length) {
      const names = [...new Set(skipped.map((p) => path.basename(p.file)))];
      const shown = names.slice(0, 5).join(settings.lang === 'zh' ? '、' : ', ') + (names.length > 5 ? ' …' : '');
      logger.info(`${t('corpusSkipped', settings.lang, { n: skipped.length })}${settings.lang === 'zh' ? '：' : ': '}${shown}`);
    }
    if (failed) {
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: t('corpusProblems', settings.lang, { n: failed }),
      });
    }
  }

  const scheduler = new DiagnosticsScheduler(
    (uri) => documents.get(uri),
    (doc) => service.diagnostics(doc),
    (uri, version, diags) => void connection.sendDiagnostics({ uri, version, diagnostics: diags }),
    () => documents.keys(),
    (err) => logger.error(`diagnostics: ${describeError(err)}`),
  );

  const drafts = new WorkspaceCheck({
    drafts: () => workspace.drafts(),
    fromDisk: (uri) => workspace.fromDisk(uri),
    isOpen: (uri) => workspace.isOpen(uri),
    diagnostics: (d) => service.diagnostics(d),
    publish: (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, version, diagnostics }),
    logError: (m) => logger.error(m),
  });

  /** Run a handler without ever letting an exception reach the client as a stack trace. */
  function guard<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R) {
    return (params: P, token: CancellationToken): R => {
      if (token?.isCancellationRequested) return fallback;
      try {
        return fn(params, token);
      } catch (err) {
        logger.error(`${name}: ${describeError(err)}`);
        return fallback;
      }
    };
  }
  const doc = (uri: string) => documents.get(uri);

  async function pullSettings(): Promise<void> {
    if (!canConfigure) return;
    let raw: unknown = {};
    try {
      raw = await connection.workspace.getConfiguration('lawcite');
    } catch (err) {
      logger.error(`settings: ${describeError(err)}`);
    }
    await applySettings(raw);
  }
  function applySettings(raw: unknown): Promise<void> {
    settings.update(parseSettings(raw));
    // The bundled corpus first, while its status still says loading (the folders were not known).
    const store = loaded();
    foldersKnown = true;
    const done = store.setRoots(corpusRoots());
    scheduler.refreshAll();
    drafts.refresh();
    return done;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    settings.clientLocale = params.locale;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
    if (folders.length === 0 && params.rootUri) {
      const root = uriToPath(params.rootUri);
      if (root) folders.push(root);
    }
    workspace.folders = folders;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    canConfigure = !!params.capabilities.workspace?.configuration;
    const init = params.initializationOptions as { settings?: unknown; commandLinks?: unknown; commands?: unknown; diagnosticsInHover?: unknown } | undefined;
    if (init && typeof init === 'object' && init.settings) settings.update(parseSettings(init.settings));
    settings.commandLinks = !!init && typeof init === 'object' && init.commandLinks === true;
    settings.diagnosticsInHover = !!init && typeof init === 'object' && init.diagnosticsInHover === true;
    if (init && typeof init === 'object' && Array.isArray(init.commands)) {
      settings.clientCommands = init.commands.filter((c): c is string => typeof c === 'string');
    }
    // The bundled corpus is read once this answer is on its way (the connection writes it in an immediate of its own,
    // queued after ours: hence two turns), so that the client's start-up runs meanwhile. A message handled before
    // that reads it first (loaded()).
    if (bundledPending) setImmediate(() => setImmediate(loaded));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: ['《', '第'], resolveProvider: true },
        codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite'] },
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
      const store = loaded();
      foldersKnown = true;
      void store.setRoots(corpusRoots());
    }
    try {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        workspace.folders = workspace.folders.filter((f) => !removed.has(f));
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p) workspace.folders.push(p);
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
      if (p) loaded().fileChanged(p);
    }
  });

  documents.onDidOpen((e) => scheduler.schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => scheduler.schedule(e.document.uri));
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    drafts.closed(e.document.uri);
  });

  connection.onHover(guard('hover', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.hover(d, p.position) : null;
  }));
  connection.onDefinition(guard('definition', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.definition(d, p.position) : null;
  }));
  connection.onReferences(guard('references', Promise.resolve(null), async (p, token) => {
    const d = workspace.get(p.textDocument.uri);
    if (!d) return null;
    try {
      return await service.references(d, p.position, !!p.context?.includeDeclaration, () => token.isCancellationRequested);
    } catch (err) {
      logger.error(`references: ${describeError(err)}`);
      return null;
    }
  }));
  connection.onPrepareRename(guard('prepareRename', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.prepareRename(d, p.position) : null;
  }));
  connection.onRenameRequest(guard('rename', null, (p) => {
    const d = doc(p.textDocument.uri);
    const r = d ? service.rename(d, p.position, p.newName) : null;
    if (!r) return null;
    // A refusal reaches the user as the request's error message.
    return 'error' in r ? new ResponseError(LSPErrorCodes.RequestFailed, r.error) : r.edit;
  }));
  connection.onDocumentHighlight(guard('documentHighlight', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.documentHighlights(d, p.position) : null;
  }));
  connection.onCompletion(guard('completion', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.completion(d, p.position) : null;
  }));
  connection.onCompletionResolve(guard('completionResolve', null as never, (item) => service.resolveCompletion(item)));
  connection.onCodeAction(guard('codeAction', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.codeActions(d, p.range, p.context.only) : null;
  }));
  connection.onDocumentLinks(guard('documentLinks', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.documentLinks(d) : null;
  }));
  connection.onDocumentSymbol(guard('documentSymbol', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.outline(d, d.languageId) : null;
  }));
  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], (p) => service.workspaceSymbols(p.query)));
  connection.onFoldingRanges(guard('foldingRanges', null, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.foldingRanges(d) : null;
  }));
  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, (p) => {
    const d = doc(p.textDocument.uri);
    return d ? service.semanticTokens(d) : { data: [] };
  }));

  connection.onRequest(protocol.SearchArticlesRequest, guard('searchArticles', [], (p: protocol.SearchArticlesParams) =>
    service.searchArticles(p?.query, p?.limit, typeof p?.uri === 'string' ? p.uri : undefined)));
  connection.onRequest(protocol.ListRegulationsRequest, guard('listRegulations', [], (p: protocol.ListRegulationsParams | undefined) =>
    service.listRegulations(typeof p?.uri === 'string' ? p.uri : undefined)));
  connection.onRequest(protocol.ListArticlesRequest, guard('listArticles', [], (p: protocol.ListArticlesParams) => service.listArticles(p?.title)));
  connection.onRequest(protocol.DocumentStructureRequest, guard('documentStructure', null, (p: protocol.DocumentStructureParams) => {
    const d = p?.uri ? doc(p.uri) : undefined;
    return d ? service.structure(d, d.languageId) : null;
  }));
  connection.onRequest(protocol.ArticleAtRequest, guard('articleAt', null, (p: protocol.ArticleAtParams) => p?.uri && p.position ? service.articleAt(p.uri, p.position) : null));
  connection.onRequest(protocol.CheckDraftsRequest, async (_params: unknown, token: CancellationToken) => {
    try {
      return await drafts.run(() => token.isCancellationRequested);
    } catch (err) {
      logger.error(`checkDrafts: ${describeError(err)}`);
      return { files: 0, withProblems: 0, errors: 0, warnings: 0, problems: 0 };
    }
  });
  const compare = guard<protocol.CompareVersionsParams, protocol.CompareVersionsResult>('compareVersions', { status: 'no-citation', message: '' }, (p) =>
    service.compareVersions(p ?? { uri: '', position: { line: 0, character: 0 } }),
  );
  // (typed as unknown: the request's result is a union, which onRequest's overloads do not infer)
  connection.onRequest(protocol.CompareVersionsRequest, (p: protocol.CompareVersionsParams, token: CancellationToken): unknown => compare(p, token));
  connection.onRequest(protocol.VersionTextRequest, guard('versionText', null, (p: protocol.VersionTextParams) => (p ? service.versionText(p) : null)));
  /** A document's place in a list: its path relative to the first workspace folder, else its path or URI. */
  const displayName = (uri: string): string => {
    const file = uriToPath(uri);
    if (!file) return uri;
    const root = workspace.folders[0];
    const rel = root ? path.relative(root, file) : '';
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
  };
  connection.onRequest(protocol.CitedProvisionsRequest, guard('citedProvisions', null, (p: protocol.CitedProvisionsParams) =>
    service.citedProvisions(Array.isArray(p?.uris) ? p.uris.filter((u) => typeof u === 'string') : [], !!p?.workspace, displayName)));
  connection.onRequest(protocol.ReloadCorpusRequest, async () => {
    try {
      await loaded().reload();
    } catch (err) {
      logger.error(`reloadCorpus: ${describeError(err)}`);
    }
    return service.corpusStatus();
  });

  connection.onShutdown(() => {
    scheduler.dispose();
    corpus.dispose();
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
