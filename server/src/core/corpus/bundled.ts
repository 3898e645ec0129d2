// Where the bundled corpus is: the `corpus` folder next to the package's package.json, found by walking up from
// this compiled file (out/server/src/core/corpus in the repo; another depth inside the VS Code extension).
import * as fs from 'fs';
import * as path from 'path';

export function findBundledCorpus(start: string = __dirname): string | null {
  let dir = path.resolve(start);
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'corpus');
    if (fs.existsSync(path.join(dir, 'package.json')) && isDirectory(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
