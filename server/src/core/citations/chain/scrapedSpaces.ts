// Rule (round 34, f141-zh; heldout58-court 07, the a140-court audit's form A: judgments scraped from 裁判文书网 keep the
// spaces set around each linked number, often two: 依照《…刑事诉讼法》的解释》第三百八十三条  第二款  之规定): a 款 or 项
// after up to three ASCII spaces is the article's, as after one (chain.ts spacedUnit). Only spaces within the line (no
// tab, no ideographic space, no line break), and never after an article that is a line's label (第十条  第二款规定的… at
// a line start heads a printed article's words, which may open with another provision): only an article cited inside
// the writer's sentence. What follows the spaces must be a lower unit (chain.ts checks 第 and its level): 第十条  第十二条
// stays two citations. And the writer's citing frame must run on past it to its 规定 in the same clause (第二款  之规定,
// 第一款、第一百八十二条之规定, 第（五）项的规定): a 款 after two spaces that ends its clause (《公司法》第十条  第二款；, an
// administrative document's column, real-admin's row) stays apart, as before.

/** The lower unit, then (in the same clause) the citing frame's 规定 (之规定, 的规定, 规定). */
const CITING_FRAME = /^第[^，,。；;：:\n“”"]{1,40}?规定/;

/** How many ASCII spaces at `at` join the lower unit after them to the article before (0 when none may). */
export function scrapedSpaces(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === ' ' && n < 4) n++;
  if (n === 0 || n > 3) return 0;
  if (n === 1) return 1;
  if (!CITING_FRAME.test(text.slice(at + n, at + n + 60))) return 0;
  // The article before the spaces: a label opening its line (only blanks before its 第) is a heading, not the writer's.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const label = /^[ \t\u3000]*第[^第\n]{1,12}条$/.test(text.slice(lineStart, at));
  return label ? 0 : n;
}
