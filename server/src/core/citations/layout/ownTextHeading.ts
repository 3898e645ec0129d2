// Rule (Q&A pages and replies that reprint a law's articles under its citation, one article after another): a bare
// 第X条 opening its line and followed by the opening words of that very article is the heading of the text reprinted,
// not a citation —
//   《刑法》⏎⏎第二十七条⏎⏎【从犯】在共同犯罪中起次要或者辅助作用的，是从犯。
//   《刑事诉讼法》第六十六条人民法院……。⏎第六十七条人民法院、人民检察院和公安机关对有下列情形之一的…
// The words may follow the label glued, after a space, after a bracketed article name (【从犯】, 〖目的依据〗), or on the
// next lines when the label stands alone on its line. A writer citing an article goes on with 规定, 的, 中 or words of
// his own, never with the article's first words. Only a bare label of one whole article opening its line is read so:
// a label run on after the text before it (……其他情形。第四十四条有下列情形之一的…) or after a list number
// (4、第一千零七十九条 夫妻一方…) names the next article pasted and stays a citation, as 《劳动法》第四十四条有下列情形之一的…
// naming its law does.
import type { Article } from '../../model';

/** How many of the article's first characters (punctuation and spaces left out) must follow the label. */
const OPENING = 8;
/** How far past the label its text may start (spaces, line breaks, a bracketed article name). */
const REACH = 40;

/** Characters that are neither words nor numbers: left out when comparing. */
export function wordsOf(s: string): string {
  return s.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** Whether a label starting at `start` opens its line (spaces before it only): where a reprint's heading stands. */
export function headingPlace(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t\u3000]*$/.test(text.slice(lineStart, start));
}

/**
 * Whether the label at [start, end) heads the text of `article` reprinted after it (see above); `paragraph`: of that 款
 * of it, the 款's label ending at `end` (第一百九十六条第三款 【盗窃罪】…, printedHeadingAbove.ts).
 */
export function opensOwnText(text: string, start: number, end: number, article: Article, paragraph = 1): boolean {
  if (!headingPlace(text, start)) return false;
  const first = paragraph === 1 ? article.paragraphs[0]?.text ?? article.text : article.paragraphs[paragraph - 1]?.text;
  if (first === undefined) return false;
  const want = wordsOf(first).slice(0, OPENING);
  if (want.length < 4) return false;
  let i = end;
  let breaks = 0;
  const limit = Math.min(text.length, end + REACH);
  const skipSpace = () => {
    while (i < limit && /\s/.test(text[i])) {
      if (text[i] === '\n' && ++breaks > 3) return false;
      i++;
    }
    return true;
  };
  if (!skipSpace()) return false;
  // A bracketed article name: 【从犯】, 〖目的依据〗.
  const name = /^[【〖][^【〖】〗\n]{1,20}[】〗]/.exec(text.slice(i, i + 24));
  if (name) {
    i += name[0].length;
    if (!skipSpace()) return false;
  }
  if (i >= limit) return false;
  return wordsOf(text.slice(i, i + want.length * 3)).startsWith(want);
}
