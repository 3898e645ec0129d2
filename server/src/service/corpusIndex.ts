// Server-side indexes over one corpus snapshot: titles for fuzzy completion, files → regulations, translations,
// and article search for workspace symbols. Built once per corpus change, read by every feature.
import { titleIndexOf } from '../core/citations/titles/titles';
import type { CorpusLike, Law } from '../core/corpus';
import { splitKindFilter } from '../core/kind';
import { articleCount, type Article, type Regulation, type RegulationKind } from '../core/model';
import { seriesNumber, titleMatch } from '../core/query/rank';
import type { ArticleQuery } from '../core/query/articleQuery';
import { relevance, type SearchableArticle } from '../core/query/relevance';
import { resolveArticleQuery } from '../core/query/resolveArticleQuery';
import { isEmptySearch, parseSearchQuery, type SearchQuery } from '../core/query/searchQuery';

export interface TitleEntry {
  title: string;
  shortTitles: string[];
  /** Number of articles in the current version, for completion detail. */
  articles: number;
  lang: 'zh' | 'en';
  /** 效力级别 of the current version, when known. */
  kind: RegulationKind | null;
}

export interface ArticleRef {
  regulation: Regulation;
  article: Article;
}

export interface ArticleHit extends ArticleRef {
  /** Relevance (core/query/relevance); +Infinity for the article a pasted citation names. */
  score: number;
}

export interface SearchOptions {
  /** Short titles the draft searched from defines: short title → regulation title. */
  shortTitles?: ReadonlyMap<string, string>;
  /** Search only these regulations (default: every current one); e.g. those a draft cites, searched first. */
  among?: readonly Regulation[];
}

/** Articles scored per search at most (a word found in most of the corpus stops there). */
const MAX_SCORED = 20_000;

/** The maps of an index, made when first asked for (a start-up publishes an index before any request needs them). */
interface IndexMaps {
  titles: TitleEntry[];
  byFile: Map<string, Regulation[]>;
  translations: Map<string, Regulation[]>;
  entryOf: Map<string, TitleEntry>;
}

export class CorpusIndex {
  readonly articleCount: number;
  readonly regulationCount: number;
  /** Current versions, in title order; for search. */
  readonly current: Regulation[] = [];
  private maps: IndexMaps | null = null;

  constructor(readonly corpus: CorpusLike, readonly generation: number) {
    let articles = 0;
    for (const law of corpus.laws.values()) {
      const reg = safeVersion(corpus, law);
      if (!reg) continue;
      this.current.push(reg);
      articles += articleCount(reg);
    }
    this.articleCount = articles;
    this.regulationCount = this.current.length;
  }

  /** Completion entries of the laws (current version), in title order. */
  get titles(): readonly TitleEntry[] {
    return this.made().titles;
  }

  /** Corpus file → the versions it gives. */
  get byFile(): ReadonlyMap<string, Regulation[]> {
    return this.made().byFile;
  }

  /** Original title → its translations. */
  get translations(): ReadonlyMap<string, Regulation[]> {
    return this.made().translations;
  }

  private made(): IndexMaps {
    if (this.maps) return this.maps;
    const maps: IndexMaps = { titles: [], byFile: new Map(), translations: new Map(), entryOf: new Map() };
    for (const law of this.corpus.laws.values()) {
      for (const reg of law.versions) {
        for (const file of reg.files) {
          const list = maps.byFile.get(file);
          if (list) list.push(reg);
          else maps.byFile.set(file, [reg]);
        }
      }
      const reg = safeVersion(this.corpus, law);
      if (!reg) continue;
      const entry: TitleEntry = { title: law.title, shortTitles: reg.shortTitles, articles: articleCount(reg), lang: reg.lang, kind: reg.kind ?? null };
      maps.titles.push(entry);
      maps.entryOf.set(law.title, entry);
      if (reg.translationOf) {
        const list = maps.translations.get(reg.translationOf);
        if (list) list.push(reg);
        else maps.translations.set(reg.translationOf, [reg]);
      }
    }
    return (this.maps = maps);
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
    return this.made().entryOf.get(title);
  }

  /** The latest version of the law a title names. */
  regulation(title: string): Regulation | undefined {
    const law = this.law(title);
    return law ? safeVersion(this.corpus, law) : undefined;
  }

  /**
   * The titles that begin with what was typed (with or without 中华人民共和国, or a short title: 《刑 → 刑法,
   * 刑事诉讼法), shortest first: the prefix matches completion ranks before the rest, whatever the search's limit.
   */
  titlesStartingWith(query: string, limit: number): TitleEntry[] {
    if (!query) return [];
    const out: TitleEntry[] = [];
    for (const e of this.made().entryOf.values()) if (titleMatch(query, e) < 2) out.push(e);
    return out.sort((a, b) => a.title.length - b.title.length || seriesNumber(a.title) - seriesNumber(b.title) || a.title.localeCompare(b.title)).slice(0, limit);
  }

  /** Title search for completion after 《: the engine's title index (one rule for titles), as completion entries. */
  searchTitles(query: string, limit: number): TitleEntry[] {
    const { kind, rest } = splitKindFilter(query);
    const out: TitleEntry[] = [];
    // A kind filter searches further down the ranking, so that `limit` titles of that kind can be found.
    for (const law of titleIndexOf(this.corpus).search(rest, kind ? Math.max(limit * 20, 2000) : limit)) {
      const e = this.made().entryOf.get(law.title);
      if (e && (!kind || e.kind === kind)) out.push(e);
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Articles across the corpus for a search (core/query/searchQuery: words in any order, a number in either form, a
   * pasted citation), ordered by relevance (core/query/relevance), at most `limit`. A pasted citation that resolves
   * is the first hit; `shortTitles` (short title → regulation title, as the draft searched from defines them) let
   * 《条例》第六十四条 name the draft's 条例.
   */
  searchArticles(query: string | SearchQuery, limit: number, options: SearchOptions = {}): ArticleHit[] {
    const q = typeof query === 'string' ? parseSearchQuery(query) : query;
    if (isEmptySearch(q)) return [];
    const short = options.shortTitles ?? new Map<string, string>();
    const titles = q.titles.map((t) => short.get(t) ?? t);
    const scoped: SearchQuery = { ...q, titles };
    const base = options.among ?? this.current;
    const cited = q.citation ? this.citedArticle(q.citation, short) : null;
    const exact = cited && (!options.among || base.some((r) => r.title === cited.regulation.title)) ? cited : null;
    const hits: ArticleHit[] = exact ? [{ ...exact, score: Number.POSITIVE_INFINITY }] : [];
    const regs = q.kind ? base.filter((r) => r.kind === q.kind) : base;
    let scanned = 0;
    // One object per regulation, refilled per article: a search may score tens of thousands of articles.
    const probe: SearchableArticle = { title: '', shortTitles: [], lang: 'zh', number: 0, insert: null, heading: '', text: '' };
    for (const reg of regs) {
      if (titles.length && !titles.every((t) => reg.title.includes(t) || reg.shortTitles.some((s) => s.includes(t)))) continue;
      const inTitle = (w: string) => reg.title.includes(w) || reg.shortTitles.some((s) => s.includes(w));
      const textWords = q.words.filter((w) => !inTitle(w));
      const titleWords = q.words.filter(inTitle);
      // The first two characters of each word: what a line break in the file cannot split often.
      const probes = textWords.map((w) => w.slice(0, 2));
      const articles = q.article ? this.articlesNumbered(reg, q.article.number) : reg.articles;
      probe.title = reg.title;
      probe.shortTitles = reg.shortTitles;
      probe.lang = reg.lang;
      for (const a of articles) {
        if (q.article && q.article.insert !== null && a.insert !== q.article.insert) continue;
        if (exact && exact.article === a) continue;
        const heading = a.division?.heading ?? '';
        // Scored on the article's lines (cheap, its body unread); its text (page-break splits joined) only when a
        // word is not found whole in them.
        let text = '';
        // Titles alone (《条例》): each regulation once.
        if (!q.words.length && !q.article && a !== reg.articles[0]) continue;
        if (q.words.length) {
          const raw = (a as { rawText?: string }).rawText ?? a.text;
          if (!holdsAll(raw, heading, probes)) continue;
          // Words all in the title: the regulation stands for itself once (its first article), and with the
          // articles that also say one of them.
          if (!textWords.length && !q.article && a !== reg.articles[0] && !holdsAny(raw, heading, titleWords)) continue;
          text = holdsAll(raw, heading, textWords) ? raw : a.text;
        }
        if (++scanned > MAX_SCORED) break;
        probe.number = a.number;
        probe.insert = a.insert;
        probe.heading = heading;
        probe.text = text;
        const score = relevance(scoped, probe);
        if (score !== null) hits.push({ regulation: reg, article: a, score });
      }
      if (scanned > MAX_SCORED) break;
    }
    // Best first; equal scores keep the corpus order (titles, then articles).
    const order = new Map(hits.map((h, i) => [h, i]));
    hits.sort((x, y) => y.score - x.score || order.get(x)! - order.get(y)!);
    return hits.slice(0, limit);
  }

  /** The article a pasted citation names (the engine's resolution), read with the draft's short titles. */
  private citedArticle(cited: ArticleQuery, short: ReadonlyMap<string, string>): ArticleRef | null {
    const title = cited.title ? short.get(cited.title) ?? cited.title : null;
    const found = resolveArticleQuery(this.corpus, { ...cited, title });
    return found.status === 'found' ? { regulation: found.version, article: found.article } : null;
  }

  /** Articles by number, per regulation, made when a search first asks for a number. */
  private readonly byNumber = new WeakMap<Regulation, Map<number, Article[]>>();

  /** The articles of a regulation with this number (之N included), in order. */
  private articlesNumbered(reg: Regulation, number: number): readonly Article[] {
    let map = this.byNumber.get(reg);
    if (!map) {
      map = new Map();
      for (const a of reg.articles) {
        const list = map.get(a.number);
        if (list) list.push(a);
        else map.set(a.number, [a]);
      }
      this.byNumber.set(reg, map);
    }
    return map.get(number) ?? [];
  }

  /** The article whose text covers a line of a corpus file. */
  articleAtLine(path: string, line: number): ArticleRef | undefined {
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

/** Every word in the text or the heading (plain loops: called for every article of a search). */
function holdsAll(text: string, heading: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (!text.includes(words[i]) && !heading.includes(words[i])) return false;
  return true;
}

function holdsAny(text: string, heading: string, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (text.includes(words[i]) || heading.includes(words[i])) return true;
  return false;
}

function safeVersion(corpus: CorpusLike, law: Law): Regulation | undefined {
  return law.versions.length ? corpus.version(law, null) : undefined;
}
