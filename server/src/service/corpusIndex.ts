// Server-side indexes over one corpus snapshot: titles for fuzzy completion, files → regulations, translations,
// and article search for workspace symbols. Built once per corpus change, read by every feature.
import { titleIndexOf } from '../core/citations/titles';
import type { CorpusLike, Law } from '../core/corpus';
import { splitKindFilter } from '../core/kind';
import { articleCount, type Article, type Regulation, type RegulationKind } from '../core/model';
import { parseNumeral } from '../core/numerals';

export interface TitleEntry {
  title: string;
  shortTitles: string[];
  /** Number of articles in the current version, for completion detail. */
  articles: number;
  lang: 'zh' | 'en';
  /** 效力级别 of the current version, when known. */
  kind: RegulationKind | null;
}

export interface ArticleHit {
  regulation: Regulation;
  article: Article;
}

export class CorpusIndex {
  readonly titles: TitleEntry[] = [];
  readonly byFile = new Map<string, Regulation[]>();
  /** Original title → its translations. */
  readonly translations = new Map<string, Regulation[]>();
  readonly articleCount: number;
  readonly regulationCount: number;
  private readonly entryOf = new Map<string, TitleEntry>();
  /** Current versions, in title order; for search. */
  readonly current: Regulation[] = [];

  constructor(readonly corpus: CorpusLike, readonly generation: number) {
    let articles = 0;
    for (const law of corpus.laws.values()) {
      for (const reg of law.versions) {
        for (const file of reg.files) {
          const list = this.byFile.get(file) ?? [];
          list.push(reg);
          this.byFile.set(file, list);
        }
      }
      const reg = safeVersion(corpus, law);
      if (!reg) continue;
      this.current.push(reg);
      const count = articleCount(reg);
      articles += count;
      const entry: TitleEntry = { title: law.title, shortTitles: reg.shortTitles, articles: count, lang: reg.lang, kind: reg.kind ?? null };
      this.titles.push(entry);
      this.entryOf.set(law.title, entry);
      if (reg.translationOf) {
        const list = this.translations.get(reg.translationOf) ?? [];
        list.push(reg);
        this.translations.set(reg.translationOf, list);
      }
    }
    this.articleCount = articles;
    this.regulationCount = this.current.length;
  }

  /** The one law a title names (a canonical title, or as a draft may write it: the engine's title rule). */
  law(titleText: string): Law | undefined {
    const t = titleText.replace(/^[《〈]|[》〉]$/g, '').trim();
    const exact = this.corpus.laws.get(t);
    if (exact) return exact;
    const m = titleIndexOf(this.corpus).lookup(t);
    return m.laws.length === 1 ? m.laws[0] : undefined;
  }

  /** The completion entry of a law, by its canonical title. */
  titleEntry(title: string): TitleEntry | undefined {
    return this.entryOf.get(title);
  }

  /** The latest version of the law a title names. */
  regulation(title: string): Regulation | undefined {
    const law = this.law(title);
    return law ? safeVersion(this.corpus, law) : undefined;
  }

  /** Title search for completion after 《: the engine's title index (one rule for titles), as completion entries. */
  searchTitles(query: string, limit: number): TitleEntry[] {
    const { kind, rest } = splitKindFilter(query);
    const out: TitleEntry[] = [];
    // A kind filter searches further down the ranking, so that `limit` titles of that kind can be found.
    for (const law of titleIndexOf(this.corpus).search(rest, kind ? Math.max(limit * 20, 2000) : limit)) {
      const e = this.entryOf.get(law.title);
      if (e && (!kind || e.kind === kind)) out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Articles across the corpus for a query: an article number (六十四, 64, 第六十四条) matches that article of
   * every regulation; words match article text and headings. Bounded by `limit`; `among` limits the regulations.
   */
  searchArticles(query: string, limit: number, among: readonly Regulation[] = this.current): ArticleHit[] {
    const { kind, rest } = splitKindFilter(query);
    const q = rest.replace(/\s+/g, '');
    if (!q) return [];
    const num = parseArticleQuery(q);
    const hits: ArticleHit[] = [];
    const regs = kind ? among.filter((r) => r.kind === kind) : among;
    if (num !== null) {
      for (const reg of regs) {
        for (const a of reg.articles) {
          if (a.number === num.number && (num.insert === null || a.insert === num.insert)) {
            hits.push({ regulation: reg, article: a });
            if (hits.length >= limit) return hits;
          }
        }
      }
      return hits;
    }
    const probe = q.slice(0, 2);
    for (const reg of regs) {
      const titleHit = reg.title.includes(q);
      for (const a of reg.articles) {
        // The article's lines first (cheap, its body unread), then its text (page-break splits joined).
        if ((((a as { rawText?: string }).rawText ?? a.text).includes(probe) && a.text.includes(q)) || (a.division && a.division.heading.includes(q))) {
          hits.push({ regulation: reg, article: a });
          if (hits.length >= limit) return hits;
        }
      }
      if (titleHit && hits.length < limit && reg.articles.length && !hits.some((h) => h.regulation === reg)) {
        hits.push({ regulation: reg, article: reg.articles[0] });
      }
    }
    return hits;
  }

  /** The article whose text covers a line of a corpus file. */
  articleAtLine(path: string, line: number): ArticleHit | undefined {
    const regs = this.byFile.get(path);
    if (!regs) return undefined;
    for (const reg of regs) {
      for (const a of reg.articles) {
        if (a.location.file !== path) continue;
        if (a.location.range.start.line <= line && line <= a.location.range.end.line) return { regulation: reg, article: a };
      }
    }
    return undefined;
  }
}

function safeVersion(corpus: CorpusLike, law: Law): Regulation | undefined {
  return law.versions.length ? corpus.version(law, null) : undefined;
}

/** "六十四", "64", "第六十四条", "第10条之一" → article number; null when the query is not a number. */
export function parseArticleQuery(q: string): { number: number; insert: number | null } | null {
  const m = /^(?:第)?([零〇一二两三四五六七八九十百千]+|[0-9０-９]+)(?:条)?(?:之([一二三四五六七八九十]+|[0-9]+))?$/.exec(q);
  if (!m) return null;
  const number = parseNumeralLoose(m[1]);
  if (number === null) return null;
  const insert = m[2] ? parseNumeralLoose(m[2]) : null;
  return { number, insert };
}

function parseNumeralLoose(s: string): number | null {
  return parseNumeral(s);
}

