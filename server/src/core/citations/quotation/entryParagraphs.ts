// Rule (issue 14, heldout31-gov p05; power lists and basis lists that reproduce a law's articles, each entry opening
// with its number at a line's start and its further paragraphs indented beneath it, as a list item's are:
// 1. 《某某法》第五十九条“……。⏎⏎    关键设施的运营者不履行本法第三十三条……。⏎⏎    第六十条“违反本法第二十二条……):
// an article reproduced over several indented paragraphs keeps its law until the quotation ends.
// - A quotation left open at the end of the entry's line goes on over the indented paragraphs under it (the article's
//   next 款): its 本法 there is the reproduced law, never the page's own.
// - A paragraph opening with an article's label stops it: there the writer reproduces the next article of the same law,
//   its label at the paragraph's start followed by its quoted words (    第六十条“违反本法…) — that article's heading,
//   no citation, and its words (本法) are the same law's.
// Only an entry set flush at the line's start and paragraphs indented under it: on a page indenting every paragraph (a
// judgment's 　　一、…), or after a line that opens no numbered entry, the quotation ends with its line as before; so it
// does at a paragraph not indented (the next entry, the writer's own words) or one numbered as the next entry.

import { ARTICLE_NUMERAL, lineStartAt } from '../text';

/** A list entry's number opening a line, not indented: 1. / 1、 / （1） / 一、. */
const ENTRY_OPENS = /^(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
/** The next paragraph after a line break, over blank lines, indented by two or more spaces: the indentation in group 1. */
const INDENTED_NEXT = /^\r?\n(?:[ \t\u3000\r]*\n)*([ \t\u3000]{2,})(?=\S)/;
/** What an indented paragraph may open with and still not go on with the quoted article: a label, or the next entry. */
const NOT_GOING_ON = new RegExp(`^(?:第${ARTICLE_NUMERAL}条|[0-9０-９]{1,2}[.．、])`);
/** Whether the line holding `p` opens a numbered list entry, or is an indented paragraph under one. */
function entryLine(text: string, p: number): boolean {
  const from = lineStartAt(text, p);
  const head = text.slice(from, from + 12);
  return ENTRY_OPENS.test(head) || /^[ \t\u3000]{2,}\S/.test(head);
}

/**
 * A quotation opened at `start` (inside its mark) and left open at the line break `nl`: where the entry's next
 * indented paragraph starts when the quotation goes on into it (the rule above), else -1.
 */
export function entryParagraphGoesOn(text: string, start: number, nl: number): number {
  const m = INDENTED_NEXT.exec(text.slice(nl, nl + 200));
  if (!m) return -1;
  const at = nl + m[0].length;
  if (NOT_GOING_ON.test(text.slice(at, at + 12))) return -1;
  const from = lineStartAt(text, start);
  return ENTRY_OPENS.test(text.slice(from, from + 12)) ? at : -1;
}

/**
 * Whether the label at `p` (article `n`, ending at `labelEnd`) opens the indented paragraph right after a quotation of an
 * article (`quoteStart`..`quoteEnd`, of `article`) that an entry reproduces, is a later article's, and is followed by its
 * quoted words: the heading of the next article reproduced (the rule above).
 */
export function nextArticleReproducedAt(text: string, p: number, labelEnd: number, n: number, quoteStart: number, quoteEnd: number, article: number): boolean {
  if (p <= quoteEnd || p - quoteEnd > 200 || n <= article) return false;
  const open = text[labelEnd];
  if (open !== '“' && open !== '「') return false;
  if (!/^[ \t\u3000\r]*\n(?:[ \t\u3000\r]*\n)*[ \t\u3000]{2,}$/.test(text.slice(quoteEnd, p))) return false;
  return entryLine(text, quoteStart);
}
