// Contract of the citation engine: what scanning + resolving a document yields. Mirrors `lawcite check --json`.
import type { TextRange } from '../model';

export type CitationStatus =
  | 'resolved'
  | 'ambiguous'
  | 'self'
  | 'unknown-regulation'
  | 'unknown-article'
  | 'unknown-paragraph'
  | 'unknown-item'
  | 'no-context';

export interface CitationTarget {
  /** Canonical corpus title; null for a self reference. */
  regulation: string | null;
  article: number | null;
  articleInsert: number | null;
  paragraph: number | null;
  item: number | null;
  subitem?: number;
  /** "第三章" / "第二章第一节" for a division citation (article null). */
  division?: string;
  /** YYYY-MM-DD of the version resolved to, when the law has several. */
  version?: string;
}

/** The parts of a citation's span, for semantic tokens and completion. */
export interface CitationPart {
  kind: 'title' | 'article' | 'paragraph' | 'item' | 'subitem' | 'division' | 'connector' | 'reference';
  range: TextRange;
}

export interface Citation {
  /** Exact source text of the span. */
  text: string;
  range: TextRange;
  status: CitationStatus;
  targets: CitationTarget[];
  parts: CitationPart[];
  /** The title as written (without 《》), when the citation names one. */
  titleText?: string;
  /** Candidate titles for ambiguous / unknown (suggestions) / no-context. */
  candidates?: string[];
  /** A title named alone (no article): kept for hover and links; `lawcite check` does not list it. */
  titleOnly?: boolean;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type DiagnosticCode =
  | 'unknown-article'
  | 'unknown-paragraph'
  | 'unknown-item'
  | 'unknown-regulation'
  | 'ambiguous-regulation'
  | 'no-context'
  | 'arabic-numerals'
  | 'not-yet-effective'
  /** A full corpus title written without 《》 (hint). */
  | 'missing-title-marks';

export interface QuickFix {
  /** zh-CN / English titles. */
  title: { zh: string; en: string };
  range: TextRange;
  newText: string;
}

export interface CitationDiagnostic {
  range: TextRange;
  severity: Severity;
  code: DiagnosticCode;
  message: { zh: string; en: string };
  fixes: QuickFix[];
}

/** A short title defined in the document (以下简称《条例》). */
export interface ShortTitleDefinition {
  shortTitle: string;
  regulation: string;
  range: TextRange;
}

export interface DocumentAnalysis {
  citations: Citation[];
  diagnostics: CitationDiagnostic[];
  shortTitles: ShortTitleDefinition[];
  /** Set when the document is itself a draft regulation (has its own article headings). */
  isDraftRegulation: boolean;
  /** The citing document's date, when it states one. */
  documentDate: string | null;
}

/** Severity of the arabic-numerals diagnostic; 'off' drops it. */
export type ArabicNumeralsSeverity = 'off' | 'hint' | 'information' | 'warning';

export interface AnalyzeOptions {
  /** The regulation bare citations fall back to (a title, with or without 《》); front matter overrides. */
  defaultRegulation?: string | null;
  /** Default 'hint'. */
  arabicNumerals?: ArabicNumeralsSeverity;
  /** Date of the document (YYYY-MM-DD) when the caller knows it; else read from the document. */
  documentDate?: string | null;
}
