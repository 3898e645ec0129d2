// Rule (round 31, f111-zh; court news and procuratorate pages closing with the law applied, under a caption of its own:
// 法条链接： ⏎ 《中华人民共和国民事诉讼法》第一百一十四条 诉讼参与人或者其他人有下列行为之一的… ⏎ 法条链接 ⏎ 《中华人民共和国
// 刑法》第三百四十二条【非法占用农用地罪】违反土地管理法规…): a caption saying that the law's text follows — 法条链接, 法律
// 链接, 相关法条, 法条原文, 相关法律条文, 法条附录 — alone on the line above, then a line opening with the law's title and its
// label set off by a space from the article's words, or glued to the article's bracketed name (【罪名】) before them: the
// page prints the article, and the title with its label is the printed article's heading, no citation — as a label set
// off so after a full stop is (stopSpacedLabel.ts, round 20's convention) and a title line with its labels under it is.
// 前款 in those words is the printed article's. Round 32 (layout-zh120): the caption may be the bare word 链接 or 法条,
// in 〔〕 as in 【】 (链接： ⏎ 《…消费者权益保护法》第五十五条　经营者…, 〔法条〕 ⏎ 《…刑法》第二百三十八条【非法拘禁罪】…). Without the caption (a page opening with 《刑法》第二百三十八条 【非法拘禁罪】…)
// the line stays a citation, as before; so does a title and label glued to 规定 / 的 (the writer's sentence), and a
// 法律依据 caption (the basis relied on, listed: each label stays a citation there).
import { BRACKETED_NAME, SPACED_TEXT } from './stopSpacedLabel';
import { lineWithWordsAbove } from '../text';

/** A caption saying the law's text follows, alone on its line (bold marks, 【】 and a colon or not). */
const LINK_CAPTION = /^[ \t\u3000]*(?:\*\*)?[【\[〔]?(?:法条链接|法條鏈接|法律链接|法律鏈接|法规链接|法規鏈接|相关法条|相關法條|法条原文|法條原文|相关法律条文|相關法律條文|法条附录|法條附錄|链接|鏈接|法条|法條)[】\]〕]?(?:\*\*)?[ \t\u3000]*[：:]?[ \t\u3000]*(?:\*\*)?[ \t\u3000\r]*$/;
/** How many blank lines may stand between the caption and the title's line. */
const BLANK_LINES = 2;
/** The longest line read as a caption or a blank line above the title. */
const CAPTION_LENGTH = 40;

/**
 * Whether the citation at [start, end) — a law's title and one article's label — opens its line under a LINK_CAPTION
 * and is set off from the article's words by a space or glued to its bracketed name (the rule above).
 */
export function titledLabelUnderLinkCaption(text: string, start: number, end: number): boolean {
  if (text[start] !== '《') return false;
  // The line's start: only spaces before the title (read back over them alone, never over a long line).
  let lineStart = start;
  while (lineStart > 0 && /[ \t\u3000]/.test(text[lineStart - 1])) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  const after = text.slice(end, end + 24);
  const named = BRACKETED_NAME.exec(after.replace(/^[ \t\u3000]+/, ''));
  if (!SPACED_TEXT.test(after) && !(named && /^[\u4e00-\u9fff“「]/.test(after.replace(/^[ \t\u3000]+/, '').slice(named[0].length)))) return false;
  // The nearest line above with words, each line short (a caption, or blank): read back CAPTION_LENGTH characters at most.
  const above = lineWithWordsAbove(text, lineStart, BLANK_LINES + 1, CAPTION_LENGTH);
  return above !== null && LINK_CAPTION.test(above);
}
