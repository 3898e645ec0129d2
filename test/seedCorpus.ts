// The nine seed regulations: the top-level files of corpus/, without corpus/national. Rule tests and the dev-set
// gold were written for this fixed corpus ("a national law not in the corpus"), so they load it instead of the
// whole bundled corpus.
import * as fs from 'fs';
import * as path from 'path';

export const CORPUS_DIR = path.resolve(__dirname, '..', '..', 'corpus');

export const SEED_FILES: readonly string[] = fs
  .readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => path.join(CORPUS_DIR, f));

/** CLI flags for the same corpus: --no-bundled and each seed file as --corpus. */
export const SEED_CLI_ARGS: readonly string[] = ['--no-bundled', ...SEED_FILES.flatMap((f) => ['--corpus', f])];

let bundledCount: number | null = null;
/** Laws in the whole bundled corpus (seeds + corpus/national), loaded once: server tests count on top of it. */
export function bundledLaws(): number {
  if (bundledCount === null) bundledCount = require('../server/src/core/corpus').loadCorpus().laws.size as number;
  return bundledCount;
}
