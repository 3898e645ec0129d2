// The scanner's output and options: citation chains, titles and definitions found in a text, by offsets.
import type { CitationPart } from './types';
import type { VersionEvent } from '../corpus/namedVersion';
import type { OrderSeries } from '../corpus/orderDate';

export type Level = 0 | 1 | 2 | 3; // article, paragraph, item, subitem

/**
 * "the last paragraph of Article 4": the article's last paragraph, its number known only in the corpus (english.ts
 * paragraphsAt writes this for it; the analyzer binds it to the article's paragraph count, analyze.ts lastParagraphOf).
 */
export const LAST_PARAGRAPH = -1;

export interface RawTarget {
  article: number | null;
  insert: number | null;
  paragraph: number | null;
  item: number | null;
  subitem: number | null;
  /** 第三章 / 第二章第一节, for a division citation. */
  division?: string;
  /** The code's part a division citation names before it (刑法分则第三章: 分则), where chapters are numbered per part. */
  part?: string;
  /** Article 39(5): a paragraph in brackets, read as an item when the article has one paragraph. */
  bracketed?: boolean;
  /**
   * "Article 40, Paragraph 3" in English: translators call 项 "paragraph" too, so a paragraph the article does not
   * have, where its one paragraph has that item, is the item (as bracketed, but never paragraph 1).
   */
  paragraphWord?: boolean;
  /**
   * "Article 287.2" in English: a paragraph after a dot, which writers also use for 第二百八十七条之二; read as that
   * inserted article when the article has no such paragraph and the inserted one exists.
   */
  dotted?: boolean;
  /**
   * "Article 67-3" in English: an inserted article after a hyphen (Article 253-1 is 第二百五十三条之一), which translators of
   * judgments also write for a paragraph (67-3 for 第六十七条第三款); read as that paragraph when the law holds no such
   * inserted article and the article has the paragraph (binding/hyphenParagraph.ts).
   */
  hyphened?: boolean;
  /**
   * "Article 2 1 of the Regulations": a sub-number a space after the article's, brackets dropped — perhaps a PDF's split
   * of one number (Article 21), read so when article 2 has one paragraph and no items (binding/spacedArticle.ts).
   */
  spaced?: boolean;
}

export interface TitleHead {
  kind: 'title';
  /** The title as written, without outer brackets. */
  written: string;
  start: number;
  end: number;
  /** Range of the title words (inside the brackets). */
  innerStart: number;
  innerEnd: number;
  bracketed: boolean;
  /** A year named in the title or right after it: 《…（2023年修订）》. */
  versionYear?: number;
  /** What the year saw (namedVersion.ts): 修正的 amended, 通过的 adopted, 施行的 took effect; absent: the year alone. */
  versionEvent?: VersionEvent;
  /** The year of the 法释 number written in brackets after the title (interpretationNumber.ts). */
  numberYear?: number;
  /** The order (国务院令 / 主席令) in brackets after the title that published the text cited (historyNote.ts orderNoteAt). */
  order?: { series: OrderSeries; n: number; written: string };
  lang: 'zh' | 'en';
  /** Matched as a short title the document defines. */
  defined?: boolean;
  /** A name the corpus does not know, written without 《》 before an article (unknownLawName.ts). */
  unknownName?: boolean;
  /** Named as a law by what the page says of it, whatever its noun ("Act"): a Taiwan law in prose, a "Title:" line's law. */
  lawNamed?: true;
  /** Another state's law named by a Chinese law's English name ("the German Civil Code", englishRunIn.ts). */
  foreign?: boolean;
  /**
   * A draft named by its draft word alone (草案第二十条, "draft Article 15", "Article 9 of the draft"; draftArticle.ts,
   * englishDraftAfter.ts, draftSource.ts): the articles read in it are the draft's numbering, no citations.
   */
  draft?: true;
  /** Named in the text of an article of quoted English statute text (headedText.ts): a law that text cites, not it. */
  inArticleText?: true;
  /** Called "the revised …" / "the newly amended …" (englishRevisedPastEnd.ts): an article no held text has is the revision's. */
  revisionWord?: true;
  /** A lower-case name after "the previous / former …" named alone, to compare (englishLowerNamedAlone.ts): the law as in force. */
  comparedWith?: true;
}

export type Head =
  | TitleHead
  /** 该条例 / 上述条例 / 该办法 / 上述办法 / "of the Regulations". */
  /** `noun`: the kind of regulation named (条例, 办法, 法 …) when the words say it. */
  /** `current`: "of the current edition" — the law named last, in the text in force (english.ts). */
  /** `inForce`: "of the existing law" / "of the current law" — the law in force, never a draft named since (existingLaw.ts). */
  /** `two`: 两法 / 两部法律 / 两个条例 — article N of each of the two texts named just before (titles/twoLaws.ts). */
  | { kind: 'anaphor'; start: number; end: number; noun?: string; current?: true; inForce?: true; two?: true }
  /** 本条例 / 本办法 / 本规定 / "these Regulations". */
  | { kind: 'self'; start: number; end: number }
  /** 本条 (the current article), 本款. */
  | { kind: 'this-article'; start: number; end: number; thisParagraph?: boolean }
  /** 前条. */
  /** 前条 (count 1), 前两条 (2). */
  | { kind: 'prev-article'; start: number; end: number; count: number }
  /** 前款 (count 1), 前两款 (2). */
  | { kind: 'prev-paragraphs'; start: number; end: number; count: number }
  /** 同条 / 该条 before a 款 or 项: the article cited last (同条第二款). */
  | { kind: 'same-article'; start: number; end: number }
  | { kind: 'bare' };

export interface NumeralSpan {
  start: number;
  end: number;
  value: number;
}

export interface ScannedCitation {
  type: 'citation';
  start: number;
  end: number;
  head: Head;
  /** Level of the first unit of the chain (0 article … 3 subitem); -1 for a head alone (本条, 前款). */
  top: number;
  targets: RawTarget[];
  parts: ScannedPart[];
  /** Arabic / full-width numerals in a Chinese reference. */
  arabic: NumeralSpan[];
  lang: 'zh' | 'en';
  /** Words left out of the citation (第, 条): where each belongs. */
  missing?: MissingWord[];
  /** The quotation of the cited text that follows it (…第X条规定：“…”), inside the quotation marks. */
  quotation?: { start: number; end: number };
  /** The quotation is the provision's new wording in an amendment (amendedWording.ts): not its text now. */
  newWording?: true;
  /** The quotation never closes (scanner.ts unclosedQuotationEnd): where its words end is a guess, so it is not compared. */
  unclosedQuotation?: true;
  /**
   * The provision an amending text adds (增加一条，作为第二十条之一; 增加一款作为第四款): the text before the amendment has
   * none such, so it is never reported missing (amendedWording.ts).
   */
  added?: true;
  /** The citation whose text a quotation holding this reference quotes (本法, 本条, 前款 there are its). */
  quotedIn?: ScannedCitation;
  /** A title cited inside unmarked quoted text (which it ends): the citation that text was quoted after. */
  titleInQuoted?: ScannedCitation;
  /** In the text under an English article heading of a quoted statute: "this Law" there is the quoted law. */
  inStatuteText?: boolean;
  /** "the preceding paragraph" read in quoted English statute text starting here (englishHeadings.ts). */
  statuteFrom?: number;
  /** That text is labelled by a citation naming its law ("Article 44 of the Labor Law" ⏎ its text). */
  statuteLabelled?: boolean;
  /** English, read in the text under an article heading of quoted statute text, no citation labelling it (headedText.ts). */
  headedText?: true;
  /** That text is one of a run of article headings printed one after another (headedText.ts). */
  inHeadingRun?: true;
  /** "the preceding paragraph" there, in a text that ran its paragraphs together: its 款 read from the quoted article's Chinese text (precedingPlaced.ts); this many paragraphs. */
  unplacedPreceding?: number;
  /** That reference stands in the line of this item of the quoted article ("(2) … other than those in the preceding paragraph"). */
  precedingInItem?: number;
  /** The cited article's text set off by only a colon or a space, to the end of its line or cell (unmarkedQuotation.ts). */
  unmarked?: { start: number; end: number; spaced?: true };
  /** An article heading of quoted statute text (not listed as a citation): its text is that article's. */
  heading?: true;
  /** A 款 cited alone right after the quotation of another 款 of an article (…第一款“…”和第二款“…”): that citation. */
  paragraphOf?: ScannedCitation;
  /** 前款 in an article's words written out after its citation without marks (pastedParagraph.ts): the citations it may follow, nearest first. */
  wordsOf?: ScannedCitation[];
  /** A 款 alone followed by a quotation, after its article (quotedParagraphAlone.ts): read only if that is the 款's text. */
  quotesParagraph?: true;
  /** A 款 alone a few words after its regulation's title named again alone (paragraphAfterTitle.ts): read only in that law's article cited last. */
  afterTitleNamed?: true;
  /** Items alone retelling the items of the article printed right above (retoldItems.ts): of the one 款 listing them. */
  retoldItems?: true;
  /** Items alone a 款 or an article cited just before picks out (scan/itemsGoOn.ts: 前款规定的第一项): of that provision. */
  itemsPickedOut?: true;
  /** 前款 in the text of an article printed under its label on a page of no regulation of its own (printedParagraph.ts): the 款 it stands in. */
  printedParagraph?: number;
  /** 该条 opening the writer's sentence after an article's words restated (thatArticleRestated.ts): where that article's citation starts. */
  restatedFrom?: number;
  /** restatedFrom found past the law's own 本法 references in the restated words (layout/restatedOwnReference.ts). */
  restatedPastOwn?: true;
  /** English "this article" on a page headed by one provision (headedProvision.ts): that provision's citation, whose law it is read in. */
  anaphorOf?: ScannedCitation;
  /** 各该条 / 各该款 (layout/eachListed.ts): the citation whose every article or 款 it names. */
  eachOf?: ScannedCitation;
}

/** A word a malformed citation leaves out and the offset it belongs at (》: the title's close written after the article, articleInsideMarks.ts); or (word '', drop) a stray character there. */
export interface MissingWord {
  at: number;
  word: '第' | '条' | '项' | '》' | '';
  /** Characters written there that do not belong (第20的条: the 的). */
  drop?: number;
}

/** A fragment of a citation by offsets; numbers as in CitationPart. */
export interface ScannedPart {
  kind: CitationPart['kind'];
  start: number;
  end: number;
  /** The numbers the unit writes, flat: value, start, end for each (one array per part, no object per number). */
  numbers?: number[];
  insert?: ScannedNumber;
}

/** A number written in a citation, by offsets. */
export interface ScannedNumber {
  value: number;
  start: number;
  end: number;
}

export interface ScannedTitle {
  type: 'title';
  head: TitleHead;
}

export interface ScannedDefinition {
  type: 'definition';
  shortTitle: string;
  start: number;
  end: number;
  of: TitleHead;
}

export type ScanEvent = ScannedCitation | ScannedTitle | ScannedDefinition;

/** Known titles written without 《》 (corpus titles and their accepted variants), supplied by the title index. */
export interface BareTitleMatcher {
  /** Start offset of the longest known title that ends at `end` (exclusive), or -1. */
  matchEnding(text: string, end: number, shortNames?: boolean): number;
  /** Whether a known title or short name ends at `end`, whatever stands before it (单位犯刑法: 刑法). */
  knownNameEnds?(text: string, end: number): boolean;
  /** Whether a name the corpus does not know shortens exactly one of its laws (代表法; proseLawName.ts). */
  shortensLaw?(written: string): boolean;
  /** Whether a name ending in 司法解释 names one court interpretation by its kind of case (民间借贷司法解释; caseKindName.ts). */
  caseKindNamed?(written: string): boolean;
  /** Whether a name the corpus does not know ends the name of one or more of its laws (调解仲裁法; unknownLawName.ts). */
  endsLawNames?(written: string): boolean;
  /** The last characters of the known Chinese titles (for finding titles used alone). */
  readonly finalChars: string;
  /** Known English titles, to find them used alone. */
  readonly englishTitles: readonly string[];
  /** Conventional acronyms of laws (PIPL), read as short names the document defines (before its own definitions). */
  readonly englishAcronyms?: readonly string[];
  /** Known English titles after "Article N of the" (also short ones: Civil Code), longest first; else englishTitles. */
  readonly citedEnglishTitles?: readonly string[];
}

export interface ScanOptions {
  matcher?: BareTitleMatcher;
  /** Start offsets of the document's own article/division heading labels (a draft regulation): never citations. */
  headingLabels?: ReadonlySet<number>;
  /** The document is a draft regulation: 本条/前款/bare 第X款 are self references. */
  selfReferences?: boolean;
  /** Where scanning starts (after front matter). */
  from?: number;
  /** Short titles defined before the scanned text (a probe of one line), usable bare from its start. */
  knownShortTitles?: readonly string[];
}

/** What parseEnglish knows of the document: the title index and the short names it defines. */
export interface EnglishScope {
  matcher?: BareTitleMatcher;
  /** Short names the document defines in English ("New Company Law", "AML"), as written. */
  defined: ReadonlySet<string>;
  /** Where the text first names a law by its conventional acronym alone ("PIPL applies …"): "Art 13" after it is an article (englishAcronymStyle.ts). */
  acronymStyleFrom?: number;
  /** Another state's laws named after an article (englishRunIn.ts foreignLawNamedAfter), for the scanner to read as titles. */
  foreignNamed?: TitleHead[];
}
