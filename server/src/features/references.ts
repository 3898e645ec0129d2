// Find references: from a citation, or from an article heading in a corpus file, to every citation of that article
// in the workspace's drafts (.md/.txt files on disk, open documents as edited).
import type { Location, Position } from 'vscode-languageserver';
import { type AnalysisEntry, citationAt, targetTitle } from '../state/analysisCache';
import type { SourceDocument, Workspace } from '../state/workspace';
import { resolveTarget, toLocation } from './resolve';

interface ArticleKey {
  /** Canonical title, or "self:<uri>" for a draft's own article. */
  regulation: string;
  number: number;
  insert: number | null;
}

const keyString = (k: ArticleKey) => `${k.regulation}\u0000${k.number}\u0000${k.insert ?? 0}`;

function keysAt(ws: Workspace, entry: AnalysisEntry, position: Position): ArticleKey[] {
  const citation = citationAt(entry, position);
  if (citation) {
    const keys: ArticleKey[] = [];
    for (const t of citation.targets) {
      if (t.article === null || t.article === undefined) continue;
      const title = targetTitle(t, entry, ws.index);
      keys.push({ regulation: title ?? `self:${entry.uri}`, number: t.article, insert: t.articleInsert ?? null });
    }
    return keys;
  }
  if (entry.corpusFile) {
    const hit = ws.index.articleAtLine(entry.corpusFile, position.line);
    if (hit && hit.article.labelLocation.range.start.line === position.line) {
      const title = hit.regulation.translationOf ?? hit.regulation.title;
      const keys = [{ regulation: hit.regulation.title, number: hit.article.number, insert: hit.article.insert }];
      if (title !== hit.regulation.title) keys.push({ regulation: title, number: hit.article.number, insert: hit.article.insert });
      return keys;
    }
  }
  return [];
}

/** Time slice of the workspace scan before yielding, so other requests and cancellation are served meanwhile. */
const SLICE_MS = 20;

export async function references(
  ws: Workspace,
  doc: SourceDocument,
  position: Position,
  includeDeclaration: boolean,
  isCancelled: () => boolean = () => false,
): Promise<Location[] | null> {
  const entry = ws.analysis(doc);
  const keys = keysAt(ws, entry, position);
  if (keys.length === 0) return null;
  const wanted = new Set(keys.map(keyString));
  const out: Location[] = [];
  if (includeDeclaration) {
    for (const k of keys) {
      if (k.regulation.startsWith('self:')) continue;
      const r = resolveTarget(ws, entry, {
        regulation: k.regulation,
        article: k.number,
        articleInsert: k.insert,
        paragraph: null,
        item: null,
      });
      if (r?.article) out.push(toLocation(r.article.labelLocation));
    }
  }
  let slice = Date.now();
  for (const other of ws.workspaceAnalyses()) {
    if (Date.now() - slice > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      slice = Date.now();
    }
    if (isCancelled()) return null;
    if (other.corpusFile) continue;
    for (const c of other.citations) {
      const hit = c.targets.some((t) => {
        if (t.article === null || t.article === undefined) return false;
        const title = targetTitle(t, other, ws.index) ?? `self:${other.uri}`;
        return wanted.has(keyString({ regulation: title, number: t.article, insert: t.articleInsert ?? null }));
      });
      if (hit) out.push({ uri: other.uri, range: c.range });
    }
  }
  return out;
}

