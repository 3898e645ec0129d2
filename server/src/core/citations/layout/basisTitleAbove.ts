// Rule (issue 14, zh14; Q&A and 普法 pages answering a question and then printing the rule they rest on: 法律依据：《某某
// 解释》。⏎第一条 …前款…⏎第二条 …前条…, or on one line, 法律依据：《某某解释》。第三条 “…本解释第二条第一款…”): the articles
// printed right under the basis line are that regulation's text, not the page's own — its 本解释, 前款, 前条 and a bare
// 第X款 there are the named regulation's, as in the regulation itself. Only a title after a label naming it the basis
// (法律依据, 依据, 相关法条, 法条) that ends the line (or is followed at once by the first article's label): a title alone
// above the articles is a draft's or a text's own name, a title in a sentence above names no text printed below.

/** The basis line's end right before the first article label: label, title in 《》, a full stop or colon, the line break. */
const BASIS_BEFORE = /(?:^|\n)[ \t\u3000]*(?:【)?(?:法律依据|法律依據|依据|依據|相关法条|相關法條|相关法律|相關法律|法条|法條)(?:】)?[ \t\u3000]*[：:]?[ \t\u3000]*《([^《》\n]{2,80})》[ \t\u3000]*[。．：:]?[ \t\u3000\r]*\n?[ \t\u3000]*$/;

/** The title whose text the articles from `firstLabel` on print (the words inside its 《》), or null. */
export function basisTitleAbove(text: string, firstLabel: number): string | null {
  const m = BASIS_BEFORE.exec(text.slice(Math.max(0, firstLabel - 120), firstLabel));
  return m ? m[1] : null;
}
