// Recursive walk of a corpus folder: .md/.txt files in a stable order; symlink loops and unreadable entries
// skipped and reported, never thrown.
import * as fs from 'fs';
import * as path from 'path';
import type { LoadProblem } from './types';

const TEXT_FILE = /\.(md|txt)$/i;

export interface WalkResult {
  files: string[];
  problems: LoadProblem[];
}

/** Every .md/.txt file under `root` (or `root` itself when it is a file). Dot-entries are ignored. */
export function walkCorpusFolder(root: string): WalkResult {
  const files: string[] = [];
  const problems: LoadProblem[] = [];
  const abs = path.resolve(root);
  let st: fs.Stats;
  try {
    st = fs.statSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      problems.push({ path: abs, kind: 'missing-folder', reason: 'folder does not exist', reasonZh: '文件夹不存在' });
    } else {
      problems.push({ path: abs, kind: 'unreadable', reason: `cannot read: ${code ?? e}`, reasonZh: `无法读取：${code ?? e}` });
    }
    return { files, problems };
  }
  if (st.isFile()) {
    files.push(abs);
    return { files, problems };
  }
  const visited = new Set<string>();
  const visit = (dir: string) => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      problems.push({ path: dir, kind: 'unreadable', reason: `cannot read folder: ${code}`, reasonZh: `无法读取文件夹：${code}` });
      return;
    }
    if (visited.has(real)) {
      problems.push({ path: dir, kind: 'symlink-loop', reason: `symbolic link loop (back to ${real}), skipped`, reasonZh: `符号链接循环（指回 ${real}），已跳过` });
      return;
    }
    visited.add(real);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      if (ent.name.startsWith('.')) continue;
      const p = path.join(dir, ent.name);
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        try {
          const target = fs.statSync(p);
          isDir = target.isDirectory();
          isFile = target.isFile();
          if (!isDir && !isFile && !TEXT_FILE.test(ent.name)) continue;
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code ?? String(e);
          const loop = code === 'ELOOP';
          problems.push({
            path: p,
            kind: loop ? 'symlink-loop' : 'unreadable',
            reason: loop ? 'symbolic link loop, skipped' : `broken or unreadable symbolic link: ${code}`,
            reasonZh: loop ? '符号链接循环，已跳过' : `符号链接失效或无法读取：${code}`,
          });
          continue;
        }
      }
      if (isDir) visit(p);
      else if (TEXT_FILE.test(ent.name)) {
        if (isFile) files.push(p);
        else problems.push({ path: p, kind: 'not-a-file', reason: 'not a regular file, skipped', reasonZh: '不是普通文件，已跳过' });
      }
    }
  };
  visit(abs);
  return { files, problems };
}
