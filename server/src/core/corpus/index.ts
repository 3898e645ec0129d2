// Contract of the corpus: all regulations loaded, grouped by title into laws with dated versions.

export type { CorpusLike, Law, LoadProblem, LoadProblemKind, TitleMatch, TitleMatchKind } from './types';
export { Corpus, type FileParser, type CorpusStats } from './corpus';
export { loadCorpus, loadCorpusAsync, type LoadOptions, type AsyncLoadOptions } from './load';
export { findBundledCorpus } from './bundled';
export { normalizeTitle, shortTitleAliases, withoutRegionPrefix, fileNameDate, titleSimilarity } from './titles';
export { versionDate, versionTextDate, versionFacts, versionAt, groupVersions, type VersionFacts } from './versions';
export { versionNamed, heldVersions, type VersionEvent } from './namedVersion';
