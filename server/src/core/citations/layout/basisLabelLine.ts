// Rule (issue 14, real-gov26; 权责清单 and enforcement-basis lists whose 职权依据 / 实施依据 cell, flattened, prints each
// regulation relied on on a line of its own and the articles relied on on the line under it:
//   1.【法律】《中华人民共和国公路法》 ⏎ 第四十四条 第七十六条
//   2.【行政法规】《公路安全保护条例》(国务院令第593号) ⏎ 第二十七条 ⏎ 1.立案责任:发现……
// ): the labels opening such a line are the articles cited, not headings of articles printed.
//  - A line holding nothing but two or more article labels (spaces, 、 or commas between) lists articles: a heading is
//    one label with its article's words after it, never a run of labels.
//  - One label alone on its line, right under a line that ends with a title (a bracketed note after it at most), and
//    followed by a line opening with an Arabic list number (1. / 1、) is the article of that title the cell relies on:
//    the numbered line is the next column's entry (责任事项 1.立案责任…), and an article's words never open so. A label
//    alone whose next line holds words of its own stays the heading of the article printed there.

const NUM = '[一二三四五六七八九十百千零〇两0-9０-９]{1,8}';
const LABEL = `第${NUM}条(?:之[一二三四五六七八九十])?(?:第[一二三四五六七八九十0-9０-９]{1,3}款)?(?:第?[（(]?[一二三四五六七八九十0-9０-９]{1,3}[)）]?项)?`;

/** After a first label: one or more further labels, separators before each, and the line's end. */
const MORE_LABELS_TO_LINE_END = new RegExp(`^(?:[ \\t\\u3000]*[、，,]?[ \\t\\u3000]*${LABEL})+[ \\t\\u3000]*(?:\\r?\\n|$)`);

/** Whether the label ending at `end` (opening its line) is followed on that line by further labels only (the rule above). */
export function labelsOnlyLine(text: string, end: number): boolean {
  const c = text[end];
  if (c !== ' ' && c !== '\u3000' && c !== '\t' && c !== '、' && c !== '，' && c !== ',') return false;
  return MORE_LABELS_TO_LINE_END.test(text.slice(end, end + 160));
}

/** The line above ends with a title, a bracketed note after it at most: 《公路安全保护条例》(国务院令第593号). */
const TITLE_ENDS_LINE = /》[ \t\u3000]*(?:[（(][^（()）《》\n]{1,40}[)）])?[ \t\u3000\r]*$/;
/** The label ends its line, and the next line opens with an Arabic list number (not a decimal, not a year). */
const NUMBERED_LINE_BELOW = /^[ \t\u3000\r]*\n[ \t\u3000]*[0-9０-９]{1,2}[.．、](?![0-9０-９])/;

/** Whether the label at [start, end), opening its line, is the cited article under a title line (the rule above). */
export function labelUnderTitleLine(text: string, start: number, end: number): boolean {
  if (!NUMBERED_LINE_BELOW.test(text.slice(end, end + 24))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart === 0) return false;
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return TITLE_ENDS_LINE.test(text.slice(Math.max(prevStart, lineStart - 200), lineStart - 1));
}
