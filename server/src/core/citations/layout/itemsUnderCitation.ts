// Rule (issue 14, real-gov8; Q&A pages, mind maps and penalty guides): under a line that cites a law, its items are
// listed one per line — （一）发布有本法第九条、第十条规定的禁止情形的广告的；（二）违反本法第十五条规定… — copied from the
// law without quotation marks. The items are the law's words, so its 本法 is that law, as in the sentence that cites it
// (analyze.ts paraphrasedLaw). Only lines that each open with an item's number ((一), （二）, 1., 2、) run on from the
// citing line; any other line (a heading, prose, a table row) ends the run.

/**
 * A line that is an item of the 款 above it: （一）, (1), 1., 1、 at its start. Also (—): rule (issue 14, real-gov8;
 * penalty standards converted from scans) — a dash printed for 一 ((—)建筑工程的消防设计未经审核…, 之—的) is still the first
 * item's number, so its line is no new 款 of a quoted article.
 */
export const ITEM_LINE_START = /^[ \t\u3000]*(?:[（(](?:[一二三四五六七八九十\d]{1,3}|—)[)）]|\d{1,2}[.．、](?!\d))/;

/** Whether [from, to) crosses line breaks only into item lines (each line after the first opens with an item's number). */
export function itemLinesRunOn(text: string, from: number, to: number): boolean {
  const lines = text.slice(from, to).split('\n');
  if (lines.length < 2) return false;
  return lines.slice(1).every((line) => ITEM_LINE_START.test(line));
}
