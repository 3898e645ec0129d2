// From the engine's bindings to LSP locations, and the regulation structure a document shows. Nothing here
// decides what a citation means: the analysis has bound every target already.
import type { Location } from 'vscode-languageserver';
import type { Binding, Citation } from '../core/citations/types';
import type { Article, Division, Regulation, SourceLocation } from '../core/model';
import type { AnalysisEntry } from '../service/analysisCache';
import type { ServiceContext } from '../service/interfaces';
import { fileUri, uriToPath } from '../service/uris';

export { fileUri };

/** The file name under which a document's own structure is parsed: its path, or its URI when it has none. */
export function documentFile(uri: string): string {
  return uriToPath(uri) ?? uri;
}

export function toLocation(loc: SourceLocation): Location {
  return { uri: fileUri(loc.file), range: loc.range };
}

/** The bindings of a citation that reached an article. */
export function articleBindings(citation: Citation): (Binding & { article: Article; regulation: Regulation })[] {
  return citation.bindings.filter((b): b is Binding & { article: Article; regulation: Regulation } => b.article !== null && b.regulation !== null);
}

/** Where each binding of a citation is, once per place. */
export function bindingLocations(citation: Citation): Location[] {
  const out: Location[] = [];
  const seen = new Set<string>();
  for (const b of citation.bindings) {
    if (!b.location) continue;
    const loc = toLocation(b.location);
    const key = `${loc.uri}#${loc.range.start.line}:${loc.range.start.character}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(loc);
  }
  return out;
}

/** The regulations whose structure a document shows: a corpus file's, or a draft's own. */
export function documentStructure(ws: ServiceContext, entry: AnalysisEntry): Regulation[] {
  if (entry.corpusFile) return ws.index.byFile.get(entry.corpusFile) ?? [];
  return entry.analysis.structure ? [entry.analysis.structure] : [];
}

/** The articles in a division (and its children). */
export function articlesInDivision(reg: Regulation, division: Division): Article[] {
  return reg.articles.filter((a) => {
    for (let d = a.division; d; d = d.parent) if (d === division) return true;
    return false;
  });
}
