// Folding ranges for the 章/节/条 of a draft regulation (and of a corpus file).
import { type DocumentSymbol, type FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { documentSymbols } from './documentSymbols';

export function foldingRanges(ws: ServiceContext, doc: SourceDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  const walk = (symbols: DocumentSymbol[]): void => {
    for (const s of symbols) {
      if (s.range.end.line > s.range.start.line) {
        out.push({ startLine: s.range.start.line, endLine: s.range.end.line, kind: FoldingRangeKind.Region });
      }
      if (s.children) walk(s.children);
    }
  };
  walk(documentSymbols(ws, doc));
  return out;
}
