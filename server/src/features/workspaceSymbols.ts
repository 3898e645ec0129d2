// Workspace symbols: articles across the corpus by number (六十四, 64) or by words of their text (草原).
import { type SymbolInformation, SymbolKind } from 'vscode-languageserver';
import type { ServiceContext } from '../service/interfaces';
import { firstWords } from './articleView';
import { toLocation } from './resolve';

export const WORKSPACE_SYMBOL_LIMIT = 200;

export function workspaceSymbols(ws: ServiceContext, query: string): SymbolInformation[] {
  return ws.index.searchArticles(query, WORKSPACE_SYMBOL_LIMIT).map(({ regulation, article }) => ({
    name: `${article.label} ${firstWords(article, 24)}`,
    kind: SymbolKind.Field,
    containerName: regulation.title,
    location: toLocation(article.labelLocation),
  }));
}
