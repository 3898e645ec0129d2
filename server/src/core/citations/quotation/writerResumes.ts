// Rule (round 33, f131-zh; heldout57-lawyer, an HR article: …的依据是《劳动合同法》第82条的规定: ⏎ 第八十二条 用人单位自用工之日起…
// ⏎ 用人单位违反本法规定不与劳动者… ⏎ 所以适用该条的前提条件是“没有签订劳动合同”…都要适用该条法律): the article's text set under
// …规定： runs to an empty line (unmarkedQuotation.ts) — or to a line where the writer speaks again, opening with a word
// that draws his conclusion or turns to his case (所以, 因此, 综上, 由此可见, 也就是说, 换句话说, 总之, 据此, 本案中, 简单来说):
// no article's 款 opens so (LawRefBook's 3,423 texts open two lines in all with 所以 / 由此可见, none after a citing
// colon). The words from there are the writer's, his 该条 pointing back to the article cited, not the printed law's.

/** A line the writer opens again (the words above). */
const WRITER_OPENING = /\n[ \t\u3000]*(?:所以|因此|综上|由此可见|也就是说|换句话说|总之|总而言之|据此|本案中|在本案中|简单来说|简而言之)/g;

/** Where the quoted block [start, end) ends when a line in it opens with the writer's words: that line's break, else end. */
export function writerResumesBefore(text: string, start: number, end: number): number {
  WRITER_OPENING.lastIndex = start;
  const m = WRITER_OPENING.exec(text);
  return m && m.index < end ? m.index : end;
}
