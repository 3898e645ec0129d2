// Title index over a corpus for the citation engine. What a title names is the corpus's rule (Corpus.findLaws:
// exact and normalised titles, short titles, region prefix left off, the national law preferred), the same for
// `lawcite show`; on top of it: a version suffix or a region prefix written but not in the corpus title,
// translations → originals, suffix matches (issuer left off; 《促进条例》 → several), near misses for did-you-mean,
// and the trie of titles that may be cited without 《》.
import type { CorpusLike, Law } from '../corpus/index';
import { withoutRegionPrefix } from '../corpus/titles';
import type { BareTitleMatcher } from './scanner';
import { editDistance, LAW_TITLE_END, titleKey } from './text';

export interface TitleMatch {
  /** Laws the title names: one (resolved), several (ambiguous) or none (unknown). */
  laws: Law[];
  how: 'exact' | 'variant' | 'suffix' | 'none';
  /** For an unknown title: corpus titles one or two characters off. */
  suggestions: string[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  terminal: boolean;
}

const VERSION_SUFFIX = /[(（]\s*[0-9]{4}\s*年[^()（）]{0,8}[)）]$/;

export class TitleIndex implements BareTitleMatcher {
  private readonly allKeys: { key: string; law: Law }[] = [];
  private readonly cache = new Map<string, TitleMatch>();
  private readonly withArticle = new Map<string, Law[]>();
  private readonly trie: TrieNode = { next: new Map(), terminal: false };
  readonly finalChars: string;
  readonly englishTitles: string[] = [];

  constructor(readonly corpus: CorpusLike) {
    const finals = new Set<string>();
    const bare = new Set<string>();
    for (const law of corpus.laws.values()) {
      const target = this.original(law);
      this.allKeys.push({ key: titleKey(law.title), law: target });
      const isEnglish = !/[\u4e00-\u9fff]/.test(law.title);
      if (isEnglish) this.englishTitles.push(law.title.trim());
      else bare.add(law.title.replace(/\s+/g, ''));
      const short = withoutRegionPrefix(law.title.replace(/\s+/g, ''));
      if (short) {
        bare.add(short);
        this.allKeys.push({ key: titleKey(short), law: target });
      }
      if (isEnglish) {
        for (const v of law.versions) {
          for (const s of v.shortTitles ?? []) if (s.length >= 20 && !this.englishTitles.includes(s.trim())) this.englishTitles.push(s.trim());
        }
      }
    }
    // Bare (unbracketed) matching only for titles and prefix-less variants that name exactly one law.
    for (const t of bare) {
      if (t.length < 5 || this.named(t).laws.length !== 1) continue;
      this.insert(t);
      finals.add(t[t.length - 1]);
    }
    this.englishTitles.sort((a, b) => b.length - a.length);
    this.finalChars = [...finals].join('');
  }

  /** A translation stands for its original when the corpus has it. */
  original(law: Law): Law {
    for (const v of law.versions) {
      if (v.translationOf) {
        const o = this.corpus.laws.get(v.translationOf);
        if (o) return o;
        for (const l of this.corpus.laws.values()) if (titleKey(l.title) === titleKey(v.translationOf)) return l;
      }
    }
    return law;
  }

  private insert(title: string): void {
    let node = this.trie;
    for (let i = title.length - 1; i >= 0; i--) {
      const c = title.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) {
        n = { next: new Map(), terminal: false };
        node.next.set(c, n);
      }
      node = n;
    }
    node.terminal = true;
  }

  matchEnding(text: string, end: number): number {
    let node: TrieNode | undefined = this.trie;
    let best = -1;
    for (let i = end - 1; i >= 0 && node; i--) {
      node = node.next.get(text.charCodeAt(i));
      if (node && node.terminal) best = i;
    }
    return best;
  }

  /** What a written title (without outer brackets) names. Cached. */
  lookup(written: string): TitleMatch {
    const cached = this.cache.get(written);
    if (cached) return cached;
    const m = this.compute(written);
    if (this.cache.size > 10000) this.cache.clear();
    this.cache.set(written, m);
    return m;
  }

  /** The corpus's answer for one form of a title, translations standing for their originals. */
  private named(title: string): { laws: Law[]; how: TitleMatch['how'] } {
    const found = this.corpus.findLaws(title);
    const laws: Law[] = [];
    for (const m of found) {
      const law = this.original(m.law);
      if (!laws.includes(law)) laws.push(law);
    }
    return { laws, how: found.some((m) => m.via === 'short') ? 'variant' : 'exact' };
  }

  private compute(written: string): TitleMatch {
    let key = titleKey(written);
    const unversioned = key.replace(VERSION_SUFFIX, '');
    const candidates = [written, unversioned];
    const noPrefix = withoutRegionPrefix(unversioned);
    if (noPrefix) candidates.push(noPrefix);
    for (const c of candidates) {
      const m = this.named(c);
      if (m.laws.length) return { laws: m.laws, how: m.how, suggestions: [] };
    }
    key = unversioned;
    // Suffix: the issuer or region left off (《关于办理…的解释》), or a generic short title (《促进条例》).
    if (key.length >= 4 && (LAW_TITLE_END.test(key) || /^关于/.test(key))) {
      const laws: Law[] = [];
      for (const { key: k, law } of this.allKeys) if (k.length > key.length && k.endsWith(key) && !laws.includes(law)) laws.push(law);
      if (laws.length) return { laws, how: 'suffix', suggestions: [] };
    }
    // Near miss: one or two characters off a corpus title or variant.
    const suggestions: string[] = [];
    if (key.length >= 6) {
      const max = key.length >= 10 ? 2 : 1;
      let bestD = max + 1;
      for (const { key: k, law } of this.allKeys) {
        const d = editDistance(key, k, max);
        if (d === 0 || d > max) continue;
        if (d < bestD) {
          bestD = d;
          suggestions.length = 0;
        }
        if (d === bestD && !suggestions.includes(law.title)) suggestions.push(law.title);
      }
    }
    return { laws: [], how: 'none', suggestions };
  }

  /** Laws having an article, for no-context candidates. */
  lawsWithArticle(article: number, insert: number | null, date: string | null, limit = 50): Law[] {
    const key = `${article}-${insert}-${date}-${limit}`;
    const hit = this.withArticle.get(key);
    if (hit) return hit;
    const out: Law[] = [];
    if (this.withArticle.size > 5000) this.withArticle.clear();
    this.withArticle.set(key, out);
    for (const law of this.corpus.laws.values()) {
      if (this.original(law) !== law) continue;
      const reg = this.corpus.version(law, date);
      if (this.corpus.article(reg, article, insert)) out.push(law);
      if (out.length >= limit) break;
    }
    return out;
  }
}

const indexes = new WeakMap<CorpusLike, { laws: Law[]; generation: number | undefined; index: TitleIndex }>();

/**
 * The title index of a corpus, built once per corpus and rebuilt when its set of laws changes (a corpus that
 * re-loads files replaces Law objects).
 */
export function titleIndexOf(corpus: CorpusLike): TitleIndex {
  const cached = indexes.get(corpus);
  if (cached && corpus.generation !== undefined && cached.generation === corpus.generation) return cached.index;
  if (cached && corpus.generation === undefined && cached.laws.length === corpus.laws.size) {
    let same = true;
    let i = 0;
    for (const law of corpus.laws.values()) {
      if (cached.laws[i++] !== law) {
        same = false;
        break;
      }
    }
    if (same) return cached.index;
  }
  const index = new TitleIndex(corpus);
  indexes.set(corpus, { laws: [...corpus.laws.values()], generation: corpus.generation, index });
  return index;
}
