// Rule (issue 14, real-en23: a law firm's note on "the Trademark Law … (Trademark Law) 2001"): a law's English title
// named alone with the year of a version beside it — "the 2001 Trademark Law", "China's 2013 Trademark Law", "the
// Trademark Law 2001", "the Trademark Law (2001)", "The Trademark Law of the People's Republic of China (Trademark Law)
// 2001 added an Article …" — names that version, as the same year does in a citation ("Article 15 of the Trademark Law
// 2001", english.ts TITLE_LEAD and the scanner's VERSION_AFTER): the bare articles after it are that version's (a
// version held resolves; one the corpus lacks is unknown-regulation, analyze.ts unheldVersion), not the text in force.
// Only a year written against the title: "the"/"its"/the country's name before "YEAR Title"; nothing but a bracketed
// short name between "Title" and "YEAR". Not a date or a span ("in 2001", "2001-2005", "2001/12"), nor a number of
// another kind ("the Trademark Law 2001 cases" is still read so: a year is what a four-digit number there is).
// The year before the title may carry a possessive 's ("the 1990's Copyright Law", real-en24; english.ts TITLE_LEAD).

/** "the 2001 " right before a title: the year. */
const YEAR_BEFORE = /(?:^|[^\w'’])(?:[Tt]he|[Ii]ts|China['’]s|PRC['’]s|PRC|Chinese)[ \t]+((?:19[5-9]|20\d)\d)(?:['’]s)?[ \t]+(?:(?:PRC|Chinese)[ \t]+)?$/;
/** " 2001", " (2001)", " (Trademark Law) 2001" right after a title: the year. */
const YEAR_AFTER = /^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:\(((?:19[5-9]|20\d)\d)\)|((?:19[5-9]|20\d)\d)(?![\d/.,–-]\d|[ \t]*[-–][ \t]*\d|[ \t]+(?:to|through)[ \t]+\d))(?![\w])/;

/** The year of a version written beside an English title named alone at [start, end), or null. */
export function yearBesideTitle(text: string, start: number, end: number): number | null {
  const before = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (before) return +before[1];
  return yearAfterTitle(text, end);
}

/** The year written right after a title ending at `end` (or after its bracketed short name), or null. */
export function yearAfterTitle(text: string, end: number): number | null {
  const after = YEAR_AFTER.exec(text.substr(end, 56));
  return after ? +(after[1] ?? after[2]) : null;
}
