// Rule (issue 14, round 34 decision, c140; explainers and machine-translated Q&A: "Under China's Labor Contract Law,
// Article 82 requires … . Courts have applied this article narrowly. That provision, however, is capped …"; "… Article 47
// of the Labor Contract Law … . Many employers calculate it wrongly. The said Article also caps …"): "That provision",
// "the said provision" and "the said Article" — the English of 该条 — are the last article cited before them in the
// same paragraph, also more than one sentence back, unless another article was cited in between (then the latest:
// the scanner's articleBefore finds that one). A blank line (a new paragraph of prose) ends the reach. "This provision"
// and "this article" keep their own, shorter reach (englishThisArticle.ts); "that provision of the contract" and the
// like, a provision named by what follows, are no anaphor (the anchor's lookahead).

/** The anaphors of this rule, as the scanner anchors them. */
export const SAID_ANAPHOR = /^(?:[Tt]he[ \t]+said[ \t]+(?:[Aa]rticle|ARTICLE|provision)|[Tt]hat[ \t]+provision)$/;

// A remark on the provision's form right after it ("That provision has a single paragraph and says nothing about …",
// "That provision does not have a paragraph 2") is the writer checking a citation, as 该条不分款 / 该条只有一款 are — the
// 该条 rule reads 该条 only before words about what a provision says (scanner.ts SELF_ANCHOR), and eval-dev's gold leaves
// that sentence of draft 07 out. So "That provision" before has / contains / consists of + a count or "no" + paragraph(s)
// / item(s), or before "does not have", is no anaphor.
const STRUCTURE_REMARK = /[ \t]+(?:only[ \t]+)?(?:(?:has|contains|consists[ \t]+of)[ \t]+(?:only[ \t]+)?(?:a[ \t]+single|a|one|two|three|four|five|no|\d+)[ \t]+(?:separate[ \t]+)?(?:paragraphs?|items?|clauses?|sub-?paragraphs?)\b|(?:does[ \t]+not|doesn't)[ \t]+have\b)/;

/** "That provision" / "the said provision": the anchor's words (no "of …" after them, no remark on its form). */
export const SAID_PROVISION_ANCHOR = new RegExp(
  /\b(?:[Tt]hat|[Tt]he[ \t]+said)[ \t]+provision\b(?![ \t]*(?:\d|\(|-|of\b|in\b|under\b))/.source + `(?!${STRUCTURE_REMARK.source})`,
);

/** Whether the said anaphor at `p` reaches back to an article cited ending at `refEnd`: the same paragraph, 3,000 characters at most. */
export function saidReachesBack(text: string, refEnd: number, p: number): boolean {
  return refEnd >= 0 && p - refEnd <= 3000 && !/\n[ \t]*\r?\n/.test(text.slice(refEnd, p));
}
