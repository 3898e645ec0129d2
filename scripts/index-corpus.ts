// npm run corpus:index — writes the warm index of the bundled corpus (corpus/index.json, corpus/index.structures; see
// server/src/core/corpus/warmIndex.ts) and the repeals its laws state (corpus/repeals.json; corpus/repeals.ts). Run after any change to corpus/ or to the parser (`npm run corpus:import`
// runs it); a test fails while the committed index differs from what this writes. `--dir DIR` indexes another folder.
import * as fs from 'fs';
import * as path from 'path';
import { loadCorpus } from '../server/src/core/corpus/load';
import { rowArticles } from '../server/src/core/corpus/indexEntry';
import { formatRepeals, REPEALS_FILE, repealsOf } from '../server/src/core/corpus/repeals';
import { WARM_INDEX_FILE, writeWarmIndex } from '../server/src/core/corpus/warmIndex';

const DEFAULT_DIR = path.resolve(__dirname, '..', '..', 'corpus');

function main(argv: string[]): number {
  let dir = DEFAULT_DIR;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir' && argv[i + 1]) dir = path.resolve(argv[++i]);
    else {
      process.stderr.write('usage: index-corpus [--dir DIR]\n');
      return 2;
    }
  }
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    process.stderr.write(`index-corpus: not a folder: ${dir}\n`);
    return 1;
  }
  const t = Date.now();
  const { index, indexText, structuresText } = writeWarmIndex(dir);
  // The repeals the laws state, recorded once (reading them means reading every file): corpus/repeals.json.
  const repeals = repealsOf(loadCorpus({ bundled: false, folders: [dir] }).laws.values());
  fs.writeFileSync(path.join(dir, REPEALS_FILE), formatRepeals(repeals), 'utf8');
  const out = path.join(dir, WARM_INDEX_FILE);
  const articles = index.files.reduce((n, f) => n + rowArticles(f, index), 0);
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), out) || out}: ${index.files.length} files, ${articles} articles, ` +
      `${(Buffer.byteLength(indexText) / 1048576).toFixed(1)} + ${(Buffer.byteLength(structuresText) / 1048576).toFixed(1)} MiB, ` +
      `${repeals.length} repeals, in ${Date.now() - t} ms\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
