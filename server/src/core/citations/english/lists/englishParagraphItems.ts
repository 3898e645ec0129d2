// Rule (issue 14 forms 4 and 5, heldout29-english: a machine-translated Q&A quoting Criminal Law Article 133-1, "…
// directly responsible for the acts mentioned in the third and fourth paragraphs of the preceding paragraph shall be
// punished …"): a machine renders 项 as "paragraph" as it renders 款, so 前款第三项、第四项 comes out "the third and
// fourth paragraphs of the preceding paragraph". A paragraph has no paragraphs of its own: ordinal "paragraphs" placed
// "of the preceding paragraph" or "of paragraph 2" are that paragraph's items (the outer level said by its own word).
// Only ordinals so placed; "the first paragraph of Article 26" and "the first and second paragraphs" alone stay
// paragraphs.

/** After ordinal "paragraphs" ending at `end`: the paragraph they are placed in, which makes them its items. */
const OUTER_PARAGRAPH = /^\s+of\s+(?:the\s+(?:preceding|previous|foregoing)\s+paragraph\b|paragraph\s+\d)/i;

/** Whether ordinal "paragraphs" (no digits written) ending at `end` are items of the paragraph named after them. */
export function paragraphsHoldItems(text: string, end: number): boolean {
  return OUTER_PARAGRAPH.test(text.substr(end, 40));
}
