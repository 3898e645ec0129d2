// The engine's diagnostics as LSP diagnostics (message in the user's language, Arabic-numeral severity from the
// settings), and code actions from the engine's fixes.
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
// (a CommonJS require: an ES import would copy the module's ~300 exports at start-up, once per importing file)
import lsp = require('vscode-languageserver');
import { renumberArticles } from '../core/citations/drafting/renumber';
import { LineIndex } from '../core/citations/text';
import type { CitationDiagnostic, QuickFix, Severity } from '../core/citations/types';
import { articleLabel } from '../core/labels';
import { findArticle } from '../core/model';
import { firstWords } from './articleView';
import type { AnalysisEntry } from '../service/analysisCache';
import type { MessageLanguage } from '../service/settings';
import type { ServiceContext, SourceDocument } from '../service/interfaces';

const { CodeActionKind, DiagnosticSeverity } = lsp;

export const DIAGNOSTIC_SOURCE = 'lawcite';

const severities: Record<Severity, lsp.DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The engine's severity (the settings were applied when the document was analysed). */
function severityOf(d: CitationDiagnostic): lsp.DiagnosticSeverity {
  return severities[d.severity] ?? DiagnosticSeverity.Warning;
}

function toLsp(d: CitationDiagnostic, severity: lsp.DiagnosticSeverity, lang: MessageLanguage): Diagnostic {
  return { range: d.range, severity, code: d.code, source: DIAGNOSTIC_SOURCE, message: d.message[lang] || d.message.zh };
}

/**
 * Diagnostics to publish for a document; corpus files get none (their references are the regulation's own). While
 * corpus folders are still being read, a regulation is never said to be missing: it may be in them (the diagnostics
 * are published again when indexing ends).
 */
export function diagnostics(ws: ServiceContext, entry: AnalysisEntry): Diagnostic[] {
  return shown(ws, entry).map((d) => toLsp(d, severityOf(d), ws.lang));
}

/** The engine's diagnostics that are shown now. */
function shown(ws: ServiceContext, entry: AnalysisEntry): CitationDiagnostic[] {
  if (entry.corpusFile) return [];
  return entry.analysis.diagnostics.filter((d) => !(d.code === 'unknown-regulation' && (ws.corpus.indexing || repealedToo(entry, d))));
}

/**
 * A law not in the corpus because a law of the corpus repealed it (《合同法》): the repeal is the one thing to say
 * (its warning names the repealing law and the successor); "not in the corpus, cannot be checked" beside it is noise.
 */
function repealedToo(entry: AnalysisEntry, d: CitationDiagnostic): boolean {
  return entry.analysis.diagnostics.some((x) => x.code === 'repealed' && x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character);
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Is an action of `kind` asked for (`only` lists kinds and their parents, e.g. "refactor" for "refactor.rewrite")? */
function wanted(kind: string, only?: string[]): boolean {
  return !only || !only.length || only.some((k) => k === '' || k === kind || kind.startsWith(k + '.'));
}

/**
 * Code actions at `range`: quick fixes for the diagnostics overlapping it (replace a title, Chinese numerals, add
 * 《》, pick a candidate, the expected number), and on a draft's article heading or numbering problem 重新编号条文
 * (Renumber Articles), shown as a preview before it applies.
 */
export function codeActions(ws: ServiceContext, doc: SourceDocument, range: Range, only?: string[]): CodeAction[] {
  const entry = ws.analysis(doc);
  const out: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix, only)) out.push(...quickFixes(ws, entry, doc, range));
  if (wanted(CodeActionKind.RefactorRewrite, only)) {
    const renumber = renumberAction(ws, entry, range);
    if (renumber) out.push(renumber);
  }
  return out;
}

/** Client commands code actions can run (declared by the client in initializationOptions.commands). */
export const SET_DEFAULT_REGULATION = 'lawcite.setDefaultRegulation';
export const SEARCH_ARTICLES = 'lawcite.searchArticles';

/**
 * Quick fixes for the citation under the cursor (never another one on the line): the engine's fixes, each title
 * showing the result (and what a nearby article says); for a bare 第X条 without a regulation, 设为默认法规 for each
 * regulation a fix names; for what does not resolve, 搜索条文… with a query made from it.
 */
function quickFixes(ws: ServiceContext, entry: AnalysisEntry, doc: SourceDocument, range: Range): CodeAction[] {
  const out: CodeAction[] = [];
  const lang = ws.lang;
  for (const d of shown(ws, entry)) {
    if (!overlaps(d.range, range)) continue;
    const diag = toLsp(d, severityOf(d), lang);
    d.fixes.forEach((fix) => {
      out.push({
        title: fixTitle(ws, fix),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        isPreferred: d.fixes.length === 1 || fix.preferred ? true : undefined,
        edit: { changes: { [doc.uri]: [{ range: fix.range, newText: fix.newText }] } },
      });
    });
    if (d.code === 'no-context' && ws.clientCommands.includes(SET_DEFAULT_REGULATION)) {
      const named = d.fixes.filter((f, i, all) => f.cites?.regulation && all.findIndex((g) => g.cites?.regulation === f.cites!.regulation) === i);
      for (const fix of named) {
        const title = fix.cites!.regulation!;
        // What the bare citation then reads: 《…》第五条 and its first words.
        const reg = ws.index.regulation(title);
        const article = reg ? findArticle(reg, fix.cites!.article, fix.cites!.insert) : undefined;
        const then = article ? `${articleLabel(article.number, article.insert)}：${firstWords(article, 20)}` : '';
        out.push({
          title: lang === 'zh' ? `设为默认法规：《${title}》${then ? `（${then}）` : ''}` : `Set as default regulation: 《${title}》${then ? ` (${then})` : ''}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diag],
          command: { title: lang === 'zh' ? '设为默认法规' : 'Set as default regulation', command: SET_DEFAULT_REGULATION, arguments: [title] },
        });
      }
    }
    const query = searchQuery(entry, d);
    if (query && ws.clientCommands.includes(SEARCH_ARTICLES)) {
      const successor = d.code === 'repealed';
      out.push({
        title: successor
          ? lang === 'zh' ? `在《${query}》中搜索相应规定…` : `Search 《${query}》 for the corresponding provision…`
          : lang === 'zh' ? `搜索条文：“${query}”…` : `Search articles: “${query}”…`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        command: { title: lang === 'zh' ? '搜索条文' : 'Search Articles', command: SEARCH_ARTICLES, arguments: [{ query }] },
      });
    }
  }
  return out;
}

/** A fix's title; one that cites a nearby article or a regulation adds that article's first words. */
function fixTitle(ws: ServiceContext, fix: QuickFix): string {
  const title = fix.title[ws.lang] || fix.title.zh;
  const c = fix.cites;
  if (!c || c.regulation === null) return title;
  const reg = ws.index.regulation(c.regulation);
  const article = reg ? findArticle(reg, c.article, c.insert) : undefined;
  return article ? `${title} — ${firstWords(article, 24)}` : title;
}

/** What to search for a citation that does not resolve: its article for a bare 第X条, else the title written. */
function searchQuery(entry: AnalysisEntry, d: CitationDiagnostic): string | null {
  if (d.code !== 'no-context' && d.code !== 'unknown-article' && d.code !== 'unknown-regulation' && d.code !== 'repealed') return null;
  const c = entry.analysis.citations.find((x) => x.problems.includes(d));
  if (!c) return null;
  // A repealed law not in the corpus: its successor is where the provision is now (《合同法》 → 民法典).
  if (d.code === 'repealed') return c.status === 'unknown-regulation' && typeof d.args.successor === 'string' ? d.args.successor : null;
  const t = c.targets.find((x) => x.article !== null);
  if (d.code === 'no-context') return t && t.article !== null ? articleLabel(t.article, t.articleInsert) : null;
  if (d.code === 'unknown-regulation') return c.titleText ?? (typeof d.args.written === 'string' ? d.args.written : null);
  // A missing article: the regulation's full title (a short title alone finds other laws too).
  return t?.regulation ?? c.titleText ?? null;
}

const RENUMBER = 'lawcite.renumber';

/**
 * 重新编号条文 on an article heading of a draft regulation (or a numbering problem): the engine's renumbering as one
 * workspace edit whose changes need confirmation, so the editor previews them; references it cannot keep are named
 * in the title and left alone.
 */
function renumberAction(ws: ServiceContext, entry: AnalysisEntry, range: Range): CodeAction | null {
  const reg = entry.analysis.structure;
  if (!reg || entry.corpusFile) return null;
  const onHeading = reg.articles.some((a) => overlaps(a.labelLocation.range, range));
  const onProblem = entry.analysis.diagnostics.some((d) => d.code.startsWith('numbering-') && overlaps(d.range, range));
  if (!onHeading && !onProblem) return null;
  const result = renumberArticles(entry.text, entry.analysis, new LineIndex(entry.text));
  if (!result.edits.length) return null;
  const moved = result.moves.length;
  const warned = result.warnings.length;
  const title =
    ws.lang === 'zh'
      ? `重新编号条文（${moved} 处改号${warned ? `，${warned} 处引用需人工核对` : ''}）`
      : `Renumber Articles (${moved} renumbered${warned ? `, ${warned} reference${warned > 1 ? 's' : ''} to check by hand` : ''})`;
  const label = ws.lang === 'zh' ? '重新编号条文' : 'Renumber Articles';
  return {
    title,
    kind: CodeActionKind.RefactorRewrite,
    edit: {
      documentChanges: [
        {
          textDocument: { uri: entry.uri, version: entry.version },
          edits: result.edits.map((e) => ({ range: e.range, newText: e.newText, annotationId: RENUMBER })),
        },
      ],
      changeAnnotations: { [RENUMBER]: { label, needsConfirmation: true } },
    },
  };
}
