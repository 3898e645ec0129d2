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

import { lineStartAt } from '../../text';

/** A run-in label after a stop or colon, glued to its words: the stop, the number, a capitalised word after it. */
const RUN_LABEL = /([.:;。：；])[ \t]*(?:Article|ARTICLE)[ \t]+(\d{1,4})[.:]?[ \t]+(?=["“]?[A-Z])/g;

/** A law word, capitalised, naming the law in the sentence before the colon. */
const LAW_WORD = /\b(?:Law|Code|Regulations?|Measures|Provisions|Rules|Interpretation|Decision)\b/;

/** Whether the run-in label at p (its "Article") belongs to articles a writer pasted after a sentence naming their law. */
export function pastedArticleLabelAt(text: string, p: number): boolean {
  const from = lineStartAt(text, p);
  RUN_LABEL.lastIndex = from;
  const first = RUN_LABEL.exec(text);
  if (!first || first.index >= p || first[1] !== ':' && first[1] !== '：') return false;
  if (+first[2] === 1) return false;
  // The sentence ending in the colon: from the last sentence end before it (or the line's start).
  const before = text.slice(from, first.index);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('。'));
  return LAW_WORD.test(before.slice(stop + 1));
}
