// A wiki page's title or section line written in its markup (issue 14, heldout22 English: an encyclopedia page on one
// article of the Hong Kong Basic Law). MediaWiki text prints a heading between equal signs, as many on each side —
// "= Article 23 =", "== Article 45 ==" — and the text under it goes on "Article 23 is an article of …", naming the law.
// The rule the markup follows, read here: an article label alone between matching runs of "=" on its own line is the
// page's (or section's) heading naming its subject, no citation — as "Article 7" alone on its line above a paraphrase
// is (englishHeadings.ts headingAloneAt). The article is cited in the sentences below, where the writer names its law.
// Not a label with anything else between the marks ("== Article 23 of the Basic Law ==" names its law: a citation).

/** The whole line: "=" run, the label, the same "=" run, nothing else. */
const WIKI_TITLE = /^[ \t]*(={1,6})[ \t]*(?:Article|ARTICLE|Art\.)[ \t]*\d{1,4}[ \t]*\1[ \t]*(?=\r?\n|$)/;

/** Where the wiki title line holding the article label at p ends, when the label stands alone in one; -1 otherwise. */
export function wikiTitleLabelEnd(text: string, p: number): number {
  // Only "=" marks and blanks between the line's start and the label.
  let from = p;
  while (from > 0 && p - from <= 12 && text.charCodeAt(from - 1) !== 10) from--;
  if (from > 0 && text.charCodeAt(from - 1) !== 10) return -1;
  if (!/^[ \t]*=+[ \t]*$/.test(text.slice(from, p))) return -1;
  const m = WIKI_TITLE.exec(text.substr(from, 48));
  return m ? from + m[0].length : -1;
}
