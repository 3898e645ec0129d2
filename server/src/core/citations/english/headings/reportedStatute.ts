// How far an article's words reported after "Article N of the X Law stipulates that …" run (issue 14, English pages).
// Q&A and explainer pages report an article in the writer's sentence and then go on with its next sentences and
// paragraphs, unquoted: "Article 122 of the Food Safety Law stipulates that whoever produces food without a licence
// shall be fined …. If the value is less than …, a fine of … shall be imposed. Whoever knowingly provides premises
// for the acts in the preceding paragraph shall …" — and, a paragraph on its own line below, "If a unit commits the
// crime in the preceding paragraph, it shall be fined …". The reader takes those as the article's too: the sentences
// after the reported one on its line while each reads as statute text (a condition, or a sentence of shall/must —
// englishHeadings.ts readsAsStatute), and below the line, when the report runs to its end, the paragraphs that refer
// to the one before and read as statute text (前款 is said in a law's text; a writer says "As the preceding paragraph
// shows"), as statuteTextEnd takes an article's next paragraph. The writer's own sentence ends the reported text.

import { opensOnPreceding, PRECEDING_UNIT, readsAsStatute } from './englishHeadings';
import { ITEM_LINE } from '../lists/numberedParagraphs';
import { endsWithColon } from '../../text';

// Rule (issue 14, heldout25 English: 'Article 577 of the Civil Code of China provides that “Where a party fails …, he
// shall bear default liability ….” This article lists default liabilities, …'): words reported in quotation marks end
// where the marks close — the quotation is the article's text, what follows the closing mark the writer's own sentence
// (its "this article" the writer's mention of the article), however much it reads like a law.
//
// Where the reported words do not open with a quotation mark, the sentences are read one by one:
// Rule (issue 14, heldout25 English: an academic page — "Article 577 of the Civil Code provides that “Where a party
// fails to perform …, he shall bear default liability ….” This article lists the remedies …"): a sentence also ends at
// a full stop the writer set inside the closing quotation mark, American style, a space after the mark — the quoted
// words end with it, and what follows is the writer's next sentence, read as above (statute text or not), not more of
// the quotation. Before, only a stop followed by a space ended a sentence, so "This article …" after such a quotation
// was read as the article's own words and not as the writer's mention of it.
/** A sentence's end: a full stop (inside a closing quotation mark too), then a space or the line's end. */
const SENTENCE_STOP = /[.。][”"’]?(?=\s|$)/;

/** Where the article's words reported from `from` (right after "stipulates that") end, by the rule above. */
export function reportedTextEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const lineEnd = nl === -1 ? text.length : nl;
  const open = /^[ \t]*([“"])/.exec(text.substr(from, 4));
  const close = open ? text.indexOf(open[1] === '"' ? '"' : '”', from + open[0].length) : -1;
  if (close !== -1 && close < lineEnd) return close;
  for (let q = from; ; ) {
    const stop = SENTENCE_STOP.exec(text.slice(q, lineEnd));
    if (!stop) return endsWithColon(text, q, lineEnd) ? itemsAndParagraphsBelow(text, lineEnd) : lineEnd;
    const next = q + stop.index + stop[0].length;
    const rest = text.slice(next, lineEnd).trim();
    if (rest === '') return paragraphsReferringBelow(text, lineEnd) ?? q + stop.index;
    if (!readsAsStatute(rest) && !opensOnPreceding(rest)) return q + stop.index;
    q = next;
  }
}

/**
 * A reported sentence ending its line with a colon opens the article's list ("… refers to the following activities:"):
 * the item lines right below ("(1) …", "(three) …" as machine translations number them) are the article's text, and
 * the paragraphs after them that refer to the one before ("The … mentioned in the preceding paragraph refers to …").
 */
function itemsAndParagraphsBelow(text: string, lineEnd: number): number {
  let to = lineEnd;
  for (let k = 0; k < 40 && to < text.length; k++) {
    const m = /^\r?\n(?:[ \t]*\r?\n)?([^\n]*)/.exec(text.slice(to, to + 4000));
    const line = m?.[1].replace(/\r$/, '').trim() ?? '';
    if (!m || !(ITEM_LINE.test(line) || ITEM_WORD.test(line))) break;
    to = to + m[0].length - m[1].length + m[1].replace(/\r$/, '').length;
  }
  return to === lineEnd ? lineEnd : paragraphsReferringBelow(text, to) ?? to;
}

/** An item numbered in words, as machine translations print （三）: "(three) …". */
const ITEM_WORD = /^\((?:one|two|three|four|five|six|seven|eight|nine|ten)\)/i;

/** The end of the paragraphs right below `lineEnd` (one blank line at most before each) that refer to the one before. */
function paragraphsReferringBelow(text: string, lineEnd: number): number | null {
  let to: number | null = null;
  for (let q = lineEnd, k = 0; k < 20 && q < text.length; k++) {
    const m = /^\r?\n(?:[ \t]*\r?\n)?([^\n]*)/.exec(text.slice(q, q + 4000));
    const line = m?.[1].replace(/\r$/, '').trim() ?? '';
    if (!m || !PRECEDING_UNIT.test(line) || !(readsAsStatute(line) || opensOnPreceding(line))) break;
    to = q = q + m[0].length - m[1].length + m[1].replace(/\r$/, '').length;
  }
  return to;
}
