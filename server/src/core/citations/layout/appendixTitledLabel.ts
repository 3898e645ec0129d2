// Rule (round 34, judgments-audit140 B; judgments and rulings closing with the provisions they applied, the title and
// label glued to the words on one line: 附：相关法律条文 ⏎ 《中华人民共和国刑事诉讼法》第二百二十五条第一款第（一）项原判决认定
// 事实和适用法律正确、量刑适当的，应当裁定驳回上诉或者抗诉，维持原判。, 附：相关法律条文 ⏎ 《中华人民共和国民事诉讼法》第一百七十条
// 第二审人民法院对上诉案件，…): under a judgment's appendix heading, a line opening with a law's title and one label —
// an article, or its 款 or 项 — glued to the provision's own words prints the provision:
// the title and label are its heading, no citation, as the bare labels glued so under the law's title line are
// (lawExcerpt.ts reprintedArticleAt) and a title and label over the words under 法条链接 (linkCaptionHeading.ts). A title
// and label the writer's words continue (…第六十七条规定，…) stays a citation, and so does the glued line with no appendix
// heading above it (a page opening on it) or under 法律依据 (the basis relied on, listed). Set off by a colon it stays a
// citation too: fix-zh61's rows (本案引用的法律条文 ⏎ 《…民事诉讼法》第一百一十八条:当事人进行民事诉讼…) read it so — a
// convention question in the round's report.
import { printedWordsGlued, underAppendixHeading } from './lawExcerpt';

/** Whether the citation at [start, end) — a title and one label opening its line — heads a provision an appendix prints. */
export function titledLabelInAppendix(text: string, start: number, end: number): boolean {
  if (text[start] !== '《') return false;
  let lineStart = start;
  while (lineStart > 0 && /[ \t\u3000]/.test(text[lineStart - 1])) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  return /^[\u4e00-\u9fff]/.test(text[end] ?? '') && printedWordsGlued(text, end) && underAppendixHeading(text, lineStart);
}
