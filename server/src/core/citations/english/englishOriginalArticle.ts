// Rule (issue 14 form 7, heldout31-english; an academic abstract on public-interest suits: "The Civil procedure Law was
// amended in 2017, adding paragraph 2 on the basis of the original Article 55, giving procuratorial organs …"): "the
// original Article N" (原第N条) in a sentence reporting an amendment made in a year is the article of the text before
// that amendment — the text in force through the year before it (namedVersion.ts, the year alone) — not the article
// numbered so today; held, it resolves, not held, the citation is of a text the corpus lacks (unknown-regulation). And
// it is never an article of no text: with no law read in context the writer still names one (that law as it stood),
// which the corpus cannot be asked for — unknown-regulation, not no-context with every law's article as a candidate.
// Only "the original", "the former" or "the old" right before the label (an amendment's words for the text it changed),
// and only when the sentence before the label says the law was amended or revised (amended, revised, amendment,
// revision) and names the year; "the original Article 5" elsewhere is read as before.

/** "the original " / "the former " / "the old " right before the label. */
const ORIGINAL_BEFORE = /\b(?:the|its)[ \t]+(?:original|former|old)[ \t]+$/i;

/** A word of amending, then the year the amendment was made, in the same sentence. */
const AMENDED_IN = /\b(?:amended|revised|amendment|revision)\b[^.;!?\n]{0,40}?\b((?:19|20)\d\d)\b|\b((?:19|20)\d\d)[ \t]+(?:amendment|revision)\b/gi;

/** The year of the amendment the sentence holding "the original Article N" at `start` reports (the rule above), or null. */
export function originalArticleAmendedIn(text: string, start: number): number | null {
  if (!ORIGINAL_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return null;
  // The sentence so far: back to a stop (a page may drop the space after it, "… cases.The Civil procedure Law …").
  const before = text.slice(Math.max(0, start - 300), start);
  const sentence = before.slice(before.search(/[^.!?;\n]*$/));
  let year: number | null = null;
  AMENDED_IN.lastIndex = 0;
  for (let m = AMENDED_IN.exec(sentence); m; m = AMENDED_IN.exec(sentence)) year = +(m[1] ?? m[2]);
  return year;
}
