// Rule (issue 14, heldout37-court; a lawyer's commentary printing an article, then taking it apart:
// 一、《某某司法解释》第26条全文如下: ⏎ 1、实际施工人以… ⏎ 2、… ⏎ 二、条文解读 ⏎ 1、本条为两款。第1款为程序性规定,第2款…): a
// citation closing its line with a colon, alone (第十条:) or after words announcing the text (规定:, 全文如下:, 原文如下:,
// 条文如下:, 内容如下:), labels the article's text set out on the lines below it. The writer's 本条 in the paragraphs
// under it is that article — of a regulation the corpus lacks too (unknown-regulation), as the 款 he names alone
// there are its 款 (analyze.ts unknownHeading). Words that run on after the colon on the same line are the writer's
// own (…第十条规定：从事…), no text set out below.

/** The words after the citation: an announcing phrase at most, then the colon ending the line. */
const TEXT_BELOW = /^[ \t\u3000]*(?:规定|(?:全文|原文|条文|内容|具体)?(?:规定)?如下)?[：:][ \t\u3000]*(?:\r?\n|$)/;

/** Whether the citation ending at `end` closes its line with a colon over the article's text set out below it. */
export function labelsTextBelow(text: string, end: number): boolean {
  return TEXT_BELOW.test(text.slice(end, end + 16));
}
