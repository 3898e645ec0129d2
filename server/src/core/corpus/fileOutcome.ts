// What one corpus file gives: the regulations kept, the problems that skipped it (or some of its texts) and the
// parser's warnings. Depends on the file's bytes only, so a warm index can store it and give it back unchanged.
import * as fs from 'fs';
import type { Regulation } from '../model';
import type { ParseResult, ParseWarning } from '../parser/types';
import type { LoadProblem } from './types';
import { keepsWithoutArticles } from '../parser/regulation';

/** Turns one file's bytes into regulations (decode + parse). Injectable for tests and other formats. */
export type FileParser = (bytes: Uint8Array, file: string) => ParseResult;

export interface FileOutcome {
  regulations: Regulation[];
  problems: LoadProblem[];
  warnings: ParseWarning[];
}

const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * A file's bytes, or the problem that stops reading it. `knownRegular`: the path comes from a folder walk that
 * already checked it is a regular file (saves one stat).
 */
export function readCorpusFile(file: string, knownRegular = false): Uint8Array | { problem: LoadProblem } {
  const problem = (kind: LoadProblem['kind'], reason: string, reasonZh: string) => ({ problem: { path: file, kind, reason, reasonZh } });
  try {
    if (!knownRegular) {
      const st = fs.statSync(file);
      if (!st.isFile()) return problem('not-a-file', 'not a regular file', '不是普通文件');
      if (st.size > MAX_FILE_BYTES) return problem('binary', `too large (${st.size} bytes)`, `文件过大（${st.size} 字节）`);
    }
    const bytes = fs.readFileSync(file);
    if (bytes.length > MAX_FILE_BYTES) return problem('binary', `too large (${bytes.length} bytes)`, `文件过大（${bytes.length} 字节）`);
    return bytes;
  } catch (e) {
    return problem('unreadable', `cannot read: ${errorText(e)}`, `无法读取：${errorText(e)}`);
  }
}

/** Check, parse and sort one file's bytes into what the corpus keeps. Never throws. */
export function fileOutcome(bytes: Uint8Array, file: string, parse: FileParser): FileOutcome {
  const out: FileOutcome = { regulations: [], problems: [], warnings: [] };
  const problem = (kind: LoadProblem['kind'], reason: string, reasonZh: string) => {
    out.problems.push({ path: file, kind, reason, reasonZh });
    return out;
  };
  if (bytes.length === 0) return problem('empty', 'empty file', '空文件');
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (!utf16 && bytes.subarray(0, 8192).indexOf(0) !== -1) return problem('binary', 'binary file (NUL bytes), not text', '二进制文件（含 NUL 字节），不是文本');
  let result: ParseResult;
  try {
    result = parse(bytes, file);
  } catch (e) {
    return problem('parse-error', `cannot parse: ${errorText(e)}`, `无法解析：${errorText(e)}`);
  }
  out.warnings = result.warnings;
  if (result.regulations.length === 0) return problem('no-regulation', 'skipped: no regulation title found', '已跳过：未找到法规标题');
  for (const reg of result.regulations) {
    if (!reg.title.trim()) problem('no-regulation', 'skipped a text without a title', '已跳过：一段没有标题的文本');
    else if (reg.articles.length === 0 && !keepsWithoutArticles(reg)) problem('no-articles', `skipped 《${reg.title}》: no articles (第N条 / Article N)`, `已跳过《${reg.title}》：没有条文（第N条）`);
    else out.regulations.push(reg);
  }
  return out;
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err?.code ? `${err.code}${err.message ? ` (${err.message.replace(/^\w+: /, '')})` : ''}` : String(err?.message ?? e);
}
