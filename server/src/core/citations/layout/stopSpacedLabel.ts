// Rule (issue 14, fix-zh26; the convention of round 20: a Q&A answer or a notice quoting a law and then appending its
// next article — 《某某法》第四十三条规定：……。第四十四条有下列情形之一的…): a writer appending an article in running
// text glues its label to the full stop before it and to the article's words after it, and that label is a citation
// of the law just quoted (the scanner's rules on glued labels keep it so). A label glued to the full stop (。 or ；)
// but set off from its words by a space (。第四十四条 有下列情形之一的…) or followed by the article's bracketed name
// (。第二百三十二条【故意杀人罪】故意杀人的…) is printed as a heading is — the page pastes the article's text, label and
// all — and is no citation, with or without a neighbouring article printed the same way (headingRun.ts). A writer
// citing after a full stop goes on with a word about the article (。第四十四条 规定…, 。第四十四条 的规定, 。第四十四条
// 是关于…), never a space and the article's own words.

/** A space and the article's own words: not a word citing it (规定, 的, 第…款, 是关于, 明确, 所称 …). */
const SPACED_TEXT = /^[ \u3000]+(?!规定|明确|指出|要求|载明|写明|涉及|关于|内容|条文|有规定|有明确|作了|作出|所[称列述指规]|[的之中第款项和及或至与是也则还已将即对])[\u4e00-\u9fff“「"《]/;

/** A bracketed article name glued to the label: 【故意杀人罪】, 〖适用范围〗 (a few characters, then the closing mark). */
const BRACKETED_NAME = /^(?:【[^【】\n，。；：]{1,14}】|〖[^〖〗\n，。；：]{1,14}〗)/;

/**
 * Whether the label at [p, end), glued to the full stop before it, is set off from its words by a space, or glued to
 * a bracketed name: the heading of an article printed in running text.
 */
export function stopSpacedHeading(text: string, p: number, end: number): boolean {
  const before = text[p - 1];
  if (before !== '。' && before !== '；') return false;
  const after = text.slice(end, end + 16);
  return SPACED_TEXT.test(after) || BRACKETED_NAME.test(after);
}
