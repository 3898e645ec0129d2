// 本法 / 本规定 in an article's text printed on the page after the text names another law as a whole.
//
// Rule (issue 14, heldout21-gov; penalty decisions and power lists printing the articles they apply: 《某某法》第二十条：……
// ⏎ 监督管理部门应当依照《中华人民共和国行政许可法》的规定，审核申请人提交的本法第十条第一款第一项至第三项规定的材料……;
// 《某某规定》第六条第一款：……按照《某某条例》规定的罚款幅度……。第九条 ……依照本规定第六条、第七条规定的标准……): a statute's
// text refers to another law as a whole (依照《某法》的规定, 按照《某条例》规定的幅度) and calls itself 本法 / 本规定 in the same
// breath. Where the page cited an article and set its text out after it (a colon, or a space as a heading does), and
// the words run on from there with no quotation closed, no table cell and no blank line in between, a law named there
// only as a whole — no article of it cited — is one the printed text names, and 本法 / 本规定 after it is the printed
// article's law, not the law named last. A writer citing an article of the other law (根据《劳动合同法》第四十八条的规定，
// ……依照本法第八十七条) paraphrases that law, as before (analyze.ts paraphrasedLaw); so does one naming a law alone with
// no article text set out before it.

/** How far the printed text may run from the article's label to the 本法 (a few 款 of an article, or a short run). */
const MAX_RUN = 600;

/** The article's text set out after its citation: a colon (规定： as well), or a space before its words as a heading. */
const SETS_OUT = /^(?:[ \u3000]*(?:规定)?[ \u3000]*[:：]|[ \u3000]+[^ \u3000\n\r|])/;

/** Named as a whole: 《某法》的规定, 《某条例》规定的…, 《某法》有关规定. */
const NAMED_WHOLE = /^[ \u3000]*(?:的)?(?:有关|相关)?规定/;

/**
 * Whether the 本法 at `selfAt` is in the text of the article cited at `articleEnd` (its citation's end), set out after
 * it and running on past the law named as a whole whose title ends at `titleEnd`.
 */
export function otherLawInArticleText(text: string, articleEnd: number, titleEnd: number, selfAt: number): boolean {
  if (!(articleEnd <= titleEnd && titleEnd <= selfAt) || selfAt - articleEnd > MAX_RUN) return false;
  if (!SETS_OUT.test(text.slice(articleEnd, articleEnd + 8)) || !NAMED_WHOLE.test(text.slice(titleEnd, titleEnd + 8))) return false;
  const between = text.slice(articleEnd, selfAt);
  return !/[|”」』]/.test(between) && !/\n[ \t\u3000\r]*\n/.test(between);
}
