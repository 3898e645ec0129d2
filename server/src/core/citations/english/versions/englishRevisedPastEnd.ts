// A revision the corpus does not hold, told by the article cited (rule, issue 14, heldout31 English; a law review's
// note on China's arbitration reform: "as clarified by art. 90 of the newly revised Arbitration Law", the corpus holding
// the older Arbitration Law of 80 articles). A writer who calls a law "the revised …", "the newly amended …" names a
// new text of it; when no text of that law the corpus holds has the article cited, the text named is one the corpus
// lacks — unknown-regulation, as a version named by its year is (namedVersion.ts) — not an article missing from the
// text held. Where a held text has the article, the revision named is (as far as anything tells) that text, and the
// citation resolves as before; a text its source cut short (cutShort.ts) may have lost the article, so it keeps its
// unknown-article. Only "revised" and "amended" (with "newly" or "recently" before them) count: "the new Company Law"
// is mostly the text in force.
import type { Law } from '../../../corpus/index';
import { cutShortAfter } from '../../../corpus/cutShort';
import type { Article, Regulation } from '../../../model';

/** The revision words before a title, where they end its lead ("the newly revised ", "the amended "). */
const REVISION_LEAD = /(?:^|[ \t])(?:(?:newly|recently)[ \t]+)?(?:revised|amended)[ \t]+$/i;

/** Whether the words between a title's lead start and the title itself (`lead`) call it a revision. */
export function revisionWordLead(lead: string): boolean {
  return lead.length < 60 && REVISION_LEAD.test(lead);
}

/**
 * Whether `article` is past the end of every text the corpus holds of `law` (none of them cut short): the revision named
 * is a text the corpus lacks.
 */
export function pastEveryHeldText(law: Law, article: number, insert: number | null, find: (reg: Regulation, n: number, insert: number | null) => Article | undefined): boolean {
  for (const reg of law.versions) {
    if (find(reg, article, insert) || cutShortAfter(reg)) return false;
  }
  const last = law.versions.map((v) => v.articles[v.articles.length - 1]?.number ?? 0);
  return law.versions.length > 0 && last.every((n) => typeof n === 'number' && article > n);
}
