// The LawCite service: built from a corpus, the workspace's documents, the settings and a logger, it analyses each
// document once per version (the engine's one resolved model) and returns every feature as a plain function that
// renders that analysis. The language server adapts LSP to it; `lawcite check` and `lawcite show` use it too.
import type { Position, Range } from 'vscode-languageserver';
import type { ArticleQuery } from './core/query/articleQuery';
import type { CompareVersionsParams, VersionTextParams } from './protocol';
import { resolveArticleQuery } from './core/query/resolveArticleQuery';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { citedProvisions } from './features/citedProvisions';
import { completion, resolveCompletion } from './features/completion';
import { articleAt, corpusStatus, listArticles, listRegulations, searchArticles } from './features/customRequests';
import { compareVersions, versionText } from './features/compareVersions';
import { definition } from './features/definition';
import { codeActions, diagnostics } from './features/diagnostics';
import { documentLinks } from './features/documentLinks';
import { documentSymbols, outlineSymbols, structure } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { hover } from './features/hover';
import { references } from './features/references';
import { semanticTokens } from './features/semanticTokens';
import { prepareRename, rename } from './features/rename';
import { termHighlights } from './features/terms';
import { workspaceSymbols } from './features/workspaceSymbols';
import { AnalysisCache, type AnalysisEntry } from './service/analysisCache';

export type { ServiceContext };
import type { CorpusSource, Logger, ServiceContext, SettingsSource, SourceDocument, WorkspaceDocuments } from './service/interfaces';
import { hoverTranslation } from './service/settings';
import { uriToPath } from './service/uris';

export interface ServiceDeps {
  corpus: CorpusSource;
  documents: WorkspaceDocuments;
  settings: SettingsSource;
  logger: Logger;
}

export type LawCiteService = ReturnType<typeof createLawCiteService>;

export function createLawCiteService(deps: ServiceDeps) {
  const { corpus, documents, settings } = deps;
  const open = new AnalysisCache();
  const disk = new AnalysisCache();
  /** Analyses whose engine errors were logged (each once). */
  const logged = new WeakSet<AnalysisEntry>();

  const analysis = (doc: SourceDocument): AnalysisEntry => {
    const file = uriToPath(doc.uri);
    const cache = documents.isOpen(doc.uri) ? open : disk;
    const entry = cache.get(doc.uri, doc.version, () => doc.getText(), corpus.index, settings.generation, {
      defaultRegulation: settings.settings.defaultRegulation,
      file: file ?? doc.uri,
      corpusFile: file !== null && corpus.isCorpusFile(file),
      style: {
        arabicNumerals: settings.settings.arabicNumerals,
        missingTitleMarks: settings.settings.missingTitleMarks,
        useShortTitle: settings.settings.useShortTitle,
      },
    });
    if (entry.analysis.errors.length && !logged.has(entry)) {
      logged.add(entry);
      for (const e of entry.analysis.errors) deps.logger.error(`${doc.uri}: ${e}`);
    }
    return entry;
  };

  const context: ServiceContext = {
    get index() {
      return corpus.index;
    },
    corpus,
    get lang() {
      return settings.lang;
    },
    get settings() {
      return settings.settings;
    },
    get hoverTranslation() {
      return hoverTranslation(settings.settings, settings.lang);
    },
    get clientCommands() {
      return settings.clientCommands ?? [];
    },
    get commandLinks() {
      return settings.commandLinks ?? false;
    },
    get diagnosticsInHover() {
      return settings.diagnosticsInHover ?? false;
    },
    analysis,
    lastAnalysis: (uri) => open.peek(uri) ?? disk.peek(uri),
    analysisByUri(uri) {
      const doc = documents.get(uri);
      return doc ? analysis(doc) : undefined;
    },
    *workspaceAnalyses() {
      for (const doc of documents.drafts()) yield analysis(doc);
    },
  };

  return {
    context,
    analysis,
    /** A document is gone (closed): its cached analysis is dropped. */
    forget(uri: string): void {
      open.delete(uri);
    },
    hover: (doc: SourceDocument, position: Position) => hover(context, doc, position),
    definition: (doc: SourceDocument, position: Position) => definition(context, doc, position),
    references: (doc: SourceDocument, position: Position, includeDeclaration: boolean, isCancelled?: () => boolean) =>
      references(context, doc, position, includeDeclaration, isCancelled),
    prepareRename: (doc: SourceDocument, position: Position) => prepareRename(context, doc, position),
    rename: (doc: SourceDocument, position: Position, newName: string) => rename(context, doc, position, newName),
    documentHighlights: (doc: SourceDocument, position: Position) => termHighlights(analysis(doc), position),
    completion: (doc: TextDocument, position: Position) => completion(context, doc, position),
    resolveCompletion: (item: Parameters<typeof resolveCompletion>[1]) => resolveCompletion(context, item),
    diagnostics: (doc: SourceDocument) => diagnostics(context, analysis(doc)),
    codeActions: (doc: SourceDocument, range: Range, only?: string[]) => codeActions(context, doc, range, only),
    /** Links on citations only when `lawcite.links` is on (hover and Ctrl+click already reach the article). */
    documentLinks: (doc: SourceDocument) => (settings.settings.links ? documentLinks(context, doc) : []),
    documentSymbols: (doc: SourceDocument) => documentSymbols(context, doc),
    /** The outline for an editor: none where Markdown's own outline already shows the divisions (one tree). */
    outline: (doc: SourceDocument, languageId?: string) => outlineSymbols(context, doc, languageId),
    /** The 编/章/节/条 and whether the outline shows them (lawcite/documentStructure). */
    structure: (doc: SourceDocument, languageId?: string) => structure(context, doc, languageId),
    foldingRanges: (doc: SourceDocument) => foldingRanges(context, doc),
    semanticTokens: (doc: SourceDocument) => semanticTokens(context, doc),
    workspaceSymbols: (query: string) => workspaceSymbols(context, query),
    searchArticles: (query: string, limit?: number, uri?: string) => searchArticles(context, query, limit, uri),
    listRegulations: (uri?: string) => listRegulations(context, uri),
    listArticles: (title: string) => listArticles(context, title),
    articleAt: (uri: string, position: Position) => articleAt(context, uri, position),
    corpusStatus: () => corpusStatus(context),
    compareVersions: (params: CompareVersionsParams) => compareVersions(context, params),
    versionText: (params: VersionTextParams) => versionText(context, params),
    /** 引用条文清单 of the documents `uris`, or of every workspace draft (`workspace`, no uris). */
    citedProvisions: (uris: readonly string[], workspace: boolean, name: (uri: string) => string) => citedProvisions(context, uris, workspace, name),
    /** One citation resolved as a draft's would be (`lawcite show`); `date` picks the version. */
    show: (query: ArticleQuery, date?: string | null) => resolveArticleQuery(context.index.corpus, query, date),
  };
}
