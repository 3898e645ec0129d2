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

/** `lawcite/searchArticles`: articles across the corpus matching words or an article number (六十四, 64, 草原). */
export const SearchArticlesRequest = 'lawcite/searchArticles';
export interface SearchArticlesParams {
  query: string;
  /** Default 50, at most 500. */
  limit?: number;
  /** The draft the search is made from: articles of the regulations it cites come first. */
  uri?: string;
}
export interface ArticleSummary {
  /** Canonical regulation title. */
  title: string;
  /** The article label as printed: 第六十四条. */
  label: string;
  number: number;
  insert: number | null;
  /** The article's first words (up to ~60 characters). */
  snippet: string;
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

/** `lawcite/reloadCorpus`: re-read the bundled corpus and every folder in lawcite.corpus.paths. */
export const ReloadCorpusRequest = 'lawcite/reloadCorpus';
export interface CorpusStatus {
  regulations: number;
  articles: number;
  /** True while files are being read; requests are answered meanwhile with what is loaded. */
  indexing: boolean;
  /** Corpus files that could not be read or parsed (each reported once). */
  problems: number;
}

/** `lawcite/status` notification (server → client) whenever the corpus state changes. */
export const StatusNotification = 'lawcite/status';
