// Custom LawCite requests and notifications, shared by the language server and any client (plain types only:
// no import from vscode-languageserver, so the VS Code client and other tools can import this file as is).
// Positions and ranges follow LSP: 0-based lines, UTF-16 characters, end exclusive.

export interface ProtocolPosition {
  line: number;
  character: number;
}

export interface ProtocolRange {
  start: ProtocolPosition;
  end: ProtocolPosition;
}

/**
 * `lawcite/searchArticles`: articles across the corpus for what a drafter types: words in any order (筑牢 保护), an
 * article number in either form (六十四, 64), a pasted citation (《条例》第六十四条: that article first), best first.
 */
export const SearchArticlesRequest = 'lawcite/searchArticles';
export interface SearchArticlesParams {
  query: string;
  /** Default 50, at most 500. */
  limit?: number;
  /** The draft the search is made from: its short titles (以下简称《条例》) name regulations in the query, and the
   * articles of the regulations it cites come first. */
  uri?: string;
}
export interface ArticleSummary {
  /** Canonical regulation title. */
  title: string;
  /** The article label as printed: 第六十四条. */
  label: string;
  number: number;
  insert: number | null;
  /** The article's words around the first searched word (its first words when none), up to ~60 characters. */
  snippet: string;
  /** [start, end) of each searched word in `snippet` (UTF-16), for highlighting. */
  highlights?: [number, number][];
  /** Relevance of a search hit (higher first; a pasted citation's article is first). */
  score?: number;
  /** The chapter (and section) the article stands in: "第二章 生态保护修复 › 第一节 草原"; absent when none. */
  chapter?: string;
  /** file: URI of the corpus file and the range of the article heading. */
  uri: string;
  range: ProtocolRange;
  /** The citation to insert in a draft: 《title》第六十四条. */
  citation: string;
}

/**
 * `lawcite/listRegulations`: every regulation in the corpus (the version in force today of each law); with a draft's
 * `uri`, those it cites, the short titles it defines and the default regulation first.
 */
export const ListRegulationsRequest = 'lawcite/listRegulations';
export interface ListRegulationsParams {
  uri?: string;
}
export interface RegulationSummary {
  title: string;
  shortTitles: string[];
  lang: 'zh' | 'en';
  translationOf: string | null;
  adopted: string | null;
  effective: string | null;
  articles: number;
  /** Number of dated versions of this law. */
  versions: number;
  /** The first file of the regulation. */
  uri: string;
}

/** `lawcite/listArticles`: the articles of one regulation by title (canonical or short), in order. */
export const ListArticlesRequest = 'lawcite/listArticles';
export interface ListArticlesParams {
  title: string;
}

/**
 * `lawcite/articleAt`: the article cited at a position of a draft (or the article under the cursor in a corpus
 * file), for a "show article beside" view. Null when there is none.
 */
export const ArticleAtRequest = 'lawcite/articleAt';
export interface ArticleAtParams {
  uri: string;
  position: ProtocolPosition;
}
export interface ArticleView {
  title: string;
  label: string;
  /** Chapter/section path, e.g. ["第二章 生态保护修复", "第一节 草原"]. */
  path: string[];
  /** Plain article text, paragraphs joined by "\n". */
  text: string;
  /** Each 款 with its 项 (for picking what to cite). */
  paragraphs?: { number: number; text: string; items: { number: number; label: string; text: string }[] }[];
  /** The same as escaped Markdown, with the cited 款/项 emphasised. */
  markdown: string;
  /** Cited paragraph / item, when the citation names one. */
  paragraph: number | null;
  item: number | null;
  uri: string;
  range: ProtocolRange;
  adopted: string | null;
  effective: string | null;
}
export type ArticleAtResult = ArticleView[] | null;

/**
 * `lawcite/documentStructure`: the 编/章/节/条 of a document (LSP DocumentSymbols) and whether the editor's outline
 * shows them. In Markdown with headings it does not (Markdown's own outline is the one tree there), so a client shows
 * them in a view of its own.
 */
export const DocumentStructureRequest = 'lawcite/documentStructure';
export interface DocumentStructureParams {
  uri: string;
}
export interface StructureSymbol {
  name: string;
  detail?: string;
  /** The 编/章/节 or the article, and its heading line. */
  range: ProtocolRange;
  selectionRange: ProtocolRange;
  children?: StructureSymbol[];
}
export type DocumentStructureResult = { symbols: StructureSymbol[]; inOutline: boolean } | null;

/**
 * `lawcite/citedProvisions`: the list of cited provisions (引用条文清单) of some documents, or of every draft of the
 * workspace (open documents and .md/.txt files outside corpus folders): Markdown to show, and the JSON of
 * `lawcite cites --json`. Mentions name files relative to the first workspace folder.
 */
export const CitedProvisionsRequest = 'lawcite/citedProvisions';
export interface CitedProvisionsParams {
  /** The documents; absent or empty with `workspace: true`: every draft of the workspace. */
  uris?: string[];
  workspace?: boolean;
}
export interface CitedProvisionsJson {
  regulations: {
    title: string;
    /** 效力级别 (kind: law, administrative-regulation, local-regulation …); null when unknown. */
    level: string | null;
    version: string | null;
    articles: {
      article: number;
      articleInsert: number | null;
      paragraph: number | null;
      item: number | null;
      text: string;
      mentions: { file: string; range: ProtocolRange }[];
    }[];
  }[];
}
export interface CitedProvisionsResult {
  markdown: string;
  json: CitedProvisionsJson;
  /** How many documents the list covers. */
  documents: number;
}

/** `lawcite/reloadCorpus`: re-read the bundled corpus and every folder in lawcite.corpus.paths. */
export const ReloadCorpusRequest = 'lawcite/reloadCorpus';
export interface CorpusStatus {
  regulations: number;
  articles: number;
  /** True while files are being read; requests are answered meanwhile with what is loaded. */
  indexing: boolean;
  /** Corpus files or folders that cannot be used now (unreadable, binary, a missing folder): something is wrong. */
  problems: number;
  /** Texts in the corpus folders with no articles (决定, 方案): not indexed as regulations, nothing wrong. */
  skipped?: number;
}

/**
 * `lawcite/checkDrafts`: publish diagnostics for every draft of the workspace (open documents and the .md/.txt files
 * of the workspace folders outside the corpus folders), not only the open ones. Closed drafts keep their problems.
 */
export const CheckDraftsRequest = 'lawcite/checkDrafts';
export interface CheckDraftsResult {
  /** Drafts checked. */
  files: number;
  /** Drafts with at least one problem. */
  withProblems: number;
  errors: number;
  warnings: number;
  /** Problems of every severity. */
  problems: number;
}

/** `lawcite/status` notification (server → client) whenever the corpus state changes. */
export const StatusNotification = 'lawcite/status';

/**
 * `lawcite/compareVersions`: the article cited at a position of a draft, in two versions of its law (the article's
 * counterpart in each found by text, not by number). `from`/`to` are dates (YYYY-MM-DD): the version whose text
 * has that date, else the one in force then. Defaults: from = the version the citation or the draft's date selects,
 * to = the latest; when those are the same version, from = the one before it.
 */
export const CompareVersionsRequest = 'lawcite/compareVersions';
export interface CompareVersionsParams {
  uri: string;
  position: ProtocolPosition;
  from?: string;
  to?: string;
}
/** One side of a comparison: the version and the article in it (null when the version has no counterpart). */
export interface VersionSide {
  /** Date of the version's text (a target's `version`). */
  version: string | null;
  /** When that version took effect, and until when (null: in force). */
  effective: string | null;
  until: string | null;
  article: { number: number; insert: number | null; label: string } | null;
  /** The article's text, one 款 per line; a note when the version has no counterpart. */
  text: string;
}
export type CompareVersionsResult =
  | {
      status: 'ok';
      title: string;
      from: VersionSide;
      to: VersionSide;
      /** same: same number and text; changed: same number; moved: other number; added/removed: one side has none. */
      change: 'same' | 'changed' | 'moved' | 'added' | 'removed';
      similarity: number;
      /** All versions of the law, oldest first, with the article's number in each ("" when none). */
      versions: { version: string | null; label: string }[];
    }
  | {
      /** no-citation: no corpus article cited there; one-version: the law has one version; no-version: a date given matches none. */
      status: 'no-citation' | 'one-version' | 'no-version';
      title?: string;
      /** What to tell the user, in the server's message language. */
      message: string;
    };

/** `lawcite/versionText`: an article's text in one version of a law (what a compare view shows on one side). */
export const VersionTextRequest = 'lawcite/versionText';
export interface VersionTextParams {
  title: string;
  /** The version's text date (YYYY-MM-DD); empty for an undated version. */
  version: string;
  /** The article in that version; absent: the version has no counterpart (`note` is shown). */
  number?: number;
  insert?: number | null;
}
export type VersionTextResult = { text: string } | null;
