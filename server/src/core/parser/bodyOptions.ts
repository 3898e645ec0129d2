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
  /** An amendment (…修正案): its items 一、二、… in sequence are its articles (see amendmentItems in regulation.ts). */
  itemArticles?: boolean;
}
