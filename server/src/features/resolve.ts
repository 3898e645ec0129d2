// From a citation target to the corpus (or the draft's own) regulation, article, paragraph and item, and from
// model locations to LSP locations. Shared by hover, definition, links, references and the custom requests.
import type { Location } from 'vscode-languageserver';
import type { Citation, CitationTarget } from '../core/citations/types';
import type { Article, Item, Paragraph, Regulation, SourceLocation } from '../core/model';
import { type AnalysisEntry, draftStructure, targetTitle } from '../state/analysisCache';
import { pathToUri, uriToPath, type Workspace } from '../state/workspace';

export interface ResolvedTarget {
  target: CitationTarget;
  regulation: Regulation;
  /** Null for a citation of a whole regulation or a division. */
  article: Article | null;
  paragraph: Paragraph | null;
  item: Item | null;
  /** True when the target is the draft's own text. */
  self: boolean;
}

/** The file name under which a document's own structure is parsed: its path, or its URI when it has none. */
export function documentFile(uri: string): string {
  return uriToPath(uri) ?? uri;
}

export function fileUri(file: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? file : pathToUri(file);
}

export function toLocation(loc: SourceLocation): Location {
  return { uri: fileUri(loc.file), range: loc.range };
}

export function resolveTarget(ws: Workspace, entry: AnalysisEntry, target: CitationTarget): ResolvedTarget | undefined {
  const title = targetTitle(target, entry, ws.index);
  let regulation: Regulation | null | undefined;
  let self = false;
  if (title) regulation = ws.index.regulation(title, target.version ?? null);
  else {
    regulation = draftStructure(entry, documentFile(entry.uri));
    self = true;
  }
  if (!regulation) return undefined;
  if (target.article === null || target.article === undefined) {
    return { target, regulation, article: null, paragraph: null, item: null, self };
  }
  const article = self
    ? regulation.articles.find((a) => a.number === target.article && (a.insert ?? null) === (target.articleInsert ?? null))
    : ws.index.article(regulation, target.article, target.articleInsert ?? null);
  if (!article) return { target, regulation, article: null, paragraph: null, item: null, self };
  const paragraph = target.paragraph ? article.paragraphs.find((p) => p.number === target.paragraph) ?? null : null;
  const itemHost = paragraph ?? (target.item ? article.paragraphs.find((p) => p.items.length > 0) ?? null : null);
  const item = target.item && itemHost ? itemHost.items.find((i) => i.number === target.item) ?? null : null;
  return { target, regulation, article, paragraph: item ? itemHost : paragraph, item, self };
}

/** Every resolvable target of a citation. */
export function resolveCitation(ws: Workspace, entry: AnalysisEntry, citation: Citation): ResolvedTarget[] {
  const out: ResolvedTarget[] = [];
  for (const t of citation.targets) {
    const r = resolveTarget(ws, entry, t);
    if (r) out.push(r);
  }
  return out;
}

/** The most precise location of a resolved target: item, paragraph, article heading, division, or the file start. */
export function targetLocation(r: ResolvedTarget): Location | undefined {
  if (r.item) return toLocation(r.item.location);
  if (r.paragraph) return toLocation(r.paragraph.location);
  if (r.article) return toLocation(r.article.labelLocation);
  if (r.target.division) {
    const d = findDivision(r.regulation, r.target.division);
    if (d) return toLocation(d.location);
  }
  const file = r.regulation.files[0];
  if (!file) return undefined;
  const zero = { line: 0, character: 0 };
  return { uri: fileUri(file), range: { start: zero, end: zero } };
}

export function findDivision(reg: Regulation, label: string) {
  const want = label.replace(/\s+/g, '');
  const stack = [...reg.divisions];
  let best: (typeof stack)[number] | undefined;
  while (stack.length) {
    const d = stack.shift()!;
    const path: string[] = [];
    for (let x: typeof d | null = d; x; x = x.parent) path.unshift(x.label);
    if (path.join('') === want || (!best && d.label === want)) {
      if (path.join('') === want) return d;
      best = d;
    }
    stack.push(...d.children);
  }
  return best;
}

/** The articles in a division (and its children). */
export function articlesInDivision(reg: Regulation, division: Regulation['divisions'][number]): Article[] {
  return reg.articles.filter((a) => {
    for (let d = a.division; d; d = d.parent) if (d === division) return true;
    return false;
  });
}
