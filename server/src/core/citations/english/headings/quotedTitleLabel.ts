// Rule (issue 14, heldout53 english2 p21; a blog on private lending pastes an interpretation's article mid-paragraph:
// "… no excess will be adjudicated. "Provisions of the Supreme People's Court on Several Issues Concerning the
// Application of Law in the Trial of Private Lending Cases" Article 26 If the lender requests …" ⏎ "The "one-year loan
// market quoted interest rate" referred to in the preceding paragraph refers to …"): a title in quotes with the label
// glued after it ("Title" Article N, the English of 《…》第二十六条 heading a pasted article) and the article's words run
// on after the label — a condition or a binding sentence (readsAsStatute) — print that article, as the label opening
// its line does, even where it opens a sentence of the writer's paragraph: no writer's sentence goes on "If the lender
// …" after a label. Its next paragraphs below are its text too, and "the preceding paragraph" there is its paragraph.
// A writer's sentence after such a label has a verb of its own ("… Article 26 stipulates that …") and stays prose.

/** A title in quotes and its article label right after it: the citation's whole text. */
const QUOTED_TITLE_LABEL = /^["“][^"“”\n]{8,300}["”][ \t]*Article[ \t]+\d{1,4}$/;

/**
 * Whether the citation from `start` to `end` is a quoted title with its label glued after it; the caller
 * (englishHeadings.ts) asks whether the words run on after it read as the article's (readsAsStatute).
 */
export function quotedTitleLabel(text: string, start: number, end: number): boolean {
  return QUOTED_TITLE_LABEL.test(text.slice(start, end));
}
