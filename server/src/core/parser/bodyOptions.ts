// How a regulation's body is read: its language and the kind of source it was extracted from.
import type { Language } from '../model';

export interface BodyOptions {
  lang: Language;
  /** PDF extracts: a line not ending a sentence continues on the next non-empty line. */
  joinPageBreaks: boolean;
  /** LawRefBook Markdown: "#" headings, HTML comments. */
  markdown: boolean;
  /** Plain text: skip TOC entries, page numbers and (English) short unterminated web-page noise. */
  plain: boolean;
  /**
   * A text without 第N条 whose numbered items are its articles (see itemArticleStyle in regulation.ts): true or
   * 'chinese' for items 一、二、…, 'arabic' for items 1. 2. …, in sequence at line starts.
   */
  itemArticles?: boolean | 'chinese' | 'arabic';
}
