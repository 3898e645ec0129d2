// Decision (round 32 coordinator, heldout56-english p13; an article-by-article commentary on Civil Code Article 1064,
// its history section: "Article 24 of the original Marriage Law of 1950 stipulates that: "At the time of divorce, …
// shall be repaid by the man himself. This article defines the criteria for determining the joint debts …"):
// "This article" opening the sentence right after an article's quoted words is that quoted article — as 本条 after a
// quoted article is in Chinese commentaries (discussedArticle.ts) — even on a page headed by another provision
// (headedProvision.ts), whose reading otherwise skips the article of a replaced law. The quotation may be closed
// ('… stipulates that: "…." This article …') or left open by the page (its closing mark lost), the sentence opening
// after a full stop in it. Not when the sentence relates "this article" to the quoted one as the newer text built on
// it ("This article has been improved on its basis", "inherits", "revised", "compared with …"): that is the headed
// provision, as before.

/** The citation's words up to the quotation: a verb of stating, then "that" or a colon, then the opening mark. */
const STATES_QUOTED = /^[^\n"“”]{0,60}?\b(?:stipulates|stipulated|provides|provided|states|stated|reads|read|prescribes|prescribed)\b[^\n"“”]{0,20}?["“]/;

/** The sentence relating "this article" to the quoted one as its successor. */
const SUCCESSOR_WORDS = /\b(?:on[ \t]+(?:its|the[ \t]+same|this|that)[ \t]+basis|on[ \t]+the[ \t]+basis[ \t]+of|inherit\w*|improv\w*|revis\w*|amend\w*|modif\w*|replac\w*|develop\w*|retain\w*|compared[ \t]+(?:with|to)|than[ \t]+the[ \t]+(?:original|former|old))\b/i;

/**
 * Whether "This article" at [p, end) opens the sentence right after the quoted words of the article cited at
 * [refStart, refEnd) (the decision above).
 */
export function thisArticleAfterQuotedArticle(text: string, refStart: number, refEnd: number, p: number, end: number): boolean {
  if (refStart < 0 || p - refEnd > 1500 || !/^This[ \t]/.test(text.slice(p, end))) return false;
  const stated = STATES_QUOTED.exec(text.slice(refEnd, refEnd + 120));
  if (!stated) return false;
  const quoteFrom = refEnd + stated[0].length;
  const between = text.slice(quoteFrom, p);
  if (/\n/.test(between)) return false;
  // The sentence of "This article" opens right after a stop (the quotation's last sentence, or its closing mark).
  if (!/[.!?。]["”’]?[ \t]+$/.test(between)) return false;
  // No second quotation opened after the first closed: "This article" follows the quoted words themselves.
  const closeAt = between.search(/["”]/);
  if (closeAt !== -1 && /["“]/.test(between.slice(closeAt + 1).replace(/[ \t]+$/, '').replace(/["”’]$/, ''))) return false;
  const stop = /[.!?](?:\s|$)|\n/.exec(text.slice(end, end + 400));
  const sentence = text.slice(end, stop ? end + stop.index : end + 400);
  return !SUCCESSOR_WORDS.test(sentence);
}
