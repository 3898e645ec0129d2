// Rule (round 30, heldout54-court p04; a page listing the provisions a topic rests on, one after another, each quoted:
// 工伤保险条例：第十四条：“职工有下列情形之一的…” ⏎ 第十五条：“职工有下列情形之一的，视同工伤：…” ⏎ 第十六条：“…”): a label of one
// article at a line's start, a colon and an opening quotation mark right after it, whose quotation closes at the end of
// a line (nothing but a stop after the closing mark), prints that article's words — the label heads the provision
// printed, as a label set off by a space does, and is no citation — when the nearest line above with words ends a
// quotation (the provision printed before it) or is a caption ending with a colon (相关规定：, 法条链接：).
// A writer's line stays a citation: 第十五条规定：“…” (规定 before the colon), 第十五条：适用于… (no quotation mark), a
// quotation followed by the writer's words on its line (第十五条：“…”建议删除。, a comment on a draft's article), or a
// label under a line of the writer's own prose.
import { colonThenQuote, lineWithWordsAbove } from '../text';

/** A colon and an opening curly or corner mark right after the label (no straight ": its closing mark is found below). */
const COLON_QUOTE = colonThenQuote();
/** A closing mark, then at most a stop and spaces to the line's end. */
const CLOSE_AT_LINE_END = /^[”」』][。；;，,.]?[ \t\u3000]*(?:\r?\n|$)/;
/** A line above ending a quotation (its stop inside or after the mark), or a caption ending with a colon. */
const ENDS_PRINTED_OR_CAPTION = /(?:[”」』][。；;.]?|[：:])[ \t\u3000]*$/;
/** How far the quotation may run (a long article wrapped over lines). */
const REACH = 2000;

/** Whether the line-start article label ending at `labelEnd` (starting at `labelStart`) heads a quoted provision (above). */
export function quotedProvisionHeading(text: string, labelStart: number, labelEnd: number): boolean {
  const m = COLON_QUOTE.exec(text.slice(labelEnd, labelEnd + 8));
  if (!m) return false;
  const open = labelEnd + m[0].length - 1;
  const close = closingMark(text, open);
  if (close === -1 || !CLOSE_AT_LINE_END.test(text.slice(close, close + 8))) return false;
  const above = lineWithWordsAbove(text, labelStart);
  return above !== null && ENDS_PRINTED_OR_CAPTION.test(above);
}

/** Where the quotation opened at `open` closes (its own closing mark, nested ones skipped), or -1 within REACH. */
function closingMark(text: string, open: number): number {
  const o = text[open];
  const c = o === '“' ? '”' : o === '「' ? '」' : '』';
  let depth = 0;
  for (let k = open + 1; k < Math.min(text.length, open + REACH); k++) {
    if (text[k] === o) depth++;
    else if (text[k] === c) {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** What the rule needs of the citation or heading printed before the label: where its words end, and how it is read. */
interface PrintedBefore {
  head: { kind: string };
  lang: string;
  heading?: true;
  quotation?: { start: number; end: number };
  unmarked?: { start: number; end: number };
}

/**
 * Whether the label at `p` (ending at `labelEnd`) heads the next provision of the run the citation or heading `prev` printed
 * (its title's quoted article, 工伤保险条例：第十四条：“…”, or the heading before it): the label heads a quoted provision (the
 * rule above), and only blank lines, a stop or the printed words' last lines lie between the two — no title, no other
 * citation. Its words are then the same law's (本条例 in them is that law, as in the first).
 */
export function nextQuotedProvision(text: string, p: number, labelEnd: number, prev: PrintedBefore | null | undefined): boolean {
  if (!prev || prev.lang !== 'zh' || !(prev.heading || prev.head.kind === 'title')) return false;
  const end = prev.quotation?.end ?? prev.unmarked?.end;
  if (end === undefined || end > p || p - end > 40 || !/^[”」』。；;.\s\u3000]*$/.test(text.slice(end, p))) return false;
  return quotedProvisionHeading(text, p, labelEnd);
}
