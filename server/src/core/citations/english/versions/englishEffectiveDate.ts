// Rule (issue 14, heldout30-english; a law firm's note on trade secrets: 'first introduced through the Article 10 of the
// “Anti-Unfair Competition Law of China” (effective Dec. 1, 1993)'): a bracket right after a law's title giving the
// date it took effect — "(effective Dec. 1, 1993)", "(effective as of January 1, 2021)", "(in force since 1 July
// 2014)", "(entered into force on 2008-01-01)", "(effective 1995)" — names the text that took effect then, as "the 2018
// Company Law" names a version: that text (a version taking effect that year, namedVersion.ts; unknown-regulation when
// the corpus lacks it), not the text in force today. Only a bracket holding the effect words and the date and nothing
// else: "(effective Dec. 1, 1993; amended 2019)" tells a history and is left as before.

/** A month's English name or its abbreviation. */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A year (captured). */
const YEAR = '((?:19[5-9]|20\\d)\\d)';
/** A day's date as English writes it: "Dec. 1, 1993", "1 October 2025", "2008-01-01"; its year captured. */
export const ENGLISH_FULL_DATE = `(?:${MONTH}[ \\t]+\\d{1,2},?[ \\t]+${YEAR}|\\d{1,2}[ \\t]+${MONTH},?[ \\t]+${YEAR}|${YEAR}[-/.]\\d{1,2}[-/.]\\d{1,2})`;
/** A day's date, a month's or a year alone. */
const DATE = `(?:${ENGLISH_FULL_DATE}|${MONTH}[ \\t]+${YEAR}|${YEAR})`;
const EFFECT = '(?:[Ee]ffective|[Ii]n[ \\t]+(?:force|effect)|[Ee]ntered[ \\t]+into[ \\t]+(?:force|effect)|[Cc]ame[ \\t]+into[ \\t]+(?:force|effect)|[Tt]ook[ \\t]+effect|[Ii]mplemented)';
const EFFECTIVE_AFTER = new RegExp(`^[ \\t]*[(（][ \\t]*${EFFECT}(?:[ \\t]+(?:on|from|since|as[ \\t]+of))?[ \\t]+${DATE}[ \\t]*[)）]`);

/** The year of the text a bracket after a title ending at `end` says took effect (the rule above), or null. */
export function effectiveYearAfter(text: string, end: number): number | null {
  if (text[end] !== '(' && text[end] !== '（' && text[end + 1] !== '(' && text[end + 1] !== '（') return null;
  const m = EFFECTIVE_AFTER.exec(text.substr(end, 60));
  if (!m) return null;
  const y = m.slice(1).find((x) => x !== undefined);
  return y ? +y : null;
}
