// Rule (list pages taken from a spreadsheet, issue 14 real-list20: 抽查依据 …《律师事务所管理办法》 第五条 …监督、指导 。
// 第六十六条 第六十六条 省、自治区、直辖市司法行政机关履行下列监督管理职责…): one cell holds an article's label, the next its
// text, which opens with the same label — the label is printed twice, a space between. The second label heads the same
// text as the first; a writer citing an article never writes its number twice in a row. Only the same label (第六十六条
// 第六十七条 is two articles), right after the first and spaces.

/** Start of the same label (`text[p, end)`) standing right before `p`, set off by spaces only, or -1. */
export function repeatedLabelBefore(text: string, p: number, end: number): number {
  let i = p - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t')) i--;
  if (i === p - 1) return -1;
  const label = text.slice(p, end);
  const start = i + 1 - label.length;
  return start >= 0 && text.slice(start, i + 1) === label ? start : -1;
}
