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
 * The outline the editor shows. VS Code shows one tree per symbol provider, so in a Markdown text that has any
 * heading (a title `# 某某办法`, `## 第一章 总则` as in LawRefBook's corpus files) Markdown's own outline is already
 * a tree and ours would be a second one: there LawCite gives none, and the VS Code extension shows the 编/章/节/条 in
 * its own view (`structure`). In plain text and in Markdown with no heading, ours is the outline.
 */
export function outlineSymbols(ws: ServiceContext, doc: SourceDocument, languageId: string | undefined): DocumentSymbol[] {
  return outlineShows(doc, languageId) ? documentSymbols(ws, doc) : [];
}

/** The 编/章/节/条 of a document, and whether the editor's outline shows them (else a client shows them apart). */
export function structure(ws: ServiceContext, doc: SourceDocument, languageId: string | undefined): { symbols: DocumentSymbol[]; inOutline: boolean } {
  return { symbols: documentSymbols(ws, doc), inOutline: outlineShows(doc, languageId) };
}

function outlineShows(doc: SourceDocument, languageId: string | undefined): boolean {
  return languageId !== 'markdown' || !hasMarkdownHeading(doc.getText());
}

/**
 * Whether Markdown would find a heading (and so an outline of its own): an ATX heading (`# 标题`) or a setext
 * underline (`===`/`---` under a line of text), outside the front matter and fenced code.
 */
export function hasMarkdownHeading(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (end > 0) i = end + 1;
  }
  let fence: string | null = null;
  for (let prev = ''; i < lines.length; prev = lines[i], i++) {
    const line = lines[i];
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    if (/^\s{0,3}#{1,6}(\s|$)/.test(line)) return true;
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && prev.trim() !== '' && !/^\s{0,3}([-*+]\s|#|>)/.test(prev) && !/^\s{0,3}(=+|-+)\s*$/.test(prev)) return true;
  }
  return false;
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
