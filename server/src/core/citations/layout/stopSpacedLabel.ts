// Rule (issue 14, fix-zh26; the convention of round 20: a Q&A answer or a notice quoting a law and then appending its
// next article — 《某某法》第四十三条规定：……。第四十四条有下列情形之一的…): a writer appending an article in running
// text glues its label to the full stop before it and to the article's words after it, and that label is a citation
// of the law just quoted (the scanner's rules on glued labels keep it so). A label glued to the full stop (。 or ；)
// but set off from its words by a space (。第四十四条 有下列情形之一的…) or followed by the article's bracketed name
// (。第二百三十二条【故意杀人罪】故意杀人的…) is printed as a heading is — the page pastes the article's text, label and
// all — and is no citation, with or without a neighbouring article printed the same way (headingRun.ts). A writer
// citing after a full stop goes on with a word about the article (。第四十四条 规定…, 。第四十四条 的规定, 。第四十四条
// 是关于…), never a space and the article's own words.

// Rule (issue 14, fix-zh33a; a 清单's basis cell pasting two articles of the regulation it names, their texts joined by a
// 顿号: 《某某条例》第四条第一款 国家对某某实行许可制度、第八条 经营单位应当…): a label glued to a 顿号 that closes the
// words of the article pasted before it, and set off from its own words by a space, heads the next article pasted, as
// after a full stop. A writer listing the articles he cites joins label to label (第四条第一款、第八条), never words to a
// label; and after the 顿号 he goes on citing (、第八条的规定, 、第八条 规定), not with the article's words.
/** Before the 顿号: words (a Chinese character, a closing quotation mark) … */
const WORDS_BEFORE_MARK = /^[\u4e00-\u9fff”」』"]$/;
/** … not a label's unit nor a number (第四条、第八条, 第（二）项、第八条, 第一百、…). */
const LABEL_END = /^[条條款项項目章节節编編号號之第零〇一二三四五六七八九十百千两]$/;
/** The article pasted before, on the same line: its label set off from its words by a space (第四条第一款 国家对…). */
const PASTED_BEFORE = /第[零〇一二三四五六七八九十百千两0-9]+[条條款项項][ \u3000]+[\u4e00-\u9fff“「]/;
/** How far back on its line the article pasted before may start. */
const PASTED_REACH = 400;

/** A space and the article's own words (also read by ownTitleLabel.ts): not a word citing it (规定, 的, 第…款, 是关于, 明确, 所称 …). */
export const SPACED_TEXT = /^[ \u3000]+(?!规定|明确|指出|要求|载明|写明|涉及|关于|内容|条文|有规定|有明确|作了|作出|所[称列述指规]|[的之中第款项和及或至与是也则还已将即对])[\u4e00-\u9fff“「"《]/;

/** A bracketed article name glued to the label: 【故意杀人罪】, 〖适用范围〗 (a few characters, then the closing mark); also read by linkCaptionHeading.ts. */
export const BRACKETED_NAME = /^(?:【[^【】\n，。；：]{1,14}】|〖[^〖〗\n，。；：]{1,14}〗)/;

/**
 * Whether the label at [p, end), glued to the full stop before it, is set off from its words by a space, or glued to
 * a bracketed name: the heading of an article printed in running text.
 */
export function stopSpacedHeading(text: string, p: number, end: number): boolean {
  const before = text[p - 1];
  if (before === '、') {
    const last = text[p - 2] ?? '';
    if (!WORDS_BEFORE_MARK.test(last) || LABEL_END.test(last) || !SPACED_TEXT.test(text.slice(end, end + 16))) return false;
    const from = Math.max(text.lastIndexOf('\n', p - 1) + 1, p - PASTED_REACH);
    return PASTED_BEFORE.test(text.slice(from, p - 1));
  }
  if (before !== '。' && before !== '；') return false;
  const after = text.slice(end, end + 16);
  return SPACED_TEXT.test(after) || BRACKETED_NAME.test(after);
}
