// Rule (issue 14 form 8, fix-zh31; government explainer pages reprinting one article under the regulation's name:
// 视频中涉及的相关政策：《某某条例》 ⏎ 第五章第三十条 违反本条例规定的，由……): a chapter's number — 第N章, or 第N章第M节 —
// glued straight before an article's label, the chapter label itself opening the line, says where the printed article
// stands in its regulation; the article label after it is where the line's heading stands, as a label opening the line
// is. The scanner's heading rules then decide as at a line start: a space, a bracketed name or the article's opening
// words after the label make it the printed article's heading, no citation. A writer citing the article at a line's
// start goes on with 规定 / 的 (第五章第三十条规定，……), which stays a citation; a chapter named after a law's title or
// 本法 (本法第五章第三十条) does not open the line.

/** A chapter's (and a section's) number glued right before an article's label: 第五章, 第二章第一节. */
const CHAPTER_LABEL_BEFORE = /第[一二三四五六七八九十零〇0-9０-９]{1,4}[章](?:第[一二三四五六七八九十零〇0-9０-９]{1,3}[节節])?$/;

/**
 * Whether the article label at `p` has a chapter label (第N章, 第N章第M节) glued right before it that itself opens its
 * line (after the line's indent); `lineStartAt` is the scanner's test of a line start at an offset.
 */
export function chapterLabelOpensLine(text: string, p: number, lineStartAt: (q: number) => boolean): boolean {
  if (text[p - 1] !== '章' && text[p - 1] !== '节' && text[p - 1] !== '節') return false;
  const m = CHAPTER_LABEL_BEFORE.exec(text.slice(Math.max(0, p - 12), p));
  return !!m && lineStartAt(p - m[0].length);
}
