// `lawcite check [--json] FILE...`: every citation in drafts, resolved against the corpus, with diagnostics.
// Exit 0 when no error-severity diagnostic, 1 otherwise, 2 on bad usage or an unreadable input (named on stderr;
// the readable files are still reported).
import * as path from 'path';
import { DEFAULT_STYLE, type StyleSeverity, type Binding, type Citation, type CitationDiagnostic, type CitationTarget, type DocumentAnalysis } from '../../core/citations/index';
import { bracketTitle } from '../../core/citations/messages';
import { provisionLabel } from '../../core/labels';
import { UsageError } from '../args';
import { ExitCode, type Command } from '../command';
import { corpusOptionSpec, corpusUsage, loadCorpusFromArgs } from '../corpusOptions';
import { readDraft } from '../drafts';
import { createLawCiteService } from '../../lawCiteService';
import { fixedSettings, loadedCorpus, MemoryDocuments, streamLogger } from '../../service/static';
import { pathToUri } from '../../service/uris';
import type { CliIO } from '../io';
import { selfName } from '../../core/citations/selfName';

const SEVERITIES: readonly StyleSeverity[] = ['off', 'hint', 'information', 'warning'];

/** A style check's severity from its option (--arabic-numerals warning), else the default. */
function styleOption(values: Record<string, unknown>, name: string, fallback: StyleSeverity, io: CliIO): StyleSeverity {
  const value = (values[name] as string | undefined) ?? fallback;
  if (!SEVERITIES.includes(value as StyleSeverity)) {
    throw new UsageError(io.t({ zh: `--${name} 取值应为 off、hint、information 或 warning：${value}`, en: `--${name} wants off, hint, information or warning, got ${value}` }));
  }
  return value as StyleSeverity;
}

export const checkCommand: Command = {
  name: 'check',
  summary: { zh: '检查文稿中的法规引用', en: 'check the citations in drafts' },
  usage: `lawcite check [--json] ${corpusUsage} [--default-regulation TITLE] [--arabic-numerals|--missing-title-marks|--use-short-title off|hint|information|warning] FILE...`,
  options: {
    ...corpusOptionSpec,
    json: { type: 'boolean' },
    'default-regulation': { type: 'string' },
    'arabic-numerals': { type: 'string' },
    'missing-title-marks': { type: 'string' },
    'use-short-title': { type: 'string' },
  },
  run(values, positionals, io) {
    if (positionals.length === 0) throw new UsageError(io.t({ zh: '缺少要检查的文件', en: 'no file to check' }));
    const style = {
      arabicNumerals: styleOption(values, 'arabic-numerals', DEFAULT_STYLE.arabicNumerals, io),
      missingTitleMarks: styleOption(values, 'missing-title-marks', DEFAULT_STYLE.missingTitleMarks, io),
      useShortTitle: styleOption(values, 'use-short-title', DEFAULT_STYLE.useShortTitle, io),
    };
    const corpus = loadCorpusFromArgs(values, io, { listProblems: false });
    // The same service as the editor's: a draft is analysed exactly as the language server analyses it.
    const documents = new MemoryDocuments();
    const service = createLawCiteService({
      corpus: loadedCorpus(corpus),
      documents,
      settings: fixedSettings({ defaultRegulation: (values['default-regulation'] as string | undefined) ?? null, ...style }, io.lang),
      logger: streamLogger((line) => io.err(line)),
    });
    let code: number = ExitCode.ok;
    const results: { path: string; analysis: DocumentAnalysis; text: string }[] = [];
    for (const file of positionals) {
      const text = readDraft(file, io, 'check');
      if (text === null) {
        code = ExitCode.usage;
        continue;
      }
      const analysis = service.analysis(documents.set(pathToUri(path.resolve(file)), text)).analysis;
      results.push({ path: file, analysis, text });
      if (code === ExitCode.ok && analysis.diagnostics.some((d) => d.severity === 'error')) code = 1;
    }
    if (values.json) io.out(JSON.stringify(toJson(results, io.lang)));
    else printReport(results, io);
    return code;
  },
};

/** The citations `check` lists: references to provisions, not titles named alone. */
function listed(a: DocumentAnalysis): Citation[] {
  return a.citations.filter((c) => !c.titleOnly);
}

function targetJson(t: CitationTarget): Record<string, unknown> {
  const o: Record<string, unknown> = { regulation: t.regulation, article: t.article, articleInsert: t.articleInsert, paragraph: t.paragraph, item: t.item };
  if (t.subitem !== undefined) o.subitem = t.subitem;
  if (t.division !== undefined) o.division = t.division;
  if (t.version !== undefined) o.version = t.version;
  if (t.kind !== undefined) o.kind = t.kind;
  return o;
}

/** The `check --json` contract (issue 4). */
export function toJson(results: { path: string; analysis: DocumentAnalysis }[], lang: 'zh' | 'en' = 'zh'): unknown {
  return {
    version: 1,
    files: results.map(({ path, analysis }) => ({
      path,
      citations: listed(analysis).map((c) => ({ text: c.text, range: c.range, status: c.status, targets: c.targets.map(targetJson) })),
      diagnostics: analysis.diagnostics.map((d: CitationDiagnostic) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message[lang] })),
    })),
  };
}

const STATUS_TEXT: Record<Citation['status'], { zh: string; en: string }> = {
  resolved: { zh: '已解析', en: 'resolved' },
  ambiguous: { zh: '指向不明', en: 'ambiguous' },
  self: { zh: '自身条文', en: 'self' },
  'unknown-regulation': { zh: '未知法规', en: 'unknown regulation' },
  'unknown-article': { zh: '无此条', en: 'unknown article' },
  'unknown-paragraph': { zh: '无此款', en: 'unknown paragraph' },
  'unknown-item': { zh: '无此项', en: 'unknown item' },
  'no-context': { zh: '无上下文', en: 'no context' },
};

function provisionName(t: CitationTarget, english: boolean): string {
  if (t.article === null) return t.division ?? '';
  if (english) {
    let s = `Article ${t.article}${t.articleInsert ? `-${t.articleInsert}` : ''}`;
    if (t.paragraph !== null) s += `(${t.paragraph})`;
    if (t.item !== null) s += ` item ${t.item}`;
    return s;
  }
  return provisionLabel({ article: t.article, insert: t.articleInsert, paragraph: t.paragraph, item: t.item, subitem: t.subitem });
}

/** The first words of the bound 款 (or article): what the engine bound, nothing looked up again. */
function firstWords(b: Binding): string {
  const a = b.article;
  if (!a) return '';
  const p = b.paragraph ?? a.paragraphs[0];
  const text = (b.item ? b.item.label + b.item.text : p?.text ?? a.text).replace(/\s+/g, ' ').trim();
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

function targetLine(b: Binding, io: CliIO): string {
  const t = b.target;
  const words = firstWords(b);
  const tail = words ? `：${words}` : '';
  const version = t.version ? io.t({ zh: `（${t.version}版）`, en: ` (version of ${t.version})` }) : '';
  if (t.regulation === null) {
    const own = selfName(b.regulation?.title)?.self ?? '本文件';
    return io.lang === 'en' ? `${provisionName(t, true)} of this document${words ? `: ${words}` : ''}` : `${own}${provisionName(t, false)}${tail}`;
  }
  if (!/[\u4e00-\u9fff]/.test(t.regulation)) return `${provisionName(t, true)} of the ${t.regulation}${version}${tail}`;
  return `${bracketTitle(t.regulation)}${version}${provisionName(t, false)}${tail}`;
}

function printReport(results: { path: string; analysis: DocumentAnalysis }[], io: CliIO): void {
  let errors = 0;
  let warnings = 0;
  let hints = 0;
  let count = 0;
  for (const { path, analysis } of results) {
    const cits = listed(analysis);
    count += cits.length;
    for (const c of cits) {
      const pos = `${path}:${c.range.start.line + 1}:${c.range.start.character + 1}`;
      io.out(`${pos}  ${c.text}  [${io.t(STATUS_TEXT[c.status])}]`);
      const shown = c.bindings.slice(0, 8);
      for (const b of shown) io.out(`    → ${targetLine(b, io)}`);
      // Nothing to point to and not a diagnostic (前款 in a first 款): say why here.
      if (!shown.length) for (const p of c.problems) if (!p.range) io.out(`    → ${io.t(p.message)}`);
      if (c.bindings.length > shown.length) io.out(`    … ${c.bindings.length - shown.length}`);
    }
    for (const d of analysis.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      if (d.severity === 'hint') {
        hints++;
        continue;
      }
      io.out(`${path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${io.t(d.message)}`);
    }
  }
  io.out(io.t({
    zh: `共 ${results.length} 个文件，${count} 处引用，${errors} 个错误，${warnings} 个警告${hints ? `，${hints} 条提示（--json 列出）` : ''}`,
    en: `${results.length} file(s), ${count} citation(s), ${errors} error(s), ${warnings} warning(s)${hints ? `, ${hints} hint(s) (--json lists them)` : ''}`,
  }));
}
