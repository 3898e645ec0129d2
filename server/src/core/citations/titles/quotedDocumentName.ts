// Rule (issue 14 form 1, fix-zh39, heldout33 court; lawyers' briefs naming a court's notice in quotation marks, the
// regulation it applies nested in it: 最高院关于“参照《某某条例》审理某类纠纷案件的通知”法(2010)5号第二条规定…): a name in
// “ ” that holds a 《title》 and ends with a document's kind (通知, 意见, 批复, 规定, 解释 …), its document number after it
// or not, right before the article, is the title of the document whose article is cited — not the nested title, which
// the notice only names. The corpus does not know such a name: the article is unknown-regulation.

/** The quoted name (holding a 《title》, ending with a document's kind), its document number, right before the article. */
const QUOTED_DOCUMENT_BEFORE = /“[^“”\n]{0,60}《[^《》\n]{2,40}》[^“”\n]{0,40}(?:通知|意见|批复|答复|规定|解释|决定|办法|纪要|复函)”[ \t\u3000]*(?:[\u4e00-\u9fff]{1,4}[（(〔\[［][0-9]{4}[)）〕\]］][\u4e00-\u9fff]{0,4}[0-9]{1,4}号)?[ \t\u3000]*$/;

/** Start of the quoted document's name right before the article at `p` (its opening “), or -1. */
export function quotedDocumentBefore(text: string, p: number): number {
  const c = text.charCodeAt(p - 1);
  // Cheap first: the name's closing ” or its number's 号 right before the article.
  if (c !== 0x201d && c !== 0x53f7 /* 号 */ && c !== 0x20 && c !== 0x3000) return -1;
  const from = Math.max(0, p - 130);
  const m = QUOTED_DOCUMENT_BEFORE.exec(text.slice(from, p));
  return m ? from + m.index : -1;
}
