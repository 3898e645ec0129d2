// The lawcite/citedProvisions request: the list of cited provisions of some documents (or of the workspace's
// drafts), built from their analyses by the core and rendered as Markdown and JSON.
import { listCitedProvisions, type AnalysedDraft } from '../core/citations/drafting/citedProvisions';
import type { CitedProvisionsResult } from '../protocol';
import type { AnalysisEntry } from '../service/analysisCache';
import type { ServiceContext } from '../service/interfaces';
import { citedProvisionsJson, citedProvisionsMarkdown } from './citedProvisionsView';

/**
 * The list for the documents `uris` (those that exist), or with none given and `workspace`, for every draft of the
 * workspace. `name` writes a document's place in the list (a path relative to the workspace, say).
 */
export function citedProvisions(ws: ServiceContext, uris: readonly string[], workspace: boolean, name: (uri: string) => string): CitedProvisionsResult {
  const entries: AnalysisEntry[] = [];
  if (uris.length) {
    for (const uri of uris) {
      const e = ws.analysisByUri(uri);
      if (e) entries.push(e);
    }
  } else if (workspace) {
    for (const e of ws.workspaceAnalyses()) if (!e.corpusFile) entries.push(e);
  }
  const drafts: AnalysedDraft[] = entries.map((e) => ({ file: name(e.uri), text: e.text, analysis: e.analysis }));
  const list = listCitedProvisions(drafts);
  return { markdown: citedProvisionsMarkdown(list, ws.lang), json: citedProvisionsJson(list), documents: drafts.length };
}
