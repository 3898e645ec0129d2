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

import type { TitleHead } from '../scanTypes';
import type { EnglishScope } from '../scanTypes';
import { perList } from '../text';

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

/** The known English titles, lower-cased with plain apostrophes; made once per list. */
const knownSets = perList((titles) => new Set(titles.map((t) => t.toLowerCase().replace(/’/g, "'"))));

/** Whether a title head names a law of the corpus by its English title or a short name the document defines. */
export function namesKnownLaw(head: TitleHead, scope: EnglishScope): boolean {
  if (head.unknownName) return false;
  if (scope.defined.has(head.written)) return true;
  const titles = scope.matcher?.citedEnglishTitles ?? scope.matcher?.englishTitles;
  if (!titles) return false;
  return knownSets(titles).has(head.written.toLowerCase().replace(/’/g, "'"));
}

/**
 * Rule (issue 14, fix-en41; explainer pages locating an article in a Chinese law's chapters and sections): a section
 * placed in a chapter ("article 61, chapter 3, section 3 of the Civil Code", "Chapter IV, Section 2 of the Company
 * Law") or given its own caption after the law's title ("Section 1 of the Public Security Administration Punishment
 * Law of the People's Republic of China on Behaviors Disturbing Public Order") is the law's 节 — a Chinese law's
 * sections restart in each chapter and carry captions; its articles have neither — so no article. A section of the
 * law alone ("Section 38 of the Company Law", "s. 35 of the Company Law") stays its article (the rule above). `p` is
 * where the section word starts, `lawEnd` where the law's title after it ends.
 */
export function sectionIsPart(text: string, p: number, lawEnd: number): boolean {
  if (/\b(?:[Cc]hapter|CHAPTER)[ \t]+(?:\d{1,2}|[IVXL]{1,6}|[A-Z][a-z]+)[ \t]*,[ \t]*$/.test(text.slice(Math.max(0, p - 24), p))) return true;
  // The caption after the title: "on" and capitalised words, the title already complete ("… Law of the PRC on …").
  return /^(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:People['’]s[ \t]+Republic[ \t]+of[ \t]+China|PRC|P\.[ \t]?R\.[ \t]?C\.))?[ \t]+on[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|and|of|to|that|for|the|in)){1,}/.test(text.substr(lawEnd, 160))
    && /(?:Law|Code)$/.test(text.slice(Math.max(0, lawEnd - 4), lawEnd));
}

/**
 * The chapter and section an article is placed in, written between the article and its law: "article 61, chapter 3,
 * section 3 of the Civil Code", "Article 5, Chapter II of the Company Law" (the sectionIsPart rule: a Chinese law's
 * chapters and sections are no articles). The comma-set chapter (and its section) up to the space before "of".
 */
export const PLACED_IN_PARTS = /^,[ \t]*(?:[Cc]hapter|CHAPTER)[ \t]+(?:\d{1,2}|[IVXL]{1,6})(?:[ \t]*,[ \t]*(?:[Ss]ection|SECTION)[ \t]+(?:\d{1,2}|[IVXL]{1,6}))?(?=[ \t]+of[ \t])/;
