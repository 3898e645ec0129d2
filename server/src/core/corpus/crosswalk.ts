// Article crosswalk between two versions of a law: each article mapped to its counterpart by its text, not its number.
//
// Rules:
// - Two articles are compared by the Dice coefficient of their character bigrams (label and whitespace left out,
//   Arabic digits folded into one): 2·shared / (bigrams of one + bigrams of the other), counted as multisets.
// - An article whose text is found exactly once in each version is paired with its copy at once.
// - Anchors: pairs each other's best match with a similarity of at least 0.8. Between anchors an article is
//   expected where its neighbours went (same offset as the nearest anchor before it).
// - Counterparts one to one: candidate pairs with a similarity of at least 0.35 (or 0.15 when one text is ≥ 80 %
//   found in the other: a short article grown into a long one; or 0.25 when the new article is within two places
//   of where the neighbours' counterparts put it: a rewritten article that stayed in its place), best first, the
//   score lowered by up to 0.1 for distance from the expected place (so boilerplate articles pair with their
//   neighbours' counterparts).
// - Split: a new article left without a counterpart whose bigrams are mostly (≥ 60 % within five places of the old
//   article's counterpart, ≥ 75 % farther away; similarity ≥ 0.15) found in an old article (the most similar such)
//   is a part split from it — a parallel provision elsewhere (有限责任公司 → 股份有限公司) is not. Also split (many to
//   many): a paragraph (≥ 15 characters) of an old article that its counterpart does not hold (< 50 % of its
//   bigrams), found whole (≥ 80 %) in another new article within five places, even one with a counterpart of its
//   own (公司法 2018 第二十条's 法人人格否认 paragraph → 2023 第二十三条). Merged: an old article left without a
//   counterpart, mostly found in a new article, was merged into it. What is left is deleted (old) or new.
// - Kinds: same (same number, same text), changed (same number, other text), moved (other number), split, merged.
// Computed when first asked for, cached per pair of versions (both texts are immutable once loaded).
import { articleKey, type Article, type Regulation } from '../model';

export type LinkKind = 'same' | 'changed' | 'moved' | 'split' | 'merged';

export interface CrosswalkLink {
  from: Article;
  to: Article;
  /** Dice similarity of the two texts, 0–1. */
  similarity: number;
  kind: LinkKind;
}

export interface Crosswalk {
  from: Regulation;
  to: Regulation;
  /** In the order of the old version's articles (split and merged links after the one-to-one one). */
  links: CrosswalkLink[];
  /** Old articles with no counterpart. */
  deleted: Article[];
  /** New articles that come from no old article. */
  added: Article[];
}

const MIN_SIMILARITY = 0.35;
const ANCHOR = 0.8;
const CONTAINED = 0.6;
const MIN_PART = 0.15;
const CONTAINED_PAIR = 0.8;
/** A weaker pair taken when it is where its neighbours' counterparts place it (within NEAR_REACH). */
const MIN_NEAR = 0.25;
const NEAR_REACH = 2;
/** Parts split from an article lie near its counterpart; one farther away must be found in it more fully. */
const SPLIT_REACH = 5;
const CONTAINED_FAR = 0.75;
/** A paragraph (this many characters at least) found whole (this share of its bigrams) in another new article. */
const MIN_PARAGRAPH = 15;
const PARAGRAPH_FOUND = 0.8;

/** An article's words for comparison: its text without the label and whitespace. */
export function articleBody(a: Article): string {
  let t = a.text;
  if (t.startsWith(a.label)) t = t.slice(a.label.length);
  return t.replace(/[\s\u3000]+/g, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  if (s.length === 1) m.set(s, 1);
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Share of `part`'s bigrams (as a multiset) found in `whole`. */
function coverage(part: Map<string, number>, whole: Map<string, number>): number {
  let shared = 0;
  let n = 0;
  for (const [g, c] of part) {
    n += c;
    shared += Math.min(c, whole.get(g) ?? 0);
  }
  return n ? shared / n : 0;
}

/** A paragraph's words: without the article label (first paragraph) and whitespace. */
function paragraphBody(text: string, label: string): string {
  const t = text.startsWith(label) ? text.slice(label.length) : text;
  return t.replace(/[\s\u3000]+/g, '');
}

function size(m: Map<string, number>): number {
  let n = 0;
  for (const c of m.values()) n += c;
  return n;
}

/** Arabic digits compared as one: a closing article's new date (本法自2024年7月1日起施行) still matches the old one. */
function foldDigits(s: string): string {
  return s.replace(/[0-9０-９]/g, '0');
}

/** Dice similarity of two texts' bigram multisets (digits folded). */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(foldDigits(a));
  const y = bigrams(foldDigits(b));
  let shared = 0;
  for (const [g, c] of x) shared += Math.min(c, y.get(g) ?? 0);
  const total = size(x) + size(y);
  return total ? (2 * shared) / total : 0;
}

interface Candidate {
  i: number;
  j: number;
  dice: number;
  /** Share of the old article's bigrams found in the new one, and the reverse. */
  inNew: number;
  inOld: number;
}

/**
 * Every pair sharing a bigram, with its measures; an inverted index over the new version's bigrams. Articles in
 * `same` (old → new, the same text found once in each version) are paired without comparing them to anything.
 */
function candidates(olds: string[], news: string[], same: Map<number, number>): Candidate[][] {
  const taken = new Set(same.values());
  const newGrams = news.map((t, j) => (taken.has(j) ? new Map<string, number>() : bigrams(t)));
  const newSizes = newGrams.map(size);
  const index = new Map<string, [number, number][]>();
  newGrams.forEach((m, j) => {
    for (const [g, c] of m) {
      let list = index.get(g);
      if (!list) index.set(g, (list = []));
      list.push([j, c]);
    }
  });
  const shared = new Float64Array(news.length);
  return olds.map((text, i) => {
    const j0 = same.get(i);
    if (j0 !== undefined) return [{ i, j: j0, dice: 1, inNew: 1, inOld: 1 }];
    const m = bigrams(text);
    const n = size(m);
    shared.fill(0);
    const touched: number[] = [];
    for (const [g, c] of m) {
      for (const [j, cj] of index.get(g) ?? []) {
        if (shared[j] === 0) touched.push(j);
        shared[j] += Math.min(c, cj);
      }
    }
    return touched.map((j) => ({
      i, j,
      dice: (2 * shared[j]) / (n + newSizes[j]),
      inNew: n ? shared[j] / n : 0,
      inOld: newSizes[j] ? shared[j] / newSizes[j] : 0,
    }));
  });
}

function kindOf(a: Article, b: Article, same: boolean): LinkKind {
  if (articleKey(a.number, a.insert) !== articleKey(b.number, b.insert)) return 'moved';
  return same ? 'same' : 'changed';
}

/** Old → new index of the texts found exactly once in each version (most articles of a 修正). */
function sameTexts(olds: string[], news: string[]): Map<number, number> {
  const once = (list: string[]) => {
    const m = new Map<string, number>();
    list.forEach((t, k) => m.set(t, m.has(t) ? -1 : k));
    return m;
  };
  const a = once(olds);
  const b = once(news);
  const out = new Map<number, number>();
  for (const [t, i] of a) {
    const j = b.get(t);
    if (i >= 0 && j !== undefined && j >= 0 && t.length > 0) out.set(i, j);
  }
  return out;
}

function compute(from: Regulation, to: Regulation): Crosswalk {
  const olds = from.articles.map(articleBody);
  const news = to.articles.map(articleBody);
  const newGrams = new Map<number, Map<string, number>>();
  const newGramsOf = (j: number) => {
    let g = newGrams.get(j);
    if (!g) newGrams.set(j, (g = bigrams(foldDigits(news[j]))));
    return g;
  };
  const cands = candidates(olds.map(foldDigits), news.map(foldDigits), sameTexts(olds, news));
  // Anchors: mutual best matches.
  const bestOfOld = cands.map((list) => list.reduce<Candidate | null>((b, c) => (!b || c.dice > b.dice ? c : b), null));
  const bestOfNew: (Candidate | null)[] = news.map(() => null);
  for (const list of cands) for (const c of list) if (!bestOfNew[c.j] || c.dice > bestOfNew[c.j]!.dice) bestOfNew[c.j] = c;
  const anchorJ: number[] = olds.map(() => -1);
  olds.forEach((_, i) => {
    const b = bestOfOld[i];
    if (b && b.dice >= ANCHOR && bestOfNew[b.j] === b) anchorJ[i] = b.j;
  });
  // Expected place: the offset of the nearest anchor before (else after).
  const expected: number[] = [];
  let offset = 0;
  let seen = false;
  for (let i = 0; i < olds.length; i++) {
    if (anchorJ[i] >= 0) {
      offset = anchorJ[i] - i;
      seen = true;
    }
    expected.push(seen ? i + offset : NaN);
  }
  for (let i = olds.length - 1, after = NaN; i >= 0; i--) {
    if (anchorJ[i] >= 0) after = anchorJ[i] - i;
    if (Number.isNaN(expected[i])) expected[i] = Number.isNaN(after) ? i : i + after;
  }
  const score = (c: Candidate) => c.dice - 0.1 * Math.min(1, Math.abs(c.j - expected[c.i]) / 10);
  const near = (c: Candidate) => c.dice >= MIN_NEAR && Math.abs(c.j - expected[c.i]) <= NEAR_REACH;
  const pool = cands.flat().filter((c) => c.dice >= MIN_SIMILARITY || (c.dice >= MIN_PART && Math.max(c.inNew, c.inOld) >= CONTAINED_PAIR) || near(c));
  pool.sort((a, b) => score(b) - score(a) || a.i - b.i || a.j - b.j);
  const oldTo = new Array<Candidate | null>(olds.length).fill(null);
  const newFrom = new Array<Candidate | null>(news.length).fill(null);
  for (const c of pool) {
    if (oldTo[c.i] || newFrom[c.j]) continue;
    oldTo[c.i] = c;
    newFrom[c.j] = c;
  }
  // Split and merged parts among what is left.
  const extra: Candidate[][] = olds.map(() => []);
  const splitFrom = new Set<number>();
  const byNew: Candidate[][] = news.map(() => []);
  for (const list of cands) for (const c of list) byNew[c.j].push(c);
  for (let j = 0; j < news.length; j++) {
    if (newFrom[j]) continue;
    let best: Candidate | null = null;
    for (const c of byNew[j]) {
      const reach = oldTo[c.i] ? Math.abs(j - oldTo[c.i]!.j) : Infinity;
      const contained = reach <= SPLIT_REACH ? c.inOld >= CONTAINED : c.inOld >= CONTAINED_FAR;
      if (contained && c.dice >= MIN_PART && oldTo[c.i] && (!best || c.dice > best.dice)) best = c;
    }
    if (best) {
      extra[best.i].push(best);
      splitFrom.add(j);
    }
  }
  // A paragraph of an old article that its counterpart does not hold, found whole in a nearby new article (which
  // may have a counterpart of its own): a part split from it (many to many).
  for (let i = 0; i < olds.length; i++) {
    const own = oldTo[i];
    if (!own || own.dice === 1) continue;
    const counterpartGrams = bigrams(news[own.j]);
    for (const p of from.articles[i].paragraphs.length > 1 ? from.articles[i].paragraphs : []) {
      const words = foldDigits(paragraphBody(p.text, from.articles[i].label));
      if (words.length < MIN_PARAGRAPH) continue;
      const grams = bigrams(words);
      if (coverage(grams, counterpartGrams) >= 0.5) continue;
      let best: { j: number; cover: number } | null = null;
      for (let j = Math.max(0, own.j - SPLIT_REACH); j <= Math.min(news.length - 1, own.j + SPLIT_REACH); j++) {
        if (j === own.j || extra[i].some((x) => x.j === j)) continue;
        const cover = coverage(grams, newGramsOf(j));
        if (cover >= PARAGRAPH_FOUND && (!best || cover > best.cover)) best = { j, cover };
      }
      if (best) {
        extra[i].push({ i, j: best.j, dice: textSimilarity(olds[i], news[best.j]), inNew: 0, inOld: 0 });
        splitFrom.add(best.j);
      }
    }
  }
  const mergedInto = new Map<number, Candidate>();
  for (let i = 0; i < olds.length; i++) {
    if (oldTo[i]) continue;
    let best: Candidate | null = null;
    for (const c of cands[i]) if (c.inNew >= CONTAINED && c.dice >= MIN_PART && newFrom[c.j] && (!best || c.dice > best.dice)) best = c;
    if (best) mergedInto.set(i, best);
  }
  const links: CrosswalkLink[] = [];
  const deleted: Article[] = [];
  for (let i = 0; i < olds.length; i++) {
    const a = from.articles[i];
    const c = oldTo[i];
    if (c) {
      const b = to.articles[c.j];
      links.push({ from: a, to: b, similarity: c.dice, kind: kindOf(a, b, olds[i] === news[c.j]) });
      for (const s of extra[i]) links.push({ from: a, to: to.articles[s.j], similarity: s.dice, kind: 'split' });
    } else if (mergedInto.has(i)) {
      const m = mergedInto.get(i)!;
      links.push({ from: a, to: to.articles[m.j], similarity: m.dice, kind: 'merged' });
    } else deleted.push(a);
  }
  const added = to.articles.filter((_, j) => !newFrom[j] && !splitFrom.has(j));
  return { from, to, links, deleted, added };
}

const cache = new WeakMap<Regulation, WeakMap<Regulation, Crosswalk>>();

/** The crosswalk from one version to another (usually consecutive), computed once per pair. */
export function crosswalk(from: Regulation, to: Regulation): Crosswalk {
  let inner = cache.get(from);
  if (!inner) cache.set(from, (inner = new WeakMap()));
  let cw = inner.get(to);
  if (!cw) inner.set(to, (cw = compute(from, to)));
  return cw;
}

/** The article's counterpart in the next version: its one-to-one link, else the article it was merged into. */
export function counterpart(cw: Crosswalk, a: Article): CrosswalkLink | null {
  let merged: CrosswalkLink | null = null;
  for (const l of cw.links) {
    if (l.from !== a) continue;
    if (l.kind !== 'split' && l.kind !== 'merged') return l;
    if (l.kind === 'merged') merged = l;
  }
  return merged;
}

export type TraceStatus = 'same' | 'changed' | 'moved' | 'removed';

export interface Trace {
  /** The counterpart in the last version, null when the article was deleted on the way. */
  article: Article | null;
  /** Similarity of the first and last texts (0 when removed). */
  similarity: number;
  status: TraceStatus;
  /** The article in each version from the first to the last (null from where it was deleted). */
  path: (Article | null)[];
}

/**
 * Follow an article through consecutive versions (`versions` oldest first, from `from` to `to`, either direction):
 * each step takes its counterpart. Status: removed when a step has none; moved when the number differs at the end;
 * same when number and text are unchanged; else changed.
 */
export function traceArticle(versions: readonly Regulation[], from: Regulation, to: Regulation, article: Article): Trace {
  const i = versions.indexOf(from);
  const k = versions.indexOf(to);
  if (i < 0 || k < 0) throw new Error('both versions belong to the law');
  const step = k >= i ? 1 : -1;
  const path: (Article | null)[] = [article];
  let cur: Article | null = article;
  for (let v = i; v !== k && cur; v += step) {
    if (step > 0) cur = counterpart(crosswalk(versions[v], versions[v + 1]), cur)?.to ?? null;
    else {
      const cw = crosswalk(versions[v - 1], versions[v]);
      const target: Article = cur;
      const back = cw.links.find((l) => l.to === target && l.kind !== 'split' && l.kind !== 'merged') ?? cw.links.find((l) => l.to === target) ?? null;
      cur = back ? back.from : null;
    }
    path.push(cur);
  }
  if (!cur) return { article: null, similarity: 0, status: 'removed', path };
  const a = articleBody(article);
  const b = articleBody(cur);
  const similarity = textSimilarity(a, b);
  const status: TraceStatus =
    articleKey(article.number, article.insert) !== articleKey(cur.number, cur.insert) ? 'moved' : a === b ? 'same' : 'changed';
  return { article: cur, similarity, status, path };
}
