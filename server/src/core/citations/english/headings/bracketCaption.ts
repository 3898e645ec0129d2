// Rule (issue 14, fix-en52; heldout38 English, a firm's comparison table of the Security Law and the Civil Code, its
// cells printed one a line: "Security Law" ⏎ "Civil Code" ⏎ "Article 19 (Presumption where the mode of guarantee has
// not been stipulated or agreement is unclear)" ⏎ "When the parties have made no stipulation …"): a translation prints
// an article's caption in brackets after its label, as the Chinese prints 【…】 after 第十九条 — the label and its
// bracketed caption alone on the line head the article's text below, as the label alone does (englishHeadings.ts
// headingAloneAt). A caption is words opening with a capital, no law named at its end; "Article 17(4) Age limits" (a
// paragraph, the caption unbracketed) and "Article 19 (Civil Code)" (the law in brackets) are no such caption.

/** A bracketed caption after an article's label, filling the rest of its line: "(Presumption where …)". */
const BRACKET_CAPTION = /^[ \t]*[(（][A-Z][^()（）\r\n\d]{2,160}[)）][ \t]*(?=\r?\n)/;

/** A law's name or kind closing the bracket: the writer's pointer to whose article it is, no caption. */
const LAW_IN_BRACKETS = /\b(?:Law|Laws|Code|Regulations?|Measures|Provisions|Rules|Interpretations?|Constitution|Act)[ \t]*[)）]/;

/** The length of the bracketed caption after an article's label at `q` (to the line's end), or 0 when there is none. */
export function bracketCaptionLength(text: string, q: number): number {
  const m = BRACKET_CAPTION.exec(text.substr(q, 200));
  return m && !LAW_IN_BRACKETS.test(m[0]) ? m[0].length : 0;
}
