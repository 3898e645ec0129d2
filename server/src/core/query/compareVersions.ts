// An article in two versions of its law, for a side-by-side comparison: which versions, and the article's
// counterpart in each (found by text through the crosswalk, not by number). Pure: no LSP import.
//
// Rules:
// - A version is named by a date: the version whose text has that date, else the one in force on it.
// - Defaults: from = the version the article was cited in (the citation's or the draft's date chose it), to = the
//   latest; when both are the same version (an undated draft cites the law in force), from = the version before.
// - Change: added when the article has no counterpart in `from`, removed when none in `to`; else same (same number
//   and text), changed (same number) or moved (other number).
import { articleBody, textSimilarity, traceArticle } from '../corpus/crosswalk';
import type { Law } from '../corpus/types';
import { versionDate, versionTextDate } from '../corpus/versions';
import { articleKey, type Article, type Regulation } from '../model';

export type VersionChange = 'same' | 'changed' | 'moved' | 'added' | 'removed';

export interface ArticleComparison {
  law: Law;
  from: { version: Regulation; article: Article | null };
  to: { version: Regulation; article: Article | null };
  change: VersionChange;
  /** Dice similarity of the two texts (0 when one side has none). */
  similarity: number;
}

export type ComparisonResult =
  | ({ status: 'ok' } & ArticleComparison)
  | { status: 'one-version'; law: Law }
  | { status: 'no-version'; law: Law; date: string };

/** The version a date names: the one whose text has that date, else the one in force then; null before the first. */
export function versionByDate(law: Law, date: string): Regulation | null {
  const exact = law.versions.find((v) => versionTextDate(v) === date);
  if (exact) return exact;
  for (let i = law.versions.length - 1; i >= 0; i--) {
    const d = versionDate(law.versions[i]);
    if (d === null || d <= date) return law.versions[i];
  }
  return null;
}

/** The article in `to` that `article` (of `cited`) corresponds to, following the versions in between. */
function inVersion(law: Law, cited: Regulation, article: Article, version: Regulation): Article | null {
  return version === cited ? article : traceArticle(law.versions, cited, version, article).article;
}

/** The article's counterpart in each version of its law, oldest first (null where it has none). */
export function articleInEachVersion(law: Law, cited: Regulation, article: Article): (Article | null)[] {
  return law.versions.map((v) => inVersion(law, cited, article, v));
}

export function compareArticleVersions(law: Law, cited: Regulation, article: Article, options: { from?: string | null; to?: string | null } = {}): ComparisonResult {
  const versions = law.versions;
  if (versions.length < 2 || versions.indexOf(cited) < 0) return { status: 'one-version', law };
  let to = versions[versions.length - 1];
  if (options.to) {
    const v = versionByDate(law, options.to);
    if (!v) return { status: 'no-version', law, date: options.to };
    to = v;
  }
  let from = cited;
  if (options.from) {
    const v = versionByDate(law, options.from);
    if (!v) return { status: 'no-version', law, date: options.from };
    from = v;
  } else if (from === to) {
    const i = versions.indexOf(to);
    from = i > 0 ? versions[i - 1] : versions[i + 1];
  }
  const a = inVersion(law, cited, article, from);
  const b = inVersion(law, cited, article, to);
  let change: VersionChange;
  let similarity = 0;
  if (!a) change = b ? 'added' : 'removed';
  else if (!b) change = 'removed';
  else {
    const x = articleBody(a);
    const y = articleBody(b);
    similarity = textSimilarity(x, y);
    change = articleKey(a.number, a.insert) !== articleKey(b.number, b.insert) ? 'moved' : x === y ? 'same' : 'changed';
  }
  return { status: 'ok', law, from: { version: from, article: a }, to: { version: to, article: b }, change, similarity };
}
