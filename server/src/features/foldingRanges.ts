// Folding ranges for the 章/节/条 of a draft regulation (and of a corpus file), and for a leading front matter
// (--- … ---), which the editor folds away in a corpus file.
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver';
// (a CommonJS require: an ES import would copy the module's ~300 exports at start-up, once per importing file)
import lsp = require('vscode-languageserver');
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { documentSymbols } from './documentSymbols';

const { FoldingRangeKind } = lsp;

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
  const fm = frontMatterEnd(doc.getText());
  if (fm !== null) out.unshift({ startLine: 0, endLine: fm, kind: FoldingRangeKind.Comment });
  return out;
}

/** The line of a leading front matter's closing ---, or null. */
function frontMatterEnd(text: string): number | null {
  const lines = text.slice(0, 20000).split(/\r?\n/);
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return null;
  for (let i = 1; i < lines.length; i++) if (lines[i].trim() === '---') return i;
  return null;
}
