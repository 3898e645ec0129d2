// The one place where the server calls the pure core: parsing files, building a corpus, analysing a document.
// Everything else in the server sees only these functions and the contract types.
import * as fs from 'fs';
import * as path from 'path';
import type { CorpusLike } from '../core/corpus';
import type { DocumentAnalysis } from '../core/citations/types';
import type { Regulation } from '../core/model';
import { decodeText, parseRegulationText } from '../core/parser';
import { Corpus } from '../core/corpus';
import { findBundledCorpus } from '../core/corpus/bundled';
import { analyzeDocument } from '../core/citations';

export interface AnalyzeOptions {
  /** Regulation that bare citations refer to when the document names none (lawcite.defaultRegulation). */
  defaultRegulation?: string | null;
  /** Path of the document, when it is a file. */
  file?: string;
}

/** Folder of the bundled corpus (corpus/ at the package root). */
// LAWCITE_BUNDLED_CORPUS is set by the VS Code client; otherwise walk up from this file, which works from
// out/server/src/state (repo) and from dist/server.js (the esbuild bundle inside the extension) alike.
export const bundledCorpusDir =
  process.env.LAWCITE_BUNDLED_CORPUS || findBundledCorpus(__dirname) || path.resolve(__dirname, '..', '..', '..', '..', 'corpus');

export interface ParsedFile {
  regulations: Regulation[];
  warnings: string[];
}

/** Read and parse one corpus file. Throws only on I/O errors. */
export function parseCorpusFile(file: string): ParsedFile {
  const bytes = fs.readFileSync(file);
  const text = decodeText(bytes);
  const result = parseRegulationText(text, { file });
  return { regulations: result.regulations, warnings: result.warnings.map((w) => `${w.line + 1}: ${w.message}`) };
}

/** Parse document text (a draft regulation) to get its own structure. */
export function parseDraftStructure(text: string, file: string): Regulation | undefined {
  return parseRegulationText(text, { file }).regulations[0];
}

export function buildCorpus(regulations: Regulation[]): CorpusLike {
  return new Corpus(regulations);
}

export function analyze(text: string, corpus: CorpusLike, options: AnalyzeOptions): DocumentAnalysis {
  return analyzeDocument(text, corpus as Corpus, {
    defaultRegulation: options.defaultRegulation ?? undefined,
  });
}
