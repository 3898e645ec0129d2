// Rule (round 31, forms-en110; translators, law firms and machine translation writing the Civil Code's articles with
// a thousands separator: "Article 1,165 of the Civil Code", "Articles 1,165 and 1,166"): a digit, a comma and exactly
// three digits glued to it, no further digit, comma or decimal after, is one number — 1165 — not a list of two. Lists
// are written with a space after their commas ("Articles 10, 12"), so a glued comma before three digits is the
// separator; "1,2" or "10,12" (fewer or other digits) stay as they were.

/** The separated number's source, for the readers of English units (englishUnitList.ts EN_NUM). */
export const THOUSANDS_SOURCE = '[1-9],\\d{3}(?!\\d)(?![.,]\\d)';

/** The value of digits as written, with or without the separator ("1,165" → 1165). */
export function digitsValue(written: string): number {
  return +written.replace(/,/g, '');
}
