/**
 * Rule (issue 14, fix-gov17; Q&A pages, law-firm articles and their section headings: 三、劳动法44条加班费怎么算,
 * 民法典1165条侵权责任的认定): a heading or a page's title line that opens with a law's name follows it with the
 * article it is about, its number in digits without 第, and then the subject in a few words. A heading states its
 * subject and does not count articles, so a law's name (a title ending in 法 or 法典) at the start of a line — after a
 * heading's number (三、, 2., （一）) at most — with digits and 条 right after it and a word after 条 on a short line
 * with no sentence stop is that article. The whole text (民法典1260条全文, …条文) and counts in prose (《条例》64条，比原条例
 * 增加了20条) stay unread; a year and an article (2021年第44条) name no law and never come here.
 */
import { type Chain, isDigitAt, parseChain } from '../chain/chain';

/**
 * A heading's number before a law's name at the start of a line: 三、 2. 2、 （一） (1) 第一，
 * Rule (issue 14 forms 2 and 6, heldout22-court; Q&A sites' navigation: 您的当前位置：首页 > 劳动纠纷 > 劳动法87条双倍赔偿):
 * a breadcrumb trail ends with the page's title, so what follows 首页 and the trail's crumbs (separators kept or lost
 * when the page was copied: 首页劳动法87条…) opens a heading line as the line's start does.
 */
const LINE_OPENING = /(?:^|\n)[ \t\u3000]*(?:(?:(?:(?:您|你)的)?(?:当前|所在)?位置[ \t\u3000]*[：:][ \t\u3000]*)?首页(?:[ \t\u3000]*[>›»＞][ \t\u3000]*[^\n>›»＞：:，。]{1,12})*[ \t\u3000]*[>›»＞]?[ \t\u3000]*)?(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])?[ \t\u3000]*(?:新|旧|原|现行)?$/;

/** What the whole text or the articles together are called: never one article's subject. */
const WHOLE_TEXT = /^(?:的)?(?:全文|条文|原文|内容|完整版|解读全文)/;

export function headingLineArticle(text: string, titleStart: number, q: number, law: boolean): Chain | null {
  if (!law || !isDigitAt(text, q)) return null;
  if (!LINE_OPENING.test(text.slice(Math.max(0, titleStart - 80), titleStart))) return null;
  // The number read as an article whose 第 was left out (chain.ts looseArticle).
  const chain = parseChain(text, q, 0, false, undefined, true);
  if (!chain || chain.top !== 0 || chain.parts.length !== 1) return null;
  const lineEnd = text.indexOf('\n', chain.end);
  const rest = text.slice(chain.end, lineEnd === -1 ? text.length : lineEnd);
  if (!/^[\u4e00-\u9fff]/.test(rest) || WHOLE_TEXT.test(rest)) return null;
  if (rest.length > 30 || /[。；;，,]/.test(rest)) return null;
  return chain;
}
