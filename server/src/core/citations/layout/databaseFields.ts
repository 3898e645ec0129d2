// Rule (issue 14, real-gov8; discretion tables and 权力清单 pasting from a law database): the line of a law's title
// keeps the database's columns after it — the issuing body, the date of the version, or both
// (《中华人民共和国税收征收管理法》 全国人民代表大会常务委员会 2015-04-24) — and the article the table relies on follows
// on the next line with its text. The line still names only that law, and the heading under it prints that law's
// article (lawExcerpt.ts, scanner.ts quotedHeading). Fields after a space only, up to the line's end: a sentence
// (《…》规定，…, 《…》 全国人民代表大会常务委员会决定…) keeps its words.

/** The issuing body (…委员会, …人民政府, 国务院, …部/局/院/厅/署/办公室/办公厅), then the date, each after a space. */
const FIELDS = /^(?:[ \t\u3000]+[\u4e00-\u9fff]{2,30}?(?:委员会|人民政府|国务院|部|局|院|厅|署|办公室|办公厅)(?=[ \t\u3000]|\r?\n|$))?(?:[ \t\u3000]+\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日|\.\d{1,2}\.\d{1,2}))?(?=[ \t\u3000]*(?:\r?\n|$))/;

/** The text after a title with a database's issuer and date fields at its start left out (unchanged without them). */
export function withoutDatabaseFields(afterTitle: string): string {
  const m = FIELDS.exec(afterTitle);
  return m && m[0] ? afterTitle.slice(m[0].length) : afterTitle;
}
