// Rule (issue 14, real-en23: a law firm's note on "the Trademark Law … (Trademark Law) 2001"): a law's English title
// named alone with the year of a version beside it — "the 2001 Trademark Law", "China's 2013 Trademark Law", "the
// Trademark Law 2001", "the Trademark Law (2001)", "The Trademark Law of the People's Republic of China (Trademark Law)
// 2001 added an Article …" — names that version, as the same year does in a citation ("Article 15 of the Trademark Law
// 2001", names/englishTitleAt.ts TITLE_LEAD and the scanner's VERSION_AFTER): the bare articles after it are that version's (a
// version held resolves; one the corpus lacks is unknown-regulation, analyze.ts unheldVersion), not the text in force.
// Only a year written against the title: "the"/"its"/the country's name before "YEAR Title"; nothing but a bracketed
// short name between "Title" and "YEAR". Not a date or a span ("in 2001", "2001-2005", "2001/12"), nor a number of
// another kind ("the Trademark Law 2001 cases" is still read so: a year is what a four-digit number there is).
// The year before the title may carry a possessive 's ("the 1990's Copyright Law", real-en24; names/englishTitleAt.ts TITLE_LEAD).

import { revisedInYearBefore } from './englishYearClause';

/** "the 2001 " right before a title: the year. */
const YEAR_BEFORE = /(?:^|[^\w'’])(?:[Tt]he|[Ii]ts|China['’]s|PRC['’]s|PRC|Chinese)[ \t]+((?:19[5-9]|20\d)\d)(?:['’]s)?[ \t]+(?:(?:PRC|Chinese)[ \t]+)?$/;

// Rule (issue 14, heldout25 English: a law firm's note — "… issued the Widget Law of the People's Republic of China
// (Revised 2014) (hereinafter referred to as the "New Widget Law") … the New Widget Law stipulates in Article 7 …"):
// a writer who gives a version a short name of its own labels the version in the bracket after the title, the year
// with the word of revision before or after it, as translators do — "(Revised 2014)", "(Revised in 2014)", "(Amended
// 2014)", "(2014 Revision)", "(2014 Amendment)" — and names that version as "(2014)" does: the short name, and the bare
// articles read by it, are that year's text (unknown-regulation when the corpus lacks it), not the text in force.
// Only where a short name is defined right after the bracket (englishDefinitions): a title named alone with such a
// bracket is mostly the point a new text is compared with ("… remain unchanged from the Widget Law (2021 Amendment),
// while Articles 300 and 301 are new"), the articles after it the new text's (real-enfirm17) — left as before.
// A bracket saying something else ("(Revised Draft)", "(for Trial Implementation)") names no year.
// "(Rev. 2017)" is "(2017)" abbreviated as the SPP's lists of relevant provisions write a version ("… Civil Procedure
// Law of the People's Republic of China (Rev. 2017)", heldout29 English): that year's text, named alone too — the
// word of revision abbreviated so names a version, never a comparison's point as "(2021 Amendment)" may.
/** " 2001", " (2001)", " (Rev. 2001)", " (Trademark Law) 2001" right after a title: the year. */
const YEAR_AFTER = /^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\((?:Rev\.[ \t]*)?((?:19[5-9]|20\d)\d)\)|((?:19[5-9]|20\d)\d)(?![\d/.,–-]\d|[ \t]*[-–][ \t]*\d|[ \t]+(?:to|through)[ \t]+\d))(?![\w])/;
/** " (Revised 2014)", " (2014 Revision)" right after a title, before the short name's bracket: the year. */
const REVISION_YEAR_AFTER = /^[ \t]*\((?:(?:[Rr]evised|[Aa]mended)(?:[ \t]+in)?[ \t]+((?:19[5-9]|20\d)\d)|((?:19[5-9]|20\d)\d)[ \t]+(?:[Rr]evision|[Aa]mendment|[Rr]evised|[Aa]mended))\)/;

/** The year of a version written beside an English title named alone at [start, end), or null. */
export function yearBesideTitle(text: string, start: number, end: number): number | null {
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (before) return +before[1];
  // "In 2010, the revised State Compensation Law …": the text that year's revision made (englishYearClause.ts).
  return revisedInYearBefore(text, start) ?? yearAfterTitle(text, end);
}

/**
 * The year written right after a title ending at `end` (or after its bracketed short name), or null; `defining`: a
 * short name is defined after it, so a bracket with the word of revision counts too (the rule above).
 */
export function yearAfterTitle(text: string, end: number, defining = false): number | null {
  const after = YEAR_AFTER.exec(text.substr(end, 56));
  if (after) return +(after[1] ?? after[2]);
  const revision = defining ? REVISION_YEAR_AFTER.exec(text.substr(end, 30)) : null;
  return revision ? +(revision[1] ?? revision[2]) : null;
}
