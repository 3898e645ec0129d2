// Document links: each resolved citation links to its article in the corpus file (file: URI with #L line).
import type { DocumentLink } from 'vscode-languageserver';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { articleBindings, toLocation } from './resolve';

export function documentLinks(ws: ServiceContext, doc: SourceDocument): DocumentLink[] {
  const entry = ws.analysis(doc);
  const out: DocumentLink[] = [];
  for (const c of entry.citations) {
    if (c.status !== 'resolved' && c.status !== 'self') continue;
    const first = articleBindings(c)[0];
    if (!first || !first.location) continue;
    const loc = toLocation(first.location);
    out.push({
      range: c.range,
      target: `${loc.uri}#L${loc.range.start.line + 1}`,
      tooltip: `${first.self ? '' : `《${first.regulation.title}》`}${first.article.label}`,
    });
  }
  return out;
}
