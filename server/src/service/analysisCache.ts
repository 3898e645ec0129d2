// Per-document analysis, cached by (document version, corpus generation, settings generation). A document that is
// itself a corpus file is analysed with its own regulation as context, so references inside regulation text resolve.
import { analyzeDocument } from '../core/citations';
import type { Citation, DocumentAnalysis, StyleOptions } from '../core/citations/types';
import type { TextPosition } from '../core/model';
import type { CorpusIndex } from './corpusIndex';

export interface AnalysisEntry {
  uri: string;
  version: number;
  key: string;
  text: string;
  analysis: DocumentAnalysis;
  /** Citations sorted by start position. */
  citations: Citation[];
  /** For a corpus file: its path (its regulations are in the corpus index). */
  corpusFile: string | null;
}

export function comparePos(a: TextPosition, b: TextPosition): number {
  return a.line - b.line || a.character - b.character;
}

export function contains(range: { start: TextPosition; end: TextPosition }, pos: TextPosition): boolean {
  return comparePos(range.start, pos) <= 0 && comparePos(pos, range.end) <= 0;
}

export class AnalysisCache {
  private entries = new Map<string, AnalysisEntry>();

  get(
    uri: string,
    version: number,
    text: () => string,
    index: CorpusIndex,
    settingsGeneration: number,
    options: { defaultRegulation: string | null; file: string; corpusFile: boolean; style: StyleOptions },
  ): AnalysisEntry {
    const key = `${version}:${index.generation}:${settingsGeneration}`;
    const cached = this.entries.get(uri);
    if (cached && cached.key === key) return cached;
    const body = text();
    let defaultRegulation = options.defaultRegulation;
    let corpusFile: string | null = null;
    if (options.corpusFile && options.file) {
      corpusFile = options.file;
      const own = index.byFile.get(options.file)?.[0];
      if (own) defaultRegulation = own.title;
    }
    // The engine never throws: a document it cannot read simply has no citations.
    const analysis: DocumentAnalysis = analyzeDocument(body, index.corpus, {
      defaultRegulation: defaultRegulation ?? undefined,
      file: options.file,
      ...options.style,
      // A corpus text is the law as published: its numbering is not the user's to fix.
      numbering: !options.corpusFile,
    });
    const citations = [...analysis.citations].sort((a, b) => comparePos(a.range.start, b.range.start));
    const entry: AnalysisEntry = { uri, version, key, text: body, analysis, citations, corpusFile };
    this.entries.set(uri, entry);
    return entry;
  }

  peek(uri: string): AnalysisEntry | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The citation whose range contains `pos` (binary search; ranges do not overlap). */
export function citationAt(entry: AnalysisEntry, pos: TextPosition): Citation | undefined {
  const list = entry.citations;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (comparePos(list[mid].range.start, pos) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Check the last few starting at or before pos (a short title definition may sit inside a longer span).
  for (let i = found; i >= 0 && i >= found - 3; i--) {
    if (contains(list[i].range, pos)) return list[i];
  }
  return undefined;
}
