// Rule (issue 14, fix-en60; a page reprinting the Civil Code's articles one per label, each label alone on its line
// with the number spelled out, as a machine translating 第九百三十八条 writes it: "Article 937 of the Civil Code" ⏎ …
// ⏎ "Article nine hundred and thirty-eight" ⏎ "The contents of the realty service contract generally include …"): a
// label spelled in words heads the article's text below it exactly as "Article 938" alone on its line does
// (englishHeadings.ts headingAloneAt reads the rest: the text below, its words, no sentence about the article). The
// label must fill its line: a spelled number in running text ("under Article nine of the Law", "Article nine hundred
// and forty provides …") goes on into the writer's sentence and stays a citation; the label run on into its text
// ("Article nine hundred and forty A property management contract is …") is englishRunIn.ts's run-in heading.

import { spelledNumberAt } from '../englishOrdinalWords';
import { splitLabelAlone } from './splitNumberLabel';

/**
 * "Article nine hundred and thirty-eight" (a full stop or colon allowed after it) filling its line from p: the label
 * and the number as headingAloneAt reads a label in digits — `[label, number]` — else null.
 */
export function spelledLabelAlone(text: string, p: number): [string, string] | null {
  const word = /^(?:Article|ARTICLE)[ \t]+/.exec(text.substr(p, 12));
  if (!word) return null;
  const w = spelledNumberAt(text, p + word[0].length);
  if (!w || w.start !== p + word[0].length) return null;
  const rest = /^[ \t]*[:.：]?[ \t]*(?=\r?\n)/.exec(text.substr(w.end, 8));
  return rest ? [text.slice(p, w.end + rest[0].length), String(w.n)] : null;
}

/** The number of an English heading label from p to `end`, in digits, split or spelled ("Article 938", "Article 9 38", "Article nine …"). */
export function headingLabelNumber(text: string, p: number, end: number): number {
  // "Article 10 19": the digits a PDF split, read together (splitNumberLabel.ts).
  const split = splitLabelAlone(text, p);
  if (split && p + split[0].length === end) return +split[1];
  const digits = /\d+/.exec(text.slice(p, end));
  if (digits) return +digits[0];
  const spelled = spelledLabelAlone(text, p);
  return spelled ? +spelled[1] : NaN;
}
