// Rule (issue 14, fix-gov17; government replies and 普法 pages setting out what one regulation says: 《某省物业管理条例》
// 相关规定：⏎第十条规定，……⏎第十二条规定，……依照《中华人民共和国民法典》有关规定处理。⏎第十三条规定，……): lines that each
// open with a bare article and 规定 followed by what it says, one line after another, are articles of one regulation —
// the one in context when the first such line was read. A law named inside the words a line reports (依照《民法典》…)
// is the article's own text, not a new subject, so the next line is still the listed regulation's. A writer moving to
// another law's article names it at the line's start (《民法典》第二百七十八条规定，……): the run ends there, as with a
// blank line or a line of another kind between.

/** A line opening with a bare article and 规定 and a mark before what it says: 第十条规定，/第12条规定：/第五条第二款规定， */
const ARTICLE_LINE = /^[ \t\u3000]*第[一二三四五六七八九十百千零〇两\d]{1,8}条(?:之[一二三四五六七八九十])?(?:第[一二三四五六七八九十\d]{1,3}款)?(?:的)?规定[，,：:]/;

/** Where the line whose opening bare article is at `offset` starts, and where the non-blank line before it starts. */
export function articleLineAt(text: string, offset: number): { lineStart: number; prevLineStart: number } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (!/^[ \t\u3000]*$/.test(text.slice(lineStart, offset)) || !ARTICLE_LINE.test(text.slice(lineStart, lineStart + 40))) return null;
  if (lineStart === 0) return { lineStart, prevLineStart: -1 };
  const prevEnd = lineStart - 1;
  const prevLineStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  return { lineStart, prevLineStart: /\S/.test(text.slice(prevLineStart, prevEnd)) ? prevLineStart : -1 };
}
