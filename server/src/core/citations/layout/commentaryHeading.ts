// Rule (释义 and study pages, WeChat posts that explain one article a page): the page's heading names the law, what
// the page does with it and the article, with a colon or a dash between them — 新劳动合同法解释：第四十六条【经济补偿】,
// 学习民法典-第一千零六十三条【夫妻个人财产】, 公司法释义—第十五条. The heading cites that law's article as 劳动合同法
// 第四十六条 does, so the article printed under it (its 本法, 本条, 前款) is that law's. Only at a line's start, the
// name alone before the gap (学习 or 新 before it at most), and only a name the corpus knows.
import type { BareTitleMatcher } from '../scanTypes';

/** Between the law's name and its article: what the page does with the law, then a colon or a dash. */
const GAP = /(?:(?:条文)?(?:释义|解读|解释|理解与适用))?[ \u3000]*[:：\-－—–]+[ \u3000]*$/;
/** What may stand before the name on the heading's line. */
const LEAD = /^[ \t\u3000#*]*(?:学习|新)?/;

/** The law's name [start, end) of such a heading ending in the article at `p` (text[p] === '第'), else null. */
export function commentaryHeadingTitle(text: string, p: number, matcher: BareTitleMatcher): { start: number; end: number } | null {
  // The line's start, looked for among the 40 characters before p only (a heading is no longer): a search back to the
  // line's start ran over the whole of a long paragraph at every 第 in it.
  let lineStart = -1;
  for (let i = p - 1; i >= 0 && i >= p - 41; i--) {
    if (text.charCodeAt(i) === 10) {
      lineStart = i + 1;
      break;
    }
  }
  if (lineStart === -1) {
    if (p > 40) return null;
    lineStart = 0;
  }
  const line = text.slice(lineStart, p);
  const gap = GAP.exec(line);
  if (!gap) return null;
  const start = lineStart + LEAD.exec(line)![0].length;
  const end = lineStart + gap.index;
  const name = text.slice(start, end);
  if (name.length < 2 || /[\s《》〈〉“”：:，,。]/.test(name)) return null;
  return matcher.matchEnding(name, name.length, true) === 0 ? { start, end } : null;
}
