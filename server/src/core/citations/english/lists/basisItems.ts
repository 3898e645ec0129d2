// The items of an article a writer's basis sentence opens, printed below it (issue 14, English pages): "According to
// Article 46 of the Labor Contract Law, the employer shall pay economic compensation to the employee under any of the
// following circumstances:" ⏎ "1) The worker terminates the labor contract under Article 38 of this Law;" ⏎ "2) …".
// Q&A and explainer pages quote an article so: the basis ("According to", "Under", "Pursuant to", "In accordance
// with") opens the sentence, the article's own opening words follow the comma and end the line with a colon, and the
// article's items are printed below as the law numbers them. Those items are the cited law's text — "this Law" in
// them is that law (a writer's page never calls a law "this Law"), as under "Article 17 of the Marriage Law
// stipulates …:" (scanner.ts). Only the item lines right below (each opening with its number, none blank between): the
// writer's words after the list are the writer's again.

import { lineStartAt } from '../../text';
import { ITEM_LINE } from './numberedParagraphs';

/** A basis opening the line or a sentence right before the citation. */
const BASIS_OPENING = /(?:^|[.!?。]["”’)]?[ \t]+)(?:According[ \t]+to|Under|Pursuant[ \t]+to|In[ \t]+accordance[ \t]+with)[ \t]+$/i;

/** ", the employer shall pay … circumstances:" — one clause of the article's words, ending the line with a colon. */
const OPENING_WORDS = /^(?:[ \t]*\((?:PRC|P\.R\.C\.|China)\))?,[ \t]+[a-z][^\n]*[:：][ \t]*\r?$/;

/**
 * The span of the item lines below a basis sentence opening an article's list (the rule above), the citation over
 * [start, end); null when the sentence is not so or no item follows.
 */
export function basisItemsBelow(text: string, start: number, end: number): [number, number] | null {
  if (!BASIS_OPENING.test(text.slice(lineStartAt(text, start), start))) return null;
  const nl = text.indexOf('\n', end);
  if (nl === -1) return null;
  const rest = text.slice(end, nl);
  if (!OPENING_WORDS.test(rest) || /[.。!?;；](?=\s)/.test(rest)) return null;
  let to = -1;
  for (let q = nl + 1; q < text.length; ) {
    const e = text.indexOf('\n', q);
    const lineEnd = e === -1 ? text.length : e;
    if (!ITEM_LINE.test(text.slice(q, lineEnd).trim())) break;
    to = lineEnd;
    q = lineEnd + 1;
  }
  return to === -1 ? null : [nl + 1, to];
}
