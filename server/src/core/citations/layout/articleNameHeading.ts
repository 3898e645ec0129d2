// Rule (issue 14, qa12; article-by-article commentaries of a new law, 新法解读 pages): an entry opens with the article's
// label, a colon and the article's name alone on its line — 第四十七条：注册资本认缴制与最长认缴期限 ⏎ 有限责任公司的…
// — as 第四十七条【注册资本认缴制】 names it in brackets. The label heads the entry (the article printed and discussed
// under it); it does not cite. A writer citing an article at a line's start goes on with what the article does
// (第四十七条：规定了…, 明确…), or lists several labels one per line (第四十七条：五年缴足 ⏎ 第五十四条：加速到期): those
// stay citations.

/** A colon, then a name of a few words (no punctuation, not a verb saying what the article does) ending the line. */
const NAME_ALONE = /^[ \u3000]*[：:][ \u3000]*(?!规定|明确|是|为|指|要求|对|将|把|在|见|即|系|称|与|和)[\u3400-\u9fff][\u3400-\u9fff、与和及]{1,19}[ \t\u3000]*\r?\n/;
/** The entry's text on the next non-blank line: words, not another label. */
const TEXT_BELOW = /^(?:[ \t\u3000]*\r?\n)*[ \t\u3000]*(?!第)[\u3400-\u9fff“「]/;

/** Whether the label ending at `end` (opening its line) is followed by a colon and the article's name alone (see above). */
export function articleNameHeading(text: string, end: number): boolean {
  const m = NAME_ALONE.exec(text.slice(end, end + 32));
  return !!m && TEXT_BELOW.test(text.slice(end + m[0].length, end + m[0].length + 80));
}
