// Find references: from a citation, or from an article heading in a corpus file, to every citation of that article
// in the workspace's drafts (.md/.txt files on disk, open documents as edited); from a defined term, its uses in the
// document.
import type { Location, Position } from 'vscode-languageserver';
import type { Binding } from '../core/citations/types';
import { type AnalysisEntry, citationAt } from '../service/analysisCache';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { toLocation } from './resolve';
import { termReferences } from './terms';

interface ArticleKey {
  /** Canonical title, or "self:<uri>" for a draft's own article. */
  regulation: string;
  number: number;
  insert: number | null;
}

const keyString = (k: ArticleKey) => `${k.regulation}\u0000${k.number}\u0000${k.insert ?? 0}`;

/** The article a binding reached, as a key: the law's title, or the document itself (a corpus file is its law). */
function bindingKey(b: Binding, entry: AnalysisEntry): ArticleKey | null {
  if (!b.article || !b.regulation) return null;
  const regulation = b.law ? b.law.title : entry.corpusFile ? b.regulation.title : `self:${entry.uri}`;
  return { regulation, number: b.article.number, insert: b.article.insert };
}

/** The articles a position names (a citation's bound articles, or a corpus file's article heading) and where they are. */
function articlesAt(ws: ServiceContext, entry: AnalysisEntry, position: Position): { keys: ArticleKey[]; declarations: Location[] } {
  const keys: ArticleKey[] = [];
  const declarations: Location[] = [];
  const citation = citationAt(entry, position);
  if (citation) {
    const seen = new Set<string>();
    for (const b of citation.bindings) {
      const k = bindingKey(b, entry);
      if (!k) continue;
      keys.push(k);
      if (b.self || seen.has(keyString(k))) continue;
      seen.add(keyString(k));
      declarations.push(toLocation(b.article!.labelLocation));
    }
    return { keys, declarations };
  }
  if (entry.corpusFile) {
    const hit = ws.index.articleAtLine(entry.corpusFile, position.line);
    if (hit && hit.article.labelLocation.range.start.line === position.line) {
      const title = hit.regulation.translationOf ?? hit.regulation.title;
      keys.push({ regulation: hit.regulation.title, number: hit.article.number, insert: hit.article.insert });
      if (title !== hit.regulation.title) keys.push({ regulation: title, number: hit.article.number, insert: hit.article.insert });
      declarations.push(toLocation(hit.article.labelLocation));
    }
  }
  return { keys, declarations };
}

/** Time slice of the workspace scan before yielding, so other requests and cancellation are served meanwhile. */
const SLICE_MS = 20;

export async function references(
  ws: ServiceContext,
  doc: SourceDocument,
  position: Position,
  includeDeclaration: boolean,
  isCancelled: () => boolean = () => false,
): Promise<Location[] | null> {
  const entry = ws.analysis(doc);
  const term = citationAt(entry, position) ? null : termReferences(entry, position, includeDeclaration);
  if (term) return term;
  const { keys, declarations } = articlesAt(ws, entry, position);
  if (keys.length === 0) return null;
  const wanted = new Set(keys.map(keyString));
  const out: Location[] = includeDeclaration ? declarations : [];
  let slice = Date.now();
  for (const other of ws.workspaceAnalyses()) {
    if (Date.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = Date.now();
    }
    if (isCancelled()) return null;
    if (other.corpusFile) continue;
    for (const c of other.citations) {
      const hit = c.bindings.some((b) => {
        const k = bindingKey(b, other);
        return k !== null && wanted.has(keyString(k));
      });
      if (hit) out.push({ uri: other.uri, range: c.range });
    }
  }
  return out;
}

