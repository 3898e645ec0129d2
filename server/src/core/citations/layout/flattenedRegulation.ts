// Rule (issue 14, real-zh16; law databases printing an older local rule as one paragraph, continued from the page
// before: [接上页] (二)…的。 第十一条 有下列行为之一的，处…罚款： (一)…的； (二)…的。 单位有前款行为的，… 有第一款第(二)项所列
// 行为的，… 第十二条 …。 第十三条 …): the regulation's line breaks were lost and a space stands where each was. Three or
// more article labels on one line, numbered up one by one, each right after a full stop and a space and followed by a
// space and the article's words, make that line a regulation's text: there a full stop followed by a space ends a 款, as
// a line break would. The line read so is parsed as any regulation's text (document.ts ownStructure), and held as the
// page's own only where a reprinted excerpt is (regulationExcerpt.ts: no title above it, its first label not 第一条), so
// its 前款 and 第一款第（二）项 are its own 款 and items. A writer listing articles (…。 第十条规定… ) puts no space after
// the label, and two labels are no run.
import { parseNumeral } from '../../numerals';

const LABEL_AFTER_STOP = /。[ \u3000]第([零〇一二三四五六七八九十百千两]{1,8})条[ \u3000](?=[\u4e00-\u9fff（(])/g;
const MIN_RUN = 3;

/**
 * The text with each line holding such a run of labels broken at its full stops followed by a space (the space made a
 * line break: same length, same offsets), or null when no line holds one.
 */
export function unflattenedRegulation(body: string): string | null {
  const byLine = new Map<number, number[]>();
  LABEL_AFTER_STOP.lastIndex = 0;
  for (let m = LABEL_AFTER_STOP.exec(body); m; m = LABEL_AFTER_STOP.exec(body)) {
    const n = parseNumeral(m[1]);
    if (n === null) continue;
    const line = body.lastIndexOf('\n', m.index) + 1;
    const nums = byLine.get(line) ?? [];
    nums.push(n);
    byLine.set(line, nums);
  }
  let out: string | null = null;
  for (const [line, nums] of byLine) {
    if (nums.length < MIN_RUN || nums.some((n, i) => i > 0 && n !== nums[i - 1] + 1)) continue;
    const end = body.indexOf('\n', line);
    const stop = end === -1 ? body.length : end;
    const text: string = out ?? body;
    out = text.slice(0, line) + text.slice(line, stop).replace(/。[ \u3000](?=[^\s\u3000])/g, '。\n') + text.slice(stop);
  }
  return out;
}
