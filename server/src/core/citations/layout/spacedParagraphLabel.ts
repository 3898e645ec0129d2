// Rule (round 31, f111-zh; court news printing the law under its title line: 《中华人民共和国刑法》 ⏎ 第三百四十五条 第二款
// 违反森林法的规定，滥伐森林…): a line-start label of one article, a space, then a 款's label of that article set off by a
// space or a colon from the 款's own words is one heading spaced apart — 第三百四十五条 第二款 违反… prints that 款 as
// 第三百四十五条第二款 违反… does (ownTextHeading.ts setOffLabel, round 23's convention: a writer citing a 款 goes on with
// words of his own, never with the 款's). The 款's label alone is no citation of its article then. Only when nothing but
// the article's label and spaces stands before the 款's label on its line, and that label names the 款's own article; the
// caller compares the words after it with the corpus text (opensOwnText). In prose (依照第三百四十五条 第二款的规定) the label
// stands after words of the writer's and is left as before.
import { parseUnit } from '../chain/chain';
import { ARTICLE_NUMERAL } from '../text';

/** A line's start, an article's label (第…条, 之N or not) and the spaces after it, up to a 款's label. */
const ARTICLE_THEN_SPACE = new RegExp(`^([ \\t\\u3000]*)第${ARTICLE_NUMERAL}条(?:之[一二三四五六七八九十0-9]+)?[ \\t\\u3000]+$`);

/**
 * Where the line of the 款 label starting at `start` begins, when only the label of article `article` (`insert`: its
 * 之N) and spaces stand before it on that line (the rule above); -1 otherwise.
 */
export function articleLabelBeforeParagraph(text: string, start: number, article: number, insert: number | null): number {
  // The line's start, read back 33 characters at most (a label and spaces; never over a long line).
  const windowStart = Math.max(0, start - 33);
  const nl = text.slice(windowStart, start).lastIndexOf('\n');
  if (nl < 0 && windowStart > 0) return -1;
  const lineStart = nl < 0 ? 0 : windowStart + nl + 1;
  const m = ARTICLE_THEN_SPACE.exec(text.slice(lineStart, start));
  if (!m) return -1;
  const labelStart = lineStart + m[1].length;
  const u = parseUnit(text, labelStart);
  if (!u || u.level !== 0 || u.nums.length !== 1) return -1;
  const n = u.nums[0];
  return n.n === article && n.insert === insert ? labelStart : -1;
}
