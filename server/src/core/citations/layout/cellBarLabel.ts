// Rule (issue 14, fix-gov70; pool70-gov p01, a table of 食品安全法's penalty provisions as the pages print a table —
// each cell on a line of its own, closed by its bar: 处罚条款 | ⏎ 第一百二十二条第一款 | ⏎ … | ⏎ 第三十五条 |): a label alone in
// its cell is the article the table relies on, whichever side of the cell its bar is printed — the same cell printed
// with its bar first (| 第三十五条 |, a Markdown table) is read as a citation already (scanner.ts articleHeadingAt: a
// cell holds a heading only with its article's words after the label). So a line-start label followed by nothing but
// spaces and the bar to the line's end is no heading, though a space follows it; a label with its words in the cell
// (第三十五条 国家对… |) stays the heading of the text printed.

/** After a label: spaces, the cell's bar (half- or full-width), and the line's end. */
const BAR_CLOSES_CELL = /^[ \t\u3000]*[|｜][ \t\u3000]*(?:\r?\n|$)/;

/** Whether the label ending at `end` is alone in its cell, the cell's bar closing it and the line (the rule above). */
export function labelAloneBeforeBar(text: string, end: number): boolean {
  return BAR_CLOSES_CELL.test(text.slice(end, end + 12));
}
