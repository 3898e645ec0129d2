// The parser's contract: what parsing a file yields. Types only.
import type { Regulation } from '../model';

export interface ParseWarning {
  file: string;
  line: number;
  message: string;
}

export interface ParseResult {
  /** A file may hold several regulations (seed 003) or one part of a law split over files (民法典). */
  regulations: Regulation[];
  warnings: ParseWarning[];
}

export interface ParseOptions {
  /** Path recorded in every SourceLocation. */
  file: string;
  /**
   * Build every article's 款/项/目 and text now. By default an article reads them from its lines on first use
   * (same result, see lazyArticle.ts): a corpus loads without building bodies nobody looks at.
   */
  eager?: boolean;
}
