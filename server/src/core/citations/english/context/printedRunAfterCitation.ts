// Rule (issue 14, heldout56-english p19; a machine-translated Q&A answer: "According to Article 50 of the Criminal
// Procedure Law of People's Republic of China (PRC), the people's courts … may … obtain a guarantor pending trial …" ⏎
// "Article 51 The people's courts … may release … under any of the following circumstances:" ⏎ "(a) …" ⏎ … ⏎
// "Article 56 A criminal suspect … shall abide by the following provisions:" ⏎ "(a) …" ⏎ … ⏎ "If a criminal suspect
// … violates the provisions of the preceding paragraph …"): a writer who cites one article of a law in the sentence
// opening a line — at its start or after a basis phrase ("According to", "Under") — and then pastes the next articles
// of that law under their headings, one after another, prints that law's text: "the preceding paragraph" under any of
// those headings is that law's. The headings must follow the citation's line directly (blank lines aside) and run
// upwards from the cited article's number to the heading read (the law's order); the lines between two headings are the
// upper one's text. A line of the writer's right after the citation (before any heading), a heading out of order, or
// a run longer than 6,000 characters ends it.

/** What may stand before the citation on its line: nothing, or a basis phrase. */
const LEAD = /^[ \t]*(?:(?:According[ \t]+to|Under|Pursuant[ \t]+to|In[ \t]+accordance[ \t]+with|As[ \t]+per|Per)[ \t]+)?$/i;

/** A printed heading opening its line: "Article 51 The people's courts …", "Article 56 A criminal suspect …". */
export const HEADING = /^Article[ \t]+(\d{1,4})[ \t]+[A-Z(“"]/;

/**
 * Whether the heading of article `article` whose line starts at `headingLine` is in a run of headings printed after
 * the citation of article `cited` starting at `citeAt` (the rule above).
 */
export function printedRunAfterCitation(text: string, citeAt: number, cited: number, article: number, headingLine: number): boolean {
  if (headingLine - citeAt > 6000 || cited >= article) return false;
  const lineStart = text.lastIndexOf('\n', citeAt - 1) + 1;
  if (!LEAD.test(text.slice(lineStart, citeAt))) return false;
  const nl = text.indexOf('\n', citeAt);
  if (nl === -1 || nl >= headingLine) return false;
  let last = cited;
  let headed = false;
  for (const raw of text.slice(nl + 1, headingLine).split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = HEADING.exec(line);
    if (m) {
      const n = Number(m[1]);
      if (n <= last || n >= article) return false;
      last = n;
      headed = true;
    } else if (!headed) return false;
  }
  return headed;
}
