// Rule (issue 14, fix-en82; heldout52 English, a note on punitive damages: "Article 1185 of the Tort Liability Chapter
// of the Civil Code, which came …"): writers place an article in its code's part named by its subject rather than its
// number — "the Tort Liability Chapter (Book, Part) of the Civil Code", "the General Provisions Part of the Criminal
// Law", "the Marriage and Family Book of the Civil Code" — as they place it in "Chapter 18 of Part III" (english.ts
// CHAPTER_BETWEEN). The part is no document: the article is the code's, named after it. Only capitalised words (and
// "and") before Chapter / Book / Part / Section, with "of" or "in" and a capitalised title after; a kind word among
// them ("the Interpretation on the Marriage and Family Book of …") makes it a document's title, left to the title rules.

/** ' of the <Subject> Chapter|Book|Part|Section' before ' of (the) <Capitalised title>' (the rule above). */
const NAMED_PART = /^,?[ \t]+(?:of|in|under)[ \t]+the[ \t]+((?:[A-Z][a-z]+[ \t]+(?:and[ \t]+)?){1,5})(?:Chapter|Book|Part|Section)(?=[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?[A-Z])/;
/** Kind words that make the words a document's title, not a part's subject. */
const KIND_WORD = /\b(?:Law|Code|Regulations?|Measures|Provisions|Rules|Interpretations?|Opinions|Decision|Notice|Constitution|Act)\b/;

/** The length of a named part between an article and its law at p (the rule above), or 0. */
export function namedPartBetween(text: string, p: number): number {
  const m = NAMED_PART.exec(text.substr(p, 90));
  // "General Provisions" names the codes' first part (总则), no document's kind.
  if (!m || KIND_WORD.test(m[1].replace(/\bGeneral[ \t]+Provisions\b/, ''))) return 0;
  return m[0].length;
}
