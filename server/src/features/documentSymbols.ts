// Document symbols: the 编/章/节/条 outline of a draft regulation or of a corpus file.
import type { DocumentSymbol, Range } from 'vscode-languageserver';
// (a CommonJS require: an ES import would copy the module's ~300 exports at start-up, once per importing file)
import lsp = require('vscode-languageserver');
import type { Article, Division, Regulation } from '../core/model';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { firstWords } from './articleView';
import { documentFile, documentStructure } from './resolve';

const { SymbolKind } = lsp;

export function documentSymbols(ws: ServiceContext, doc: SourceDocument): DocumentSymbol[] {
  const file = documentFile(doc.uri);
  const out: DocumentSymbol[] = [];
  for (const reg of documentStructure(ws, ws.analysis(doc))) {
    const symbols = outline(reg, file);
    if (symbols.length === 0) continue;
    const range = span(symbols.map((s) => s.range));
    out.push({ name: reg.title || '—', kind: SymbolKind.Module, range, selectionRange: symbols[0].selectionRange, children: symbols });
  }
  // A single draft needs no wrapping regulation node.
  if (out.length === 1 && !ws.analysis(doc).corpusFile) return out[0].children ?? [];
  return out;
}

function outline(reg: Regulation, file: string): DocumentSymbol[] {
  const byDivision = new Map<Division | null, Article[]>();
  for (const a of reg.articles) {
    if (a.location.file !== file) continue;
    const list = byDivision.get(a.division) ?? [];
    list.push(a);
    byDivision.set(a.division, list);
  }
  const articleSymbol = (a: Article): DocumentSymbol => ({
    name: a.label,
    detail: firstWords(a, 30),
    kind: SymbolKind.Field,
    range: a.location.range,
    selectionRange: a.labelLocation.range,
  });
  /** Symbols of the divisions of this file and of the articles directly under `parent`, in line order. */
  const symbolsUnder = (divisions: Division[], parent: Division | null): DocumentSymbol[] => {
    const out: DocumentSymbol[] = [];
    for (const d of divisions) {
      const s = divisionSymbol(d);
      if (s) out.push(s);
    }
    for (const a of byDivision.get(parent) ?? []) out.push(articleSymbol(a));
    return out.sort((x, y) => x.range.start.line - y.range.start.line);
  };
  const divisionSymbol = (d: Division): DocumentSymbol | null => {
    if (d.location.file !== file) return null;
    const children = symbolsUnder(d.children, d);
    const ranges = [d.location.range, ...children.map((c) => c.range)];
    return {
      name: d.heading ? `${d.label} ${d.heading}` : d.label,
      kind: SymbolKind.Namespace,
      range: span(ranges),
      selectionRange: d.location.range,
      children,
    };
  };
  return symbolsUnder(reg.divisions, null);
}

/**
 * The outline the editor shows. VS Code shows one tree per symbol provider: in a Markdown text whose 编/章/节 are
 * Markdown headings (## 第一章 总则 — LawRefBook's corpus files, drafts written that way) Markdown's own outline
 * already has them, and ours would be a second tree repeating them; there LawCite gives none. Elsewhere (plain
 * text, Markdown whose headings are only a title or none) ours is the outline.
 */
export function outlineSymbols(ws: ServiceContext, doc: SourceDocument, languageId: string | undefined): DocumentSymbol[] {
  const symbols = documentSymbols(ws, doc);
  if (languageId !== 'markdown' || symbols.length === 0) return symbols;
  const divisionLines: number[] = [];
  const walk = (list: DocumentSymbol[]): void => {
    for (const s of list) {
      if (s.kind === SymbolKind.Namespace) divisionLines.push(s.selectionRange.start.line);
      if (s.children) walk(s.children);
    }
  };
  walk(symbols);
  if (divisionLines.length === 0) return symbols;
  const lines = doc.getText().split(/\r?\n/);
  return divisionLines.every((l) => /^\s{0,3}#{1,6}\s/.test(lines[l] ?? '')) ? [] : symbols;
}

export function span(ranges: Range[]): Range {
  let start = ranges[0].start;
  let end = ranges[0].end;
  for (const r of ranges) {
    if (r.start.line < start.line || (r.start.line === start.line && r.start.character < start.character)) start = r.start;
    if (r.end.line > end.line || (r.end.line === end.line && r.end.character > end.character)) end = r.end;
  }
  return { start, end };
}
