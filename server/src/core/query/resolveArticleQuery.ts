// Resolving one parsed citation against the corpus: law → version → article → 款 → 项, with the nearest
// candidates when something is not found.
import type { Article, Item, Paragraph, Regulation } from '../model';
import type { CorpusLike, Law } from '../corpus/index';
import type { ArticleQuery } from './articleQuery';
import { analyzeDocument } from '../citations/analyze';
import type { VersionChoice } from '../citations/types';
import { bracketTitle, type Bilingual } from '../citations/messages';
import { articleLabel, chineseNumeral, itemLabel, paragraphLabel } from '../labels';

export type ArticleLookup =
  | { status: 'no-title' }
  /** `unheld`: the law is in the corpus but not the version the query names (namedVersion.ts): that diagnostic's words. */
  | { status: 'unknown-regulation'; title: string; candidates: string[]; unheld?: { zh: string; en: string } }
  | { status: 'ambiguous'; title: string; candidates: string[] }
  | { status: 'regulation'; law: Law; version: Regulation; choice: VersionChoice | null }
  | { status: 'unknown-article'; law: Law; version: Regulation; nearest: Article[]; otherVersions: Regulation[]; choice: VersionChoice | null; cutShort: Bilingual | null }
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
      /** Which version and why (the analysis' own), when the law has several. */
      choice: VersionChoice | null;
    };

/**
 * Resolve one citation the way a draft's citation is resolved: the query is written out as a citation
 * (《title》第…条第…款第（…）项) and read by the citation engine, so `show` and a draft always agree on the law, the
 * version (`date` is the draft date) and the provision.
 */
export function resolveArticleQuery(corpus: CorpusLike, q: ArticleQuery, date?: string | null): ArticleLookup {
  if (!q.title) return { status: 'no-title' };
  const analysis = analyzeDocument(citationText(q), corpus, { documentDate: date ?? null, arabicNumerals: 'off' });
  const c = analysis.citations.find((x) => !x.titleOnly) ?? analysis.citations[0];
  const unheld = c?.problems.find((p) => p.code === 'unknown-regulation' && p.args.year !== undefined);
  if (unheld) return { status: 'unknown-regulation', title: q.title, candidates: [], unheld: unheld.message };
  if (!c || c.status === 'unknown-regulation' || c.status === 'no-context') {
    const candidates = [...new Set([...(c?.candidates ?? []), ...corpus.nearestTitles(q.title, 5)])].slice(0, 5);
    return { status: 'unknown-regulation', title: q.title, candidates };
  }
  if (c.status === 'ambiguous') return { status: 'ambiguous', title: q.title, candidates: c.candidates ?? [...new Set(c.targets.map((t) => t.regulation ?? ''))] };
  const b = c.bindings[0];
  if (!b || !b.law || !b.regulation) return { status: 'unknown-regulation', title: q.title, candidates: corpus.nearestTitles(q.title, 5) };
  // The text asked for: a translation's own title shows the translation, with its original.
  const asked = corpus.findLaws(q.title).map((m) => m.law).find((l) => l.translationOf === b.law!.title);
  const law = asked ?? b.law;
  const version = asked ? corpus.version(asked, date) : b.regulation;
  const choice = asked ? null : b.version ?? null;
  if (q.article === null) return { status: 'regulation', law, version, choice };
  const article = asked ? corpus.article(version, q.article, q.insert) : b.article;
  const code = b.problem?.code;
  if (!article || code === 'unknown-article') {
    const otherVersions = law.versions.filter((v) => v !== version && corpus.article(v, q.article!, q.insert));
    // Past the end of a text its source cut short (corpus/cutShort.ts): the binding's message says so.
    const cutShort = b.problem?.args.cut !== undefined ? b.problem.message : null;
    return { status: 'unknown-article', law, version, nearest: nearestArticles(version, q.article), otherVersions, choice, cutShort };
  }
  const paragraph = asked ? (q.paragraph !== null ? article.paragraphs.find((p) => p.number === q.paragraph) ?? null : null) : b.paragraph;
  if (code === 'unknown-paragraph' || (asked && q.paragraph !== null && !paragraph)) return { status: 'unknown-paragraph', law, version, article };
  if (code === 'unknown-item') return { status: 'unknown-item', law, version, article, paragraph: b.paragraph ?? article.paragraphs[0] };
  const item = asked ? null : b.item;
  let original: { law: Law; version: Regulation; article: Article } | null = null;
  if (asked && b.article) original = { law: b.law, version: b.regulation, article: b.article };
  return { status: 'found', law, version, article, paragraph: q.paragraph === null && !item ? null : paragraph, item, original, choice };
}

/** The query written as a draft would write it. */
function citationText(q: ArticleQuery): string {
  let s = (q.issuer ?? '') + bracketTitle(q.title ?? '');
  if (q.article === null) return s;
  s += articleLabel(q.article, q.insert);
  if (q.paragraph !== null) s += q.paragraphBracketed ? `第（${chineseNumeral(q.paragraph)}）款` : paragraphLabel(q.paragraph);
  if (q.item !== null) s += itemLabel(q.item);
  return s;
}

/** The articles around a missing number (the last one when past the end). */
function nearestArticles(reg: Regulation, number: number): Article[] {
  const arts = reg.articles;
  if (arts.length === 0) return [];
  let i = arts.findIndex((a) => a.number >= number);
  if (i === -1) i = arts.length - 1;
  return arts.slice(Math.max(0, i - 1), i + 1);
}
