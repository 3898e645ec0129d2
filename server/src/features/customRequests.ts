// The custom lawcite/* requests (declared in ../protocol.ts) for the VS Code client and other tools.
import type { Position } from 'vscode-languageserver';
import { articleCount, type Article, type Regulation } from '../core/model';
import type {
  ArticleAtResult,
  ArticleSummary,
  ArticleView,
  CorpusStatus,
  RegulationSummary,
} from '../protocol';
import { citationAt } from '../service/analysisCache';
import type { ServiceContext } from '../service/interfaces';
import { divisionTrail, firstWords, renderArticle } from './articleView';
import { articleBindings, fileUri, toLocation } from './resolve';
import { snippetOf } from '../core/query/snippet';
import { parseSearchQuery } from '../core/query/searchQuery';

function summary(reg: Regulation, a: Article): ArticleSummary {
  const loc = toLocation(a.labelLocation);
  const trail = divisionTrail(a);
  const out: ArticleSummary = {
    title: reg.title,
    label: a.label,
    number: a.number,
    insert: a.insert,
    snippet: firstWords(a, 60),
    uri: loc.uri,
    range: loc.range,
    citation: `《${reg.title}》${a.label}`,
  };
  if (trail.length) out.chapter = trail.join(' › ');
  return out;
}

/**
 * Search hits best first, each with the words around the first searched word and where those words are. From a
 * draft (`uri`), the short titles it defines name their regulations in the query.
 */
export function searchArticles(ws: ServiceContext, query: string, limit = 50, uri?: string): ArticleSummary[] {
  const n = Math.max(1, Math.min(500, Math.floor(limit) || 50));
  // A query that is neither text nor a number (a client's mistake) asks for nothing.
  const q = parseSearchQuery(typeof query === 'string' ? query : typeof query === 'number' ? String(query) : '');
  const shortTitles = new Map<string, string>();
  const entry = typeof uri === 'string' && uri ? ws.analysisByUri(uri) : undefined;
  for (const d of entry?.analysis.shortTitles ?? []) if (!shortTitles.has(d.shortTitle)) shortTitles.set(d.shortTitle, d.regulation);
  return ws.index.searchArticles(q, n, { shortTitles }).map((h) => {
    const s = summary(h.regulation, h.article);
    if (q.words.length) {
      const text = h.article.text;
      const snippet = snippetOf(text.startsWith(h.article.label) ? text.slice(h.article.label.length) : text, q.words, 60);
      s.snippet = snippet.text;
      s.highlights = snippet.highlights;
    }
    s.score = Number.isFinite(h.score) ? h.score : Number.MAX_SAFE_INTEGER;
    return s;
  });
}

export function listRegulations(ws: ServiceContext): RegulationSummary[] {
  return ws.index.current.map((reg) => ({
    title: reg.title,
    shortTitles: reg.shortTitles,
    lang: reg.lang,
    translationOf: reg.translationOf,
    adopted: reg.adopted,
    effective: reg.effective,
    articles: articleCount(reg),
    versions: ws.index.corpus.laws.get(reg.title)?.versions.length ?? 1,
    uri: reg.files[0] ? fileUri(reg.files[0]) : '',
  }));
}

export function listArticles(ws: ServiceContext, title: string): ArticleSummary[] {
  const reg = ws.index.regulation(String(title ?? ''));
  return reg ? reg.articles.map((a) => summary(reg, a)) : [];
}

function view(ws: ServiceContext, reg: Regulation, a: Article, paragraph: number | null, item: number | null): ArticleView {
  const loc = toLocation(a.labelLocation);
  return {
    title: reg.title,
    label: a.label,
    path: divisionTrail(a),
    text: a.text,
    paragraphs: a.paragraphs.map((p) => ({ number: p.number, text: p.text, items: p.items.map((it) => ({ number: it.number, label: it.label, text: it.text })) })),
    markdown: renderArticle(ws.index, reg, a, { paragraph, item }, ws.lang),
    paragraph,
    item,
    uri: loc.uri,
    range: loc.range,
    adopted: reg.adopted,
    effective: reg.effective,
  };
}

/** The article(s) cited at a position, or the corpus article under the cursor. */
export function articleAt(ws: ServiceContext, uri: string, position: Position): ArticleAtResult {
  const entry = ws.analysisByUri(uri);
  if (!entry) return null;
  const c = citationAt(entry, position);
  if (c) {
    const views = articleBindings(c).map((r) => view(ws, r.regulation, r.article, r.paragraph?.number ?? r.target.paragraph, r.item?.number ?? r.target.item));
    if (views.length) return views;
  }
  if (entry.corpusFile) {
    const hit = ws.index.articleAtLine(entry.corpusFile, position.line);
    if (hit) return [view(ws, hit.regulation, hit.article, null, null)];
  }
  return null;
}

export function corpusStatus(ws: ServiceContext): CorpusStatus {
  return {
    regulations: ws.index.regulationCount,
    articles: ws.index.articleCount,
    indexing: ws.corpus.indexing,
    problems: ws.corpus.problems.length,
  };
}
