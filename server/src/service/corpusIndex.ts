// Server-side indexes over one corpus snapshot: titles for fuzzy completion, files → regulations, translations,
// and article search for workspace symbols. Built once per corpus change, read by every feature.
import Fuse from 'fuse.js';
import type { CorpusLike, Law } from '../core/corpus';
import type { Article, Regulation } from '../core/model';
import { parseNumeral } from '../core/numerals';

/** Titles handed to fuse.js per query at most. */
const FUZZY_CANDIDATES = 100;

export interface TitleEntry {
  title: string;
  shortTitles: string[];
  /** Number of articles in the current version, for completion detail. */
  articles: number;
  lang: 'zh' | 'en';
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
  private readonly byShortTitle = new Map<string, Law>();
  /** character → indexes of titles containing it, to pick candidates before fuzzy matching. */
  private readonly byChar = new Map<string, number[]>();
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
      articles += reg.articles.length;
      this.titles.push({ title: law.title, shortTitles: reg.shortTitles, articles: reg.articles.length, lang: reg.lang });
      for (const s of reg.shortTitles) if (!this.byShortTitle.has(s)) this.byShortTitle.set(s, law);
      if (reg.translationOf) {
        const list = this.translations.get(reg.translationOf) ?? [];
        list.push(reg);
        this.translations.set(reg.translationOf, list);
      }
    }
    this.articleCount = articles;
    this.regulationCount = this.current.length;
    this.titles.forEach((e, i) => {
      for (const ch of new Set([...e.title, ...e.shortTitles.join('')])) {
        const list = this.byChar.get(ch);
        if (list) list.push(i);
        else this.byChar.set(ch, [i]);
      }
    });
  }

  /** The law named by a title as written (canonical or short title, 《》 stripped). */
  law(titleText: string): Law | undefined {
    const t = titleText.replace(/^[《〈]|[》〉]$/g, '').trim();
    return this.corpus.laws.get(t) ?? this.byShortTitle.get(t) ?? this.corpus.findLaw(t);
  }

  /** The version of a law in force on a date (or the latest), never throwing. */
  regulation(title: string, date?: string | null): Regulation | undefined {
    const law = this.law(title);
    if (!law) return undefined;
    if (date) {
      const exact = law.versions.find((v) => v.effective === date || v.adopted === date);
      if (exact) return exact;
    }
    return safeVersion(this.corpus, law, date);
  }

  article(reg: Regulation, number: number, insert: number | null = null): Article | undefined {
    try {
      return this.corpus.article(reg, number, insert);
    } catch {
      return reg.articles.find((a) => a.number === number && (a.insert ?? null) === (insert ?? null));
    }
  }

  /**
   * Title search for completion after 《: titles containing the words first, then titles holding the characters in
   * order (生态屏障 → …生态安全屏障…, tightest first), then fuse.js fuzzy matches (typos). Empty query → all titles.
   */
  searchTitles(query: string, limit: number): TitleEntry[] {
    const q = query.replace(/\s+/g, '');
    if (!q) return this.titles.slice(0, limit);
    const out: TitleEntry[] = [];
    const seen = new Set<string>();
    const add = (e: TitleEntry) => {
      if (out.length < limit && !seen.has(e.title)) {
        seen.add(e.title);
        out.push(e);
      }
    };
    for (const e of this.titles) {
      if (e.title.includes(q) || e.shortTitles.some((s) => s.includes(q))) add(e);
      if (out.length >= limit) return out;
    }
    const spread: { e: TitleEntry; span: number }[] = [];
    for (const e of this.titles) {
      if (seen.has(e.title)) continue;
      const span = subsequenceSpan(e.title, q);
      if (span >= 0) spread.push({ e, span });
    }
    spread.sort((a, b) => a.span - b.span || a.e.title.length - b.e.title.length);
    for (const s of spread) add(s.e);
    if (out.length >= limit) return out;
    if (out.length < 20) for (const r of this.fuzzy(q, limit)) add(r);
    return out;
  }

  /**
   * Typo-tolerant matches (民法点 → 民法典) with fuse.js, run on the titles sharing most of the query's characters so
   * it stays fast on thousands of titles.
   */
  private fuzzy(q: string, limit: number): TitleEntry[] {
    const chars = [...new Set(q)];
    const counts = new Map<number, number>();
    for (const ch of chars) for (const i of this.byChar.get(ch) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    const need = Math.max(1, Math.ceil(chars.length * 0.5));
    const candidates = [...counts.entries()]
      .filter(([, n]) => n >= need)
      .sort((a, b) => b[1] - a[1] || this.titles[a[0]].title.length - this.titles[b[0]].title.length)
      .slice(0, FUZZY_CANDIDATES)
      .map(([i]) => this.titles[i]);
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, {
      keys: [
        { name: 'title', weight: 1 },
        { name: 'shortTitles', weight: 0.6 },
      ],
      ignoreLocation: true,
      threshold: 0.4,
    });
    return fuse.search(q, { limit }).map((r) => r.item);
  }

  /**
   * Articles across the corpus for a query: an article number (六十四, 64, 第六十四条) matches that article of
   * every regulation; words match article text and headings. Bounded by `limit`.
   */
  searchArticles(query: string, limit: number): ArticleHit[] {
    const q = query.replace(/\s+/g, '');
    if (!q) return [];
    const num = parseArticleQuery(q);
    const hits: ArticleHit[] = [];
    if (num !== null) {
      for (const reg of this.current) {
        for (const a of reg.articles) {
          if (a.number === num.number && (num.insert === null || a.insert === num.insert)) {
            hits.push({ regulation: reg, article: a });
            if (hits.length >= limit) return hits;
          }
        }
      }
      return hits;
    }
    for (const reg of this.current) {
      const titleHit = reg.title.includes(q);
      for (const a of reg.articles) {
        if (a.text.includes(q) || (a.division && a.division.heading.includes(q))) {
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

  /** The regulation whose file is `path` that contains `line` (a file may hold several regulations). */
  regulationAt(path: string, line: number): Regulation | undefined {
    const regs = this.byFile.get(path);
    if (!regs || regs.length === 0) return undefined;
    let best: Regulation | undefined;
    for (const r of regs) {
      const s = startLine(r, path);
      if (s <= line + 3 && (!best || s >= startLine(best, path))) best = r;
    }
    return best ?? regs[0];
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

/** Length of the shortest window of `text` holding the characters of `q` in order (greedy), −1 when none. */
export function subsequenceSpan(text: string, q: string): number {
  let start = -1;
  let j = 0;
  for (let i = 0; i < text.length && j < q.length; i++) {
    if (text[i] === q[j]) {
      if (j === 0) start = i;
      j++;
      if (j === q.length) return i - start + 1;
    }
  }
  return -1;
}

function startLine(reg: Regulation, path: string): number {
  const a = reg.articles.find((x) => x.location.file === path);
  return a ? a.location.range.start.line : Number.MAX_SAFE_INTEGER;
}

function safeVersion(corpus: CorpusLike, law: Law, date?: string | null): Regulation | undefined {
  try {
    return corpus.version(law, date ?? null);
  } catch {
    return law.versions[law.versions.length - 1];
  }
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

