// Rule (round 32, f121-en2; heldout56 English, a machine-translated encyclopedia answer printing the Civil Code's
// articles under "legal ground": "Article 10 18 of the Civil Code." ⏎ its text ⏎ "Article 10 19" ⏎ "No organization
// or individual may …"): a PDF or a machine that split an article's digits ("10 18" for 1018) splits its heading's
// label too. Such a label alone on its line, the article's words below it, heads those words as "Article 1019" alone
// does (englishHeadings.ts headingAloneAt checks the line below: a sentence of the article's, not the writer's words
// about it) — never a citation of the first digits' article ("Article 10"). Only the label filling its line: the split
// number run on into a sentence ("Article 10 18 of the Civil Code", "Article 44 1 of the Labor Law") is a citation,
// read by binding/spacedArticle.ts.

/**
 * "Article 10 19" (a full stop or colon allowed after it) filling its line from p: the label and the number its digits
 * make together, `[label, number]` as headingAloneAt reads a label — else null.
 */
export function splitLabelAlone(text: string, p: number): [string, string] | null {
  const m = /^(?:Article|ARTICLE)[ \t]+(\d{1,3})[ \t]+(\d{1,3})[ \t]*[:.：]?[ \t]*(?=\r?\n)/.exec(text.substr(p, 28));
  if (!m || m[1].length + m[2].length > 4) return null;
  return [m[0], `${m[1]}${m[2]}`];
}
