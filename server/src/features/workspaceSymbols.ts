// Workspace symbols: articles across the corpus by number (六十四, 64) or by words of their text (草原).
import type { SymbolInformation } from 'vscode-languageserver';
// (a CommonJS require: an ES import would copy the module's ~300 exports at start-up, once per importing file)
import lsp = require('vscode-languageserver');
import type { ServiceContext } from '../service/interfaces';
import { firstWords } from './articleView';
import { toLocation } from './resolve';

const { SymbolKind } = lsp;

export const WORKSPACE_SYMBOL_LIMIT = 200;

export function workspaceSymbols(ws: ServiceContext, query: string): SymbolInformation[] {
  return ws.index.searchArticles(query, WORKSPACE_SYMBOL_LIMIT).map(({ regulation, article }) => ({
    name: `${article.label} ${firstWords(article, 24)}`,
    kind: SymbolKind.Field,
    containerName: regulation.title,
    location: toLocation(article.labelLocation),
  }));
}
