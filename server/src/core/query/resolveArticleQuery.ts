// Resolving one parsed citation against the corpus: law → version → article → 款 → 项, with the nearest
// candidates when something is not found.
import type { Article, Item, Paragraph, Regulation } from '../model';
import type { CorpusLike, Law } from '../corpus/index';
import type { ArticleQuery } from './articleQuery';
import { titleIndexOf } from '../citations/titles';

export type ArticleLookup =
  | { status: 'no-title' }
  | { status: 'unknown-regulation'; title: string; candidates: string[] }
  | { status: 'ambiguous'; title: string; candidates: string[] }
  | { status: 'regulation'; law: Law; version: Regulation }
  | { status: 'unknown-article'; law: Law; version: Regulation; nearest: Article[]; otherVersions: Regulation[] }
  | { status: 'unknown-paragraph'; law: Law; version: Regulation; article: Article }
  | { status: 'unknown-item'; law: Law; version: Regulation; article: Article; paragraph: Paragraph }
  | {
      status: 'found';
      law: Law;
      version: Regulation;
      article: Article;
      paragraph: Paragraph | null;
      item: Item | null;
      /** For a translation: the original law's article with the same number, when loaded. */
      original: { law: Law; version: Regulation; article: Article } | null;
    };

export function resolveArticleQuery(corpus: CorpusLike, q: ArticleQuery, date?: string | null): ArticleLookup {
  if (!q.title) return { status: 'no-title' };
  // The titles a draft's citation names (the engine's title index), except that a translation's own title names
  // the translation here: `show` prints the text asked for.
  let laws = corpus.findLaws(q.title).map((m) => m.law);
  if (laws.length === 0) {
    const m = titleIndexOf(corpus).lookup(q.title);
    laws = m.laws;
    if (laws.length === 0) {
      const candidates = [...new Set([...m.suggestions, ...corpus.nearestTitles(q.title, 5)])].slice(0, 5);
      return { status: 'unknown-regulation', title: q.title, candidates };
    }
  }
  if (laws.length > 1) return { status: 'ambiguous', title: q.title, candidates: laws.map((l) => l.title) };
  const law = laws[0];
  const version = corpus.version(law, date);
  if (q.article === null) return { status: 'regulation', law, version };
  const article = corpus.article(version, q.article, q.insert);
  if (!article) {
    const otherVersions = law.versions.filter((v) => v !== version && corpus.article(v, q.article!, q.insert));
    return { status: 'unknown-article', law, version, nearest: nearestArticles(version, q.article), otherVersions };
  }
  let paragraph: Paragraph | null = null;
  let item: Item | null = null;
  if (q.paragraph !== null) {
    paragraph = article.paragraphs.find((p) => p.number === q.paragraph) ?? null;
    if (!paragraph) return { status: 'unknown-paragraph', law, version, article };
  }
  if (q.item !== null) {
    const within = paragraph ? [paragraph] : article.paragraphs;
    for (const p of within) {
      item = p.items.find((i) => i.number === q.item) ?? null;
      if (item) {
        paragraph = paragraph ?? (within.length === 1 ? p : null);
        break;
      }
    }
    if (!item) return { status: 'unknown-item', law, version, article, paragraph: paragraph ?? article.paragraphs[0] };
  }
  let original: { law: Law; version: Regulation; article: Article } | null = null;
  const orig = corpus.originalOf(law);
  if (orig) {
    const ov = corpus.version(orig, date);
    const oa = corpus.article(ov, article.number, article.insert);
    if (oa) original = { law: orig, version: ov, article: oa };
  }
  return { status: 'found', law, version, article, paragraph, item, original };
}

/** The articles around a missing number (the last one when past the end). */
function nearestArticles(reg: Regulation, number: number): Article[] {
  const arts = reg.articles;
  if (arts.length === 0) return [];
  let i = arts.findIndex((a) => a.number >= number);
  if (i === -1) i = arts.length - 1;
  return arts.slice(Math.max(0, i - 1), i + 1);
}
