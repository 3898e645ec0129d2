// The engine's diagnostics as LSP diagnostics (message in the user's language, Arabic-numeral severity from the
// settings), and code actions from the engine's fixes.
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  DiagnosticSeverity,
  type Range,
} from 'vscode-languageserver';
import type { CitationDiagnostic, Severity } from '../core/citations/types';
import type { AnalysisEntry } from '../service/analysisCache';
import type { MessageLanguage } from '../service/settings';
import type { ServiceContext, SourceDocument } from '../service/interfaces';

export const DIAGNOSTIC_SOURCE = 'lawcite';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The engine's severity (the settings were applied when the document was analysed). */
function severityOf(d: CitationDiagnostic): DiagnosticSeverity {
  return severities[d.severity] ?? DiagnosticSeverity.Warning;
}

function toLsp(d: CitationDiagnostic, severity: DiagnosticSeverity, lang: MessageLanguage): Diagnostic {
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
  return entry.analysis.diagnostics.filter((d) => !(ws.corpus.indexing && d.code === 'unknown-regulation'));
}

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/** Quick fixes for the diagnostics overlapping `range`: replace a title, Chinese numerals, add 《》, pick a candidate. */
export function codeActions(ws: ServiceContext, doc: SourceDocument, range: Range, only?: string[]): CodeAction[] {
  if (only && only.length && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === '')) return [];
  const entry = ws.analysis(doc);
  const out: CodeAction[] = [];
  for (const d of shown(ws, entry)) {
    if (!overlaps(d.range, range)) continue;
    const diag = toLsp(d, severityOf(d), ws.lang);
    d.fixes.forEach((fix, i) => {
      out.push({
        title: fix.title[ws.lang] || fix.title.zh,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diag],
        isPreferred: d.fixes.length === 1 || i === 0 ? d.fixes.length === 1 : undefined,
        edit: { changes: { [doc.uri]: [{ range: fix.range, newText: fix.newText }] } },
      });
    });
  }
  return out;
}
