// Rule (issue 14, fix-zh50, heldout36-gov p02; 权力清单 and penalty pages setting out the basis of a power, the penalty
// article first and under it the duty it points to: 1.《某某法》第六十四条第一款：“…违反本法第二十二条第三款…规定的…” ⏎⏎
// 第二十二条第三款：“网络产品、服务具有收集用户信息功能的…”): a label naming one 款 at a line's start, a colon and an opening
// quotation mark right after it, under a line (the nearest one with words, blank lines between) that cites that same
// article and 款, prints the words of the 款 the line above pointed to — the label heads the quotation, as the article's
// label does under a line ending with its citation (lawExcerpt.ts repeatsCitationAbove), and is no second citation.
// A writer's line stays a citation: the line above cites another article or the same article without that 款, words of
// the writer's follow the colon (第二十二条第三款：网络运营者…, no quotation mark), or 规定 stands before the colon
// (第二十二条第三款规定：“…”, not read here: the colon must follow the 款 right away).
import { NUMERAL_PATTERN, parseNumeral } from '../../numerals';
import { colonThenQuote, lineWithWordsAbove } from '../text';

/** A colon and an opening quotation mark right after the label, the straight " admitted (printed pages write it too). */
const COLON_QUOTE = colonThenQuote(true);
/** An article and its 款 cited on a line: 第二十二条第三款 (numbers in groups 1 and 2). */
const ARTICLE_PARAGRAPH = new RegExp(`第(${NUMERAL_PATTERN})条第(${NUMERAL_PATTERN})款`, 'g');
/** How many lines up (blank ones included) the citing line may stand. */
const REACH = 3;

/**
 * Whether the line-start label of article `n`'s 款 `paragraph` (its label at `labelStart`, ending at `labelEnd`) heads the
 * 款's words quoted after a colon, under a line citing that same 款 (the rule above).
 */
export function paragraphQuotedUnderCitation(text: string, labelStart: number, labelEnd: number, n: number, paragraph: number): boolean {
  if (!COLON_QUOTE.test(text.slice(labelEnd, labelEnd + 8))) return false;
  const line = lineWithWordsAbove(text, labelStart, REACH);
  if (line === null) return false;
  for (const m of line.matchAll(ARTICLE_PARAGRAPH)) if (parseNumeral(m[1]) === n && parseNumeral(m[2]) === paragraph) return true;
  return false;
}
