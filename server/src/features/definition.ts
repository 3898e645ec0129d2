// Go to definition: the cited article's heading in its corpus file (款/项 → that line), every article of a range,
// every candidate of an ambiguous title, a short title's 以下简称 declaration, the draft's own articles, and a defined
// term's definition.
import type { Location, Position } from 'vscode-languageserver';
import type { Citation } from '../core/citations/types';
import { type AnalysisEntry, citationAt, contains } from '../service/analysisCache';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { bindingLocations, fileUri } from './resolve';
import { termDefinition } from './terms';

export function definition(ws: ServiceContext, doc: SourceDocument, position: Position): Location[] | null {
  const entry = ws.analysis(doc);
  const citation = citationAt(entry, position);
  if (!citation) return termDefinition(entry, position) ?? shortTitleAt(entry, doc, position);
  const decl = shortTitleDeclaration(entry, doc.uri, citation, position);
  if (decl) return [decl];
  const out = citationLocations(ws, citation);
  return out.length ? out : null;
}

export function citationLocations(ws: ServiceContext, citation: Citation): Location[] {
  const out = bindingLocations(citation);
  if (out.length === 0 && citation.status === 'ambiguous') {
    for (const title of citation.candidates ?? []) {
      const reg = ws.index.regulation(title);
      const file = reg?.files[0];
      if (file) {
        const zero = { line: 0, character: 0 };
        out.push({ uri: fileUri(file), range: { start: zero, end: zero } });
      }
    }
  }
  return out;
}

/** On the title part of a citation that uses a short title defined in this document → the definition. */
function shortTitleDeclaration(entry: AnalysisEntry, uri: string, citation: Citation, position: Position): Location | null {
  const titlePart = citation.parts.find((p) => p.kind === 'title' && contains(p.range, position));
  if (!titlePart) return null;
  const written = (citation.titleText ?? '').replace(/^[《“"]|[》”"]$/g, '');
  const def = entry.analysis.shortTitles.find((s) => s.shortTitle === written);
  if (!def) return null;
  // The definition itself: nothing to jump to from there but the regulation, so let the caller resolve it.
  if (contains(def.range, position)) return null;
  return { uri, range: def.range };
}

/** A short title mentioned outside any citation (e.g. “基地条例” alone) → its declaration. */
function shortTitleAt(entry: AnalysisEntry, doc: SourceDocument, position: Position): Location[] | null {
  if (entry.analysis.shortTitles.length === 0) return null;
  const lines = entry.text.split('\n', position.line + 1);
  const line = lines[position.line];
  if (line === undefined) return null;
  for (const def of entry.analysis.shortTitles) {
    if (!def.shortTitle) continue;
    let i = line.indexOf(def.shortTitle);
    while (i >= 0) {
      if (i <= position.character && position.character <= i + def.shortTitle.length) {
        if (def.range.start.line === position.line && contains(def.range, position)) return null;
        return [{ uri: doc.uri, range: def.range }];
      }
      i = line.indexOf(def.shortTitle, i + 1);
    }
  }
  return null;
}
