// An article of a Chinese law written "S 35", "s. 35", "Sec. 35" or "Section 35" (issue 14, tenth round of English
// pages). Writers trained in common law number a statute's provisions by section and carry the habit over to the
// articles of a Chinese law on slides, in notes and in footnotes: "S160 of Criminal Law", "s. 35 of the Company Law",
// "Section 38 of the Hong Kong national security law". The rule real writers follow, read here: the section is an
// article only with a law of the corpus named right after it ("of [the] <known English title>") — a Chinese law has
// no sections numbered through the law (its 节 restart in each chapter and are cited with it: "Section 2 of Chapter
// IV"), so "Section N of" a Chinese law's title is its article N. A section of any other law ("Section 35 of the
// Companies Ordinance" of Hong Kong, "Section 230 of the Communications Decency Act") or with nothing named after it
// ("S19: prospectus disclosure", "section 3 below") is no citation: the common-law statutes are not in the corpus,
// and a bare section number names nothing the reader could look up.

import type { TitleHead } from '../scan/scanTypes';
import type { EnglishScope } from '../scan/scanTypes';

/** The word of a section before its number: S / s (glued or spaced), s. / S. / Sec. / sec. / Sec / Section / section. */
// "sections 9 and 10 of the Crimes Ordinance": the plural before a list (hkOrdinance.ts; a list of a Chinese law's
// "sections" stays no citation, as the singular one of two numbers does).
export const SECTION_WORD = /^(?:[Ss]ections?|SECTIONS?|[Ss]ec\.?|[Ss]\.?)(?=[ \t]?\d{1,4}(?![\d.]))/;

// Rule (issue 14, heldout23 English: a news page translating a court's 依据《刑法》第二百六十条 as "according to Clause
// 260 of the Criminal Law"): translators also render 条 as "clause". A clause numbered and placed "of" a law of the
// corpus is that law's article, read as a section is above — one number, the law named right after it. "Clause 2 of
// Article 5" / "Article 5, Clause 2" stay a 款 of the article (read as a paragraph), and a clause of anything else
// ("Clause 14 of the Agreement", "Clause 3 of the contract", a bare "Clause 7") stays no citation.
export const CLAUSE_WORD = /^[Cc]lause(?=[ \t]\d{1,4}(?![\d.(]))/;

/** A section of a chapter, part or book after its number ("Section 2 of Chapter IV"): a 节, no article. */
export const SECTION_OF_PART = /^,?[ \t]+(?:of|in|under)[ \t]+(?:the[ \t]+)?(?:Chapter|Part|Book|Title|Sub-?chapter)\b/i;

const knownSets = new WeakMap<readonly string[], Set<string>>();

/** Whether a title head names a law of the corpus by its English title or a short name the document defines. */
export function namesKnownLaw(head: TitleHead, scope: EnglishScope): boolean {
  if (head.unknownName) return false;
  if (scope.defined.has(head.written)) return true;
  const titles = scope.matcher?.citedEnglishTitles ?? scope.matcher?.englishTitles;
  if (!titles) return false;
  let set = knownSets.get(titles);
  if (!set) {
    set = new Set(titles.map((t) => t.toLowerCase().replace(/’/g, "'")));
    knownSets.set(titles, set);
  }
  return set.has(head.written.toLowerCase().replace(/’/g, "'"));
}
