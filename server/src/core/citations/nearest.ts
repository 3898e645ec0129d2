// The articles a citation of a missing article most likely meant: the same number with two digits swapped
// (第九十八条 for 第八十九条), with one digit dropped or changed (第一百二十条 for 第二十条), the article without its
// 之N, and the regulation's last article (a draft citing past the end). Pure: used for quick fixes and hovers.
import { findArticle, type Article, type Regulation } from '../model';

export type NearReason = 'base' | 'swap' | 'digit' | 'last';

export interface NearArticle {
  article: Article;
  why: NearReason;
}

type Slip = { readonly n: number; readonly why: NearReason };

/** slips() by number: a draft citing one missing article many times asks for the same list each time. */
const SLIPS = new Map<number, readonly Slip[]>();

/** Numbers one typing slip away from `n`: swaps first, then one digit dropped or changed, nearest first. */
function slips(n: number): readonly Slip[] {
  let found = SLIPS.get(n);
  if (!found) {
    if (SLIPS.size >= 4096) SLIPS.clear();
    SLIPS.set(n, (found = slipsOf(n)));
  }
  return found;
}

function slipsOf(n: number): Slip[] {
  const digits = String(n);
  const swaps = new Set<number>();
  for (let i = 0; i < digits.length; i++) {
    for (let j = i + 1; j < digits.length; j++) {
      if (digits[i] === digits[j]) continue;
      const d = digits.split('');
      [d[i], d[j]] = [d[j], d[i]];
      if (d[0] !== '0') swaps.add(Number(d.join('')));
    }
  }
  const edits = new Set<number>();
  for (let i = 0; i < digits.length; i++) {
    const dropped = digits.slice(0, i) + digits.slice(i + 1);
    if (dropped && dropped[0] !== '0') edits.add(Number(dropped));
    for (let k = 0; k <= 9; k++) {
      const changed = digits.slice(0, i) + String(k) + digits.slice(i + 1);
      if (changed[0] !== '0') edits.add(Number(changed));
    }
  }
  edits.delete(n);
  for (const s of swaps) edits.delete(s);
  const byDistance = [...edits].filter((x) => x > 0).sort((a, b) => Math.abs(a - n) - Math.abs(b - n) || a - b);
  return [...[...swaps].map((x) => ({ n: x, why: 'swap' as const })), ...byDistance.map((x) => ({ n: x, why: 'digit' as const }))];
}

/**
 * Up to `max` existing articles near a missing 第`number`条(之`insert`), the most likely first; the last article is
 * always among them when the number is past it.
 */
export function nearestArticles(reg: Regulation, number: number, insert: number | null, max = 3): NearArticle[] {
  const articles = reg.articles;
  if (!articles.length || max <= 0) return [];
  const out: NearArticle[] = [];
  const seen = new Set<Article>();
  const add = (a: Article | undefined, why: NearReason): void => {
    if (a && !seen.has(a)) {
      seen.add(a);
      out.push({ article: a, why });
    }
  };
  const last = articles[articles.length - 1];
  const pastEnd = number > last.number;
  const room = pastEnd ? max - 1 : max;
  if (insert !== null) add(findArticle(reg, number, null), 'base');
  for (const s of slips(number)) {
    if (out.length >= room) break;
    add(findArticle(reg, s.n, null), s.why);
  }
  if (pastEnd) add(last, 'last');
  // The last article is called so whichever slip found it.
  return out.slice(0, max).map((n) => (n.article === last && pastEnd ? { article: last, why: 'last' } : n));
}
