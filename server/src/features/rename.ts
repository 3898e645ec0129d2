// Rename: on a draft article's heading label, the article's new number (its heading and every reference of the draft
// to it, core/citations/renameArticle); on a defined term, its new name (definitions and uses, core terms/rename).
// Refusals carry the engine's reason in the user's language. Nothing is renamed in a corpus file.
import type { Position, Range, WorkspaceEdit } from 'vscode-languageserver';
import { renameArticle } from '../core/citations/drafting/renameArticle';
import { renameTerm } from '../core/citations/terms/rename';
import { LineIndex } from '../core/citations/text';
import type { Article } from '../core/model';
import { type AnalysisEntry, contains } from '../service/analysisCache';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { termAt } from './terms';

export type RenameOutcome = { edit: WorkspaceEdit } | { error: string };

/** The draft article whose heading label holds the position (never in a corpus file: the law as published). */
function headingAt(entry: AnalysisEntry, position: Position): Article | null {
  const reg = entry.analysis.structure;
  if (!reg || entry.corpusFile) return null;
  return reg.articles.find((a) => a.label.startsWith('第') && contains(a.labelLocation.range, position)) ?? null;
}

/** What can be renamed at the position: its range and current name; null when nothing can. */
export function prepareRename(ws: ServiceContext, doc: SourceDocument, position: Position): { range: Range; placeholder: string } | null {
  const entry = ws.analysis(doc);
  if (entry.corpusFile) return null; // the law as published is not the user's to rewrite
  const article = headingAt(entry, position);
  if (article) return { range: article.labelLocation.range, placeholder: article.label };
  const hit = termAt(entry, position);
  if (hit) return { range: hit.range, placeholder: hit.term.term };
  return null;
}

export function rename(ws: ServiceContext, doc: SourceDocument, position: Position, newName: string): RenameOutcome | null {
  const entry = ws.analysis(doc);
  if (entry.corpusFile) return null;
  const article = headingAt(entry, position);
  if (article) {
    const r = renameArticle(entry.text, entry.analysis, new LineIndex(entry.text), article, newName);
    return 'error' in r ? { error: r.error[ws.lang] } : { edit: { changes: { [doc.uri]: r.edits } } };
  }
  const hit = termAt(entry, position);
  if (hit) {
    const r = renameTerm(entry.text, entry.analysis.terms, hit.term.term, newName);
    return 'error' in r ? { error: r.error[ws.lang] } : { edit: { changes: { [doc.uri]: r.edits } } };
  }
  return null;
}
