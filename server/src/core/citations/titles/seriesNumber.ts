/**
 * Rule (issue 14, struct100; one definition for the readers of interpretation names — caseKindName.ts,
 * appliedLawPartName.ts, interpretationNickname.ts, issuerPrefixedName.ts, titleInterpretation.ts, titles.ts): the
 * number of a series after a court interpretation's (or a 修正案's) kind word, as writers put it — in brackets
 * (劳动争议解释（一）, 公司法解释(十一)), bare (公司法解释三), after 之 as a series is numbered in speech (劳动争议解释之一,
 * 公司法司法解释之三), or in figures in brackets (担保解释(1), 公司法解释(3)) — names the text the court numbered so
 * （一）, （三）. Figures only one or two (a year in brackets, 规定(2020), is a version note, not a number of a series).
 * The corpus's titles write it in brackets (…的解释（一）): SERIES_IN_BRACKETS reads them, and their keys (ASCII brackets).
 */

const NUMERALS = '[一二三四五六七八九十]{1,3}';
const FIGURES = '[1-9１-９][0-9０-９]?';

/** The number in brackets, full- or half-width: （三）, (三), (3). A regex source, no groups. */
export const SERIES_IN_BRACKETS = `[（(](?:${NUMERALS}|${FIGURES})[)）]`;
/** The number without brackets, after 之 or not: 三, 之三. A regex source, no groups. */
export const SERIES_BARE = `之?${NUMERALS}`;
/** The number of a series as written, any of the forms above. A regex source, no groups. */
export const SERIES_NUMBER = `(?:${SERIES_IN_BRACKETS}|${SERIES_BARE})`;

const DIGITS = '零一二三四五六七八九';

/** The number a written series number (a SERIES_NUMBER match) stands for, in numerals as titles write it: 三 for （三）, 之三, (3). */
export function seriesNumber(written: string): string {
  const inner = written.replace(/^[（(]|[)）]$/g, '').replace(/^之/, '');
  if (!/^[0-9０-９]+$/.test(inner)) return inner;
  const n = Number(inner.normalize('NFKC'));
  const tens = Math.floor(n / 10);
  return (tens ? (tens > 1 ? DIGITS[tens] : '') + '十' : '') + (n % 10 ? DIGITS[n % 10] : '');
}

/** A written series number with 之 left off and figures in numerals, its brackets kept as written: 之三 → 三, (3) → (三). */
export function seriesInNumerals(written: string): string {
  const n = seriesNumber(written);
  return /^[（(]/.test(written) ? `${written[0]}${n}${written[written.length - 1]}` : n;
}
