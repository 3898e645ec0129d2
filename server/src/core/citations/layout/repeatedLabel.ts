// Rule (list pages taken from a spreadsheet, issue 14 real-list20: 抽查依据 …《律师事务所管理办法》 第五条 …监督、指导 。
// 第六十六条 第六十六条 省、自治区、直辖市司法行政机关履行下列监督管理职责…): one cell holds an article's label, the next its
// text, which opens with the same label — the label is printed twice, a space between. The second label heads the same
// text as the first; a writer citing an article never writes its number twice in a row. Only the same label (第六十六条
// 第六十七条 is two articles), right after the first and spaces.

// Rule (fix-zh41a, heldout34-court; a Q&A page pasting a commentary's entry: …新劳动合同法解释：第四十七条【经济补偿的计算】第四十七条
// 经济补偿按劳动者在本单位工作的年限…): the entry's label with the article's name in brackets heads it, and the text pasted
// under it opens with the same label glued to its words — the label printed twice, its name between. The second heads
// the same text as the first (a heading, no citation), as with a space between. Only the same label, and a name of
// words alone in 【】 / 〖〗 right after the first.

/** The bracketed name between the two labels, ending right before the second: 【经济补偿的计算】. */
const NAME_BETWEEN = /[【〖][\u4e00-\u9fff、，,与和及的]{2,20}[】〗][ \t\u3000]*$/;

/**
 * Start of the same label (`text[p, end)`) standing right before `p`, set off by spaces only — or by its bracketed name
 * (the rule above) —, or -1.
 */
export function repeatedLabelBefore(text: string, p: number, end: number): number {
  let i = p - 1;
  const name = NAME_BETWEEN.exec(text.slice(Math.max(0, p - 32), p));
  if (name) i = p - 1 - name[0].length;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t')) i--;
  if (i === p - 1) return -1;
  const label = text.slice(p, end);
  const start = i + 1 - label.length;
  return start >= 0 && text.slice(start, i + 1) === label ? start : -1;
}
