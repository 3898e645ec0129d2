// Contract of the regulation parser (implemented in this folder).
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
}

/**
 * Parse decoded text of one file in any accepted format (bundled front-matter format, raw PDF extract,
 * LawRefBook Markdown, English translations, announcement-headed 办法). Never throws on bad text.
 */
export declare function parseRegulationText(text: string, options: ParseOptions): ParseResult;
