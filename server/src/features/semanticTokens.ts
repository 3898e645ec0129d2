// Semantic tokens for the parts of each citation (title, article, paragraph, item …) so themes colour them.
// Standard token types, so every theme has a colour for them.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { CitationPart } from '../core/citations/types';
import type { ServiceContext, SourceDocument } from '../service/interfaces';
import { comparePos } from '../service/analysisCache';

const partTypes: Record<CitationPart['kind'], string> = {
  title: 'class',
  article: 'enumMember',
  paragraph: 'property',
  item: 'variable',
  subitem: 'variable',
  division: 'namespace',
  connector: 'operator',
  reference: 'keyword',
};

const tokenTypes = ['class', 'enumMember', 'property', 'variable', 'namespace', 'operator', 'keyword'];
const tokenModifiers = ['unresolved'];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes, tokenModifiers };

export function semanticTokens(ws: ServiceContext, doc: SourceDocument): SemanticTokens {
  const entry = ws.analysis(doc);
  const parts: { part: CitationPart; unresolved: boolean }[] = [];
  for (const c of entry.citations) {
    const unresolved = c.status !== 'resolved' && c.status !== 'self';
    for (const p of c.parts) if (p.range.start.line === p.range.end.line && p.range.end.character > p.range.start.character) parts.push({ part: p, unresolved });
  }
  parts.sort((a, b) => comparePos(a.part.range.start, b.part.range.start));
  const data: number[] = [];
  let line = 0;
  let char = 0;
  let lastEnd = { line: -1, character: 0 };
  for (const { part, unresolved } of parts) {
    const s = part.range.start;
    if (comparePos(s, lastEnd) < 0) continue; // overlapping parts: keep the first
    const dl = s.line - line;
    const dc = dl === 0 ? s.character - char : s.character;
    data.push(dl, dc, part.range.end.character - s.character, tokenTypes.indexOf(partTypes[part.kind]), unresolved ? 1 : 0);
    line = s.line;
    char = s.character;
    lastEnd = part.range.end;
  }
  return { data };
}
