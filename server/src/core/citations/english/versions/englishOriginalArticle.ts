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

// Rule (issue 14, fix-en40; notes on a law's latest revision: "The 2023 revision deleted the prior version of Article 4
// of the Company Law", "When the Company Law was revised, the former Article 4 was moved to Article 5", "Under the
// amended Company Law, Article 15 replaces Article 16 of the previous Company Law"): so are "the prior / previous /
// earlier version (text, wording) of Article N", "the prior / previous / pre-amendment Article N", and an article of
// "the previous / former / old / prior / pre-amendment X Law" — the text the sentence's amendment changed. With no year
// named, it is the text before the law's latest revision at the document's date (the version before the one in force
// then: as 旧 / 原 before a Chinese title, titles/versionWord.ts); when the corpus holds none before it, a text the
// corpus lacks (unknown-regulation, the diagnostic naming the version, as corpus/namedVersion.ts does for a version
// named by its year). Only in a sentence that speaks of the amendment (amended, revised, amendment, revision, before
// or after the label): "the former Article 4 of the Company Law is cited in an old contract" and "Article 16 of the
// old Company Law provides …" are read as before.

import { sentenceClose, sentenceOpen } from '../text/sentence';

/** "the original " / "the former " / "the old " right before the label (also "prior", "previous", "pre-amendment"). */
const ORIGINAL_BEFORE = /\b(?:the|its)[ \t]+(?:original|former|old|prior|previous|pre-amendment)[ \t]+$/i;
/** "the prior version of " / "the previous text of " / "the earlier wording of " right before the label. */
// "the original version of the 76th article of the law" (fix-f141-en2): an ordinal article keeps its "the" after "of".
const VERSION_OF_BEFORE = /\b(?:the|its)[ \t]+(?:original|former|old|prior|previous|earlier|pre-amendment)[ \t]+(?:version|text|wording)[ \t]+of[ \t]+(?:the[ \t]+)?$/i;
/** A version word right before a law's title ("of the previous Company Law"). */
const FORMER_TITLE_WORD = /\b(?:former|old|prior|previous|pre-amendment)[ \t]+$/i;
// Rule (issue 14, heldout37-english p13; a firm's note on an amendment decision: "The Decision deletes the original
// requirement that “any unit or individual who needs to use a land … state-owned land” under Article 43 of the Land
// Administration Law and provides that …"): "the original / previous / former" before the provision's noun
// (requirement, provision, rule, wording …), the provision then placed in its article ("under / in / of Article N"),
// names the text before the amendment, as "the prior version of Article 4" does — the same reading, in a sentence
// that speaks of the change (amending words, or deletes / removes / replaces / modifies: a decision's own verbs).
// "the original requirement" with no change spoken of ("the original requirement of Article 5 still applies" in a
// guide) is read as before.

/** "the original requirement that “…” under " before the label: a version word, the provision's noun, its words, a link. */
const ORIGINAL_NOUN_BEFORE = /\b(?:the|its)[ \t]+(?:original|former|old|prior|previous|pre-amendment)[ \t]+(?:requirements?|provisions?|rules?|stipulations?|wording|text|language|clauses?|restrictions?|prohibitions?|conditions?)\b[^.;!?\n]{0,220}?[ \t](?:under|in|of|by)[ \t]+$/i;
/** A word of changing a text (the noun-led form above): amending words, or a decision's own verbs. */
const CHANGING = /\b(?:amend(?:ed|ment|ments|ing|s)?|revis(?:ed|ion|ions|ing|e|es)|delet(?:e|es|ed|ing|ion)|remov(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|modif(?:y|ies|ied|ying|ication))\b/i;

/** A stop of an amendment's sentence: a full stop, "!", "?", a semicolon or a line break, nothing needed after it. */
const AMENDMENT_SENTENCE_STOP = /[.!?;\n]/g;

/** A word of amending anywhere in a sentence. */
const AMENDING = /\b(?:amend(?:ed|ment|ments|ing)?|revis(?:ed|ion|ions|ing|e))\b/i;

/** A word of amending, then the year the amendment was made, in the same sentence. */
const AMENDED_IN = /\b(?:amended|revised|amendment|revision)\b[^.;!?\n]{0,40}?\b((?:19|20)\d\d)\b|\b((?:19|20)\d\d)[ \t]+(?:amendment|revision)\b/gi;

/** The year of the amendment the sentence holding "the original Article N" at `start` reports (the rule above), or null. */
export function originalArticleAmendedIn(text: string, start: number): number | null {
  const label = text.slice(Math.max(0, start - 40), start);
  if (!ORIGINAL_BEFORE.test(label) && !VERSION_OF_BEFORE.test(label)) return null;
  // The sentence so far: back to a stop (a page may drop the space after it, "… cases.The Civil procedure Law …").
  const sentence = text.slice(sentenceOpen(text, Math.max(0, start - 300), start, AMENDMENT_SENTENCE_STOP), start);
  let year: number | null = null;
  AMENDED_IN.lastIndex = 0;
  for (let m = AMENDED_IN.exec(sentence); m; m = AMENDED_IN.exec(sentence)) year = +(m[1] ?? m[2]);
  return year;
}

/** Which earlier text a citation names (the rules above): the text before the amendment of `year`, or before the latest. */
export type FormerText = { year: number } | { latest: true };

/**
 * The earlier text the citation from `start` to `end` names (the rules above): its label after "the original / former /
 * prior …" or "the prior version of", or its title (from `titleStart`) after "the previous / former / old …", in a
 * sentence about an amendment — the year that sentence gives before the label, else the latest revision. Null when
 * the citation names the law as it is read otherwise.
 */
export function formerTextCited(text: string, start: number, end: number, titleStart?: number): FormerText | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const labelled = ORIGINAL_BEFORE.test(before) || VERSION_OF_BEFORE.test(before);
  const titled = titleStart !== undefined && titleStart > start && FORMER_TITLE_WORD.test(text.slice(Math.max(0, titleStart - 20), titleStart));
  const nounLed = !labelled && !titled && ORIGINAL_NOUN_BEFORE.test(text.slice(Math.max(0, start - 280), start));
  if (nounLed) return CHANGING.test(sentenceAround(text, start, end)) ? { latest: true } : null;
  if (!labelled && !titled) return null;
  const year = labelled ? originalArticleAmendedIn(text, start) : null;
  if (year !== null) return { year };
  return AMENDING.test(sentenceAround(text, start, end)) ? { latest: true } : null;
}

/** The sentence holding [start, end): back to a stop and on to the next one (300 characters each way at most). */
function sentenceAround(text: string, start: number, end: number): string {
  const open = sentenceOpen(text, Math.max(0, start - 300), start, AMENDMENT_SENTENCE_STOP);
  const close = sentenceClose(text, end, end + 300, AMENDMENT_SENTENCE_STOP);
  return text.slice(open, start) + text.slice(start, end) + text.slice(end, close);
}
