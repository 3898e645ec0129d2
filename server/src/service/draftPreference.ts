// The draft's preference (laws it cites, short titles it defines, the default regulation) for the ranking rule in
// core/query/rank.ts: read from the document's last analysis, so ranking never waits for a new one.
import { draftPreference, NO_PREFERENCE, type DraftPreference } from '../core/query/rank';
import type { ServiceContext } from './interfaces';

export function preferenceFor(ws: ServiceContext, uri: string | null | undefined): DraftPreference {
  const def = ws.settings.defaultRegulation;
  const defaultTitle = def ? ws.index.law(def)?.title ?? null : null;
  if (!uri) return defaultTitle ? { ...NO_PREFERENCE, defaultTitle } : NO_PREFERENCE;
  const entry = ws.lastAnalysis(uri) ?? ws.analysisByUri(uri);
  return draftPreference(entry?.analysis, defaultTitle);
}
