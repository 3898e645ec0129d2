// Where the words of an article printed under its label begin, for counting its 款 by lines.
//
// Rule (f112-prior, heldout55 court and lawyer; a court's or lawyer's page printing the article relied on under its law's
// title, the label alone on its line: 《中华人民共和国民事诉讼法》 ⏎ 第一百一十一条 ⏎ 诉讼参与人…有下列行为之一的，… ⏎
// （一）… ⏎ 人民法院对有前款规定的行为之一的单位，…): a label alone on its line opens the article's words on the line
// below — that line is its first 款, and the break closing the label's own line opens no 款. So the 款 are counted from
// the first words after the label, past the blank rest of its line; a label with words after it on its line (第十条 当事人…)
// has its first 款 there, counted as before.

/** The offset of the first line with words at or after `from` when the rest of `from`'s line is blank; else `from`. */
export function wordsBelowLabel(text: string, from: number): number {
  const m = /^[ \t\u3000]*\r?\n[ \t\u3000\r\n]*/.exec(text.slice(from, from + 200));
  return m ? from + m[0].length : from;
}
