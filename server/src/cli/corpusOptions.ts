// The corpus flags shared by commands: --corpus DIR (repeatable), --no-bundled; loading; problems on stderr.
import * as fs from 'fs';
import * as path from 'path';
import { findBundledCorpus, loadCorpus, type Corpus } from '../core/corpus/index';
import type { OptionSpec } from './args';
import { UsageError } from './args';
import type { CliIO } from './io';

export const corpusOptionSpec: OptionSpec = {
  corpus: { type: 'string', multiple: true },
  'no-bundled': { type: 'boolean' },
  verbose: { type: 'boolean' },
};

export const corpusUsage = '[--corpus DIR]... [--no-bundled] [--verbose]';

/**
 * Check the folders, load, and name every problem on stderr (or, with `listProblems: false`, give their number
 * unless --verbose). Throws UsageError for a missing folder.
 */
export function loadCorpusFromArgs(values: Record<string, unknown>, io: CliIO, options: { listProblems?: boolean } = {}): Corpus {
  const folders = (values.corpus as string[] | undefined) ?? [];
  for (const f of folders) {
    if (!fs.existsSync(f)) {
      throw new UsageError(io.t({ zh: `法规库文件夹不存在：${f}`, en: `corpus folder does not exist: ${f}` }));
    }
  }
  const corpus = loadCorpus({ folders, bundled: !values['no-bundled'] });
  reportProblems(corpus, io, Boolean(values.verbose), options.listProblems ?? true);
  return corpus;
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

function shown(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

export function reportProblems(corpus: Corpus, io: CliIO, verbose: boolean, listProblems = true): void {
  const problems = corpus.problems;
  if (listProblems || verbose) {
    for (const p of problems) io.err(`lawcite: ${shown(p.path)}: ${io.lang === 'zh' ? p.reasonZh : p.reason}`);
  } else if (problems.length > 0) {
    io.err(io.t({ zh: `lawcite: ${problems.length} 个文件已跳过或有问题（lawcite index 列出原因）`, en: `lawcite: ${problems.length} file(s) skipped or with problems (lawcite index lists them)` }));
  }
  // The bundled texts' warnings (numbering gaps as published, listed in corpus/national/provenance.json) are not
  // the user's to fix: counted only with --verbose.
  const bundled = findBundledCorpus();
  const warnings = verbose || !bundled ? corpus.warnings : corpus.warnings.filter((w) => !isInside(w.file, bundled));
  if (verbose) {
    for (const w of warnings) io.err(`lawcite: ${shown(w.file)}:${w.line + 1}: ${w.message}`);
  } else if (warnings.length > 0) {
    io.err(io.t({ zh: `lawcite: 解析提示 ${warnings.length} 条（--verbose 查看）`, en: `lawcite: ${warnings.length} parser warning(s) (--verbose lists them)` }));
  }
}
