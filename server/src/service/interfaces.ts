// What the LawCite service is built over: small interfaces a language server, the command line or a test supplies.
import type { AnalysisEntry } from './analysisCache';
import type { CorpusIndex } from './corpusIndex';
import type { HoverTranslation, MessageLanguage, Settings } from './settings';

/** A document to analyse: an open one, a workspace file read from disk, or a text in memory. */
export interface SourceDocument {
  uri: string;
  /** Changes whenever the text does. */
  version: number;
  getText(): string;
}

export interface LoadProgress {
  done: number;
  total: number;
}

/** A corpus file that could not be used, or that holds no regulation (a 决定, a 方案: skipped, not a fault). */
export interface CorpusProblem {
  file: string;
  /** English and Chinese reasons. */
  reason: string;
  reasonZh: string;
  /** True for a readable text that is not a regulation with articles (no-articles, no-regulation, empty). */
  skipped?: boolean;
}

/** The corpus as the service sees it: one consistent index at a time, and whether more is still loading. */
export interface CorpusSource {
  /** The current index; replaced (never mutated) when the corpus changes. */
  readonly index: CorpusIndex;
  /** Folders still being read: what is not in the index yet may still come. */
  readonly indexing: boolean;
  /** Files read of those being indexed, while indexing. */
  readonly progress: LoadProgress | null;
  /** Files or folders that could not be used now (unreadable, binary, missing folder): something is wrong. */
  readonly problems: readonly CorpusProblem[];
  /** Texts in the corpus folders that are not regulations with articles (决定, 方案): indexed as nothing, not wrong. */
  readonly skipped?: readonly CorpusProblem[];
  /** Is this file part of the corpus (loaded, or inside a corpus folder)? */
  isCorpusFile(file: string): boolean;
}

/** The documents of the workspace. */
export interface WorkspaceDocuments {
  /** An open document, else the file on disk; undefined when neither exists. */
  get(uri: string): SourceDocument | undefined;
  /** Is the document open in the editor (edited text, not the file on disk)? */
  isOpen(uri: string): boolean;
  /** Open documents, then the workspace's draft files (.md/.txt outside corpus folders), for references. */
  drafts(): Iterable<SourceDocument>;
}

/** The user's settings, applied once: the engine receives them with every analysis. */
export interface SettingsSource {
  readonly settings: Settings;
  /** Grows when settings change (cached analyses made with older settings are stale). */
  readonly generation: number;
  readonly lang: MessageLanguage;
  /** Client commands code actions may run (lawcite.searchArticles, lawcite.setDefaultRegulation); none by default. */
  readonly clientCommands?: readonly string[];
  /** The client runs `command:` links in hovers (the VS Code extension); default false. */
  readonly commandLinks?: boolean;
  /** The client shows diagnostics in its hovers itself (VS Code); default false. */
  readonly diagnosticsInHover?: boolean;
}

export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

/** What a feature reads: the corpus index, the message language and analyses. Nothing else. */
export interface ServiceContext {
  readonly index: CorpusIndex;
  readonly corpus: CorpusSource;
  readonly lang: MessageLanguage;
  readonly settings: Settings;
  /** Where hovers put a translation (the setting, auto resolved by the language). */
  readonly hoverTranslation: HoverTranslation;
  /** Client commands code actions may run. */
  readonly clientCommands: readonly string[];
  /** Hovers may hold `command:` links (only for a client that runs them). */
  readonly commandLinks: boolean;
  /** The client's hover shows the diagnostics at the position: a hover does not say their messages again. */
  readonly diagnosticsInHover: boolean;
  /** The analysis of a document's current version (made once, then cached). */
  analysis(doc: SourceDocument): AnalysisEntry;
  /** The last analysis made of a document, whatever its version. */
  lastAnalysis(uri: string): AnalysisEntry | undefined;
  /** The analysis of a document by URI: the open one, else the file on disk. */
  analysisByUri(uri: string): AnalysisEntry | undefined;
  /** Analyses of the open documents and the workspace's draft files. */
  workspaceAnalyses(): Iterable<AnalysisEntry>;
}
