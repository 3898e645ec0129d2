// Rule (issue 14, zh12; Q&A, 普法 and 释义 pages that print a law's articles among their own words): a page that is no
// regulation of its own prints an article under its label at a line start — 第二十一条 在试用期中…, 第七十六条 ⏎ 被宣告
// 缓刑的…, 第二百六十五条【盗窃罪】 以牟利为目的… — often without naming the law right above it (the law was named
// paragraphs before, or in the page's heading, or not at all). 本法 in the article's text (依照本法第二百六十四条的规定) is
// that law, and 本条 is that article: the writer copied the law's words, not his own. Which law is told by the words
// printed (printedArticleLaw.ts: the one law of the corpus whose article of that number opens with them); nothing is
// decided when no law's or several laws' article opens so. The label is looked for on the reference's line and the
// lines above it, up to a heading of the page's own (一、…, 1、…, a Markdown heading) or a blank stretch of text too long
// for one article.
import { parseUnit } from '../chain/chain';

/** How far above the reference the label may stand (one article's text with its items). */
const REACH = 1500;
/** A label opening a line: spaces, then 第 and a number and 条 (and 之N). */
// Round 32 (layout-zh120; pages in Markdown printing a law: **第三十条** 道路出现坍塌… ⏎ …发现前款情形…): the label may be
// set in bold, its ** before it.
const LABEL = /^[ \t\u3000]*(?:\*\*)?(?=第[一二三四五六七八九十百千零〇两0-9０-９]+条)/;
/** A heading of the page's own, above the article printed: 一、 1、 1. # (not an article's （一） item). */
const OWN_HEADING = /^[ \t\u3000]*(?:#|[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d))/;

export interface PrintedLabel {
  start: number;
  end: number;
  n: number;
  insert: number | null;
  /**
   * Rule (issue 14, fix-head20; pages printing a code's 款 under their crimes' captions: 第一百九十六条第三款 【盗窃罪】盗窃信用卡
   * 并使用的，依照本法第二百六十四条的规定定罪处罚。): a label naming one 款, set off from the text by a space or a caption,
   * prints that 款 — its number here, and where its text starts (after the 款's label).
   */
  paragraph?: number;
  textFrom?: number;
}

/** After a 款's label: a space or a bracketed caption, then the 款's words. */
const PARAGRAPH_SET_OFF = /^(?:[ \t\u3000]*[【〖]|[ \t\u3000]+[\u4e00-\u9fff“「])/;

/** The article label opening the line of `offset` or a line above it (the rule at the top), else null. */
export function articleLabelAbove(text: string, offset: number): PrintedLabel | null {
  const floor = Math.max(0, offset - REACH);
  let lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  for (;;) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 || lineEnd > offset ? offset : lineEnd);
    const m = LABEL.exec(line);
    if (m) {
      const start = lineStart + m[0].length;
      const u = parseUnit(text, start);
      if (u && u.level === 0 && u.nums.length === 1 && u.end <= offset) {
        const lower = text.charCodeAt(u.end) === 0x7b2c ? parseUnit(text, u.end) : null;
        if (lower && lower.level === 1 && lower.nums.length === 1 && lower.end <= offset && PARAGRAPH_SET_OFF.test(text.slice(lower.end, lower.end + 4))) {
          return { start, end: u.end, n: u.nums[0].n, insert: u.nums[0].insert, paragraph: lower.nums[0].n, textFrom: lower.end };
        }
        // A bold label's words start after its closing ** (Round 32, the LABEL note).
        if (m[0].endsWith('**') && text.startsWith('**', u.end)) return { start, end: u.end, n: u.nums[0].n, insert: u.nums[0].insert, textFrom: u.end + 2 };
        return { start, end: u.end, n: u.nums[0].n, insert: u.nums[0].insert };
      }
    }
    if (OWN_HEADING.test(line)) return null;
    if (lineStart === 0) return null;
    // The line above (lastIndexOf with a negative start would look at offset 0 again: a text opening with a line
    // break looped here).
    const above = lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
    if (above >= lineStart || above < floor) return null;
    lineStart = above;
  }
}
