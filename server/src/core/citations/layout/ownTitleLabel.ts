// Rule (issue 14, fix-zh42; heldout35 gov, a notice flattened onto one line: …现将《长沙市某某局行政处罚裁量权基准》印发给
// 你们，请认真贯彻执行。… 某某局 2019年3月1日 长沙市某某局行政处罚裁量权基准 第一条 本基准依据《某省规范行政裁量权办法》第十二条
// …): a notice that issues a text names it in 《》, then prints it — its title line, then its articles. Where the page lost
// its line breaks, spaces stand where they were: the printed text's title set off by spaces, then its first label, a
// space, and the article's own words. A label so placed — right after a title the page named before in 《》 (the words
// before the gap ending in that title, the 《》 left off as a title line prints it), a space and its words after it — is
// the heading of the printed text's article, no citation. A writer citing an article goes on with a word about it
// (X基准 第一条 规定…, 的规定), never a space and the article's words; a title he cites he marks with 《》 (《X基准》 第一条
// stays as the scanner reads it).
import { SPACED_TEXT } from './stopSpacedLabel';

/** The words before the gap: Chinese characters and brackets, back to a space, a mark or the line's start. */
const WORDS_BEFORE = /[\u4e00-\u9fff（）()〈〉]{4,80}$/;
/** The shortest title that counts as the printed text's own (fewer characters name a kind, not a text). */
const MIN_TITLE = 4;

/**
 * Whether the label at [p, end), set off by a gap from the words ending at `i`, heads an article of the text whose
 * title those words end with — a title named in 《》 before on the page — its words following after a space.
 */
export function labelAfterOwnTitle(text: string, i: number, p: number, end: number): boolean {
  if (i >= p - 1 || !SPACED_TEXT.test(text.slice(end, end + 16))) return false;
  const words = WORDS_BEFORE.exec(text.slice(Math.max(0, i - 79), i + 1));
  if (!words) return false;
  const named = /《([^《》\n]{4,80})》/g;
  const before = text.slice(0, Math.max(0, i + 1 - words[0].length));
  for (let m = named.exec(before); m; m = named.exec(before)) {
    if (m[1].length >= MIN_TITLE && words[0].endsWith(m[1])) return true;
  }
  return false;
}
