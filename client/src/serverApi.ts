// Typed wrappers of LawCite's custom requests (names and types from server/src/protocol.ts).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ArticleAtRequest,
  CheckDraftsRequest,
  CompareVersionsRequest,
  VersionTextRequest,
  type CompareVersionsParams,
  type CompareVersionsResult,
  type VersionTextParams,
  type VersionTextResult,
  CitedProvisionsRequest,
  DocumentStructureRequest,
  type DocumentStructureParams,
  type DocumentStructureResult,
  ListArticlesRequest,
  ListRegulationsRequest,
  ReloadCorpusRequest,
  SearchArticlesRequest,
  type ArticleAtParams,
  type ArticleAtResult,
  type ArticleSummary,
  type CheckDraftsResult,
  type CitedProvisionsParams,
  type CitedProvisionsResult,
  type CorpusStatus,
  type ListArticlesParams,
  type ListRegulationsParams,
  type ProtocolRange,
  type RegulationSummary,
  type SearchArticlesParams,
} from '../../server/src/protocol';

export class ServerApi {
  constructor(private readonly client: LanguageClient) {}

  searchArticles(params: SearchArticlesParams, token?: vscode.CancellationToken): Promise<ArticleSummary[]> {
    return this.client.sendRequest<ArticleSummary[]>(SearchArticlesRequest, params, token);
  }

  /** Every regulation; with a draft's URI ranked by it (the laws it cites, its short titles, the default first). */
  listRegulations(params: ListRegulationsParams = {}): Promise<RegulationSummary[]> {
    return this.client.sendRequest<RegulationSummary[]>(ListRegulationsRequest, params);
  }

  listArticles(params: ListArticlesParams): Promise<ArticleSummary[]> {
    return this.client.sendRequest<ArticleSummary[]>(ListArticlesRequest, params);
  }

  articleAt(params: ArticleAtParams, token?: vscode.CancellationToken): Promise<ArticleAtResult> {
    return this.client.sendRequest<ArticleAtResult>(ArticleAtRequest, params, token);
  }

  checkDrafts(token?: vscode.CancellationToken): Promise<CheckDraftsResult> {
    return this.client.sendRequest<CheckDraftsResult>(CheckDraftsRequest, {}, token);
  }

  compareVersions(params: CompareVersionsParams): Promise<CompareVersionsResult> {
    return this.client.sendRequest<CompareVersionsResult>(CompareVersionsRequest, params);
  }

  versionText(params: VersionTextParams, token?: vscode.CancellationToken): Promise<VersionTextResult> {
    return this.client.sendRequest<VersionTextResult>(VersionTextRequest, params, token);
  }

  /** Null when the server could not make the list. */
  citedProvisions(params: CitedProvisionsParams): Promise<CitedProvisionsResult | null> {
    return this.client.sendRequest<CitedProvisionsResult | null>(CitedProvisionsRequest, params);
  }

  /** The 编/章/节/条 of a document and whether the outline shows them. */
  documentStructure(params: DocumentStructureParams): Promise<DocumentStructureResult> {
    return this.client.sendRequest<DocumentStructureResult>(DocumentStructureRequest, params);
  }

  reloadCorpus(): Promise<CorpusStatus> {
    return this.client.sendRequest<CorpusStatus>(ReloadCorpusRequest);
  }
}

export function toVsRange(range: ProtocolRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Open a corpus file with the article heading at the top of the editor. */
export async function openAt(uri: string, range: ProtocolRange, options: vscode.TextDocumentShowOptions = {}): Promise<vscode.TextEditor> {
  const target = toVsRange(range);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), {
    ...options,
    selection: new vscode.Range(target.start, target.start),
  });
  editor.revealRange(target, vscode.TextEditorRevealType.AtTop);
  return editor;
}
