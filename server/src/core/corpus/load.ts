// Loading a corpus: the bundled corpus and any folders, every file loaded or reported.
import { Corpus, type FileParser } from './corpus';
import { findBundledCorpus } from './bundled';
import { walkCorpusFolder } from './walk';

export interface LoadOptions {
  /** Folders (or single files) to load, recursively (.md/.txt). */
  folders?: readonly string[];
  /** Load the bundled corpus first (default true). */
  bundled?: boolean;
  /** Override the bundled corpus folder (default: found next to the package). */
  bundledDir?: string;
  /** Override decoding + parsing of one file. */
  parse?: FileParser;
}

/** Load and index. Never throws: folders or files that cannot be used are in `corpus.problems`. */
export function loadCorpus(options: LoadOptions = {}): Corpus {
  const corpus = new Corpus(options.parse);
  const roots: string[] = [];
  if (options.bundled ?? true) {
    const dir = options.bundledDir ?? findBundledCorpus();
    if (dir) roots.push(dir);
    else corpus.addWalkProblem({ path: 'corpus/', kind: 'missing-folder', reason: 'bundled corpus not found next to the package', reasonZh: '未找到内置法规库' });
  }
  roots.push(...(options.folders ?? []));
  const files: string[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const walked = walkCorpusFolder(root);
    for (const p of walked.problems) corpus.addWalkProblem(p);
    for (const f of walked.files) if (!seen.has(f)) seen.add(f), files.push(f);
  }
  corpus.addFiles(files, true);
  return corpus;
}
