// Rule (issue 14 form 1, heldout31 gov; lists of a power's legal basis copied with broken links, the opening 《 lost to
// the HTML and the title's end garbled: 6、〉a href="…">某某管理条例》第三条 ⏎ 7、〉a href="…">某某登记条侊/a>》第五条):
// a name closed by 》 right before its article is a title of its own, even when its opening mark was lost. Where no
// known title ends at that 》 (known ones, 兽药管理条例》第三条, are found first) the article is that unknown title's —
// unknown-regulation — never the article of the title cited on the line before.
// The name: 4–60 Chinese characters (brackets and 、 inside) closed by the 》, a link's closing tag (</a>, /a>) left
// between them by the page allowed (a kind alone, 条例》第30条 where an excerpt opens mid-title, names nothing), starting
// after the citation before it (…第五条和某某省畜牧条例》第十二条); no 《 on its line since the 》 before it (a marked title is read where it opens).

/** The name before the 》 at `close - 1` (its start), HTML debris of a link's close between them allowed; -1 if none. */
const NAME_BEFORE_CLOSE = /[\u4e00-\u9fff（(][\u4e00-\u9fff（）()〈〉、]{3,59}(?:<?\/[a-zA-Z]{1,4}>)?$/;
/** A citing verb or a joining word opening the run (根据某某条例》第八条, 和某某条例》第八条): not the name's. */
const VERB_FIRST = /^(?:根据|依据|依照|按照|参照|违反|对照|以及|和|及|与)/;

/** Start of the unknown title closed by the 》 right before `p` (a bare article at p), or -1. */
export function closedUnknownTitleBefore(text: string, p: number, after = 0): number {
  if (text[p - 1] !== '》') return -1;
  const close = p - 1;
  const line = text.lastIndexOf('\n', close - 1) + 1;
  const from = Math.max(line, text.lastIndexOf('》', close - 1) + 1, after);
  if (text.lastIndexOf('《', close - 1) >= from) return -1;
  // 根据《⏎某某通知》第二条: a 《 ending the line above, the title broken by a blank line, is no title (as before).
  if (/《[ \t\u3000\r\n]*$/.test(text.slice(Math.max(0, line - 8), line))) return -1;
  const m = NAME_BEFORE_CLOSE.exec(text.slice(Math.max(from, close - 66), close));
  if (!m) return -1;
  const verb = VERB_FIRST.exec(m[0]);
  return close - m[0].length + (verb && m[0].length - verb[0].length >= 4 ? verb[0].length : 0);
}
