// From the engine's bindings to LSP locations, and the regulation structure a document shows. Nothing here
// decides what a citation means: the analysis has bound every target already.
import type { Location, Position, Range } from 'vscode-languageserver';
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

type ArticleBinding = Binding & { article: Article; regulation: Regulation };

/**
 * The article bindings of a citation with the one under `position` first: in 第九条、第十条和第十三条 (or 第二十条至
 * 第二十三条) the article whose number the pointer is on; on a 款 or 项 number, that 款/项 of the article written before
 * it. Elsewhere on the citation (its title, a connector) the order is the citation's.
 */
export function articleBindingsAt(citation: Citation, position: Position): ArticleBinding[] {
  const all = articleBindings(citation);
  if (all.length < 2) return all;
  let article: number | null = null;
  let insert: number | null = null;
  let match: ((b: ArticleBinding) => boolean) | null = null;
  for (const part of citation.parts) {
    if (before(position, part.range.start)) break;
    const nums = part.numbers ?? [];
    // The number under the pointer, else (on 第, 、 or 条 of the unit) the last one written before it.
    const hit = within(position, part.range) ? [...nums].reverse().find((n) => !before(position, n.range.start)) ?? nums[0] : undefined;
    if (part.kind === 'article') {
      const last = nums[nums.length - 1];
      article = (hit ?? last)?.value ?? article;
      insert = hit && hit !== last ? null : part.insert?.value ?? null;
      if (hit) {
        const [a, i] = [article, insert];
        match = (b) => b.target.article === a && (b.target.articleInsert ?? null) === i;
      }
    } else if (hit && (part.kind === 'paragraph' || part.kind === 'item')) {
      const [a, i, v, kind] = [article, insert, hit.value, part.kind];
      match = (b) => (a === null || (b.target.article === a && (b.target.articleInsert ?? null) === i)) && (kind === 'paragraph' ? b.target.paragraph === v : b.target.item === v);
    }
  }
  const first = match ? all.find(match) : undefined;
  return first ? [first, ...all.filter((b) => b !== first)] : all;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** In [start, end): the character at `p` is inside. */
function within(p: Position, r: Range): boolean {
  return !before(p, r.start) && before(p, r.end);
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
