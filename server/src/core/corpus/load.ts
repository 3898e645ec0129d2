// Loading a corpus: the bundled corpus and any folders, every file loaded or reported.
import { Corpus, type FileParser } from './corpus';
import { findBundledCorpus } from './bundled';
import type { FileOutcome } from './fileOutcome';
import type { StoredLaw } from './corpus';
import { walkCorpusFolder } from './walk';
import { warmOutcomes } from './warmIndex';

export interface LoadOptions {
  /** Folders (or single files) to load, recursively (.md/.txt). */
  folders?: readonly string[];
  /** Load the bundled corpus first (default true). */
  bundled?: boolean;
  /** Override the bundled corpus folder (default: found next to the package). */
  bundledDir?: string;
  /** Override decoding + parsing of one file (the warm index is then not used). */
  parse?: FileParser;
  /** Take the bundled corpus's files from its warm index where it is current (default true). */
  warmIndex?: boolean;
}

export interface AsyncLoadOptions extends LoadOptions {
  /** Files parsed between two yields to the event loop (default 64). */
  chunk?: number;
  /** Called after each chunk: files done, files in all. */
  onProgress?: (done: number, total: number) => void;
  /** Stop early (the corpus returned holds what was loaded so far). */
  signal?: AbortSignal;
}

interface Collected {
  files: string[];
  /** Outcomes from the bundled corpus's warm index. */
  known: Map<string, FileOutcome>;
  /** Its laws as it stores them. */
  stored: Map<string, StoredLaw>;
}

/** Walk every root; the files in load order (bundled first, each file once) and the walk problems recorded. */
function collect(corpus: Corpus, options: LoadOptions): Collected {
  const roots: string[] = [];
  let bundled: string | null = null;
  if (options.bundled ?? true) {
    const dir = options.bundledDir ?? findBundledCorpus();
    if (dir) {
      roots.push((bundled = dir));
      corpus.markBundled(dir);
    }
    else corpus.addWalkProblem({ path: 'corpus/', kind: 'missing-folder', reason: 'bundled corpus not found next to the package', reasonZh: '未找到内置法规库' });
  }
  roots.push(...(options.folders ?? []));
  const files: string[] = [];
  const seen = new Set<string>();
  let known = new Map<string, FileOutcome>();
  let stored = new Map<string, StoredLaw>();
  for (const root of roots) {
    const walked = walkCorpusFolder(root);
    for (const p of walked.problems) corpus.addWalkProblem(p);
    if (root === bundled && !options.parse && (options.warmIndex ?? true)) ({ outcomes: known, laws: stored } = warmOutcomes(root, walked.files));
    for (const f of walked.files) if (!seen.has(f)) seen.add(f), files.push(f);
  }
  return { files, known, stored };
}

/** Load and index. Never throws: folders or files that cannot be used are in `corpus.problems`. */
export function loadCorpus(options: LoadOptions = {}): Corpus {
  const corpus = new Corpus(options.parse);
  const { files, known, stored } = collect(corpus, options);
  corpus.addFiles(files, true, known, stored);
  return corpus;
}

/**
 * The same, yielding to the event loop between chunks of files so that a language server stays responsive
 * while a large corpus loads. Swap the result in when it resolves: laws split over chunks are complete only then.
 */
export async function loadCorpusAsync(options: AsyncLoadOptions = {}): Promise<Corpus> {
  const corpus = new Corpus(options.parse);
  const { files, known, stored } = collect(corpus, options);
  const chunk = Math.max(1, options.chunk ?? 64);
  for (let i = 0; i < files.length; i += chunk) {
    if (options.signal?.aborted) break;
    // (a law split over chunks does not have the stored files yet, and is grouped as usual; then again when complete)
    corpus.addFiles(files.slice(i, i + chunk), true, known, stored);
    options.onProgress?.(Math.min(i + chunk, files.length), files.length);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return corpus;
}
