// Rule (round 33, f131-zh; heldout57-lawyer, a search site's snippet: 中华人民共和国土地管理法.62条, 第六十二条 农村村民一户
// 只能拥有一处宅基地…): an article cited, a comma, then the same article's label set off by a space from the article's own
// words — the page names the article and then prints it, label and all: the second label heads the printed words, a
// heading, not a second citation. A writer listing articles joins label to label (第六十二条、第六十三条); one who cites the
// same article twice goes on with a word about it (第62条，第六十二条规定…), never a space and the article's words.
import { parseNumeral } from '../../numerals';
import { SPACED_TEXT } from './stopSpacedLabel';
import { ARTICLE_NUMERAL_CHAR } from '../text';

/**
 * The article cited right before: its number (text.ts ARTICLE_NUMERAL_CHAR, up to 8 characters, as
 * titles/titleInterpretation.ts bounds it), 条, then the comma (spaces around it).
 */
const CITED_BEFORE = new RegExp(`(${ARTICLE_NUMERAL_CHAR}{1,8})条[ \\t\\u3000]*[,，][ \\t\\u3000]*$`);

/** Whether the label of article `n` at [p, end) repeats the article cited right before it and heads its printed words. */
export function citedThenPrinted(text: string, p: number, end: number, n: number): boolean {
  const m = CITED_BEFORE.exec(text.slice(Math.max(0, p - 16), p));
  return !!m && parseNumeral(m[1]) === n && SPACED_TEXT.test(text.slice(end, end + 16));
}
