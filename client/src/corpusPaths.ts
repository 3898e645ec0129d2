// The corpus folders as the language server reads them: the bundled corpus, then lawcite.corpus.paths (absolute,
// ~/…, or relative to the first workspace folder). Pure: no vscode import (test/client/corpusPaths.test.ts).
import * as path from 'path';

export function resolveCorpusPaths(paths: readonly string[], firstFolder: string | undefined, home: string | undefined): string[] {
  return paths
    .filter((p) => typeof p === 'string' && p.trim())
    .map((p) => {
      const expanded = p.startsWith('~') && home ? path.join(home, p.slice(1)) : p;
      return path.isAbsolute(expanded) ? path.resolve(expanded) : path.resolve(firstFolder ?? process.cwd(), expanded);
    });
}

/** Is `file` one of `roots` or inside one? */
export function isInside(file: string, roots: readonly string[]): boolean {
  const f = path.resolve(file);
  return roots.some((r) => f === r || f.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
}

/** Lines of a leading front matter block (--- … ---): [0, closing line], or null when there is none. */
export function frontMatterLines(text: string): [number, number] | null {
  const lines = text.split(/\r?\n/, 200);
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return null;
  for (let i = 1; i < lines.length; i++) if (lines[i].trim() === '---') return [0, i];
  return null;
}
