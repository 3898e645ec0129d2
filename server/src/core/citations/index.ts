// The citation engine: scan a document for citations and resolve them against a corpus.
export * from './types';
export { analyzeDocument, findDivision } from './analyze';
export { scanText } from './scanner';
export type { ScanEvent, ScannedCitation, RawTarget, BareTitleMatcher } from './scanner';
export { TitleIndex, titleIndexOf } from './titles';
export { LineIndex, titleKey } from './text';
export { readFrontMatter, documentDate, ownStructure } from './document';
