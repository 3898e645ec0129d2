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

// Rule (issue 14 form 8, heldout22-court; article-by-article commentaries and 范文 pages printing an article under its
// caption: 第四十条违约金的调整 ⏎ 当事人约定的违约金…): a label opening its line, glued to a short caption that ends the
// line (no punctuation, no verb saying what the article does), with the article's words on the next line, is the
// article's heading as 第四十条【违约金的调整】 or 第四十条：违约金的调整 is. A writer citing an article at a line's start
// goes on with what it does (第四十条规定…, 第四十条对…作了规定。) and ends the sentence; a range or list (第四十条至第四十二条,
// 第四十条和第四十一条) and the law's wording after the label (第四十条之规定, 第四十条的规定) stay citations.

/** A caption glued to the label: a few words, no punctuation, not a verb or a joining word, ending the line. */
const GLUED_NAME = /^(?!规定|明确|是|为|指|要求|对|将|把|在|见|即|系|称|与|和|及|或|至|到|之|的|所|中|等|条|款|项|第|前|后|以|关于|也|还|则|就|亦|同|并|未作|没有|不|适用|调整了|作了)[\u3400-\u9fff][\u3400-\u9fff、]{2,19}[ \t\u3000]*\r?\n/;
/** A caption that is itself the law's wording about the article (…的规定, …之规定, …规定的): a citation's words. */
const NOT_CAPTION = /(?:规定|所述|所列|所称|情形|内容|条文|原文|全文)[ \t\u3000]*\r?\n$/;
/** The article's words on the next line (not a blank line first): words or a quotation, not another label. */
const WORDS_BELOW = /^[ \t\u3000]*(?!第|以上|上述|该条|本条|此条|这|前述|其中)[\u3400-\u9fff“「]/;

/**
 * Where the article's words start when the label ending at `end` (opening its line) is glued to its caption alone on
 * the line (see above): the next line, so the caption is not counted as a 款 of the text printed; else -1.
 */
export function gluedNameHeading(text: string, end: number): number {
  const m = GLUED_NAME.exec(text.slice(end, end + 32));
  if (!m || NOT_CAPTION.test(m[0])) return -1;
  return WORDS_BELOW.test(text.slice(end + m[0].length, end + m[0].length + 40)) ? end + m[0].length : -1;
}
