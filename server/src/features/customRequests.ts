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
import { preferenceFor } from '../service/draftPreference';
import { draftTier, rankByDraft } from '../core/query/rank';
import { divisionTrail, firstWords, renderArticle } from './articleView';
import { articleBindingsAt, fileUri, toLocation } from './resolve';

function summary(reg: Regulation, a: Article): ArticleSummary {
  const loc = toLocation(a.labelLocation);
  return {
    title: reg.title,
    label: a.label,
    number: a.number,
    insert: a.insert,
    snippet: firstWords(a, 60),
    uri: loc.uri,
    range: loc.range,
    citation: `《${reg.title}》${a.label}`,
  };
}

/** Articles for a search, those of the regulations the draft cites first (the ranking rule of core/query/rank.ts). */
export function searchArticles(ws: ServiceContext, query: string, limit = 50, uri?: string): ArticleSummary[] {
  const n = Math.max(1, Math.min(500, Math.floor(limit) || 50));
  const q = String(query ?? '');
  const pref = preferenceFor(ws, uri);
  // The draft's own regulations are searched first, so the limit never cuts them off.
  const own = ws.index.current.filter((r) => draftTier(r, pref) === 0);
  const found = own.length ? [...ws.index.searchArticles(q, n, own), ...ws.index.searchArticles(q, n)] : ws.index.searchArticles(q, n);
  const seen = new Set<Article>();
  const unique = found.filter((h) => !seen.has(h.article) && !!seen.add(h.article));
  return rankByDraft(unique, (h) => h.regulation, q, pref).slice(0, n).map((h) => summary(h.regulation, h.article));
}

/** Every regulation; from a draft, ranked by it (its laws, short titles and the default first). */
export function listRegulations(ws: ServiceContext, uri?: string): RegulationSummary[] {
  const regs = rankByDraft(ws.index.current, (r) => r, '', preferenceFor(ws, uri));
  return regs.map((reg) => ({
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
    markdown: renderArticle(ws.index, reg, a, { paragraph, item }, ws.lang, { translation: ws.hoverTranslation }),
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
  // Only what the citation names: a bare 第X条 with no regulation is not shown as some law's article.
  if (c && (c.status === 'resolved' || c.status === 'self')) {
    // The article under the cursor first (in a list or range), then the others in the citation's order.
    const views = articleBindingsAt(c, position).map((r) => view(ws, r.regulation, r.article, r.paragraph?.number ?? r.target.paragraph, r.item?.number ?? r.target.item));
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
