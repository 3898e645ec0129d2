// Contract of the citation engine: what scanning + resolving a document yields, once per document version. Every
// feature (hover, definition, links, references, symbols, completion, `lawcite check`) renders this result and
// decides nothing of its own. The serialisable part mirrors `lawcite check --json`.
import type { Law } from '../corpus/index';
import type { Article, Division, Item, Paragraph, Regulation, RegulationKind, SourceLocation, Subitem, TextRange } from '../model';

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
  /** The code's part written before that division (刑法分则第三章: 分则; bind.ts findDivision looks in it). */
  part?: string;
  /** YYYY-MM-DD of the version resolved to, when the law has several. */
  version?: string;
  /** 效力级别 of the regulation cited, when known (never for a self reference). */
  kind?: RegulationKind;
}

/**
 * A fragment of a citation's span: the title, each unit with the numbers it writes (第三、四条 → [3, 4]; 之N in
 * `insert`), connectors (、和至) and reference words (本条, 前款, 该条例). Lists and ranges are expanded into targets
 * only by the resolver.
 */
export interface CitationPart {
  kind: 'title' | 'article' | 'paragraph' | 'item' | 'subitem' | 'division' | 'connector' | 'reference';
  range: TextRange;
  /** The numbers the unit writes, in order, each with its span (a unit may list several: 第三、四、五条). */
  numbers?: NumberFragment[];
  /** 之N of the unit's last number, with the span of its numeral. */
  insert?: NumberFragment;
}

/** A number written in a citation and where it is written. */
export interface NumberFragment {
  value: number;
  range: TextRange;
}

/**
 * Something wrong with a citation or one of its targets. A citation's status and every message about it derive
 * from its problems; a problem with a range is also a diagnostic.
 */
export interface Problem {
  code: DiagnosticCode;
  severity: Severity;
  /** What the message is made of (title, article, counts, candidates …). */
  args: Readonly<Record<string, string | number | null | readonly string[]>>;
  message: { zh: string; en: string };
  /** Where it is reported; absent when it was reported elsewhere (at the title a follow-up reference inherits). */
  range?: TextRange;
  fixes: QuickFix[];
}

/**
 * Why a target is read in its version: the citation names it (（2018年修正）), the draft's date selects it (a date
 * the caller gave or the text states), its front matter's date does, or no date is known and the latest applies.
 */
/**
 * Why a version was chosen. before-corpus: the law existed at the draft's date (adopted earlier, and the corpus's
 * earliest text is an amended one, so an older text was in force) but every text the corpus has took effect later; the earliest is read, and what it lacks is not an error.
 * older-fits: no date is known and the latest text lacks the article, 款 or 项 cited, which an older text has: that
 * text is read (an undated page was written under it), with a superseded-version warning.
 * adopted-fits: the text in force at the draft's date lacks the unit cited, which a later text already adopted by
 * then has: that text is read, with a not-yet-effective warning.
 */
export type VersionReason = 'named' | 'document-date' | 'front-matter' | 'latest' | 'before-corpus' | 'older-fits' | 'adopted-fits';

/** The version a target of a law with several versions is read in, and why. */
export interface VersionChoice {
  reason: VersionReason;
  /** The draft's date that selected it (reason document-date / front-matter). */
  documentDate: string | null;
  /** Date of the version's text (= target.version). */
  text: string | null;
  /** When the version took effect, and the next version's effective date (null: in force). */
  effective: string | null;
  until: string | null;
  /** How many versions the law has. */
  count: number;
}

/**
 * A target bound to the object it names: a corpus law's version and its article, 款, 项, 目 or division, or a
 * node of the document's own structure. Unfound levels are null and `problem` says why.
 */
export interface Binding {
  target: CitationTarget;
  /** The corpus law; null for the document's own structure. */
  law: Law | null;
  /** The version the target is read in, or the document's own structure; null when neither can be had. */
  regulation: Regulation | null;
  /** Which version and why, when the law has several. */
  version?: VersionChoice;
  article: Article | null;
  /** The cited 款, or the 款 holding a 项 cited without its 款. */
  paragraph: Paragraph | null;
  item: Item | null;
  subitem: Subitem | null;
  division: Division | null;
  /** The document's own structure (a self reference). */
  self: boolean;
  /** The most precise place: 目, 项, 款, the article's label, the division's heading, the title. */
  location: SourceLocation | null;
  problem: Problem | null;
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
  /** One binding per target, in the same order. */
  bindings: Binding[];
  /** Everything wrong with it; `status` is derived from these. */
  problems: Problem[];
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
  /** The citation names a version no longer in force at the draft's date (warning, with a fix to cite the current one). */
  | 'superseded-version'
  /** The draft's date selects an older version and the article has since moved or been deleted (information). */
  | 'article-renumbered'
  /** A corpus title written without 《》 (style: warning by default, with fixes writing 《full title》 and 《as written》). */
  | 'missing-title-marks'
  /** A full title written after the draft defined its short title (以下简称《条例》) (style: hint, with the fix writing the short title). */
  | 'use-short-title'
  /** A short title (《条例》, 《办法》) the draft never defines, or uses before its definition (warning). */
  | 'undefined-short-title'
  /** A law the corpus says a later law repealed (民法典第一千二百六十条: 《合同法》同时废止), cited on or after that date. */
  | 'repealed'
  /** 第 or 条 left out but the meaning clear: 《…》五十二条, 第八十一第二款 (hint, with the fix). */
  | 'malformed-citation'
  /** The draft's own numbering (条, 之N, 编/章/节, 项, 目): a number used twice, one skipped, one out of order (warning, with the fix). */
  | 'numbering-duplicate'
  | 'numbering-gap'
  | 'numbering-order'
  /** A term the document defines again (本办法所称X … 本办法所称X): warning at the later definition. */
  | 'term-redefined'
  /** A defined term the document never uses (hint at its definition). */
  | 'term-unused'
  /** The full form written after its short form was defined (以下简称X): hint, with the fix writing the short form. */
  | 'term-full-form'
  /** A quotation of cited text (第X条规定：“…”) that differs from the text of the version cited (quotation.ts). */
  | 'quote-mismatch';

export interface QuickFix {
  /** zh-CN / English titles. */
  title: { zh: string; en: string };
  range: TextRange;
  newText: string;
  /** The fix to apply when the editor applies one (the only fix is always preferred). */
  preferred?: boolean;
  /** The provision the citation names once the fix is applied (a nearby article, a regulation for a bare 第X条). */
  cites?: { regulation: string | null; article: number; insert: number | null };
}

/** A problem reported at a place. */
export interface CitationDiagnostic extends Problem {
  range: TextRange;
}

/** A short title defined in the document (以下简称《条例》). */
export interface ShortTitleDefinition {
  shortTitle: string;
  regulation: string;
  range: TextRange;
}

/**
 * How a term is defined: 本办法所称X，是指… (so-called), 全称（以下简称X） (short-form), “X”是指… (quoted), X，是指… in a
 * definitions article (下列用语的含义：) (definitions-article).
 */
export type TermForm = 'so-called' | 'short-form' | 'quoted' | 'definitions-article';

/** A term the document defines, with its definition and every use (core/citations/terms). */
export interface DefinedTerm {
  term: string;
  form: TermForm;
  /** The term where it is defined. */
  range: TextRange;
  /** The defining text as written: the sentence or item that defines it, or the full form a short form stands for. */
  definition: string;
  definitionRange: TextRange;
  /** A short form's full form (全称（以下简称X）), when it is not the term itself. */
  fullForm?: string;
  /** The draft article (and 款, when it has several) holding the definition; absent outside a draft regulation. */
  provision?: { article: number; articleInsert: number | null; paragraph: number | null };
  /**
   * Where it applies: the whole document (本办法所称, “X”是指, a definitions article) or only after its definition
   * (以下简称).
   */
  scope: 'document' | 'after';
  /** Uses bound to this definition, in document order (not inside a longer defined term, a title or quoted text). */
  uses: TextRange[];
  /** The full form written after the short form was defined. */
  fullFormUses: TextRange[];
  /** Index (in `terms`) of the earlier definition of the same term this one repeats (definitions for a part only —
   * 本章所称, 前款所称 — neither repeat nor are repeated). */
  redefines?: number;
}

/** What a reference written at some place of a document refers to (for completion). */
export type ReferenceContext =
  | { kind: 'regulation'; law: Law; regulation: Regulation }
  | { kind: 'self'; regulation: Regulation }
  | { kind: 'ambiguous'; laws: Law[] }
  | { kind: 'unknown'; written: string; suggestions: string[] }
  | { kind: 'none' };

export interface DocumentAnalysis {
  /** In document order. */
  citations: Citation[];
  /** The problems of the citations that have a place, in document order. */
  diagnostics: CitationDiagnostic[];
  shortTitles: ShortTitleDefinition[];
  /** Terms the document defines, in document order of their definitions. */
  terms: DefinedTerm[];
  /** Set when the document is itself a draft regulation (has its own article headings). */
  isDraftRegulation: boolean;
  /** The document's own structure when it is a draft regulation, read by the corpus parser. */
  structure: Regulation | null;
  /** The citing document's date, when it states one. */
  documentDate: string | null;
  /** Where that date comes from: the caller, the front matter, or the text (a date line, the 落款, a judgment). */
  documentDateSource?: 'given' | 'front-matter' | 'text';
  /**
   * What a reference starting at `offset` (its 第) refers to, by the rules the citations were resolved with.
   * `prefix`: the text of the line before `offset` when it differs from the analysed text (an edit not yet analysed).
   */
  contextAt(offset: number, prefix?: string): ReferenceContext;
  /** Errors the engine met and stepped over (a citation it could not resolve is left out); for the caller's log. */
  errors: string[];
}

/** Severity of a style diagnostic (arabic-numerals, missing-title-marks, use-short-title); 'off' drops it. */
export type StyleSeverity = 'off' | 'hint' | 'information' | 'warning';
/** Severity of the arabic-numerals diagnostic; 'off' drops it. */
export type ArabicNumeralsSeverity = StyleSeverity;

/** The style checks and their severities. */
export interface StyleOptions {
  /** 第64条: article numbers in Arabic numerals. */
  arabicNumerals: StyleSeverity;
  /** 公司法第十九条: a corpus title without 《》. */
  missingTitleMarks: StyleSeverity;
  /** 《内蒙古自治区…条例》 after the draft defined 以下简称《条例》. */
  useShortTitle: StyleSeverity;
}

/** Defaults of the style checks (the CLI's, the editor's and the engine's): drafters see the first two as warnings. */
export const DEFAULT_STYLE: Readonly<StyleOptions> = Object.freeze({ arabicNumerals: 'warning', missingTitleMarks: 'warning', useShortTitle: 'hint' });

export interface AnalyzeOptions {
  /** The regulation bare citations fall back to (a title, with or without 《》); front matter overrides. */
  defaultRegulation?: string | null;
  /** Style checks; each defaults to DEFAULT_STYLE. */
  arabicNumerals?: StyleSeverity;
  missingTitleMarks?: StyleSeverity;
  useShortTitle?: StyleSeverity;
  /** Date of the document (YYYY-MM-DD) when the caller knows it; else read from the document. */
  documentDate?: string | null;
  /** Check a draft's own numbering (default true); off for a corpus file, the law as published. */
  numbering?: boolean;
  /** Path or URI recorded in the locations of the document's own structure. */
  file?: string;
}

/** What differs between a quotation and the text it quotes (quotation/quotation.ts), strongest first. */
export type QuoteDifference = 'normative' | 'number' | 'time-limit' | 'wording' | 'punctuation';

/** The level whose numbering is checked (numbering.ts), and what is wrong with a number in its sequence. */
export type NumberingKind = 'article' | 'part' | 'subpart' | 'chapter' | 'section' | 'item' | 'subitem';
export type NumberingFault = 'duplicate' | 'gap' | 'order';

/** Renumbering's output (renumber.ts): a text edit, and a heading moved from one label to another. */
export interface RenumberEdit {
  range: TextRange;
  newText: string;
}

export interface RenumberMove {
  /** The heading's label before and after. */
  from: string;
  to: string;
  range: TextRange;
}
