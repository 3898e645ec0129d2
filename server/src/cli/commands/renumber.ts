// `lawcite renumber FILE [--write] [--json]`: renumber a draft's articles in document order and rewrite its own
// references (core/citations/drafting/renumber.ts). Without --write a unified diff on stdout; with --write the file is
// rewritten in its encoding (UTF-8 with or without BOM, UTF-16 with BOM) and line endings, and nothing else changes;
// --json lists the moves and warnings. Warnings (references that cannot be kept) go to stderr. Exit 0, 1 when the
// file is not a draft regulation, 2 on bad usage or an unreadable file.
import * as fs from 'fs';
import * as path from 'path';
import { LineIndex } from '../../core/citations/index';
import { applyEdits, renumberArticles, type RenumberResult } from '../../core/citations/drafting/renumber';
import { decodeText } from '../../core/parser';
import { createLawCiteService } from '../../lawCiteService';
import { fixedSettings, loadedCorpus, MemoryDocuments, streamLogger } from '../../service/static';
import { pathToUri } from '../../service/uris';
import { UsageError } from '../args';
import { ExitCode, type Command } from '../command';
import { corpusOptionSpec, corpusUsage, loadCorpusFromArgs } from '../corpusOptions';

export const renumberCommand: Command = {
  name: 'renumber',
  summary: { zh: '按顺序重新编号文稿条文并改写本文件内的引用', en: "renumber a draft's articles in order and rewrite its own references" },
  usage: `lawcite renumber FILE [--write] [--json] ${corpusUsage}`,
  options: { ...corpusOptionSpec, write: { type: 'boolean' }, json: { type: 'boolean' } },
  run(values, positionals, io) {
    if (positionals.length !== 1) throw new UsageError(io.t({ zh: '需要且只需要一个文件', en: 'wants exactly one file' }));
    const file = positionals[0];
    let bytes: Buffer;
    try {
      if (fs.statSync(file).isDirectory()) throw new Error(io.t({ zh: '是文件夹，不是文件', en: 'is a folder, not a file' }));
      bytes = fs.readFileSync(file);
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? io.t({ zh: '文件不存在', en: 'no such file' }) : (e as Error).message;
      io.err(`lawcite renumber: ${file}: ${reason}`);
      return ExitCode.usage;
    }
    const decoded = decodeText(bytes);
    const text = decoded.text;
    const corpus = loadCorpusFromArgs(values, io, { listProblems: false });
    const documents = new MemoryDocuments();
    const service = createLawCiteService({
      corpus: loadedCorpus(corpus),
      documents,
      settings: fixedSettings({}, io.lang),
      logger: streamLogger((line) => io.err(line)),
    });
    const analysis = service.analysis(documents.set(pathToUri(path.resolve(file)), text)).analysis;
    if (!analysis.structure) {
      io.err(io.t({ zh: `lawcite renumber: ${file}：不是条例草案（没有第一条、第二条……）`, en: `lawcite renumber: ${file}: not a draft regulation (no 第一条, 第二条 …)` }));
      return ExitCode.notFound;
    }
    const lines = new LineIndex(text);
    const result = renumberArticles(text, analysis, lines);
    const after = applyEdits(text, result.edits, lines);
    for (const w of result.warnings) io.err(`${file}:${w.range.start.line + 1}:${w.range.start.character + 1}: ${io.t(w.message)}`);
    if (values.json) io.out(JSON.stringify(toJson(file, result, !!values.write)));
    if (values.write) {
      if (!result.edits.length) return ExitCode.ok;
      const encoded = encodeLike(after, bytes, decoded.encoding);
      if (!encoded || !encodeLike(text, bytes, decoded.encoding)?.equals(bytes)) {
        io.err(io.t({ zh: `lawcite renumber: ${file}：无法按原编码（${decoded.encoding}）写回，未修改文件`, en: `lawcite renumber: ${file}: cannot write it back in its encoding (${decoded.encoding}); file left unchanged` }));
        return ExitCode.usage;
      }
      fs.writeFileSync(file, encoded);
    } else if (!values.json) {
      io.out(unifiedDiff(file, text, after));
    }
    return ExitCode.ok;
  },
};

function toJson(file: string, r: RenumberResult, written: boolean): unknown {
  return {
    path: file,
    written,
    moves: r.moves.map((m) => ({ from: m.from, to: m.to, range: m.range })),
    edits: r.edits.map((e) => ({ range: e.range, newText: e.newText })),
    warnings: r.warnings.map((w) => ({ range: w.range, message: w.message })),
  };
}

/** `text` in the encoding the original bytes had (BOM kept); null for one without an encoder here (GB18030). */
function encodeLike(text: string, original: Buffer, encoding: string): Buffer | null {
  const bom = (b: number[]) => b.every((x, i) => original[i] === x);
  if (encoding === 'utf-8') return Buffer.concat([bom([0xef, 0xbb, 0xbf]) ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const body = Buffer.from(text, 'utf16le');
    if (encoding === 'utf-16be') body.swap16();
    const mark = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    return Buffer.concat([bom(mark) ? Buffer.from(mark) : Buffer.alloc(0), body]);
  }
  return null;
}

/** A unified diff of two texts with the same lines count (renumbering edits stay within lines); 3 lines of context. */
export function unifiedDiff(file: string, a: string, b: string): string {
  const split = (t: string) => t.replace(/\r?\n$/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const x = split(a);
  const y = split(b);
  const changed: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) changed.push(i);
  if (!changed.length) return '';
  const out = [`--- ${file}`, `+++ ${file}`];
  let i = 0;
  while (i < changed.length) {
    const from = Math.max(0, changed[i] - 3);
    let j = i;
    while (j + 1 < changed.length && changed[j + 1] - changed[j] <= 6) j++;
    const to = Math.min(x.length - 1, changed[j] + 3);
    out.push(`@@ -${from + 1},${to - from + 1} +${from + 1},${to - from + 1} @@`);
    for (let k = from; k <= to; k++) {
      if (x[k] === y[k]) {
        out.push(` ${x[k]}`);
        continue;
      }
      let end = k;
      while (end + 1 <= to && x[end + 1] !== y[end + 1]) end++;
      for (let m = k; m <= end; m++) out.push(`-${x[m]}`);
      for (let m = k; m <= end; m++) out.push(`+${y[m]}`);
      k = end;
    }
    i = j + 1;
  }
  return out.join('\n');
}
