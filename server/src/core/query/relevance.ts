// Relevance of one article to a search (pure): every word must be in the article's text, its chapter heading or its
// regulation's title; every title written must be in the regulation's title or short titles; a number asked for must
// be the article's. The score orders hits by how well they match; it knows nothing of the draft (ranking by what a
// draft cites is a separate function, applied on top of this one).
import type { SearchQuery } from './searchQuery';

/** What relevance reads of an article (cheap fields: `text` may be the article's raw lines). */
export interface SearchableArticle {
  title: string;
  shortTitles: readonly string[];
  lang: 'zh' | 'en';
  number: number;
  insert: number | null;
  /** The article's chapter/section heading, '' when none. */
  heading: string;
  text: string;
}

/** Score weights: a number and titles decide first, then words in the text before words in the title. */
export const WEIGHTS = {
  number: 30,
  exactInsert: 5,
  titleExact: 50,
  titleWritten: 20,
  wordInText: 10,
  /** Per extra occurrence in the text, up to `repeatCap`. */
  wordRepeat: 1,
  repeatCap: 3,
  wordInTitle: 12,
  wordInHeading: 4,
  /** All words of the text within `nearSpan` characters of each other. */
  near: 5,
  nearSpan: 30,
  translation: -3,
} as const;

function count(text: string, word: string, cap: number): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1 && n < cap; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** The score of an article for a query, or null when it does not match. */
export function relevance(q: SearchQuery, a: SearchableArticle): number | null {
  let score = 0;
  if (q.article) {
    if (a.number !== q.article.number) return null;
    if (q.article.insert !== null && a.insert !== q.article.insert) return null;
    score += WEIGHTS.number + (a.insert === q.article.insert ? WEIGHTS.exactInsert : 0);
  }
  for (const t of q.titles) {
    if (a.title === t) score += WEIGHTS.titleExact;
    else if (a.title.includes(t) || a.shortTitles.some((s) => s.includes(t))) score += WEIGHTS.titleWritten;
    else return null;
  }
  const firsts: number[] = [];
  for (const w of q.words) {
    const at = a.text.indexOf(w);
    const inTitle = a.title.includes(w) || a.shortTitles.some((s) => s.includes(w));
    const inHeading = a.heading.includes(w);
    if (at === -1 && !inTitle && !inHeading) return null;
    if (at !== -1) {
      firsts.push(at);
      score += WEIGHTS.wordInText + WEIGHTS.wordRepeat * (count(a.text, w, WEIGHTS.repeatCap) - 1);
    }
    if (inTitle) score += WEIGHTS.wordInTitle;
    if (inHeading) score += WEIGHTS.wordInHeading;
  }
  if (firsts.length >= 2 && Math.max(...firsts) - Math.min(...firsts) <= WEIGHTS.nearSpan) score += WEIGHTS.near;
  if (a.lang === 'en') score += WEIGHTS.translation;
  return score;
}
