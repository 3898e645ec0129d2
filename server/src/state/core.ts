// The one place where the server calls the pure core: parsing files, building a corpus, analysing a document.
// Everything else in the server sees only these functions and the contract types.
import type { CorpusLike } from '../core/corpus';
import type { DocumentAnalysis } from '../core/citations/types';
import type { Regulation } from '../core/model';
import { parseRegulationText } from '../core/parser';
import { type Corpus, findBundledCorpus } from '../core/corpus';
import { analyzeDocument, type ArabicNumeralsSeverity } from '../core/citations';

export interface AnalyzeOptions {
  /** Regulation that bare citations refer to when the document names none (lawcite.defaultRegulation). */
  defaultRegulation?: string | null;
  /** Path of the document, when it is a file. */
  file?: string;
  arabicNumerals?: ArabicNumeralsSeverity;
}

/** Folder of the bundled corpus (corpus/ next to the package.json), null when not found. */
export function bundledCorpusDir(): string | null {
  return findBundledCorpus();
}

/** Parse document text (a draft regulation) to get its own structure. */
export function parseDraftStructure(text: string, file: string): Regulation | undefined {
  return parseRegulationText(text, { file }).regulations[0];
}

/**
 * A read-only view of the (mutable) corpus, one per published index: features holding an older index keep
 * consistent lookups, and the engine's title index (cached per corpus object and generation) follows changes.
 */
export function corpusView(corpus: Corpus): CorpusLike {
  return {
    get generation() {
      return corpus.generation;
    },
    laws: corpus.laws,
    problems: corpus.problems,
    version: (law, date) => corpus.version(law, date),
    article: (reg, number, insert) => corpus.article(reg, number, insert),
    findLaws: (name) => corpus.findLaws(name),
    findLaw: (name) => corpus.findLaw(name),
    lawOf: (reg) => corpus.lawOf(reg),
    translationsOf: (law) => corpus.translationsOf(law),
    originalOf: (law) => corpus.originalOf(law),
    nearestTitles: (name, limit) => corpus.nearestTitles(name, limit),
    titleEntries: () => corpus.titleEntries(),
  };
}

export function analyze(text: string, corpus: CorpusLike, options: AnalyzeOptions): DocumentAnalysis {
  return analyzeDocument(text, corpus, {
    defaultRegulation: options.defaultRegulation ?? undefined,
    arabicNumerals: options.arabicNumerals,
  });
}
